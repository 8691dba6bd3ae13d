using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Lotteries;

/// <summary>
/// POST /admin/lotteries: staff (org_admin for an organisation in their subtree, default their own; super_admin) set up a
/// lottery drop of a prize they may manage: <c>places</c> winners, drawn from the verified members of the organisation's subtree
/// who apply between <c>opensAt</c> and <c>closesAt</c>, get either a voucher of a perk (<c>perkId</c>; its remaining stock must
/// cover the places, 422) or a grant of <c>grantFen</c> from a relief fund (<c>fundId</c>; the fund open, in the caller's scope, not a
/// mutual_aid fund (422 <c>fund.mutual_aid_only</c>),
/// <c>grantFen</c> at most its maximum grant (422 <c>lottery.grant_over_max</c>), its remaining budget covering places x grantFen
/// (409 <c>lottery.fund_budget_short</c>)). Exactly one of the two: 422 <c>lottery.prize_required</c> / <c>lottery.prize_conflict</c>. The commitment is the SHA-256 (hex) of a secret seed: staff give it (and reveal the seed at the draw),
/// or the server generates the seed, keeps it encrypted and publishes only its hash. <c>tagWeights</c> (e.g. {"model_worker": 3},
/// whole numbers 1-10) weigh members by tag in the draw. The lottery starts as a draft.
/// </summary>
public static class CreateLottery
{
    /// <param name="PerkId">The prize as vouchers of this perk (or give <paramref name="FundId"/>).</param>
    /// <param name="FundId">The prize as a grant from this relief fund (or give <paramref name="PerkId"/>).</param>
    /// <param name="GrantFen">With <paramref name="FundId"/>: each winner's grant in fen.</param>
    public sealed record Request(string? Title, string? Description, string? PerkId, string? OrgId, int? Places, DateTimeOffset? OpensAt,
        DateTimeOffset? ClosesAt, string? Commitment, IReadOnlyDictionary<string, int>? TagWeights, string? FundId = null, long? GrantFen = null);

    private sealed record FundRow(long BudgetFen, long DonatedFen, long GrantedFen, long MaxGrantFen, DateTime? OpensAt, DateTime? ClosesAt, string Kind)
    {
        public long Remaining => BudgetFen + DonatedFen - GrantedFen;
    }

    private sealed record PerkRow(long Id, string Kind, int Stock, int Claimed, string? CreatedOrgPath);

    private const string PerkSql = """
        SELECT p.id, p.kind, p.stock, p.claimed, o.path AS CreatedOrgPath
        FROM perk p LEFT JOIN org o ON o.id = p.created_org_id WHERE p.id = @id FOR UPDATE
        """;

    // from now on the perk's vouchers come only from draws: first-come claims are refused (409 perk.lottery_only)
    private const string LotteryMode = "UPDATE perk SET mode = 'lottery', updated_at = @Now WHERE id = @PerkId";

    private const string Insert = """
        INSERT INTO lottery (org_id, perk_id, fund_id, grant_fen, title, description, places, opens_at, closes_at, status, commitment, seed_enc,
                             created_by, created_at, updated_at)
        VALUES (@OrgId, @PerkId, @FundId, @GrantFen, @Title, @Description, @Places, @OpensAt, @ClosesAt, 'draft', @Commitment, @SeedEnc, @By,
                @Now, @Now);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Created<LotteryRules.LotteryResponse>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, PiiProtector pii, PerkCatalog catalog,
        TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var orgId = request.OrgId is null ? http.User.OrgId() : Ids.Parse(request.OrgId);
        if (request.PerkId is null && request.FundId is null)
        {
            return Problems.Create(422, LotteryProblems.LotteryPrizeRequired, "Name the prize: a perk (perkId) or a fund grant (fundId and grantFen).");
        }

        if (request.PerkId is not null && request.FundId is not null)
        {
            return Problems.Create(422, LotteryProblems.LotteryPrizeConflict, "The prize is a perk or a fund grant, not both: give perkId or fundId.");
        }

        var grant = request.FundId is not null;
        var perkId = Ids.Parse(request.PerkId);
        var fundId = Ids.Parse(request.FundId);
        var commitment = LotteryRules.NormaliseCommitment(request.Commitment);
        var v = new Validator()
            .Required(request.Title, "title")
            .Check(request.Description is null || request.Description.Length <= 4000, "description", "must be at most 4000 characters")
            .Check(orgId is not null, "orgId", request.OrgId is null ? "is required" : "is not a valid id")
            .Check(grant || perkId is not null, "perkId", "is not a valid id")
            .Check(!grant || fundId is not null, "fundId", "is not a valid id")
            .Check(request.Commitment is null || commitment is not null, "commitment", "must be the SHA-256 of the seed as 64 hex characters");
        CheckTerms(v, grant, request.GrantFen, request.Places, request.OpensAt, request.ClosesAt, now);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var (weights, weightProblem) = LotteryRules.ParseWeights(request.TagWeights);
        if (weightProblem is not null)
        {
            return weightProblem;
        }

        var result = await transactions.RunAsync<Results<Created<LotteryRules.LotteryResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await Orgs.FindVisibleAsync(conn, tx, scope, orgId, ct) is null)
            {
                return Problems.NotFound("organisation");
            }

            if (grant)
            {
                if (await GrantRefusalAsync(conn, tx, scope, fundId!.Value, request.GrantFen!.Value, request.Places!.Value, now.UtcDateTime, ct)
                    is { } refusal)
                {
                    return refusal;
                }
            }
            else
            {
                if (await PerkRefusalAsync(conn, tx, scope, perkId!.Value, request.Places!.Value, ct) is { } refusal)
                {
                    return refusal;
                }
            }

            byte[]? seedEnc = null;
            if (commitment is null)
            {
                var seed = LotteryRules.NewSeed();
                commitment = LotteryRules.Commitment(Convert.FromHexString(seed));
                seedEnc = pii.Encrypt(seed);
            }

            var id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
            {
                OrgId = orgId, PerkId = perkId, FundId = fundId, GrantFen = grant ? request.GrantFen : null, Title = request.Title!.Trim(), request.Description, request.Places,
                OpensAt = request.OpensAt!.Value.UtcDateTime, ClosesAt = request.ClosesAt!.Value.UtcDateTime, Commitment = commitment,
                SeedEnc = seedEnc, By = http.User.StaffId(), Now = now.UtcDateTime,
            }, tx, cancellationToken: ct));
            if (weights is not null)
            {
                await LotteryRules.SaveWeightsAsync(conn, tx, id, weights, ct);
            }

            if (!grant)
            {
                await LotteryModeAsync(conn, tx, perkId!.Value, now.UtcDateTime, ct);
            }

            await Audit.WriteAsync(conn, tx, http, "lottery.create", "lottery", id.Text(), new
            {
                request.Title, orgId, perkId, fundId, request.GrantFen, request.Places, request.OpensAt, request.ClosesAt, commitment, seedHeldByServer = seedEnc is not null,
                tagWeights = weights,
            }, ct);
            var row = await LotteryRules.LoadAsync(conn, tx, id, false, ct);
            var response = await LotteryRules.StaffViewAsync(conn, tx, row!, now.UtcDateTime, ct);
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, response, ct);
            return TypedResults.Created($"/api/v1/admin/lotteries/{id.Text()}", response);
        }, ct);
        if (result.Result is Created<LotteryRules.LotteryResponse> && !grant)
        {
            catalog.Invalidate(); // the perk's mode changed: the list shows it, and claims are refused from the next read
        }

        return result;
    }

    /// <summary>
    /// The checks creation applies to a lottery's terms (the grant amount against the prize kind, the places, the window), on the values
    /// the lottery will have: a new lottery's, or a draft's after an edit (<see cref="UpdateLottery"/>, merged with what it keeps). One copy.
    /// </summary>
    internal static Validator CheckTerms(Validator v, bool grant, long? grantFen, int? places, DateTimeOffset? opensAt, DateTimeOffset? closesAt,
        DateTimeOffset now) =>
        v.Check(!grant || grantFen is > 0, "grantFen", "is required with fundId: a positive number of fen")
            .Check(grant || grantFen is null, "grantFen", "is only for a fund grant (fundId)")
            .Check(places is >= 1 and <= LotteryRules.MaxPlaces, "places", $"is required, 1-{LotteryRules.MaxPlaces}")
            .Check(opensAt is not null, "opensAt", "is required")
            .Check(closesAt is not null, "closesAt", "is required")
            .Check(opensAt is null || closesAt is null || closesAt > opensAt, "closesAt", "must be after opensAt")
            .Check(closesAt is null || closesAt > now, "closesAt", "must be in the future");

    /// <summary>
    /// Why the perk cannot be the prize of <paramref name="places"/> places, or null: 404 unless the caller may manage it (created in their
    /// scope), 422 for a movie-ticket perk or when its remaining stock is short (checked when a lottery is created and when a draft's perk
    /// or places change). The perk row is locked: its stock and mode change in the same transaction.
    /// </summary>
    internal static async Task<ProblemHttpResult?> PerkRefusalAsync(System.Data.Common.DbConnection conn, System.Data.Common.DbTransaction tx,
        Scope scope, long perkId, int places, CancellationToken ct)
    {
        var perk = await conn.QuerySingleOrDefaultAsync<PerkRow>(new CommandDefinition(PerkSql, new { id = perkId }, tx, cancellationToken: ct));
        if (perk is null || !scope.Contains(perk.CreatedOrgPath))
        {
            return Problems.NotFound("perk");
        }

        var check = new Validator()
            .Check(perk.Kind != "movie_ticket", "perkId", "a movie-ticket perk (partner code pool) cannot be a lottery prize")
            .Check(perk.Stock - perk.Claimed >= places, "places", $"exceeds the perk's remaining stock ({perk.Stock - perk.Claimed})");
        return check.IsValid ? null : check.Problem();
    }

    /// <summary>From now on the perk's vouchers come only from draws (a lottery was created for it, or a draft moved to it).</summary>
    internal static Task LotteryModeAsync(System.Data.Common.DbConnection conn, System.Data.Common.DbTransaction tx, long perkId, DateTime now,
        CancellationToken ct) =>
        conn.ExecuteAsync(new CommandDefinition(LotteryMode, new { PerkId = perkId, Now = now }, tx, cancellationToken: ct));

    /// <summary>
    /// Why a grant of <paramref name="grantFen"/> x <paramref name="places"/> from the fund cannot be a prize now, or null: 404 outside the
    /// caller's scope, 422 <c>fund.mutual_aid_only</c> for a mutual_aid fund, 409 <c>lottery.fund_not_open</c> outside its window, 422 <c>lottery.grant_over_max</c>, 409
    /// <c>lottery.fund_budget_short</c> (checked when the lottery is created, its fund changed and it is published, and again under the
    /// fund's lock at the draw). With <paramref name="publishing"/>, also 409 <c>lottery.fund_over_promised</c> when the places fit what
    /// remains but not beside what the fund's other published, undrawn grant lotteries promise (<see cref="Funds.FundPromises"/>, the
    /// budget cut's arithmetic); a draft promises nothing, so creating or editing one is not refused for the others.
    /// The fund row is read with its lock (the latest committed figures), so publications and budget cuts (<c>ChangeFundBudget</c>, which
    /// counts published lotteries' promises) on one fund run one after the other; the caller runs at READ COMMITTED so the promises read
    /// after the lock include every publication committed before it.
    /// </summary>
    internal static async Task<ProblemHttpResult?> GrantRefusalAsync(System.Data.Common.DbConnection conn, System.Data.Common.DbTransaction tx,
        Scope scope, long fundId, long grantFen, int places, DateTime now, CancellationToken ct, bool publishing = false)
    {
        if (!await Funds.FundRules.IsUsableAsync(conn, tx, scope, fundId, ct))
        {
            return Problems.NotFound("fund");
        }

        var fund = await conn.QuerySingleAsync<FundRow>(new CommandDefinition("""
            SELECT budget_fen AS BudgetFen, donated_fen AS DonatedFen, granted_fen AS GrantedFen, max_grant_fen AS MaxGrantFen, opens_at AS OpensAt,
                   closes_at AS ClosesAt, kind AS Kind
            FROM fund WHERE id = @fundId FOR UPDATE
            """, new { fundId }, tx, cancellationToken: ct));
        if (publishing)
        {
            // a publication adds a promise without changing the fund row; written (RowLocks) so it conflicts on a cluster with a grant booked
            // or a budget cut on another node, as it waits for them on one server (DESIGN 12; ADR 0016, 2026-12-04)
            await RowLocks.WriteAsync(conn, tx, RowLocks.Fund, fundId, ct);
        }
        if (!Funds.FundRules.TakesReliefCases(fund.Kind))
        {
            return Funds.FundRules.MutualAidOnly(); // its grants would be relief grants of a fund that pays mutual-aid claims only
        }

        if (!Funds.FundRules.IsOpen(fund.OpensAt, fund.ClosesAt, now))
        {
            return Problems.Create(409, LotteryProblems.LotteryFundNotOpen, "The fund is not open: a lottery can grant only from an open fund.",
                $"Open {fund.OpensAt.ToChina():yyyy-MM-dd HH:mm} to {fund.ClosesAt.ToChina():yyyy-MM-dd HH:mm}.");
        }

        if (grantFen > fund.MaxGrantFen)
        {
            return Problems.Create(422, LotteryProblems.LotteryGrantOverMax, "The grant exceeds the fund's maximum grant.",
                $"At most {fund.MaxGrantFen} fen.", new Dictionary<string, object?> { ["maxGrantFen"] = fund.MaxGrantFen });
        }

        var neededFen = places * grantFen;
        if (fund.Remaining < neededFen)
        {
            return LotteryPrizes.BudgetShort(neededFen, fund.Remaining);
        }

        if (!publishing)
        {
            return null;
        }

        var promised = await Funds.FundPromises.ReadAsync(conn, tx, fundId, ct);
        var headroom = Funds.FundPromises.Headroom(fund.BudgetFen, fund.DonatedFen, fund.GrantedFen, promised.PromisedFen);
        return headroom >= neededFen ? null : OverPromised(fund.BudgetFen, fund.DonatedFen, fund.GrantedFen, promised, neededFen, headroom);
    }

    /// <summary>409 <c>lottery.fund_over_promised</c>: this lottery's places fit what the fund has left, but not beside what its other
    /// published, undrawn grant lotteries promise; the amounts and the lotteries holding the promises.</summary>
    private static ProblemHttpResult OverPromised(long budgetFen, long donatedFen, long grantedFen, Funds.FundPromises.Promised promised, long neededFen,
        long headroomFen) =>
        Problems.Create(409, LotteryProblems.LotteryFundOverPromised,
            "The fund's other published grant lotteries already promise part of its budget; this lottery's grants do not fit beside them.",
            $"Budget {budgetFen} fen, donations {donatedFen} fen, granted {grantedFen} fen, {promised.PromisedFen} fen promised by lotteries not yet "
            + $"drawn: {Math.Max(0, headroomFen)} fen left to promise, this lottery needs {neededFen} fen. Draw those lotteries, raise the budget or "
            + "lower the places first.",
            new Dictionary<string, object?>
            {
                ["budgetFen"] = budgetFen, ["donatedFen"] = donatedFen, ["grantedFen"] = grantedFen, ["promisedFen"] = promised.PromisedFen,
                ["neededFen"] = neededFen, ["headroomFen"] = headroomFen, ["lotteryIds"] = promised.LotteryIds.Select(id => id.Text()).ToList(),
            });
}
