using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Membership.MembershipRules;

namespace UnionHub.Api.Features.Membership;

/// <summary>POST /membership/applications/{id}/withdraw: the applicant withdraws a pending application (withdrawing again answers the same).</summary>
public static class WithdrawMembershipApplication
{
    private const string Close = """
        UPDATE membership_application
        SET status = 'withdrawn', open_id_hash = NULL, open_member_id = NULL, decided_at = @Now, updated_at = @Now
        WHERE id = @Id AND status = 'pending'
        """;

    public static async Task<Results<Ok<Application>, ProblemHttpResult>> Handle(
        string id, HttpContext http, Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var applicationId = Ids.Parse(id);
        var memberId = http.User.MemberId();
        var at = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Ok<Application>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var row = applicationId is null ? null : await conn.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
                SelectColumns + " WHERE a.id = @Id AND a.member_id = @MemberId FOR UPDATE", new { Id = applicationId, MemberId = memberId }, tx,
                cancellationToken: ct));
            if (row is null)
            {
                return Problems.NotFound("membership application");
            }

            if (row.Status is not (Pending or Withdrawn))
            {
                return ApproveMembershipApplication.Decided(row.Status);
            }

            if (row.Status == Pending)
            {
                await conn.ExecuteAsync(new CommandDefinition(Close, new { row.Id, Now = at }, tx, cancellationToken: ct));
                await Audit.WriteAsync(conn, tx, http, "membership.withdraw", "membership_application", row.Id.Text(), null, ct);
            }

            return TypedResults.Ok(await ViewAsync(conn, tx, pii, row.Id, ct));
        }, ct);
    }
}
