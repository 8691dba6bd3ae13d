using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Identity;

/// <summary>POST /admin/users: a super_admin creates a staff account.</summary>
public static class CreateStaffUser
{
    public sealed record Request(string? Username, string? Password, string? Role, string? OrgId, string? MerchantId,
        string? EnterpriseId = null);

    public sealed record Response(string Id, string Username, string Role, string? OrgId, string? MerchantId, DateTimeOffset CreatedAt,
        string? EnterpriseId = null);

    public static async Task<Results<Created<Response>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, TimeProvider clock, CancellationToken ct)
    {
        var orgId = Ids.Parse(request.OrgId);
        var merchantId = Ids.Parse(request.MerchantId);
        var enterpriseId = Ids.Parse(request.EnterpriseId);
        var v = new Validator()
            .CheckCredentials(request.Username, request.Password)
            .Check(request.Role is not null && Roles.Staff.Contains(request.Role), "role",
                $"must be one of: {string.Join(", ", Roles.Staff.Order(StringComparer.Ordinal))}")
            .Check(request.OrgId is null || orgId is not null, "orgId", "is not a valid id")
            .Check(request.MerchantId is null || merchantId is not null, "merchantId", "is not a valid id")
            .Check(request.Role != Roles.OrgAdmin || orgId is not null, "orgId", "is required for org_admin")
            .Check(request.EnterpriseId is null || enterpriseId is not null, "enterpriseId", "is not a valid id")
            .Check(request.Role != Roles.MerchantStaff || merchantId is not null, "merchantId", "is required for merchant_staff")
            .Check(request.Role != Roles.EnterpriseContact || enterpriseId is not null, "enterpriseId", "is required for enterprise_contact");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var now = clock.GetUtcNow();
        return await transactions.RunAsync<Results<Created<Response>, ProblemHttpResult>>(async (conn, tx) =>
        {
            if (request.Role == Roles.EnterpriseContact && await conn.ExecuteScalarAsync<long?>(new CommandDefinition(
                    "SELECT id FROM enterprise WHERE id = @enterpriseId", new { enterpriseId }, tx, cancellationToken: ct)) is null)
            {
                return Problems.Create(422, IdentityProblems.EnterpriseNotFound, "The enterprise does not exist.");
            }

            var created = await StaffAccounts.CreateAsync(conn, tx, new StaffAccounts.NewAccount(request.Username!, request.Password!, request.Role!,
                request.Role is Roles.OrgAdmin or Roles.Reviewer ? orgId : null,
                request.Role == Roles.MerchantStaff ? merchantId : null,
                request.Role == Roles.EnterpriseContact ? enterpriseId : null,
                now, http.User.StaffId()), ct);
            if (created is not { } id)
            {
                return Problems.Create(409, IdentityProblems.UserUsernameTaken, "That username is taken.");
            }

            await Audit.WriteAsync(conn, tx, http, "staff_user.create", "staff_user", id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                new { request.Username, request.Role, orgId, merchantId, enterpriseId }, ct);

            var idText = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var answer = new Response(idText, request.Username!, request.Role!,
                request.Role is Roles.OrgAdmin or Roles.Reviewer ? request.OrgId : null, request.Role == Roles.MerchantStaff ? request.MerchantId : null, now.ToChina(),
                request.Role == Roles.EnterpriseContact ? request.EnterpriseId : null);
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, answer, ct);
            return TypedResults.Created($"/api/v1/admin/users/{idText}", answer);
        }, ct);
    }
}
