using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.LegalAid.AssignmentLetter;

namespace UnionHub.Api.Features.LegalAid;

public static class GetLawyerAssignmentLetter
{
    public static Task<Results<FileContentHttpResult, ProblemHttpResult>> Handle(string id, HttpContext http, MySqlDataSource db,
        PiiProtector pii, LetterFont font, TimeProvider clock, CancellationToken ct) =>
        RenderAsync(id, http, db, pii, font, clock, ct);
}
