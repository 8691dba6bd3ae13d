using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Membership.MembershipRules;

namespace UnionHub.Api.Features.Membership;

/// <summary>
/// POST /membership/transfer-requests {toOrgId, reason} (idempotent): a member asks to move to another grassroots organisation
/// (one with none below it, as <see cref="ListJoinableOrgs"/> lists them); the staff of that organisation decide. One pending
/// request per member, decided by a unique key when requests race.
/// </summary>
public static class RequestMembershipTransfer
{
    public sealed record Request(string? ToOrgId, string? Reason);

    private const string SelectOrg = "SELECT o.id, NOT EXISTS (SELECT 1 FROM org c WHERE c.parent_id = o.id) AS Grassroots FROM org o WHERE o.id = @Id";

    private const string Insert = """
        INSERT INTO membership_transfer_request (member_id, from_org_id, to_org_id, reason_enc, status, open_member_id, created_at, updated_at)
        VALUES (@MemberId, @FromOrgId, @ToOrgId, @ReasonEnc, 'pending', @MemberId, @Now, @Now);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Created<TransferRequests.TransferRequest>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, PiiProtector pii, TimeProvider clock,
        CancellationToken ct)
    {
        if (http.User.MemberId() is not { } memberId)
        {
            return Problems.NotFound("member");
        }

        var toOrgId = Ids.Parse(request.ToOrgId);
        var v = new Validator()
            .Check(toOrgId is not null, "toOrgId", "must be an organisation id")
            .Required(request.Reason, "reason", MaxReasonChars);
        if (!v.IsValid)
        {
            return await idem.RefuseAsync(v.Problem(), ct);
        }

        var at = clock.GetUtcNow().UtcDateTime;
        var result = await transactions.RunAsync<Results<Created<TransferRequests.TransferRequest>, ProblemHttpResult>>(async (conn, tx) =>
        {
            // the member row is locked as for a move: a request cannot slip in beside a leaving or a transfer of the same member
            var member = await Moves.LockAsync(conn, tx, memberId, ct);
            if (member is null)
            {
                return Problems.NotFound("member");
            }

            if (member is not { VerifiedAt: not null, OrgId: not null })
            {
                return Problems.Create(409, MembershipProblems.NotMember, "This account is not a member of any organisation.",
                    "Join an organisation first (real-name verification or an application to join).");
            }

            var to = await conn.QuerySingleOrDefaultAsync<(long Id, bool Grassroots)?>(new CommandDefinition(SelectOrg, new { Id = toOrgId }, tx,
                cancellationToken: ct));
            if (to is not { Grassroots: true } || to.Value.Id == member.OrgId)
            {
                return Problems.Validation(new Dictionary<string, string[]>
                {
                    ["toOrgId"] = [to is null ? "no such organisation"
                        : !to.Value.Grassroots ? "must be a grassroots organisation (one with none below it)"
                        : "is the member's organisation already"],
                });
            }

            long id;
            try
            {
                id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
                {
                    MemberId = memberId, FromOrgId = member.OrgId, ToOrgId = toOrgId, ReasonEnc = pii.Encrypt(request.Reason!.Trim()), Now = at,
                }, tx, cancellationToken: ct));
            }
            catch (MySqlException ex) when (ex.IsDuplicateKey())
            {
                return Problems.Create(409, MembershipProblems.TransferRequestOpen, "You already have a transfer request waiting for a decision.",
                    "Wait for it to be decided, or withdraw it first.");
            }

            await Audit.WriteAsync(conn, tx, http, "membership.transfer_request", "membership_transfer_request", id.Text(),
                new { fromOrgId = member.OrgId.Value.Text(), toOrgId = toOrgId!.Value.Text() }, ct);
            var view = await TransferRequests.ViewAsync(conn, tx, pii, id, ct);
            await idem.CompleteAsync(conn, tx, 201, view, ct);
            return TypedResults.Created($"/api/v1/membership/transfer-requests/{view.Id}", view);
        }, ct);
        return result.Result is ProblemHttpResult refused ? await idem.RefuseAsync(refused, ct) : result;
    }
}
