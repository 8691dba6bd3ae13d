using System.Globalization;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Perks;

/// <summary>POST /admin/perks: an org_admin (inside their subtree) or super_admin puts a perk up.</summary>
public static class CreatePerk
{
    public sealed record EligibilityRequest(IReadOnlyList<string>? OrgIds);

    public sealed record Request(string? Kind, string? Title, string? Description, int? Stock, int? PerMemberLimit,
        DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, long? FaceValueFen, IReadOnlyList<string>? MerchantIds,
        DateTimeOffset? ValidUntil, int? ValidDays, int? DailyRelease, EligibilityRequest? Eligibility, string? ReleaseTime = null,
        bool? Rollover = null, int? MemberDailyLimit = null, bool? BarNoShows = null);

    private const string Insert = """
        INSERT INTO perk (kind, title, description, stock, claimed, per_member_limit, starts_at, ends_at, face_value_fen, valid_until,
                          valid_days, daily_release, release_minute, rollover, member_daily_limit, created_by, created_org_id, created_at,
                          updated_at, bar_no_shows)
        VALUES (@Kind, @Title, @Description, @Stock, 0, @PerMemberLimit, @StartsAt, @EndsAt, @FaceValueFen, @ValidUntil,
                @ValidDays, @DailyRelease, @ReleaseMinute, @Rollover, @MemberDailyLimit, @CreatedBy, @CreatedOrgId, @Now, @Now, @BarNoShows);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Created<AdminPerks.PerkDetail>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, PerkCatalog catalog, TimeProvider clock,
        Microsoft.Extensions.Options.IOptions<PerksOptions> options, CancellationToken ct)
    {
        var merchantIds = Ids.ParseAll(request.MerchantIds);
        var orgIds = Ids.ParseAll(request.Eligibility?.OrgIds);
        var isMovie = request.Kind == PerkKinds.MovieTicket;
        var releaseMinute = 0;
        var releaseTimeValid = request.ReleaseTime is null || Release.TryParseTime(request.ReleaseTime, out releaseMinute);
        var v = new Validator()
            .Check(request.Kind is not null && PerkKinds.All.Contains(request.Kind), "kind", $"must be one of: {string.Join(", ", PerkKinds.All)}")
            .Required(request.Title, "title")
            .Check(request.Description is null || request.Description.Length <= 4000, "description", "must be at most 4000 characters")
            .Check(isMovie || request.Stock is not null, "stock", "is required")
            .Check(request.Stock is null or >= 0, "stock", "must be 0 or more")
            .Check(!isMovie || request.Stock is null or 0, "stock", "comes from the uploaded code pool for movie tickets (send 0 or leave it out)")
            .Check(request.PerMemberLimit is >= 1 and <= 1000, "perMemberLimit", "must be between 1 and 1000")
            .Check(request.StartsAt is not null, "startsAt", "is required")
            .Check(request.EndsAt is not null, "endsAt", "is required")
            .Check(request.StartsAt is null || request.EndsAt is null || request.EndsAt > request.StartsAt, "endsAt", "must be after startsAt")
            .Check(request.Kind != PerkKinds.Voucher || request.FaceValueFen is > 0, "faceValueFen", "is required and must be more than 0 for vouchers")
            .Check(request.FaceValueFen is null or > 0, "faceValueFen", "must be more than 0")
            .Check(request.ValidUntil is null || request.ValidDays is null, "validUntil", "give validUntil or validDays, not both")
            .Check(request.ValidDays is null or (>= 1 and <= 3650), "validDays", "must be between 1 and 3650")
            .Check(request.ValidUntil is null || request.StartsAt is null || request.ValidUntil > request.StartsAt, "validUntil", "must be after startsAt")
            .Check(request.DailyRelease is null or >= 1, "dailyRelease", "must be 1 or more")
            .Check(releaseTimeValid, "releaseTime", "must be a time of day HH:mm (Beijing time), 00:00 to 23:59")
            .Check(request.ReleaseTime is null || request.DailyRelease is not null || request.MemberDailyLimit is not null, "releaseTime",
                "needs dailyRelease or memberDailyLimit (it is when each day's release opens)")
            .Check(request.Rollover is null or true || request.DailyRelease is not null, "rollover",
                "can be turned off only with a dailyRelease (what a day leaves unclaimed is then not offered again)")
            .Check(request.MemberDailyLimit is null or >= 1, "memberDailyLimit", "must be 1 or more")
            .Check(request.MemberDailyLimit is null || request.PerMemberLimit is null || request.MemberDailyLimit <= request.PerMemberLimit,
                "memberDailyLimit", "must not be more than perMemberLimit")
            .Check(merchantIds is not null, "merchantIds", "must be ids")
            .Check(orgIds is not null, "eligibility.orgIds", "must be ids");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        // a voucher is money owed to the merchants that take it: it names them, and its face value is bounded
        if (request.Kind == PerkKinds.Voucher && merchantIds!.Count == 0)
        {
            return Problems.Create(422, PerkProblems.PerkVoucherNeedsMerchant, "A voucher perk must name the merchants that accept it.");
        }

        if (request.Kind == PerkKinds.Voucher && request.FaceValueFen > options.Value.MaxVoucherFaceValueFen)
        {
            return Problems.Create(422, PerkProblems.PerkFaceValueOverCap, "The voucher's face value is above the configured cap.",
                $"At most {options.Value.MaxVoucherFaceValueFen} fen.",
                new Dictionary<string, object?> { ["maxFaceValueFen"] = options.Value.MaxVoucherFaceValueFen });
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var result = await transactions.RunAsync<Results<Created<AdminPerks.PerkDetail>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);

            // eligibility: the named orgs (each inside an org_admin's subtree); an org_admin naming none means their own org
            var eligible = orgIds!.Count == 0 && !scope.SeesEverything ? [http.User.OrgId() ?? 0] : orgIds;
            var paths = eligible.Count == 0 ? [] : (await conn.QueryAsync<(long Id, string Path)>(new CommandDefinition(
                "SELECT id, path FROM org WHERE id IN @eligible", new { eligible }, transaction: tx, cancellationToken: ct))).ToList();
            var unknown = eligible.Except(paths.Select(p => p.Id)).ToList();
            v.Check(unknown.Count == 0, "eligibility.orgIds", $"unknown organisation(s): {string.Join(", ", unknown)}")
             .Check(paths.All(p => scope.Contains(p.Path)), "eligibility.orgIds",
                 "must lie inside your own organisation");
            if (!v.IsValid)
            {
                return v.Problem();
            }

            var id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
            {
                request.Kind,
                Title = request.Title!.Trim(),
                request.Description,
                Stock = request.Stock ?? 0,
                request.PerMemberLimit,
                StartsAt = request.StartsAt!.Value.UtcDateTime,
                EndsAt = request.EndsAt!.Value.UtcDateTime,
                request.FaceValueFen,
                ValidUntil = request.ValidUntil?.UtcDateTime,
                request.ValidDays,
                request.DailyRelease,
                ReleaseMinute = request.ReleaseTime is null ? (int?)null : releaseMinute,
                Rollover = request.Rollover ?? true,
                request.MemberDailyLimit,
                BarNoShows = request.BarNoShows ?? false,
                CreatedBy = http.User.StaffId(),
                CreatedOrgId = scope.SeesEverything ? null : http.User.OrgId(),
                Now = now,
            }, tx, cancellationToken: ct));
            if (merchantIds!.Count > 0)
            {
                await conn.ExecuteAsync(new CommandDefinition("INSERT INTO perk_merchant (perk_id, merchant_id) VALUES (@id, @m)",
                    merchantIds.Distinct().Select(m => new { id, m }), tx, cancellationToken: ct));
            }

            if (paths.Count > 0)
            {
                await conn.ExecuteAsync(new CommandDefinition("INSERT INTO perk_eligible_org (perk_id, org_id, org_path) VALUES (@id, @Id2, @Path)",
                    paths.Select(p => new { id, Id2 = p.Id, p.Path }), tx, cancellationToken: ct));
            }

            var idText = id.ToString(CultureInfo.InvariantCulture);
            await Audit.WriteAsync(conn, tx, http, "perk.create", "perk", idText, new
            {
                request.Kind, request.Title, request.Stock, request.PerMemberLimit, request.StartsAt, request.EndsAt, request.FaceValueFen,
                request.DailyRelease, request.ReleaseTime, request.Rollover, request.MemberDailyLimit, request.BarNoShows, merchantIds,
                eligibleOrgIds = paths.Select(p => p.Id),
            }, ct);
            var created = await AdminPerks.LoadAsync(conn, tx, id, null, now, ct);
            var answer = created!.Value.Detail;
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, answer, ct);
            return TypedResults.Created($"/api/v1/admin/perks/{idText}", answer);
        }, ct);
        if (result.Result is Created<AdminPerks.PerkDetail>)
        {
            catalog.Invalidate(); // after the commit, so no reader caches the state before it
        }

        return result;
    }
}
