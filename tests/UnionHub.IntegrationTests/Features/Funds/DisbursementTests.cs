using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Funds;

public sealed class DisbursementTests : FundsTest
{
    /// <summary>A fund with one application approved for <paramref name="grantFen"/>; returns (fundId, applicationId).</summary>
    private static async Task<(string FundId, string ApplicationId)> ApprovedAsync(HttpClient reviewer, long grantFen)
    {
        var fundId = await CreateFundAsync(reviewer, budgetFen: 1_000_000, maxGrantFen: 500_000);
        var app = await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 500_000);
        await JsonAsync(await MeetingAsync(reviewer, fundId, Decision(app, "approve", grantFen)), 201);
        return (fundId, app);
    }

    [Test]
    public async Task A_payment_is_proposed_by_one_staff_user_and_confirmed_by_another()
    {
        using var proposer = await NewStaffAsync("reviewer");
        using var confirmer = await NewStaffAsync("reviewer");
        var (fundId, app) = await ApprovedAsync(proposer, 300_000);

        var first = await JsonAsync(await ProposeAsync(proposer, app, 100_000, "BANK-1"), 201);
        Assert.That(first.GetProperty("status").GetString(), Is.EqualTo("proposed"));
        Assert.That(first.GetProperty("amountFen").GetInt64(), Is.EqualTo(100_000));
        Assert.That(first.GetProperty("proposedBy").GetString(), Is.Not.Empty);
        var firstId = first.GetProperty("id").GetString();
        var (_, disbursed) = await AssertLedgerMatchesAsync(proposer, fundId);
        Assert.That(disbursed, Is.Zero, "a proposal is not money out yet");

        var confirmed = await JsonAsync(await confirmer.PostAsync($"/api/v1/admin/disbursements/{firstId}/confirm", null), 200);
        Assert.That(confirmed.GetProperty("status").GetString(), Is.EqualTo("paid"));
        Assert.That(await StatusOfAsync(app), Is.EqualTo("approved"), "part of the grant is still unpaid");
        (_, disbursed) = await AssertLedgerMatchesAsync(proposer, fundId);
        Assert.That(disbursed, Is.EqualTo(100_000));

        await Problem.ExpectAsync(await confirmer.PostAsync($"/api/v1/admin/disbursements/{firstId}/confirm", null), 409, "disbursement.not_proposed");

        // the rest, proposed by the other user and confirmed by the first: the application is disbursed
        var rest = await JsonAsync(await ProposeAsync(confirmer, app, 200_000, "BANK-2"), 201);
        await JsonAsync(await proposer.PostAsync($"/api/v1/admin/disbursements/{rest.GetProperty("id").GetString()}/confirm", null), 200);
        Assert.That(await StatusOfAsync(app), Is.EqualTo("disbursed"));
        (_, disbursed) = await AssertLedgerMatchesAsync(proposer, fundId);
        Assert.That(disbursed, Is.EqualTo(300_000));

        await using var db = await DbAsync();
        var last = await db.QuerySingleAsync<(string From, string To)>(
            "SELECT from_status, to_status FROM fund_application_history WHERE application_id = @app ORDER BY id DESC LIMIT 1", new { app });
        Assert.That(last, Is.EqualTo(("approved", "disbursed")));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action IN ('disbursement.propose', 'disbursement.confirm')"),
            Is.EqualTo(4));
        await Problem.ExpectAsync(await ProposeAsync(proposer, app, 1), 409, "application.not_approved");
    }

    [Test]
    public async Task A_payment_confirmed_by_its_proposer_is_403_and_stays_proposed()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var (fundId, app) = await ApprovedAsync(reviewer, 200_000);
        var proposed = await JsonAsync(await ProposeAsync(reviewer, app, 200_000), 201);
        var id = proposed.GetProperty("id").GetString();

        await Problem.ExpectAsync(await reviewer.PostAsync($"/api/v1/admin/disbursements/{id}/confirm", null), 403, "disbursement.same_user");

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT status FROM fund_disbursement WHERE id = @id", new { id }), Is.EqualTo("proposed"));
        Assert.That(await StatusOfAsync(app), Is.EqualTo("approved"));
        var (_, disbursed) = await AssertLedgerMatchesAsync(reviewer, fundId);
        Assert.That(disbursed, Is.Zero);
        await Problem.ExpectAsync(await reviewer.PostAsync("/api/v1/admin/disbursements/987654/confirm", null), 404, "not_found");
    }

    [Test]
    public async Task Proposals_over_the_grant_are_409_also_when_they_race()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var (fundId, app) = await ApprovedAsync(reviewer, 300_000);
        await Problem.ExpectAsync(await ProposeAsync(reviewer, app, 300_001), 409, "disbursement.over_grant");

        var token = reviewer.DefaultRequestHeaders.Authorization!.Parameter!;
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            using var client = WithToken(token);
            return await ProposeAsync(client, app, 100_000, $"BANK-{i}");
        }));
        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        Assert.That(statuses.Count(s => s == 201), Is.EqualTo(3), string.Join(",", statuses));
        Assert.That(statuses.Count(s => s == 409), Is.EqualTo(5), string.Join(",", statuses));
        foreach (var refused in responses.Where(r => (int)r.StatusCode == 409))
        {
            await Problem.ExpectAsync(refused, 409, "disbursement.over_grant");
        }

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT SUM(amount_fen) FROM fund_disbursement WHERE application_id = @app", new { app }),
            Is.EqualTo(300_000));

        // confirming all of them in parallel pays exactly the grant
        using var other = await NewStaffAsync("super_admin");
        var otherToken = other.DefaultRequestHeaders.Authorization!.Parameter!;
        var ids = new List<string>();
        foreach (var ok in responses.Where(r => (int)r.StatusCode == 201))
        {
            ids.Add((await JsonAsync(ok, 201)).GetProperty("id").GetString()!);
        }

        var confirms = await Task.WhenAll(ids.Concat(ids).Select(async id =>
        {
            using var client = WithToken(otherToken);
            return (int)(await client.PostAsync($"/api/v1/admin/disbursements/{id}/confirm", null)).StatusCode;
        }));
        Assert.That(confirms.Count(s => s == 200), Is.EqualTo(3), string.Join(",", confirms));
        Assert.That(confirms.Count(s => s == 409), Is.EqualTo(3), string.Join(",", confirms));
        Assert.That(await StatusOfAsync(app), Is.EqualTo("disbursed"));
        var (_, disbursed) = await AssertLedgerMatchesAsync(reviewer, fundId);
        Assert.That(disbursed, Is.EqualTo(300_000));
    }

    [Test]
    public async Task A_proposal_replays_under_its_idempotency_key_and_refuses_the_key_with_another_body()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var (fundId, app) = await ApprovedAsync(reviewer, 300_000);

        var first = await ProposeAsync(reviewer, app, 100_000, "BANK-9", idempotencyKey: "pay-1");
        var firstBody = await first.Content.ReadAsStringAsync();
        Assert.That((int)first.StatusCode, Is.EqualTo(201), firstBody);
        var again = await ProposeAsync(reviewer, app, 100_000, "BANK-9", idempotencyKey: "pay-1");
        Assert.That((int)again.StatusCode, Is.EqualTo(201));
        Assert.That(JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString(),
            Is.EqualTo(JsonDocument.Parse(firstBody).RootElement.GetProperty("id").GetString()));
        Assert.That(await again.Content.ReadAsStringAsync(), Is.EqualTo(firstBody));

        await Problem.ExpectAsync(await ProposeAsync(reviewer, app, 150_000, "BANK-9", idempotencyKey: "pay-1"), 422, "idempotency.key_reused");

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_disbursement"), Is.EqualTo(1));
        await AssertLedgerMatchesAsync(reviewer, fundId);
    }

    [Test]
    public async Task Members_and_org_admins_cannot_pay()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var (_, app) = await ApprovedAsync(reviewer, 100_000);
        using var member = WithToken(MemberToken(await NewVerifiedMemberAsync()));
        Assert.That((int)(await ProposeAsync(member, app, 1)).StatusCode, Is.EqualTo(403));
        using var orgAdmin = await NewStaffAsync("org_admin", (await Seed.OrgAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.That((int)(await ProposeAsync(orgAdmin, app, 1)).StatusCode, Is.EqualTo(403));
    }
}
