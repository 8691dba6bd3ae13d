using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Lotteries;

/// <summary>
/// POST /admin/lotteries: staff (org_admin for an organisation in their subtree, default their own; super_admin) set up a
/// lottery drop of a perk they may manage: <c>places</c> winners get a voucher of the perk, drawn from the verified members
/// of the organisation's subtree who apply between <c>opensAt</c> and <c>closesAt</c>. The perk's remaining stock must cover
/// the places (422). The commitment is the SHA-256 (hex) of a secret seed: staff give it (and reveal the seed at the draw),
/// or the server generates the seed, keeps it encrypted and publishes only its hash. <c>tagWeights</c> (e.g. {"model_worker": 3},
/// whole numbers 1-10) weigh members by tag in the draw. The lottery starts as a draft.
/// </summary>
public static class CreateLottery
{
    public sealed record Request(string? Title, string? Description, string? PerkId, string? OrgId, int? Places, DateTimeOffset? OpensAt,
        DateTimeOffset? ClosesAt, string? Commitment, IReadOnlyDictionary<string, int>? TagWeights);

    private sealed record PerkRow(long Id, string Kind, int Stock, int Claimed, string? CreatedOrgPath);

    private const string PerkSql = """
        SELECT p.id, p.kind, p.stock, p.claimed, o.path AS CreatedOrgPath
        FROM perk p LEFT JOIN org o ON o.id = p.created_org_id WHERE p.id = @id FOR UPDATE
        """;

    // from now on the perk's vouchers come only from draws: first-come claims are refused (409 perk.lottery_only)
    private const string LotteryMode = "UPDATE perk SET mode = 'lottery', updated_at = @Now WHERE id = @PerkId";

    private const string Insert = """
        INSERT INTO lottery (org_id, perk_id, title, description, places, opens_at, closes_at, status, commitment, seed_enc,
                             created_by, created_at, updated_at)
        VALUES (@OrgId, @PerkId, @Title, @Description, @Places, @OpensAt, @ClosesAt, 'draft', @Commitment, @SeedEnc, @By, @Now, @Now);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Created<LotteryRules.LotteryResponse>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, PiiProtector pii, PerkCatalog catalog,
        TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var orgId = request.OrgId is null ? http.User.OrgId() : Ids.Parse(request.OrgId);
        var perkId = Ids.Parse(request.PerkId);
        var commitment = LotteryRules.NormaliseCommitment(request.Commitment);
        var v = new Validator()
            .Required(request.Title, "title")
            .Check(request.Description is null || request.Description.Length <= 4000, "description", "must be at most 4000 characters")
            .Check(orgId is not null, "orgId", request.OrgId is null ? "is required" : "is not a valid id")
            .Check(perkId is not null, "perkId", request.PerkId is null ? "is required" : "is not a valid id")
            .Check(request.Places is >= 1 and <= LotteryRules.MaxPlaces, "places", $"is required, 1-{LotteryRules.MaxPlaces}")
            .Check(request.OpensAt is not null, "opensAt", "is required")
            .Check(request.ClosesAt is not null, "closesAt", "is required")
            .Check(request.OpensAt is null || request.ClosesAt is null || request.ClosesAt > request.OpensAt, "closesAt", "must be after opensAt")
            .Check(request.ClosesAt is null || request.ClosesAt > now, "closesAt", "must be in the future")
            .Check(request.Commitment is null || commitment is not null, "commitment", "must be the SHA-256 of the seed as 64 hex characters");
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

            var perk = await conn.QuerySingleOrDefaultAsync<PerkRow>(new CommandDefinition(PerkSql, new { id = perkId }, tx, cancellationToken: ct));
            if (perk is null || !scope.Contains(perk.CreatedOrgPath))
            {
                return Problems.NotFound("perk");
            }

            var check = new Validator()
                .Check(perk.Kind != "movie_ticket", "perkId", "a movie-ticket perk (partner code pool) cannot be a lottery prize")
                .Check(perk.Stock - perk.Claimed >= request.Places, "places", $"exceeds the perk's remaining stock ({perk.Stock - perk.Claimed})");
            if (!check.IsValid)
            {
                return check.Problem();
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
                OrgId = orgId, PerkId = perkId, Title = request.Title!.Trim(), request.Description, request.Places,
                OpensAt = request.OpensAt!.Value.UtcDateTime, ClosesAt = request.ClosesAt!.Value.UtcDateTime, Commitment = commitment,
                SeedEnc = seedEnc, By = http.User.StaffId(), Now = now.UtcDateTime,
            }, tx, cancellationToken: ct));
            if (weights is not null)
            {
                await LotteryRules.SaveWeightsAsync(conn, tx, id, weights, ct);
            }

            await conn.ExecuteAsync(new CommandDefinition(LotteryMode, new { PerkId = perkId, Now = now.UtcDateTime }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "lottery.create", "lottery", id.Text(), new
            {
                request.Title, orgId, perkId, request.Places, request.OpensAt, request.ClosesAt, commitment, seedHeldByServer = seedEnc is not null,
                tagWeights = weights,
            }, ct);
            var row = await LotteryRules.LoadAsync(conn, tx, id, false, ct);
            var response = await LotteryRules.StaffViewAsync(conn, tx, row!, now.UtcDateTime, ct);
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, response, ct);
            return TypedResults.Created($"/api/v1/admin/lotteries/{id.Text()}", response);
        }, ct);
        if (result.Result is Created<LotteryRules.LotteryResponse>)
        {
            catalog.Invalidate(); // the perk's mode changed: the list shows it, and claims are refused from the next read
        }

        return result;
    }
}
