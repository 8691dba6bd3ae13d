using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.LegalAid.CaseQueries;

namespace UnionHub.Api.Features.LegalAid;

public static class ListMyLegalAidCases
{
    public static Task<Results<Ok<Page<Cases.Case>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct, int? limit = null, string? cursor = null) =>
        ListAsync(db, pii, clock, ct, limit, cursor, " WHERE c.member_id = @MemberId", new { MemberId = http.User.MemberId() });
}
