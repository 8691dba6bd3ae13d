using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Hardship.Declare;

namespace UnionHub.Api.Features.Hardship;

public static class DeclareHardshipForMember
{
    public static async Task<Results<Created<Declarations.Declaration>, ProblemHttpResult>> Handle(
        StaffRequest request, HttpContext http, MySqlDataSource db, Transactions transactions, IdempotencyScope idem, PiiProtector pii,
        TimeProvider clock, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        return scope.Path is null
            ? Problems.NotFound("member")
            : await DeclareAsync(request.RoundId, request.MemberId, request.Note, scope, http, transactions, idem, pii, clock, ct);
    }
}
