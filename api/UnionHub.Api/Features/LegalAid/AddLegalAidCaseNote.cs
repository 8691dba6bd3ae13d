using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.LegalAid.Progress;

namespace UnionHub.Api.Features.LegalAid;

public static class AddLegalAidCaseNote
{
    public static Task<Results<Ok<Cases.Case>, ProblemHttpResult>> Handle(string id, NoteRequest request, HttpContext http,
        Transactions transactions, IdempotencyScope idem, PiiProtector pii, TimeProvider clock, CancellationToken ct) =>
        AddNoteAsync(id, request, http, transactions, idem, pii, clock, ct);
}
