using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.LegalAid.CaseQueries;

namespace UnionHub.Api.Features.LegalAid;

public static class ListLawyerLegalAidCases
{
    public static async Task<Results<Ok<Page<Cases.Case>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct, int? limit = null, string? cursor = null) =>
        await ListAsync(db, pii, clock, ct, limit, cursor, " WHERE l.staff_user_id = @StaffId", new { StaffId = http.User.StaffId() });
}
