using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.LegalAid.CaseQueries;

namespace UnionHub.Api.Features.LegalAid;

public static class GetMyLegalAidCase
{
    public static Task<Results<Ok<Cases.Case>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct) =>
        GetAsync(id, http, db, pii, clock, ct);
}
