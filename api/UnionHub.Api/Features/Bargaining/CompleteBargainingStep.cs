using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Bargaining.CompleteStep;

namespace UnionHub.Api.Features.Bargaining;

public static class CompleteBargainingStep
{
    private const string Advance = """
        UPDATE enterprise SET bargaining_step = @Step, bargaining_step_on = @On
        WHERE id = @Id AND bargaining_step = @Step - 1 AND (bargaining_step_on IS NULL OR bargaining_step_on <= @On)
        """;

    private const string InsertStep = """
        INSERT INTO bargaining_step (enterprise_id, step, completed_on, note, completed_by, created_at)
        VALUES (@Id, @Step, @On, @Note, @StaffId, @Now)
        """;

    public static async Task<Results<Ok<Tracker.Response>, ProblemHttpResult>> Handle(
        string id, string step, Request request, HttpContext http, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var definition = BargainingRules.ParseStep(step);
        var today = BargainingRules.TodayInChina(clock);
        var v = new Validator()
            .Check(definition is not null, "step", "must be 1-8 or a step key")
            .Check(request.CompletedOn is not null, "completedOn", "is required")
            .Check(request.CompletedOn is null || request.CompletedOn <= today, "completedOn", "may not be in the future")
            .Check(request.Note is null || request.Note.Length <= 2000, "note", "must be at most 2000 characters");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var on = request.CompletedOn!.Value.ToDateTime(TimeOnly.MinValue);
        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Ok<Tracker.Response>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            var enterprise = await BargainingRules.FindVisibleAsync(conn, tx, scope, Ids.Parse(id), ct);
            if (enterprise is null)
            {
                return Problems.NotFound("enterprise");
            }

            var changed = await conn.ExecuteAsync(new CommandDefinition(Advance, new { enterprise.Id, Step = definition!.Number, On = on }, tx,
                cancellationToken: ct));
            if (changed != 1)
            {
                // a locking read sees the latest committed state, not this transaction's snapshot
                var current = await BargainingRules.LockAsync(conn, tx, enterprise.Id, ct);
                if (current.BargainingStep != definition.Number - 1)
                {
                    var next = BargainingRules.Steps.FirstOrDefault(s => s.Number == current.BargainingStep + 1);
                    return Problems.Create(409, BargainingProblems.BargainingOutOfOrder, "Bargaining steps are completed one after another, in order.",
                        next is null ? "All eight steps are done." : $"Step {definition.Number} cannot be completed now; step {next.Number} ({next.Key}) is next.",
                        new Dictionary<string, object?> { ["completedSteps"] = current.BargainingStep, ["nextStep"] = next?.Key });
                }

                var previous = DateOnly.FromDateTime(current.BargainingStepOn!.Value);
                return Problems.Validation(
                    new Dictionary<string, string[]> { ["completedOn"] = [$"may not be earlier than step {current.BargainingStep}'s date {previous:yyyy-MM-dd}"] },
                    code: BargainingProblems.BargainingDateBeforePrevious, title: "A step cannot be completed before the previous one.");
            }

            var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
            await conn.ExecuteAsync(new CommandDefinition(InsertStep, new
            {
                enterprise.Id, Step = definition.Number, On = on, Note = note, StaffId = http.User.StaffId(), Now = now,
            }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "bargaining.step_complete", "enterprise", enterprise.Id.Text(),
                new { step = definition.Number, definition.Key, completedOn = request.CompletedOn.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }, ct);
            enterprise.BargainingStep = definition.Number;
            enterprise.BargainingStepOn = on;
            var view = await Tracker.LoadAsync(conn, tx, enterprise, ct);
            return TypedResults.Ok(view);
        }, ct);
    }
}
