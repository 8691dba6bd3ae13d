using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Identity;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Enterprises.Contacts;

namespace UnionHub.Api.Features.Enterprises;

public static class CreateEnterpriseContact
{
    public static async Task<Results<Created<ContactResponse>, ProblemHttpResult>> Handle(
        string enterpriseId, CreateRequest request, HttpContext http, Transactions transactions, IdempotencyScope idem, TimeProvider clock,
        CancellationToken ct)
    {
        var v = new Validator().CheckCredentials(request.Username, request.Password);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var now = clock.GetUtcNow();
        return await transactions.RunAsync<Results<Created<ContactResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (Ids.Parse(enterpriseId) is not { } id || await EnterpriseRows.FindVisibleAsync(conn, tx, scope, id, ct) is null)
            {
                return Problems.NotFound("enterprise");
            }

            var created = await StaffAccounts.CreateAsync(conn, tx, new StaffAccounts.NewAccount(request.Username!, request.Password!,
                Roles.EnterpriseContact, null, null, id, now, http.User.StaffId()), ct);
            if (created is not { } userId)
            {
                return Problems.Create(409, EnterpriseProblems.UserUsernameTaken, "That username is taken.");
            }

            await Audit.WriteAsync(conn, tx, http, "enterprise_contact.create", "staff_user", userId.Text(),
                new { request.Username, role = Roles.EnterpriseContact, enterpriseId = id }, ct);
            var answer = new ContactResponse(userId.Text(), request.Username!, id.Text(), false, now.ToChina());
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, answer, ct);
            return TypedResults.Created($"/api/v1/admin/enterprises/{id.Text()}/contacts/{userId.Text()}", answer);
        }, ct);
    }
}
