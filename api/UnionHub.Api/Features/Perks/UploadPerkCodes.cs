using System.Text;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Perks.UploadCodes;

namespace UnionHub.Api.Features.Perks;

public static class UploadPerkCodes
{
    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        string id, HttpRequest body, HttpContext http, Transactions transactions, PerkCatalog catalog, TimeProvider clock,
        CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } perkId)
        {
            return Problems.NotFound("perk");
        }

        string text;
        using (var reader = new StreamReader(body.Body, Encoding.UTF8))
        {
            text = await reader.ReadToEndAsync(ct);
        }

        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var tooLong = lines.Select((l, i) => (l, i)).Where(x => x.l.Length > MaxCodeLength || x.l.Any(char.IsControl)).Select(x => x.i + 1).ToList();
        var v = new Validator()
            .Check(lines.Count > 0, "codes", "send one partner code a line")
            .Check(tooLong.Count == 0, "codes", $"codes must be 1-{MaxCodeLength} printable characters (lines {string.Join(", ", tooLong.Take(10))})");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var result = await transactions.RunAsync<Results<Ok<Response>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await AdminPerks.LoadAsync(conn, tx, perkId, scope, now, ct) is not { Row: var row })
            {
                return Problems.NotFound("perk");
            }

            if (row.Kind != PerkKinds.MovieTicket)
            {
                return Problems.Create(409, PerkProblems.PerkNotCodePool, "Only movie-ticket perks take partner codes.");
            }

            var added = 0;
            foreach (var chunk in lines.Chunk(1000))
            {
                var insert = new MultiRowInsert("perk_code", "perk_id", "code", "created_at") { Ignore = true }; // ux_perk_code skips repeats
                foreach (var code in chunk)
                {
                    insert.Row(perkId, code, now);
                }

                added += await insert.ExecuteAsync(conn, tx, ct);
            }

            var stock = await conn.ExecuteScalarAsync<int>(new CommandDefinition("""
                UPDATE perk SET stock = stock + @added, updated_at = @now WHERE id = @perkId;
                SELECT stock FROM perk WHERE id = @perkId;
                """, new { perkId, added, now }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "perk.codes_upload", "perk", id, new { added, duplicates = lines.Count - added }, ct);
            return TypedResults.Ok(new Response(added, lines.Count - added, stock));
        }, ct);
        if (result.Result is Ok<Response>)
        {
            catalog.Invalidate(); // after the commit, so no reader caches the state before it
        }

        return result;
    }
}
