using System.Net.Http.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Hardship;

public sealed class AwardConcurrencyTests : HardshipTest
{
    /// <summary>Declarations of <paramref name="count"/> members past their notice, ready for approval.</summary>
    private static async Task<(string DistrictUser, long[] MemberIds, string RoundId, string FundId, string[] DeclarationIds)> ReadyManyAsync(
        int count, long budgetFen = 10_000_000)
    {
        var orgs = await OrgsAsync();
        using var grassroots = await NewStaffAsync("org_admin", S(orgs.GrassrootsA1));
        var districtUser = await NewStaffUserAsync("org_admin", orgs.DistrictA);
        using var district = await LoginAsync(districtUser);
        var (roundId, fundId) = await RoundAsync(district, orgs.DistrictA, budgetFen);
        var members = new long[count];
        var declarations = new string[count];
        for (var i = 0; i < count; i++)
        {
            (members[i], _) = await RegisteredMemberAsync(grassroots, orgs.GrassrootsA1);
            declarations[i] = await DeclareAsMemberAsync(members[i], roundId);
            await JsonAsync(await ReviewAsync(grassroots, declarations[i], "grassroots-review"), 200);
            await JsonAsync(await ReviewAsync(district, declarations[i], "district-review"), 200);
        }

        AdvanceTo((await NoticeEndAsync(declarations[^1])).AddMinutes(1));
        return (districtUser, members, roundId, fundId, declarations);
    }

    private static async Task<(string DistrictUser, long MemberId, string RoundId, string FundId, string DeclarationId)> ReadyAsync()
    {
        var (user, members, round, fund, declarations) = await ReadyManyAsync(1);
        return (user, members[0], round, fund, declarations[0]);
    }

    [Test]
    public async Task An_approval_that_waited_for_the_fund_while_its_maximum_grant_was_lowered_is_refused_and_writes_nothing()
    {
        var (districtUser, memberId, _, fundId, declarationId) = await ReadyAsync();
        using var district = await LoginAsync(districtUser);

        // The test's transaction holds the fund row, so the approval reads the round's terms (maximum grant 500,000 fen: the
        // standard award of 300,000 fits) and then waits for the fund; meanwhile the maximum is lowered to 100,000 and committed,
        // as a budget cut that lowers it does (ADR 0018). The approval must judge the award by the maximum it finds under the lock.
        await using var blocker = await DbAsync();
        await using var tx = await blocker.BeginTransactionAsync();
        await blocker.ExecuteScalarAsync<long>("SELECT id FROM fund WHERE id = @fundId FOR UPDATE", new { fundId }, tx);
        var approval = Task.Run(() => ApproveAsync(district, declarationId));
        async Task<int> WaitingAsync() => await blocker.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE 'SELECT kind%FROM fund WHERE id = % FOR UPDATE'", transaction: tx);
        await WaitForStatementsAsync("SELECT kind%FROM fund WHERE id = % FOR UPDATE"); // up to 30 s, not 3
        Assert.That(await WaitingAsync(), Is.EqualTo(1), "the approval waits for the fund row");
        await blocker.ExecuteAsync("UPDATE fund SET max_grant_fen = 100000 WHERE id = @fundId", new { fundId }, tx);
        await tx.CommitAsync();

        var refused = await Problem.ExpectAsync(await approval, 422, "award.over_cap");
        Assert.That(refused.Raw.GetProperty("capFen").GetInt64(), Is.EqualTo(100_000));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM hardship_award WHERE member_id = @memberId", new { memberId }), Is.Zero);
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_application WHERE member_id = @memberId", new { memberId }), Is.Zero);
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT granted_fen FROM fund WHERE id = @fundId", new { fundId }), Is.Zero);

        // an award within the lowered maximum goes through
        var approved = await JsonAsync(await ApproveAsync(district, declarationId, 100_000), 200);
        Assert.That(approved.GetProperty("status").GetString(), Is.EqualTo("approved"));
    }

    [Test]
    public async Task Ten_parallel_approvals_of_one_declaration_make_one_award_and_one_grant()
    {
        var (districtUser, memberId, _, fundId, declarationId) = await ReadyAsync();
        var clients = new List<HttpClient>();
        for (var i = 0; i < 10; i++)
        {
            clients.Add(await LoginAsync(districtUser));
        }

        var responses = await Task.WhenAll(clients.Select(c => ApproveAsync(c, declarationId)));
        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        Assert.That(statuses.Count(s => s == 200), Is.EqualTo(1), string.Join(",", statuses));
        Assert.That(statuses.Count(s => s == 409), Is.EqualTo(9), string.Join(",", statuses));
        foreach (var refused in responses.Where(r => (int)r.StatusCode == 409))
        {
            await Problem.ExpectAsync(refused, 409, "declaration.wrong_state");
        }

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM hardship_award WHERE member_id = @memberId", new { memberId }), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_application WHERE member_id = @memberId", new { memberId }), Is.EqualTo(1));
        Assert.That(await OutboxCountAsync(memberId, "approved"), Is.EqualTo(1));
        using var reviewer = await NewStaffAsync("reviewer");
        var (granted, _) = await AssertLedgerMatchesAsync(reviewer, fundId);
        Assert.That(granted, Is.EqualTo(300_000));
        clients.ForEach(c => c.Dispose());
    }

    [Test]
    public async Task The_unique_award_index_holds_even_when_two_declarations_of_one_member_are_approved_in_parallel()
    {
        var (districtUser, memberId, roundId, fundId, declarationId) = await ReadyAsync();
        // a second declaration of the same member in the same round, as a bug or a manual data fix could leave one
        // (open_key NULL so the one-live-declaration index lets it in): only the award index stands in the way
        await using var db = await DbAsync();
        var copies = new List<string> { declarationId };
        for (var i = 0; i < 9; i++)
        {
            copies.Add((await db.ExecuteScalarAsync<long>("""
                INSERT INTO hardship_declaration (round_id, member_id, household_id, org_id, org_path, tier, reason, note, declared_by_kind,
                    declared_by, status, open_key, grassroots_by, district_by, notice_starts_at, notice_ends_at, created_at, updated_at)
                SELECT round_id, member_id, household_id, org_id, org_path, tier, reason, note, declared_by_kind, declared_by, status, NULL,
                       grassroots_by, district_by, notice_starts_at, notice_ends_at, created_at, updated_at
                FROM hardship_declaration WHERE id = @declarationId;
                SELECT LAST_INSERT_ID();
                """, new { declarationId })).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var clients = new List<HttpClient>();
        foreach (var _ in copies)
        {
            clients.Add(await LoginAsync(districtUser));
        }

        var responses = await Task.WhenAll(copies.Select((id, i) => ApproveAsync(clients[i], id)));
        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        Assert.That(statuses.Count(s => s == 200), Is.EqualTo(1), string.Join(",", statuses));
        foreach (var refused in responses.Where(r => (int)r.StatusCode != 200))
        {
            await Problem.ExpectAsync(refused, 409, "hardship.already_awarded");
        }

        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM hardship_award WHERE round_id = @roundId AND member_id = @memberId",
            new { roundId, memberId }), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM hardship_declaration WHERE member_id = @memberId AND status = 'approved'",
            new { memberId }), Is.EqualTo(1), "refused approvals rolled back with their award attempt");
        using var reviewer = await NewStaffAsync("reviewer");
        var (granted, _) = await AssertLedgerMatchesAsync(reviewer, fundId);
        Assert.That(granted, Is.EqualTo(300_000), "one grant only");
        clients.ForEach(c => c.Dispose());
    }

    [Test]
    public async Task An_award_that_does_not_fit_the_fund_budget_is_refused_and_nothing_is_booked()
    {
        var (districtUser, members, _, fundId, declarations) = await ReadyManyAsync(2, budgetFen: 500_000);
        using var district = await LoginAsync(districtUser);
        await JsonAsync(await ApproveAsync(district, declarations[0]), 200);
        await Problem.ExpectAsync(await ApproveAsync(district, declarations[1]), 409, "fund.budget_exceeded");
        var after = await JsonAsync(await district.GetAsync($"/api/v1/admin/hardship/declarations/{declarations[1]}?reason=test"), 200);
        Assert.That(Str(after, "status"), Is.EqualTo("in_notice"));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM hardship_award"), Is.EqualTo(1));
        using var reviewer = await NewStaffAsync("reviewer");
        var (granted, _) = await AssertLedgerMatchesAsync(reviewer, fundId);
        Assert.That(granted, Is.EqualTo(300_000));
        Assert.That(await OutboxCountAsync(members[1]), Is.Zero);

        // what is left of the budget can still be awarded
        var approved = await JsonAsync(await ApproveAsync(district, declarations[1], 200_000), 200);
        Assert.That(approved.GetProperty("award").GetProperty("amountFen").GetInt64(), Is.EqualTo(200_000));
        (granted, _) = await AssertLedgerMatchesAsync(reviewer, fundId);
        Assert.That(granted, Is.EqualTo(500_000));
    }

    [Test]
    public async Task Two_parallel_approvals_racing_for_the_last_of_the_budget_make_one_award_and_one_refusal_with_nothing_booked()
    {
        // 500,000 left: room for one standard award of 300,000, not two
        var (districtUser, members, _, fundId, declarations) = await ReadyManyAsync(2, budgetFen: 500_000);
        using var a = await LoginAsync(districtUser);
        using var b = await LoginAsync(districtUser);
        var responses = await Task.WhenAll(ApproveAsync(a, declarations[0]), ApproveAsync(b, declarations[1]));
        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        Assert.That(statuses.Order(), Is.EqualTo(new[] { 200, 409 }), string.Join(",", statuses));
        var refused = await Problem.ExpectAsync(responses.Single(r => (int)r.StatusCode == 409), 409, "fund.budget_exceeded");
        Assert.That(refused.Raw.GetProperty("remainingFen").GetInt64(), Is.EqualTo(200_000));

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM hardship_award"), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM hardship_declaration WHERE status = 'in_notice'"), Is.EqualTo(1),
            "the refused approval rolled back");
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_application WHERE fund_id = @fundId", new { fundId }), Is.EqualTo(1));
        using var reviewer = await NewStaffAsync("reviewer");
        var (granted, _) = await AssertLedgerMatchesAsync(reviewer, fundId);
        Assert.That(granted, Is.EqualTo(300_000));
        Assert.That(await OutboxCountAsync(members[0]) + await OutboxCountAsync(members[1]), Is.EqualTo(1), "only the award is told");
    }

    [Test]
    public async Task A_round_whose_fund_became_a_mutual_aid_fund_takes_no_declaration_and_approves_no_award()
    {
        var (districtUser, members, roundId, fundId, declarations) = await ReadyManyAsync(1);
        await using var db = await DbAsync();
        var grassrootsOrg = await db.ExecuteScalarAsync<long>("SELECT org_id FROM member WHERE id = @id", new { id = members[0] });
        using var grassroots = await NewStaffAsync("org_admin", S(grassrootsOrg));
        var (late, _) = await RegisteredMemberAsync(grassroots, grassrootsOrg, name: "李晓红");
        await db.ExecuteAsync("UPDATE fund SET kind = 'mutual_aid' WHERE id = @fundId", new { fundId }); // as a round from before the rule
        var before = await db.QuerySingleAsync<(int, int, int, int, long)>("""
            SELECT (SELECT COUNT(*) FROM hardship_declaration), (SELECT COUNT(*) FROM hardship_award), (SELECT COUNT(*) FROM fund_application),
                   (SELECT COUNT(*) FROM fund_ledger), (SELECT granted_fen FROM fund WHERE id = @fundId)
            """, new { fundId });

        using var district = await LoginAsync(districtUser);
        await Problem.ExpectAsync(await ApproveAsync(district, declarations[0]), 422, "fund.mutual_aid_only");
        using var member = WithToken(MemberToken(late));
        await Problem.ExpectAsync(await member.PostAsJsonAsync("/api/v1/hardship/declarations", new { roundId }), 422, "fund.mutual_aid_only");
        await Problem.ExpectAsync(await grassroots.PostAsJsonAsync("/api/v1/admin/hardship/declarations", new { roundId, memberId = S(late) }), 422,
            "fund.mutual_aid_only");

        var after = await db.QuerySingleAsync<(int, int, int, int, long)>("""
            SELECT (SELECT COUNT(*) FROM hardship_declaration), (SELECT COUNT(*) FROM hardship_award), (SELECT COUNT(*) FROM fund_application),
                   (SELECT COUNT(*) FROM fund_ledger), (SELECT granted_fen FROM fund WHERE id = @fundId)
            """, new { fundId });
        Assert.That(after, Is.EqualTo(before), "nothing written");
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT status FROM hardship_declaration WHERE id = @id", new { id = declarations[0] }),
            Is.EqualTo("in_notice"));
    }
}
