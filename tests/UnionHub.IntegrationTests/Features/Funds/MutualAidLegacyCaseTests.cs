using System.Net.Http.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Funds;

/// <summary>
/// Relief cases left on a fund that is (now) a <c>mutual_aid</c> fund, as data from before the rule would be (made here by changing the
/// fund's kind in the database): no later step moves them on with that fund's money. Resubmitting a returned application, approving at a
/// review meeting, proposing a payment of a grant and confirming a proposal made before are each 422 <c>fund.mutual_aid_only</c> with
/// nothing written; a meeting may still reject such an application and a proposal may still be cancelled (both close the case).
/// </summary>
public sealed class MutualAidLegacyCaseTests : FundsTest
{
    /// <summary>Every row a later step could write, for the fund: (applications by status, history, meetings, decisions, disbursements by
    /// status, ledger rows, the fund's granted and disbursed totals, the applications' committed and paid sums).</summary>
    private static async Task<string> SnapshotAsync(string fundId)
    {
        await using var db = await DbAsync();
        return await db.QuerySingleAsync<string>("""
            SELECT CONCAT_WS('|',
              (SELECT GROUP_CONCAT(CONCAT(id, ':', status, ':', requested_fen, ':', COALESCE(granted_fen, '-'), ':', committed_fen, ':', paid_fen) ORDER BY id)
                 FROM fund_application WHERE fund_id = @fundId),
              (SELECT COUNT(*) FROM fund_application_history h JOIN fund_application a ON a.id = h.application_id WHERE a.fund_id = @fundId),
              (SELECT COUNT(*) FROM review_meeting WHERE fund_id = @fundId),
              (SELECT COUNT(*) FROM review_decision d JOIN review_meeting m ON m.id = d.meeting_id WHERE m.fund_id = @fundId),
              (SELECT GROUP_CONCAT(CONCAT(id, ':', status) ORDER BY id) FROM fund_disbursement WHERE fund_id = @fundId),
              (SELECT COUNT(*) FROM fund_ledger WHERE fund_id = @fundId),
              (SELECT CONCAT(granted_fen, ':', disbursed_fen) FROM fund WHERE id = @fundId))
            """, new { fundId });
    }

    [Test]
    public async Task Cases_left_on_a_mutual_aid_fund_are_not_resubmitted_granted_nor_paid_from_it()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        using var checker = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer, budgetFen: 1_000_000, kind: "hardship");
        var returnedBy = await NewVerifiedMemberAsync();
        var returned = await ApplyAsync(returnedBy, fundId);
        await JsonAsync(await reviewer.PostAsJsonAsync($"/api/v1/admin/fund-applications/{returned}/return", new { note = "请补充病历" }), 200);
        var submitted = await ApplyAsync(await NewVerifiedMemberAsync(), fundId);
        var rejected = await ApplyAsync(await NewVerifiedMemberAsync(), fundId);
        var granted = await ApplyAsync(await NewVerifiedMemberAsync(), fundId);
        await JsonAsync(await MeetingAsync(reviewer, fundId, Decision(granted, "approve", 150_000)), 201);
        var proposal = (await JsonAsync(await ProposeAsync(reviewer, granted, 50_000, "BANK-1"), 201)).GetProperty("id").GetString();

        // the fund becomes (as old data is) a fund that pays mutual-aid claims only
        await using var db = await DbAsync();
        await db.ExecuteAsync("UPDATE fund SET kind = 'mutual_aid' WHERE id = @fundId", new { fundId });
        var before = await SnapshotAsync(fundId);

        using var member = WithToken(MemberToken(returnedBy));
        await Problem.ExpectAsync(await member.PutAsJsonAsync($"/api/v1/me/fund-applications/{returned}", ApplicationBody(fundId, 180_000)), 422,
            "fund.mutual_aid_only");
        await Problem.ExpectAsync(await MeetingAsync(reviewer, fundId, Decision(submitted, "approve", 100_000)), 422, "fund.mutual_aid_only");
        await Problem.ExpectAsync(await MeetingAsync(reviewer, fundId, Decision(rejected, "reject"), Decision(submitted, "approve", 100_000)), 422,
            "fund.mutual_aid_only"); // all decisions or none
        await Problem.ExpectAsync(await ProposeAsync(reviewer, granted, 50_000, "BANK-2", "legacy-propose"), 422, "fund.mutual_aid_only");
        await Problem.ExpectAsync(await ProposeAsync(reviewer, granted, 50_000, "BANK-2", "legacy-propose"), 422, "fund.mutual_aid_only"); // replayed
        await Problem.ExpectAsync(await checker.PostAsync($"/api/v1/admin/disbursements/{proposal}/confirm", null), 422, "fund.mutual_aid_only");
        Assert.That(await SnapshotAsync(fundId), Is.EqualTo(before), "nothing written");
        Assert.Multiple(async () =>
        {
            Assert.That(await StatusOfAsync(returned), Is.EqualTo("returned"));
            Assert.That(await StatusOfAsync(submitted), Is.EqualTo("submitted"));
            Assert.That(await db.ExecuteScalarAsync<string>("SELECT status FROM fund_disbursement WHERE id = @proposal", new { proposal }),
                Is.EqualTo("proposed"));
        });

        // what closes such a case still works: a meeting rejects, a proposal is cancelled, the member withdraws
        await JsonAsync(await MeetingAsync(reviewer, fundId, Decision(rejected, "reject")), 201);
        Assert.That(await StatusOfAsync(rejected), Is.EqualTo("rejected"));
        await JsonAsync(await checker.PostAsJsonAsync($"/api/v1/admin/disbursements/{proposal}/cancel", new { reason = "资金类型有误" }), 200);
        await JsonAsync(await member.PostAsync($"/api/v1/me/fund-applications/{returned}/withdraw", null), 200);
        var (grantedTotal, disbursed) = await AssertLedgerMatchesAsync(reviewer, fundId);
        Assert.That((grantedTotal, disbursed), Is.EqualTo((150_000L, 0L)), "nothing more granted nor paid from it");
    }
}
