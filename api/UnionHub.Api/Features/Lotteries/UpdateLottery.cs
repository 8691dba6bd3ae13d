using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Lotteries;

/// <summary>
/// PATCH /admin/lotteries/{id}: change the title or description, or replace the commitment (a new one from staff, or
/// <c>regenerateSeed: true</c> for a fresh server-held seed). The commitment is fixed once members may have seen the window
/// open: when the lottery is published and its window has opened (or it has been drawn), a change is 409
/// <c>lottery.commitment_locked</c>. The lock is the update's own condition, so it holds against a racing open. The weights by
/// member tag (<c>tagWeights</c>) follow the same rule (409 <c>lottery.weights_locked</c>). A draft grant lottery's fund may be changed
/// (<c>fundId</c>), under the checks its creation and publication apply to a fund (in scope or 404, not a mutual_aid fund 422
/// <c>fund.mutual_aid_only</c>, open 409 <c>lottery.fund_not_open</c>, the grant under its maximum 422 <c>lottery.grant_over_max</c>, its
/// remaining budget covering the places 409 <c>lottery.fund_budget_short</c>); a published or drawn lottery keeps its fund (409
/// <c>lottery.fund_locked</c>: members applied on that fund's promise), and a perk lottery has none (422 on <c>fundId</c>). The
/// lottery row is locked first (then the fund's, the order of publication), and the change is conditional on the draft status, so a
/// publication racing it checks the fund the lottery is published on.
/// </summary>
public static class UpdateLottery
{
    /// <param name="TagWeights">Replaces the weights by member tag (an empty object: everyone weighs 1); fixed like the commitment once the window opened.</param>
    /// <param name="FundId">A draft grant lottery's new fund (the fund its grants will come from); fixed once published.</param>
    public sealed record Request(string? Title, string? Description, string? Commitment, bool? RegenerateSeed, IReadOnlyDictionary<string, int>? TagWeights,
        string? FundId = null);

    private const string UpdateFund = """
        UPDATE lottery SET fund_id = @FundId, updated_at = @Now WHERE id = @Id AND status = 'draft' AND fund_id IS NOT NULL
        """;

    private const string UpdateText = """
        UPDATE lottery SET title = COALESCE(@Title, title), description = COALESCE(@Description, description), updated_at = @Now WHERE id = @Id
        """;

    private const string UpdateCommitment = """
        UPDATE lottery SET commitment = @Commitment, seed_enc = @SeedEnc, updated_at = @Now
        WHERE id = @Id AND status <> 'drawn' AND (status = 'draft' OR opens_at > @Now)
        """;

    private const string LockedUnlessEditable = """
        UPDATE lottery SET updated_at = @Now WHERE id = @Id AND status <> 'drawn' AND (status = 'draft' OR opens_at > @Now)
        """;

    public static async Task<Results<Ok<LotteryRules.LotteryResponse>, ProblemHttpResult>> Handle(
        string id, Request request, HttpContext http, Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var commitment = LotteryRules.NormaliseCommitment(request.Commitment);
        var v = new Validator()
            .Check(request.Title is null || (request.Title.Trim().Length is >= 1 and <= 200), "title", "must be 1-200 characters")
            .Check(request.Description is null || request.Description.Length <= 4000, "description", "must be at most 4000 characters")
            .Check(request.Commitment is null || commitment is not null, "commitment", "must be the SHA-256 of the seed as 64 hex characters")
            .Check(!(request.Commitment is not null && request.RegenerateSeed == true), "regenerateSeed", "cannot be combined with commitment")
            .Check(request.FundId is null || Ids.Parse(request.FundId) is not null, "fundId", "is not a valid id");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var (weights, weightProblem) = LotteryRules.ParseWeights(request.TagWeights);
        if (weightProblem is not null)
        {
            return weightProblem;
        }

        return await transactions.RunAsync<Results<Ok<LotteryRules.LotteryResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            var fundId = Ids.Parse(request.FundId);
            if (await LotteryRules.FindVisibleAsync(conn, tx, scope, id, forUpdate: fundId is not null, ct) is not { } row)
            {
                return Problems.NotFound("lottery");
            }

            long? oldFundId = null;
            if (fundId is not null && fundId != row.FundId)
            {
                if (!row.IsGrant)
                {
                    return Problems.Validation(new Dictionary<string, string[]>
                        { ["fundId"] = ["is only for a fund-grant lottery: this lottery's prize is a perk's vouchers"] });
                }

                if (row.Status != LotteryRules.Draft)
                {
                    return FundLocked(row);
                }

                if (await CreateLottery.GrantRefusalAsync(conn, tx, scope, fundId.Value, row.GrantFen!.Value, row.Places, now, ct) is { } refusal)
                {
                    return refusal;
                }

                if (await conn.ExecuteAsync(new CommandDefinition(UpdateFund, new { FundId = fundId, Now = now, row.Id }, tx, cancellationToken: ct)) == 0)
                {
                    return FundLocked(row);
                }

                oldFundId = row.FundId;
            }

            await conn.ExecuteAsync(new CommandDefinition(UpdateText, new { Title = request.Title?.Trim(), request.Description, Now = now, row.Id }, tx,
                cancellationToken: ct));
            if (commitment is not null || request.RegenerateSeed == true)
            {
                byte[]? seedEnc = null;
                if (commitment is null)
                {
                    var seed = LotteryRules.NewSeed();
                    commitment = LotteryRules.Commitment(Convert.FromHexString(seed));
                    seedEnc = pii.Encrypt(seed);
                }

                if (await conn.ExecuteAsync(new CommandDefinition(UpdateCommitment, new { Commitment = commitment, SeedEnc = seedEnc, Now = now, row.Id },
                        tx, cancellationToken: ct)) == 0)
                {
                    return Problems.Create(409, LotteryProblems.LotteryCommitmentLocked,
                        "The commitment cannot change once the application window has opened.",
                        $"The commitment {row.Commitment} was published for the window opening {row.OpensAt.ToChina():yyyy-MM-dd HH:mm}.");
                }
            }

            if (weights is not null)
            {
                // the weights are part of what members were told when the window opened: fixed from then on, like the commitment
                if (await conn.ExecuteAsync(new CommandDefinition(LockedUnlessEditable, new { Now = now, row.Id }, tx, cancellationToken: ct)) == 0)
                {
                    return Problems.Create(409, LotteryProblems.LotteryWeightsLocked, "The weights cannot change once the application window has opened.");
                }

                await LotteryRules.SaveWeightsAsync(conn, tx, row.Id, weights, ct);
            }

            await Audit.WriteAsync(conn, tx, http, "lottery.update", "lottery", row.Id.Text(), new
            {
                request.Title, descriptionChanged = request.Description is not null, commitment, regenerated = request.RegenerateSeed == true,
                tagWeights = weights, oldFundId = oldFundId?.Text(), newFundId = oldFundId is null ? null : fundId?.Text(),
            }, ct);
            var fresh = await LotteryRules.LoadAsync(conn, tx, row.Id, false, ct);
            return TypedResults.Ok(await LotteryRules.StaffViewAsync(conn, tx, fresh!, now, ct));
        }, ct, System.Data.IsolationLevel.ReadCommitted);
    }

    /// <summary>409 <c>lottery.fund_locked</c>: a published (or drawn) lottery keeps the fund its grants were promised from.</summary>
    private static ProblemHttpResult FundLocked(LotteryRules.LotteryRow row) =>
        Problems.Create(409, LotteryProblems.LotteryFundLocked, "A published lottery keeps its fund; only a draft's fund can change.",
            $"The lottery was published on fund {row.FundId?.Text()}: members applied on that fund's promise.");
}
