using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Membership.MembershipRules;

namespace UnionHub.Api.Features.Membership;

/// <summary>
/// POST /admin/member-transfers {memberCardNo, toOrgId, reason} (idempotent): staff whose subtree holds the member's organisation
/// move the member to another organisation (anywhere: a worker moving to another district). See <see cref="Moves"/> for what
/// follows; both organisations see the change in their membership history.
/// </summary>
public static class TransferMember
{
    public sealed record Request(string? MemberCardNo, string? ToOrgId, string? Reason);

    public static async Task<Results<Created<HistoryEntry>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, PiiProtector pii, TimeProvider clock,
        CancellationToken ct)
    {
        var toOrgId = Ids.Parse(request.ToOrgId);
        var card = request.MemberCardNo?.Trim();
        var v = new Validator()
            .Required(card, "memberCardNo", 24)
            .Check(toOrgId is not null, "toOrgId", "must be an organisation id")
            .Required(request.Reason, "reason", MaxReasonChars);
        if (!v.IsValid)
        {
            return await idem.RefuseAsync(v.Problem(), ct);
        }

        var at = clock.GetUtcNow().UtcDateTime;
        var result = await transactions.RunAsync<Results<Created<HistoryEntry>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var memberId = await conn.ExecuteScalarAsync<long?>(new CommandDefinition(
                "SELECT id FROM member WHERE member_card_no = @card AND deleted_at IS NULL", new { card }, tx, cancellationToken: ct));
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            var member = memberId is null ? null : await Moves.LockAsync(conn, tx, memberId.Value, ct);
            if (member is not { VerifiedAt: not null, OrgPath: not null } || !scope.Contains(member.OrgPath))
            {
                return Problems.NotFound("member");
            }

            var to = await conn.QuerySingleOrDefaultAsync<(long Id, string Name, string Path)?>(new CommandDefinition(
                "SELECT id, name, path FROM org WHERE id = @toOrgId", new { toOrgId }, tx, cancellationToken: ct));
            if (to is null || to.Value.Id == member.OrgId)
            {
                return Problems.Validation(new Dictionary<string, string[]>
                {
                    ["toOrgId"] = [to is null ? "no such organisation" : "is the member's organisation already"],
                });
            }

            var outcome = await Moves.MoveAsync(conn, tx, http, pii, at, member, to, request.Reason!.Trim(), ct);
            await Audit.WriteAsync(conn, tx, http, "membership.transfer", "member", member.Id.Text(),
                new { fromOrgId = member.OrgId?.Text(), toOrgId = to.Value.Id.Text(), withdrawnApplications = outcome.WithdrawnApplications }, ct);
            var entry = (await HistoryAsync(conn, tx, "h.member_id = @MemberId", new { MemberId = member.Id }, 1, ct))[0];
            await idem.CompleteAsync(conn, tx, 201, entry, ct);
            return TypedResults.Created($"/api/v1/admin/orgs/{to.Value.Id.Text()}/membership-history", entry);
        }, ct);
        return result.Result is ProblemHttpResult refused ? await idem.RefuseAsync(refused, ct) : result;
    }
}
