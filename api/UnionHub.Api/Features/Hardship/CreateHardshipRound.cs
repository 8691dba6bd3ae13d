using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Hardship.Rounds;

namespace UnionHub.Api.Features.Hardship;

public static class CreateHardshipRound
{
    public static async Task<Results<Created<Round>, ProblemHttpResult>> Handle(
        CreateRequest request, HttpContext http, Transactions transactions, IdempotencyScope idem, TimeProvider clock, CancellationToken ct)
    {
        var tiers = request.Tiers ?? [];
        var packages = request.Packages ?? [];
        var v = new Validator()
            .Check(Ids.Parse(request.OrgId) is not null, "orgId", "is required")
            .Required(request.Title, "title")
            .Check(request.Kind is "regular" or "special", "kind", "must be regular or special")
            .Check(Ids.Parse(request.FundId) is not null, "fundId", "is required")
            .Check(request.OpensAt is not null, "opensAt", "is required")
            .Check(request.ClosesAt is not null && (request.OpensAt is null || request.ClosesAt > request.OpensAt), "closesAt",
                "is required and must be after opensAt")
            .Check(request.NoticeWorkingDays is null or (>= 1 and <= 30), "noticeWorkingDays", "must be 1 to 30")
            .Check(tiers.Count > 0, "tiers", "at least one tier is required")
            .Check(tiers.All(t => t.Tier is not null && HardshipRules.Tiers.Contains(t.Tier)), "tiers", "each tier must be deep, relative or emergency")
            .Check(tiers.Select(t => t.Tier).Distinct().Count() == tiers.Count, "tiers", "each tier may appear once")
            .Check(tiers.All(t => t.StandardFen is > 0 && t.CapFen >= t.StandardFen), "tiers", "standardFen must be positive and capFen at least standardFen")
            .Check(packages.Count <= 10, "packages", "at most 10 packages")
            .Check(packages.All(p => !string.IsNullOrWhiteSpace(p.Name) && p.Name.Length <= 100), "packages", "each package needs a name of at most 100 characters")
            .Check(packages.Select(p => p.Name?.Trim()).Distinct().Count() == packages.Count, "packages", "package names must differ")
            .Check(packages.All(p => p.Items is { Count: > 0 and <= 30 } items && items.All(i => !string.IsNullOrWhiteSpace(i) && i.Length <= 100)),
                "packages", "each package lists 1 to 30 items of at most 100 characters");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var orgId = Ids.Parse(request.OrgId)!.Value;
        var fundId = Ids.Parse(request.FundId)!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Created<Round>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            var org = await Orgs.FindVisibleAsync(conn, tx, scope, orgId, ct);
            if (org is null)
            {
                return Problems.NotFound("organisation");
            }

            if (await Funds.FundRules.UsableKindAsync(conn, tx, scope, fundId, ct) is not { } fundKind)
            {
                return Problems.NotFound("fund");
            }

            // the round's awards are relief grants booked on its fund: never on a fund that pays mutual-aid claims only
            if (!Funds.FundRules.TakesReliefCases(fundKind))
            {
                return Funds.FundRules.MutualAidOnly();
            }

            var id = await conn.ExecuteScalarAsync<long>(new CommandDefinition("""
                INSERT INTO hardship_round (org_id, org_path, title, kind, fund_id, opens_at, closes_at, notice_working_days, created_by, created_at)
                VALUES (@OrgId, @OrgPath, @Title, @Kind, @FundId, @OpensAt, @ClosesAt, @Days, @StaffId, @Now);
                SELECT LAST_INSERT_ID();
                """, new
            {
                OrgId = orgId, OrgPath = org.Path, Title = request.Title!.Trim(), request.Kind, FundId = fundId,
                OpensAt = request.OpensAt!.Value.UtcDateTime, ClosesAt = request.ClosesAt!.Value.UtcDateTime,
                Days = request.NoticeWorkingDays ?? HardshipRules.DefaultNoticeWorkingDays, StaffId = http.User.StaffId()!.Value, Now = now,
            }, tx, cancellationToken: ct));
            await conn.ExecuteAsync(new CommandDefinition("""
                INSERT INTO hardship_round_tier (round_id, tier, standard_fen, cap_fen) VALUES (@RoundId, @Tier, @StandardFen, @CapFen)
                """, tiers.Select(t => new { RoundId = id, t.Tier, t.StandardFen, t.CapFen }), tx, cancellationToken: ct));
            if (packages.Count > 0)
            {
                await conn.ExecuteAsync(new CommandDefinition("""
                    INSERT INTO hardship_package (round_id, name, items, created_at) VALUES (@RoundId, @Name, @Items, @Now)
                    """, packages.Select(p => new
                {
                    RoundId = id, Name = p.Name!.Trim(), Items = JsonSerializer.Serialize(p.Items!.Select(i => i.Trim())), Now = now,
                }), tx, cancellationToken: ct));
            }

            if (packages.Count > 0)
            {
                // the households on the register in the round's subtree hear that the needs survey is open, in this transaction
                await Outbox.EnqueueForEachAsync(conn, tx, clock.GetUtcNow(), HardshipRules.SurveyAudienceSql, new { ScopePath = org.Path },
                    memberId => new Outbox.Notice(memberId, NotificationKinds.SurveyOpened, new
                    {
                        roundId = id.Text(), roundTitle = request.Title!.Trim(),
                        closesAt = request.ClosesAt!.Value.ToChina().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                    }), ct);
            }

            await Audit.WriteAsync(conn, tx, http, "hardship_round.create", "hardship_round", id.Text(),
                new { orgId = orgId.Text(), fundId = fundId.Text(), request.Kind, tiers = tiers.Count, packages = packages.Count }, ct);
            var view = (await LoadAsync(conn, tx, id, ct))!;
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, view, ct);
            return TypedResults.Created($"/api/v1/admin/hardship/rounds/{view.Id}", view);
        }, ct);
    }
}
