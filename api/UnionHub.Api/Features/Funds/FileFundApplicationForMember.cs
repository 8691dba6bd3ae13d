using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Funds.OnBehalf;

namespace UnionHub.Api.Features.Funds;

public static class FileFundApplicationForMember
{
    public static async Task<Results<Created<Applications.Application>, ProblemHttpResult>> Handle(
        string id, Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, PiiProtector pii, TimeProvider clock,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (v, kind, contactPhone, family) = Validate(request, DateOnly.FromDateTime(now.ToChina().DateTime));
        if (!v.IsValid)
        {
            return v.Problem();
        }

        return await transactions.RunAsync<Results<Created<Applications.Application>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            var member = await MemberLookup.FindVisibleAsync(conn, tx, scope, Ids.Parse(id), ct);
            if (member is null || member.DeletedAt is not null)
            {
                return await idem.RefuseAsync(Problems.NotFound("member"), ct);
            }

            var (view, problem) = await FileAsync(conn, tx, http, pii, member.Id, member.OrgPath, request, kind, contactPhone, family, now,
                kind == ForMember ? "代为申请（会员本人）" : "代为申请（已故会员家属）", ct);
            if (problem is not null)
            {
                return await idem.RefuseAsync(problem, ct);
            }

            await idem.CompleteAsync(conn, tx, 201, view!, ct);
            return TypedResults.Created($"/api/v1/admin/fund-applications/{view!.Id}", view);
        }, ct);
    }
}
