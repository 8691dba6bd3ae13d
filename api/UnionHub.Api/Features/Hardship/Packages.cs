using System.Globalization;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Hardship;

/// <summary>
/// Needs surveys: a round's packages (A set, B set ...). Each member on the register in the round's subtree picks one
/// (primary key (round_id, member_id): one choice per member per round, changeable until the round closes). A choice
/// takes the round row's lock, so closing the survey (a conditional UPDATE of the same row) sees every choice made
/// before it and none after. Closing turns each package into a <c>goods</c> perk that nobody can claim (its claim
/// window is already over, stock = claimed = choices) and each choice into that perk's voucher in the member's wallet.
/// </summary>
public static class Packages
{
    public sealed record ChooseRequest(string? PackageId);

    public sealed record Choice(string RoundId, string PackageId, DateTimeOffset ChosenAt);

    public sealed record PackageTotal(string PackageId, string Name, IReadOnlyList<string> Items, int Choices, string? PerkId);

    public sealed record Totals(string RoundId, string SurveyStatus, int TotalChoices, IReadOnlyList<PackageTotal> Packages, int? VouchersIssued = null);

    public sealed record CloseRequest(int? VoucherValidDays);

    private const string Upsert = """
        INSERT INTO hardship_package_choice (round_id, member_id, package_id, chosen_at) VALUES (@RoundId, @MemberId, @PackageId, @Now)
        ON DUPLICATE KEY UPDATE package_id = VALUES(package_id), chosen_at = VALUES(chosen_at)
        """;

    public static async Task<Results<Ok<Choice>, ProblemHttpResult>> Choose(
        string id, ChooseRequest request, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        if (OrgScope.ParseId(request.PackageId) is not { } packageId)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["packageId"] = ["is required"] });
        }

        if (OrgScope.ParseId(id) is not { } roundId)
        {
            return Problems.NotFound("round");
        }

        var memberId = http.User.MemberId()!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var path = await conn.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT o.path FROM member m JOIN org o ON o.id = m.org_id WHERE m.id = @memberId AND m.deleted_at IS NULL", new { memberId }, tx,
            cancellationToken: ct));
        // the lock orders this choice against the survey's closing
        var round = await conn.QuerySingleOrDefaultAsync<Rounds.Row>(new CommandDefinition(Rounds.Select + " WHERE id = @roundId FOR UPDATE",
            new { roundId }, tx, cancellationToken: ct));
        if (round is null || path is null || !OrgScope.IsInside(path, round.OrgPath))
        {
            return Problems.NotFound("round");
        }

        if (round.SurveyStatus != "open")
        {
            return Problems.Create(409, "survey.closed", "The round's needs survey is closed.");
        }

        if (round.OpensAt > now || round.ClosesAt <= now)
        {
            return Problems.Create(409, "round.not_open", "Packages can be chosen only while the round is open.",
                $"Until {round.ClosesAt.ToChina():yyyy-MM-dd HH:mm}.");
        }

        if (!await conn.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT EXISTS (SELECT 1 FROM hardship_household WHERE open_key = @memberId)", new { memberId }, tx, cancellationToken: ct)))
        {
            return Problems.Create(403, "hardship.not_eligible", "Only members on the hardship register choose a package.");
        }

        if (!await conn.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT EXISTS (SELECT 1 FROM hardship_package WHERE id = @packageId AND round_id = @roundId)", new { packageId, roundId }, tx,
                cancellationToken: ct)))
        {
            return Problems.NotFound("package");
        }

        await conn.ExecuteAsync(new CommandDefinition(Upsert, new { RoundId = roundId, MemberId = memberId, PackageId = packageId, Now = now }, tx,
            cancellationToken: ct));
        await tx.CommitAsync(ct);
        return TypedResults.Ok(new Choice(roundId.Text(), packageId.Text(), now.ToChina()));
    }

    private sealed record TotalRow(long Id, string Name, string Items, long Choices, long? PerkId);

    private static async Task<Totals> LoadTotalsAsync(System.Data.Common.DbConnection conn, System.Data.Common.DbTransaction? tx, long roundId,
        int? vouchersIssued, CancellationToken ct)
    {
        var status = await conn.ExecuteScalarAsync<string>(new CommandDefinition("SELECT survey_status FROM hardship_round WHERE id = @roundId",
            new { roundId }, tx, cancellationToken: ct));
        var rows = (await conn.QueryAsync<TotalRow>(new CommandDefinition("""
            SELECT p.id, p.name, p.items, (SELECT COUNT(*) FROM hardship_package_choice c WHERE c.package_id = p.id) AS Choices, p.perk_id AS PerkId
            FROM hardship_package p WHERE p.round_id = @roundId ORDER BY p.id
            """, new { roundId }, tx, cancellationToken: ct))).ToList();
        return new Totals(roundId.Text(), status ?? "", (int)rows.Sum(r => r.Choices), rows.Select(r => new PackageTotal(r.Id.Text(), r.Name,
            JsonSerializer.Deserialize<List<string>>(r.Items) ?? [], (int)r.Choices, r.PerkId is { } p ? p.Text() : null)).ToList(), vouchersIssued);
    }

    public static async Task<Results<Ok<Totals>, ProblemHttpResult>> GetTotals(string id, HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var round = await Rounds.FindVisibleAsync(conn, null, http, id, ct);
        return round is null ? Problems.NotFound("round") : TypedResults.Ok(await LoadTotalsAsync(conn, null, round.Id, null, ct));
    }

    private const string InsertPerk = """
        INSERT INTO perk (kind, title, description, stock, claimed, per_member_limit, starts_at, ends_at, valid_until, created_by,
                          created_org_id, created_at, updated_at)
        VALUES ('goods', @Title, @Description, @Count, @Count, 1, @Now, @Now, @ValidUntil, @StaffId, @OrgId, @Now, @Now);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Ok<Totals>, ProblemHttpResult>> Close(
        string id, CloseRequest request, HttpContext http, MySqlDataSource db, VoucherSigner signer, TimeProvider clock, CancellationToken ct)
    {
        if (request.VoucherValidDays is not (null or (>= 1 and <= 366)))
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["voucherValidDays"] = ["must be 1 to 366"] });
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var validUntil = now.AddDays(request.VoucherValidDays ?? 90);
        var staffId = http.User.StaffId()!.Value;
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var round = await Rounds.FindVisibleAsync(conn, tx, http, id, ct);
        if (round is null)
        {
            return Problems.NotFound("round");
        }

        if (round.ClosesAt > now)
        {
            return Problems.Create(409, "survey.deadline_not_reached", "Members may change their choice until the round closes.",
                $"The round closes at {round.ClosesAt.ToChina():yyyy-MM-dd HH:mm}.");
        }

        if (await conn.ExecuteAsync(new CommandDefinition("""
                UPDATE hardship_round SET survey_status = 'closed', survey_closed_at = @now WHERE id = @Id AND survey_status = 'open'
                """, new { round.Id, now }, tx, cancellationToken: ct)) != 1)
        {
            await tx.RollbackAsync(ct);
            return Problems.Create(409, "survey.closed", "The round's needs survey is already closed.");
        }

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
                var insert = new StringBuilder(
                    "INSERT INTO voucher (perk_id, member_id, claim_no, code, qr_payload, status, valid_until, created_at) VALUES ");
                var ps = new DynamicParameters();
                ps.Add("perkId", perkId);
                ps.Add("now", now);
                ps.Add("validUntil", validUntil);
                for (var k = 0; k < chunk.Length; k++)
                {
                    var code = VoucherSigner.NewCode();
                    insert.Append(CultureInfo.InvariantCulture, $"{(k > 0 ? "," : "")}(@perkId, @m{k}, 1, @c{k}, @q{k}, 'unused', @validUntil, @now)");
                    ps.Add($"m{k}", chunk[k]);
                    ps.Add($"c{k}", code);
                    ps.Add($"q{k}", signer.Sign(code));
                }

                await conn.ExecuteAsync(new CommandDefinition(insert.ToString(), ps, tx, cancellationToken: ct));
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
        await tx.CommitAsync(ct);
        return TypedResults.Ok(totals);
    }
}
