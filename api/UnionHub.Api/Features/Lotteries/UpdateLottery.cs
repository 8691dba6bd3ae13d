using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Lotteries;

/// <summary>
/// PATCH /admin/lotteries/{id}: change the title or description, or replace the commitment (a new one from staff, or
/// <c>regenerateSeed: true</c> for a fresh server-held seed). The commitment is fixed once members may have seen the window
/// open: when the lottery is published and its window has opened (or it has been drawn), a change is 409
/// <c>lottery.commitment_locked</c>. The lock is the update's own condition, so it holds against a racing open. The weights by
/// member tag (<c>tagWeights</c>) follow the same rule (409 <c>lottery.weights_locked</c>).
/// A draft has not been seen by members, so its terms change as a whole: the organisation (<c>orgId</c>), the window
/// (<c>opensAt</c>, <c>closesAt</c>), the <c>places</c>, and the prize (a perk lottery's <c>perkId</c>; a grant lottery's <c>fundId</c> and
/// <c>grantFen</c>; the prize's kind stays, 422 on the other kind's field), each under the checks creation applies, on the values the draft
/// will have (<see cref="CreateLottery.CheckTerms"/>, 422 <c>validation.failed</c>; the organisation in scope or 404; the perk in scope, not a
/// movie-ticket perk, its stock covering the places (<see cref="CreateLottery.PerkRefusalAsync"/>); the fund in scope, not mutual_aid, open, the
/// grant under its maximum and its remaining budget covering the places (<see cref="CreateLottery.GrantRefusalAsync"/>)). Once published, a
/// change of any of them is 409: the fund <c>lottery.fund_locked</c> (members applied on that fund's promise), the others
/// <c>lottery.published_locked</c> with <c>fields</c> naming them; nothing is written. A value equal to the current one is no change.
/// The lottery row is locked first (then the perk's or the fund's, the order of publication), and the terms' update is conditional on the draft
/// status, so a publication racing the edit checks the values the lottery is published with.
/// </summary>
public static class UpdateLottery
{
    /// <param name="Description">The new description; an empty (or blank) one clears it; left out or null: unchanged.</param>
    /// <param name="TagWeights">Replaces the weights by member tag (an empty object: everyone weighs 1); fixed like the commitment once the window opened.</param>
    /// <param name="FundId">A draft grant lottery's new fund (the fund its grants will come from); fixed once published.</param>
    /// <param name="OrgId">A draft's organisation (whose subtree's verified members may apply); fixed once published.</param>
    /// <param name="PerkId">A draft perk lottery's prize perk; fixed once published.</param>
    /// <param name="GrantFen">A draft grant lottery's grant per winner in fen; fixed once published.</param>
    /// <param name="Places">A draft's number of winners; fixed once published.</param>
    /// <param name="OpensAt">A draft's window start; fixed once published.</param>
    /// <param name="ClosesAt">A draft's window end; fixed once published.</param>
    public sealed record Request(string? Title, string? Description, string? Commitment, bool? RegenerateSeed, IReadOnlyDictionary<string, int>? TagWeights,
        string? FundId = null, string? OrgId = null, string? PerkId = null, long? GrantFen = null, int? Places = null, DateTimeOffset? OpensAt = null,
        DateTimeOffset? ClosesAt = null);

    // the terms members see once published: written only while the lottery is a draft (a racing publication locked the row first and
    // checked the values it publishes, or finds these)
    private const string UpdateTerms = """
        UPDATE lottery SET org_id = @OrgId, perk_id = @PerkId, fund_id = @FundId, grant_fen = @GrantFen, places = @Places, opens_at = @OpensAt,
                           closes_at = @ClosesAt, updated_at = @Now
        WHERE id = @Id AND status = 'draft'
        """;

    // a draft moved off a perk gives it back to first-come claims unless another lottery still holds it
    private const string FirstComeAgain = """
        UPDATE perk SET mode = 'first_come', updated_at = @Now
        WHERE id = @PerkId AND mode = 'lottery' AND NOT EXISTS (SELECT 1 FROM lottery WHERE perk_id = @PerkId)
        """;

    private const string UpdateText = """
        UPDATE lottery SET title = COALESCE(@Title, title), description = CASE WHEN @Description IS NULL THEN description ELSE NULLIF(@Description, '') END,
            updated_at = @Now WHERE id = @Id
        """;

    private const string UpdateCommitment = """
        UPDATE lottery SET commitment = @Commitment, seed_enc = @SeedEnc, updated_at = @Now
        WHERE id = @Id AND status <> 'drawn' AND (status = 'draft' OR opens_at > @Now)
        """;

    private const string LockedUnlessEditable = """
        UPDATE lottery SET updated_at = @Now WHERE id = @Id AND status <> 'drawn' AND (status = 'draft' OR opens_at > @Now)
        """;

    /// <summary>The draft's terms after the edit: what the request gives, else what the lottery has.</summary>
    private sealed record Terms(long OrgId, long? PerkId, long? FundId, long? GrantFen, int Places, DateTime OpensAt, DateTime ClosesAt);

    public static async Task<Results<Ok<LotteryRules.LotteryResponse>, ProblemHttpResult>> Handle(
        string id, Request request, HttpContext http, Transactions transactions, PiiProtector pii, PerkCatalog catalog, TimeProvider clock,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var commitment = LotteryRules.NormaliseCommitment(request.Commitment);
        var v = new Validator()
            .Check(request.Title is null || (request.Title.Trim().Length is >= 1 and <= 200), "title", "must be 1-200 characters")
            .Check(request.Description is null || request.Description.Length <= 4000, "description", "must be at most 4000 characters")
            .Check(request.Commitment is null || commitment is not null, "commitment", "must be the SHA-256 of the seed as 64 hex characters")
            .Check(!(request.Commitment is not null && request.RegenerateSeed == true), "regenerateSeed", "cannot be combined with commitment")
            .Check(request.FundId is null || Ids.Parse(request.FundId) is not null, "fundId", "is not a valid id")
            .Check(request.OrgId is null || Ids.Parse(request.OrgId) is not null, "orgId", "is not a valid id")
            .Check(request.PerkId is null || Ids.Parse(request.PerkId) is not null, "perkId", "is not a valid id");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var (weights, weightProblem) = LotteryRules.ParseWeights(request.TagWeights);
        if (weightProblem is not null)
        {
            return weightProblem;
        }

        var fundId = Ids.Parse(request.FundId);
        var orgId = Ids.Parse(request.OrgId);
        var perkId = Ids.Parse(request.PerkId);
        var termsGiven = fundId is not null || orgId is not null || perkId is not null || request.GrantFen is not null || request.Places is not null
                         || request.OpensAt is not null || request.ClosesAt is not null;
        long? oldPerkId = null;
        var result = await transactions.RunAsync<Results<Ok<LotteryRules.LotteryResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            oldPerkId = null;
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await LotteryRules.FindVisibleAsync(conn, tx, scope, id, forUpdate: termsGiven, ct) is not { } row)
            {
                return Problems.NotFound("lottery");
            }

            var kindProblem = new Validator()
                .Check(fundId is null || fundId == row.FundId || row.IsGrant, "fundId",
                    "is only for a fund-grant lottery: this lottery's prize is a perk's vouchers")
                .Check(perkId is null || perkId == row.PerkId || !row.IsGrant, "perkId",
                    "is only for a perk lottery: this lottery's prize is a fund grant");
            if (!kindProblem.IsValid)
            {
                return kindProblem.Problem();
            }

            if (fundId is not null && fundId != row.FundId && row.Status != LotteryRules.Draft)
            {
                return FundLocked(row);
            }

            var terms = new Terms(orgId ?? row.OrgId, perkId ?? row.PerkId, fundId ?? row.FundId, request.GrantFen ?? row.GrantFen,
                request.Places ?? row.Places, request.OpensAt?.UtcDateTime ?? row.OpensAt, request.ClosesAt?.UtcDateTime ?? row.ClosesAt);
            var changed = Changed(row, request, orgId, perkId);
            if (changed.Count > 0 && row.Status != LotteryRules.Draft)
            {
                return PublishedLocked(changed);
            }

            var fundChanged = terms.FundId != row.FundId;
            if (changed.Count > 0 || fundChanged)
            {
                if (TermsProblem(row, request, terms, now) is { } invalid)
                {
                    return invalid;
                }

                if (orgId is not null && orgId != row.OrgId && await Members.Orgs.FindVisibleAsync(conn, tx, scope, orgId, ct) is null)
                {
                    return Problems.NotFound("organisation");
                }

                var prizeTouched = fundChanged || changed.Contains("perkId") || changed.Contains("grantFen") || changed.Contains("places");
                if (prizeTouched && row.IsGrant
                    && await CreateLottery.GrantRefusalAsync(conn, tx, scope, terms.FundId!.Value, terms.GrantFen!.Value, terms.Places, now, ct) is { } refusal)
                {
                    return refusal;
                }

                if (prizeTouched && !row.IsGrant
                    && await CreateLottery.PerkRefusalAsync(conn, tx, scope, terms.PerkId!.Value, terms.Places, ct) is { } perkRefusal)
                {
                    return perkRefusal;
                }

                if (await conn.ExecuteAsync(new CommandDefinition(UpdateTerms, new
                    {
                        terms.OrgId, terms.PerkId, terms.FundId, terms.GrantFen, terms.Places, terms.OpensAt, terms.ClosesAt, Now = now, row.Id,
                    }, tx, cancellationToken: ct)) == 0)
                {
                    return fundChanged ? FundLocked(row) : PublishedLocked(changed);
                }

                if (terms.PerkId != row.PerkId)
                {
                    await CreateLottery.LotteryModeAsync(conn, tx, terms.PerkId!.Value, now, ct);
                    await conn.ExecuteAsync(new CommandDefinition(FirstComeAgain, new { row.PerkId, Now = now }, tx, cancellationToken: ct));
                    oldPerkId = row.PerkId;
                }
            }

            await conn.ExecuteAsync(new CommandDefinition(UpdateText, new
            {
                Title = request.Title?.Trim(), Description = string.IsNullOrWhiteSpace(request.Description) ? request.Description?.Trim() : request.Description,
                Now = now, row.Id,
            }, tx,
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
                tagWeights = weights, oldFundId = fundChanged ? row.FundId?.Text() : null, newFundId = fundChanged ? terms.FundId?.Text() : null,
                terms = changed.Count == 0 ? null : changed.ToDictionary(f => f, f => TermValue(terms, f), StringComparer.Ordinal),
            }, ct);
            var fresh = await LotteryRules.LoadAsync(conn, tx, row.Id, false, ct);
            return TypedResults.Ok(await LotteryRules.StaffViewAsync(conn, tx, fresh!, now, ct));
        }, ct, System.Data.IsolationLevel.ReadCommitted);
        if (result.Result is Ok<LotteryRules.LotteryResponse> && oldPerkId is not null)
        {
            catalog.Invalidate(); // perks' modes changed: the list shows them, and claims follow from the next read
        }

        return result;
    }

    /// <summary>The draft-only fields (apart from the fund) the request changes: given and different from the lottery's, in request order.</summary>
    private static List<string> Changed(LotteryRules.LotteryRow row, Request request, long? orgId, long? perkId)
    {
        var changed = new List<string>();
        void Add(bool differs, string field)
        {
            if (differs)
            {
                changed.Add(field);
            }
        }

        Add(orgId is not null && orgId != row.OrgId, "orgId");
        Add(perkId is not null && perkId != row.PerkId, "perkId");
        Add(request.GrantFen is not null && request.GrantFen != row.GrantFen, "grantFen");
        Add(request.Places is not null && request.Places != row.Places, "places");
        Add(request.OpensAt is not null && !SameInstant(request.OpensAt.Value, row.OpensAt), "opensAt");
        Add(request.ClosesAt is not null && !SameInstant(request.ClosesAt.Value, row.ClosesAt), "closesAt");
        return changed;
    }

    // the database keeps microseconds
    private static bool SameInstant(DateTimeOffset given, DateTime stored) => given.UtcDateTime.Ticks / 10 == stored.Ticks / 10;

    /// <summary>Creation's checks on the draft's terms after the edit (the prize's kind is the lottery's).</summary>
    private static ProblemHttpResult? TermsProblem(LotteryRules.LotteryRow row, Request request, Terms terms, DateTime now)
    {
        // a perk lottery has no grant: creation's "only for a fund grant" check sees the grant the request gives
        var v = CreateLottery.CheckTerms(new Validator(), row.IsGrant, row.IsGrant ? terms.GrantFen : request.GrantFen, terms.Places,
            terms.OpensAt.ToChina(), terms.ClosesAt.ToChina(), now.ToChina());
        return v.IsValid ? null : v.Problem();
    }

    private static object? TermValue(Terms terms, string field) => field switch
    {
        "orgId" => terms.OrgId.Text(),
        "perkId" => terms.PerkId?.Text(),
        "grantFen" => terms.GrantFen,
        "places" => terms.Places,
        "opensAt" => terms.OpensAt.ToChina(),
        _ => terms.ClosesAt.ToChina(),
    };

    /// <summary>409 <c>lottery.published_locked</c>: a published (or drawn) lottery keeps the terms members applied on; only its text changes.</summary>
    private static ProblemHttpResult PublishedLocked(List<string> fields) =>
        Problems.Create(409, LotteryProblems.LotteryPublishedLocked,
            "A published lottery keeps its organisation, window, places and prize; only a draft's can change.",
            $"Refused: {string.Join(", ", fields)}. Members have seen the published terms; the title and description can still change.",
            new Dictionary<string, object?> { ["fields"] = fields });

    /// <summary>409 <c>lottery.fund_locked</c>: a published (or drawn) lottery keeps the fund its grants were promised from.</summary>
    private static ProblemHttpResult FundLocked(LotteryRules.LotteryRow row) =>
        Problems.Create(409, LotteryProblems.LotteryFundLocked, "A published lottery keeps its fund; only a draft's fund can change.",
            $"The lottery was published on fund {row.FundId?.Text()}: members applied on that fund's promise.");
}
