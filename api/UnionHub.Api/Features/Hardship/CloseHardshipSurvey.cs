using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Hardship.Packages;

namespace UnionHub.Api.Features.Hardship;

public static class CloseHardshipSurvey
{
    private const string InsertPerk = """
        INSERT INTO perk (kind, title, description, stock, claimed, per_member_limit, starts_at, ends_at, valid_until, created_by,
                          created_org_id, created_at, updated_at)
        VALUES ('goods', @Title, @Description, @Count, @Count, 1, @Now, @Now, @ValidUntil, @StaffId, @OrgId, @Now, @Now);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Ok<Totals>, ProblemHttpResult>> Handle(
        string id, CloseRequest request, HttpContext http, Transactions transactions, VoucherSigner signer, TimeProvider clock, CancellationToken ct)
    {
        if (request.VoucherValidDays is not (null or (>= 1 and <= 366)))
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["voucherValidDays"] = ["must be 1 to 366"] });
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var validUntil = now.AddDays(request.VoucherValidDays ?? 90);
        var staffId = http.User.StaffId()!.Value;
        return await transactions.RunAsync<Results<Ok<Totals>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            var round = await Rounds.FindVisibleAsync(conn, tx, scope, Ids.Parse(id), ct);
            if (round is null)
            {
                return Problems.NotFound("round");
            }

            if (round.ClosesAt > now)
            {
                return Problems.Create(409, HardshipProblems.SurveyDeadlineNotReached, "Members may change their choice until the round closes.",
                    $"The round closes at {round.ClosesAt.ToChina():yyyy-MM-dd HH:mm}.");
            }

            if (await conn.ExecuteAsync(new CommandDefinition("""
                    UPDATE hardship_round SET survey_status = 'closed', survey_closed_at = @now WHERE id = @Id AND survey_status = 'open'
                    """, new { round.Id, now }, tx, cancellationToken: ct)) != 1)
            {
                return Problems.Create(409, HardshipProblems.SurveyClosed, "The round's needs survey is already closed.");
            }

            // read committed (ADR 0021): the choices are read after the round's UPDATE, which no later choice passes, so those that
            // committed while this waited for the round's lock are here too (a snapshot from the scope read would miss them)
            var issued = 0;
            var packages = await conn.QueryAsync<Rounds.PackageRow>(new CommandDefinition(
                "SELECT id, name, items FROM hardship_package WHERE round_id = @Id ORDER BY id", new { round.Id }, tx, cancellationToken: ct));
            foreach (var package in packages)
            {
                var members = (await conn.QueryAsync<long>(new CommandDefinition(
                    "SELECT member_id FROM hardship_package_choice WHERE round_id = @RoundId AND package_id = @PackageId ORDER BY member_id",
                    new { RoundId = round.Id, PackageId = package.Id }, tx, cancellationToken: ct))).ToList();
                if (members.Count == 0)
                {
                    continue;
                }

                var items = JsonSerializer.Deserialize<List<string>>(package.Items) ?? [];
                var perkId = await conn.ExecuteScalarAsync<long>(new CommandDefinition(InsertPerk, new
                {
                    Title = $"{round.Title} · {package.Name}", Description = string.Join("、", items), Count = members.Count, Now = now,
                    ValidUntil = validUntil, StaffId = staffId, round.OrgId,
                }, tx, cancellationToken: ct));
                await conn.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO perk_eligible_org (perk_id, org_id, org_path) VALUES (@perkId, @OrgId, @OrgPath)",
                    new { perkId, round.OrgId, round.OrgPath }, tx, cancellationToken: ct));
                foreach (var chunk in members.Chunk(500))
                {
                    var insert = new MultiRowInsert("voucher", "perk_id", "member_id", "claim_no", "code", "qr_payload", "status", "valid_until", "created_at");
                    foreach (var member in chunk)
                    {
                        var code = VoucherSigner.NewCode();
                        insert.Row(perkId, member, 1, code, signer.Sign(code), "unused", validUntil, now);
                    }

                    await insert.ExecuteAsync(conn, tx, ct);
                }

                await conn.ExecuteAsync(new CommandDefinition("""
                    UPDATE hardship_package_choice c JOIN voucher v ON v.perk_id = @perkId AND v.member_id = c.member_id
                    SET c.voucher_id = v.id WHERE c.round_id = @RoundId AND c.package_id = @PackageId
                    """, new { perkId, RoundId = round.Id, PackageId = package.Id }, tx, cancellationToken: ct));
                await conn.ExecuteAsync(new CommandDefinition("UPDATE hardship_package SET perk_id = @perkId WHERE id = @Id",
                    new { perkId, package.Id }, tx, cancellationToken: ct));
                issued += members.Count;
            }

            await Audit.WriteAsync(conn, tx, http, "hardship_survey.close", "hardship_round", round.Id.Text(), new { vouchersIssued = issued }, ct);
            var totals = await LoadTotalsAsync(conn, tx, round.Id, issued, ct);
            return TypedResults.Ok(totals);
        }, ct, System.Data.IsolationLevel.ReadCommitted);
    }
}
