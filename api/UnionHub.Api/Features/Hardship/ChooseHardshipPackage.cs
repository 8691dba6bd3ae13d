using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Hardship.Packages;

namespace UnionHub.Api.Features.Hardship;

public static class ChooseHardshipPackage
{
    private const string Upsert = """
        INSERT INTO hardship_package_choice (round_id, member_id, package_id, chosen_at) VALUES (@RoundId, @MemberId, @PackageId, @Now)
        ON DUPLICATE KEY UPDATE package_id = VALUES(package_id), chosen_at = VALUES(chosen_at)
        """;

    public static async Task<Results<Ok<Choice>, ProblemHttpResult>> Handle(
        string id, ChooseRequest request, HttpContext http, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        if (Ids.Parse(request.PackageId) is not { } packageId)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["packageId"] = ["is required"] });
        }

        if (Ids.Parse(id) is not { } roundId)
        {
            return Problems.NotFound("round");
        }

        var memberId = http.User.MemberId()!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Ok<Choice>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var path = await conn.ExecuteScalarAsync<string?>(new CommandDefinition(
                "SELECT o.path FROM member m JOIN org o ON o.id = m.org_id WHERE m.id = @memberId AND m.deleted_at IS NULL", new { memberId }, tx,
                cancellationToken: ct));
            // the write (a version bump) orders this choice against the survey's closing, also on a multi-primary cluster
            var round = await conn.QuerySingleOrDefaultAsync<Rounds.Row>(new CommandDefinition(
                "UPDATE hardship_round SET version = version + 1 WHERE id = @roundId; " + Rounds.Select + " WHERE id = @roundId FOR UPDATE",
                new { roundId }, tx, cancellationToken: ct));
            if (round is null || path is null || !Scope.IsInside(path, round.OrgPath))
            {
                return Problems.NotFound("round");
            }

            if (round.SurveyStatus != "open")
            {
                return Problems.Create(409, HardshipProblems.SurveyClosed, "The round's needs survey is closed.");
            }

            if (round.OpensAt > now || round.ClosesAt <= now)
            {
                return Problems.Create(409, HardshipProblems.RoundNotOpen, "Packages can be chosen only while the round is open.",
                    $"Until {round.ClosesAt.ToChina():yyyy-MM-dd HH:mm}.");
            }

            if (!await conn.ExecuteScalarAsync<bool>(new CommandDefinition(
                    "SELECT EXISTS (SELECT 1 FROM hardship_household WHERE open_key = @memberId)", new { memberId }, tx, cancellationToken: ct)))
            {
                return Problems.Create(403, HardshipProblems.HardshipNotEligible, "Only members on the hardship register choose a package.");
            }

            if (!await conn.ExecuteScalarAsync<bool>(new CommandDefinition(
                    "SELECT EXISTS (SELECT 1 FROM hardship_package WHERE id = @packageId AND round_id = @roundId)", new { packageId, roundId }, tx,
                    cancellationToken: ct)))
            {
                return Problems.NotFound("package");
            }

            await conn.ExecuteAsync(new CommandDefinition(Upsert, new { RoundId = roundId, MemberId = memberId, PackageId = packageId, Now = now }, tx,
                cancellationToken: ct));
            return TypedResults.Ok(new Choice(roundId.Text(), packageId.Text(), now.ToChina()));
        }, ct);
    }
}
