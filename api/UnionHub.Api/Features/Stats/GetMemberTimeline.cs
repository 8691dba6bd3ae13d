using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Stats.MemberTimeline;

namespace UnionHub.Api.Features.Stats;

public static class GetMemberTimeline
{
    private sealed record DayCount(DateTime Day, long N);

    // China has no daylight saving: a China calendar day is the UTC instant + 8 hours
    private const string Sql = """
        SELECT COUNT(*) FROM member WHERE deleted_at IS NULL AND created_at < @From;
        SELECT COUNT(*) FROM member WHERE deleted_at IS NULL AND verified_at < @From;
        SELECT DATE(created_at + INTERVAL 8 HOUR) AS Day, COUNT(*) AS N FROM member
        WHERE deleted_at IS NULL AND created_at >= @From AND created_at < @To GROUP BY DATE(created_at + INTERVAL 8 HOUR);
        SELECT DATE(verified_at + INTERVAL 8 HOUR) AS Day, COUNT(*) AS N FROM member
        WHERE deleted_at IS NULL AND verified_at >= @From AND verified_at < @To GROUP BY DATE(verified_at + INTERVAL 8 HOUR);
        """;

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        Transactions transactions, TimeProvider clock, CancellationToken ct, int? days = null)
    {
        var n = days ?? DefaultDays;
        if (n is < 1 or > MaxDays)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["days"] = [$"must be between 1 and {MaxDays}"] });
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Clock.ChinaOffset).DateTime);
        var first = today.AddDays(1 - n);
        var fromUtc = first.ToDateTime(TimeOnly.MinValue) - Clock.ChinaOffset;
        var toUtc = today.AddDays(1).ToDateTime(TimeOnly.MinValue) - Clock.ChinaOffset;

        return await transactions.RunAsync<Results<Ok<Response>, ProblemHttpResult>>(async (conn, tx) =>
        {
            await using var grid = await conn.QueryMultipleAsync(new CommandDefinition(Sql, new { From = fromUtc, To = toUtc }, tx, cancellationToken: ct));
            var members = await grid.ReadSingleAsync<long>();
            var verified = await grid.ReadSingleAsync<long>();
            var created = (await grid.ReadAsync<DayCount>()).ToDictionary(d => DateOnly.FromDateTime(d.Day), d => d.N);
            var verifications = (await grid.ReadAsync<DayCount>()).ToDictionary(d => DateOnly.FromDateTime(d.Day), d => d.N);

            var points = new List<Point>(n);
            for (var day = first; day <= today; day = day.AddDays(1))
            {
                var c = created.GetValueOrDefault(day);
                var v = verifications.GetValueOrDefault(day);
                members += c;
                verified += v;
                points.Add(new Point(day, (int)c, (int)v, (int)members, (int)verified));
            }

            return TypedResults.Ok(new Response(n, points));
        }, ct, System.Data.IsolationLevel.RepeatableRead);
    }
}
