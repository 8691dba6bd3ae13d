using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.LegalAid;

/// <summary>
/// The life of an open case, by staff (in their scope) or by the case's own lawyer: move it forward a stage
/// (<see cref="LegalAidRules.StageMoveRefusal"/> says which moves are allowed), add dated progress notes, close it with an
/// outcome and the amount recovered. A closed (or refused) case is archived: every change answers 409 legal_case.archived.
/// </summary>
public static class Progress
{
    public sealed record StageRequest(string? Stage, string? Note);
    public sealed record NoteRequest(DateOnly? NotedOn, string? Text);
    public sealed record CloseRequest(string? Outcome, long? RecoveredFen, string? Note);

    private const string StageSql = "UPDATE legal_case SET status = @To, updated_at = @Now WHERE id = @Id AND status = @From";

    private const string CountNoteSql = """
        UPDATE legal_case SET note_count = note_count + 1, updated_at = @Now
        WHERE id = @Id AND status IN ('consultation', 'mediation', 'arbitration', 'litigation')
        """;

    private const string InsertNoteSql = """
        INSERT INTO legal_case_note (case_id, noted_on, body, author_kind, author_id, created_at)
        VALUES (@Id, @NotedOn, @Body, @AuthorKind, @AuthorId, @Now)
        """;

    private const string CloseSql = """
        UPDATE legal_case SET status = 'closed', outcome = @Outcome, recovered_fen = @RecoveredFen, closed_at = @Now, updated_at = @Now
        WHERE id = @Id AND status = @From
        """;

    internal static async Task<Results<Ok<Cases.Case>, ProblemHttpResult>> MoveStageAsync(string id, StageRequest request,
        HttpContext http, Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator()
            .Check(request.Stage is LegalAidRules.Mediation or LegalAidRules.Arbitration or LegalAidRules.Litigation, "stage",
                "must be one of: mediation, arbitration, litigation")
            .Check(request.Note is null || request.Note.Length <= 1000, "note", "must be at most 1000 characters");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        return await Transition.RunAsync(id, http, transactions, pii, clock, ct, async (conn, tx, row, now) =>
        {
            if (!LegalAidRules.IsOpen(row.Status))
            {
                return Transition.NotOpen(row.Status);
            }

            if (LegalAidRules.StageMoveRefusal(row.DisputeType, row.Status, request.Stage!) is { } why)
            {
                return Problems.Create(409, LegalAidProblems.LegalCaseStageNotAllowed, "This stage cannot follow the case's current one.", why);
            }

            if (await conn.ExecuteAsync(new CommandDefinition(StageSql, new { row.Id, From = row.Status, To = request.Stage, Now = now }, tx,
                    cancellationToken: ct)) != 1)
            {
                return Changed();
            }

            await Cases.RecordAsync(conn, tx, http, now, row, "stage", row.Status, request.Stage!, request.Note?.Trim(),
                new { from = row.Status, to = request.Stage }, ct);
            return null;
        });
    }

    internal static async Task<Results<Ok<Cases.Case>, ProblemHttpResult>> AddNoteAsync(string id, NoteRequest request,
        HttpContext http, Transactions transactions, IdempotencyScope idem, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToChina().DateTime);
        var v = new Validator()
            .Required(request.Text, "text", 4000)
            .Check(request.NotedOn is null || request.NotedOn <= today, "notedOn", "cannot be in the future");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        return await Transition.RunAsync(id, http, transactions, pii, clock, ct, async (conn, tx, row, now) =>
        {
            if (await conn.ExecuteAsync(new CommandDefinition(CountNoteSql, new { row.Id, Now = now }, tx, cancellationToken: ct)) != 1)
            {
                return Transition.NotOpen(row.Status);
            }

            var (kind, author) = Cases.Actor(http);
            await conn.ExecuteAsync(new CommandDefinition(InsertNoteSql, new
            {
                row.Id,
                NotedOn = (request.NotedOn ?? today).ToDateTime(TimeOnly.MinValue),
                Body = request.Text!.Trim(),
                AuthorKind = kind,
                AuthorId = author,
                Now = now,
            }, tx, cancellationToken: ct));
            await Cases.RecordAsync(conn, tx, http, now, row, "note", row.Status, row.Status, null, null, ct);
            return null;
        }, idem);
    }

    internal static async Task<Results<Ok<Cases.Case>, ProblemHttpResult>> CloseAsync(string id, CloseRequest request,
        HttpContext http, Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator()
            .Check(request.Outcome is not null && LegalAidRules.Outcomes.Contains(request.Outcome), "outcome",
                $"must be one of: {LegalAidRules.Join(LegalAidRules.Outcomes)}")
            .Check(request.RecoveredFen is >= 0 and <= 1_000_000_000_00, "recoveredFen", "must be a number of fen, 0 or more")
            .Check(request.Note is null || request.Note.Length <= 1000, "note", "must be at most 1000 characters");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        return await Transition.RunAsync(id, http, transactions, pii, clock, ct, async (conn, tx, row, now) =>
        {
            if (!LegalAidRules.IsOpen(row.Status))
            {
                return Transition.NotOpen(row.Status);
            }

            if (await conn.ExecuteAsync(new CommandDefinition(CloseSql, new
                {
                    row.Id, From = row.Status, request.Outcome, request.RecoveredFen, Now = now,
                }, tx, cancellationToken: ct)) != 1)
            {
                return Changed();
            }

            await Cases.RecordAsync(conn, tx, http, now, row, "close", row.Status, LegalAidRules.Closed, request.Note?.Trim(),
                new { outcome = request.Outcome, recoveredFen = request.RecoveredFen }, ct);
            return null;
        });
    }

    private static ProblemHttpResult Changed() =>
        Problems.Create(409, LegalAidProblems.LegalCaseChanged, "The case changed meanwhile; read it again.");
}
