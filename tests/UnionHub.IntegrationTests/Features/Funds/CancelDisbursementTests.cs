using System.Net.Http.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Funds;

/// <summary>Issue 18 item 8: a proposed payment can be cancelled, which frees its part of the grant for a new proposal.</summary>
public sealed class CancelDisbursementTests : FundsTest
{
    [Test]
    public async Task A_cancelled_proposal_frees_the_grant_for_a_new_one_and_leaves_an_audit_row()
    {
        using var proposer = await NewStaffAsync("reviewer");
        using var other = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(proposer);
        var app = await ApplyAsync(await NewVerifiedMemberAsync(), fundId);
        await JsonAsync(await MeetingAsync(proposer, fundId, Decision(app, "approve", 100_000)), 201);
        var first = (await JsonAsync(await ProposeAsync(proposer, app, 100_000, "BANK-WRONG"), 201)).GetProperty("id").GetString()!;
        await Problem.ExpectAsync(await ProposeAsync(proposer, app, 100_000, "BANK-RIGHT"), 409, "disbursement.over_grant"); // before: blocked for ever

        await Problem.ExpectAsync(await other.PostAsJsonAsync($"/api/v1/admin/disbursements/{first}/cancel", new { reason = "" }), 422, "validation.failed");
        var cancelled = await JsonAsync(await other.PostAsJsonAsync($"/api/v1/admin/disbursements/{first}/cancel", new { reason = "账号填错" }), 200);
        Assert.That(cancelled.GetProperty("status").GetString(), Is.EqualTo("cancelled"));
        await Problem.ExpectAsync(await other.PostAsJsonAsync($"/api/v1/admin/disbursements/{first}/cancel", new { reason = "再次" }), 409,
            "disbursement.not_proposed");
        await Problem.ExpectAsync(await other.PostAsync($"/api/v1/admin/disbursements/{first}/confirm", null), 409, "disbursement.not_proposed");

        var second = (await JsonAsync(await ProposeAsync(proposer, app, 100_000, "BANK-RIGHT"), 201)).GetProperty("id").GetString()!;
        await JsonAsync(await other.PostAsync($"/api/v1/admin/disbursements/{second}/confirm", null), 200);
        await Problem.ExpectAsync(await other.PostAsJsonAsync($"/api/v1/admin/disbursements/{second}/cancel", new { reason = "晚了" }), 409,
            "disbursement.not_proposed");

        await using var db = await DbAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'disbursement.cancel' AND entity_id = @first",
                new { first }), Is.EqualTo(1));
            Assert.That(await db.ExecuteScalarAsync<string>("SELECT cancel_reason FROM fund_disbursement WHERE id = @first", new { first }),
                Is.EqualTo("账号填错"));
            Assert.That(await db.ExecuteScalarAsync<long>("SELECT committed_fen FROM fund_application WHERE id = @app", new { app }), Is.EqualTo(100_000));
            Assert.That(await StatusOfAsync(app), Is.EqualTo("disbursed"));
        });
        await AssertLedgerMatchesAsync(other, fundId);
    }
}
