using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Perks;

/// <summary>PATCH /admin/perks/{id}: change stock, end, title or description. Stock never drops below what was claimed.</summary>
public static class UpdatePerk
{
    /// <param name="BarNoShows">Refuse members barred by the activities' no-show rule (from the next claim on).</param>
    public sealed record Request(int? Stock, DateTimeOffset? EndsAt, string? Title, string? Description, bool? BarNoShows = null);

    // the conditional update decides the race with claims in flight: 0 rows means stock < claimed at that instant
    private const string Update = """
        UPDATE perk SET stock = COALESCE(@Stock, stock), ends_at = COALESCE(@EndsAt, ends_at), title = COALESCE(@Title, title),
               description = COALESCE(@Description, description), bar_no_shows = COALESCE(@BarNoShows, bar_no_shows), updated_at = @Now
        WHERE id = @Id AND (@Stock IS NULL OR claimed <= @Stock) AND (@EndsAt IS NULL OR starts_at < @EndsAt)
        """;

    public static async Task<Results<Ok<AdminPerks.PerkDetail>, ProblemHttpResult>> Handle(
        string id, Request request, HttpContext http, Transactions transactions, PerkCatalog catalog, TimeProvider clock,
        CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } perkId)
        {
            return Problems.NotFound("perk");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var result = await transactions.RunAsync<Results<Ok<AdminPerks.PerkDetail>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            var current = await AdminPerks.LoadAsync(conn, tx, perkId, scope, now, ct);
            if (current is not { Row: var row })
            {
                return Problems.NotFound("perk");
            }

            var v = new Validator()
                .Check(request.Stock is null or >= 0, "stock", "must be 0 or more")
                .Check(request.Stock is null || row.Kind != PerkKinds.MovieTicket, "stock", "comes from the uploaded code pool for movie tickets")
                .Check(request.Title is null || !string.IsNullOrWhiteSpace(request.Title), "title", "must not be empty")
                .Check(request.Title is null || request.Title.Length <= 200, "title", "must be at most 200 characters")
                .Check(request.Description is null || request.Description.Length <= 4000, "description", "must be at most 4000 characters")
                .Check(request.EndsAt is null || request.EndsAt.Value.UtcDateTime > row.StartsAt, "endsAt", "must be after startsAt");
            if (!v.IsValid)
            {
                return v.Problem();
            }

            var changed = await conn.ExecuteAsync(new CommandDefinition(Update, new
            {
                Id = perkId,
                request.Stock,
                EndsAt = request.EndsAt?.UtcDateTime,
                Title = request.Title?.Trim(),
                request.Description,
                request.BarNoShows,
                Now = now,
            }, tx, cancellationToken: ct));
            if (changed == 0)
            {
                var claimed = await conn.ExecuteScalarAsync<int>(new CommandDefinition("SELECT claimed FROM perk WHERE id = @perkId",
                    new { perkId }, tx, cancellationToken: ct));
                return Problems.Create(409, PerkProblems.PerkStockBelowClaimed, "Stock cannot be lower than what was already claimed.",
                    $"{claimed} already claimed.", new Dictionary<string, object?> { ["claimed"] = claimed });
            }

            await Audit.WriteAsync(conn, tx, http, "perk.update", "perk", id, new
            {
                request.Stock, previousStock = row.Stock, request.EndsAt, request.Title, descriptionChanged = request.Description is not null,
                request.BarNoShows,
            }, ct);
            var updated = await AdminPerks.LoadAsync(conn, tx, perkId, null, now, ct);
            return TypedResults.Ok(updated!.Value.Detail);
        }, ct);
        if (result.Result is Ok<AdminPerks.PerkDetail>)
        {
            catalog.Invalidate(); // after the commit, so no reader caches the state before it
        }

        return result;
    }
}
