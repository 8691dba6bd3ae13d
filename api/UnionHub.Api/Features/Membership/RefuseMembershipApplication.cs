using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Membership.MembershipRules;

namespace UnionHub.Api.Features.Membership;

/// <summary>
/// POST /admin/membership-applications/{id}/refuse {reason}: the application is closed with the reason (stored encrypted, shown
/// to the applicant), audited, and the applicant told. The ID number and the account may apply again.
/// </summary>
public static class RefuseMembershipApplication
{
    public sealed record Request(string? Reason);

    private const string Close = """
        UPDATE membership_application
        SET status = 'refused', open_id_hash = NULL, open_member_id = NULL, reason_enc = @Reason, decided_by = @StaffId, decided_at = @Now,
            updated_at = @Now
        WHERE id = @Id AND status = 'pending'
        """;

    public static async Task<Results<Ok<Application>, ProblemHttpResult>> Handle(
        string id, Request request, HttpContext http, Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().Required(request.Reason, "reason", MaxReasonChars);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var applicationId = Ids.Parse(id);
        var at = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Ok<Application>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await FindForUpdateAsync(conn, tx, scope, applicationId, ct) is not { } row)
            {
                return Problems.NotFound("membership application");
            }

            if (row.Status != Pending)
            {
                return ApproveMembershipApplication.Decided(row.Status);
            }

            await conn.ExecuteAsync(new CommandDefinition(Close, new
            {
                row.Id, Reason = pii.Encrypt(request.Reason!.Trim()), StaffId = http.User.StaffId(), Now = at,
            }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "membership.refuse", "membership_application", row.Id.Text(),
                new { orgId = row.OrgId.Text() }, ct);
            await NotifyAsync(conn, tx, at, row.MemberId, "join_refused", row.Id, row.OrgName, ct);
            return TypedResults.Ok(await ViewAsync(conn, tx, pii, row.Id, ct));
        }, ct);
    }
}
