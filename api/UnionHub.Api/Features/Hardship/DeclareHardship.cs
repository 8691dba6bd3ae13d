using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Hardship.Declare;

namespace UnionHub.Api.Features.Hardship;

public static class DeclareHardship
{
    public static async Task<Results<Created<Declarations.Declaration>, ProblemHttpResult>> Handle(
        MemberRequest request, HttpContext http, Transactions transactions, IdempotencyScope idem, PiiProtector pii, TimeProvider clock,
        CancellationToken ct) =>
        await DeclareAsync(request.RoundId, http.User.MemberId()!.Value.Text(), request.Note, staffScope: null, http, transactions, idem, pii, clock, ct);
}
