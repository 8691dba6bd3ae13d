using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Membership;

/// <summary>
/// Issue #17 item 2: a member asks to move to another organisation; that organisation's staff approve (the member moves as a
/// staff transfer moves them) or refuse; the request races approvals and leaving safely.
/// </summary>
public sealed class TransferRequestTests : ApiTest
{
    private const string Reason = "搬家到乙区 TR-REASON";

    private static string S(long id) => id.ToString(CultureInfo.InvariantCulture);

    private sealed record Tree(long City, long DistrictA, long A, long DistrictB, long B);

    private static async Task<Tree> TreeAsync()
    {
        var city = await Seed.OrgAsync("市总工会");
        var districtA = await Seed.OrgAsync("甲区总工会", city);
        var a = await Seed.OrgAsync("甲厂工会", districtA);
        var districtB = await Seed.OrgAsync("乙区总工会", city);
        var b = await Seed.OrgAsync("乙厂工会", districtB);
        return new Tree(city, districtA, a, districtB, b);
    }

    /// <summary>A verified member with a roster row in the org (as an upload would leave it).</summary>
    private static async Task<long> ListedMemberAsync(long orgId)
    {
        var memberId = await Seed.VerifiedMemberAsync(orgId);
        await using var db = await DbAsync();
        await db.ExecuteAsync("""
            INSERT INTO roster_entry (org_id, id_hash, name_hash, id_enc, name_enc, created_at, updated_at)
            SELECT org_id, id_hash, @NameHash, id_enc, name_enc, NOW(6), NOW(6) FROM member WHERE id = @memberId
            """, new { memberId, NameHash = Seed.Pii.NameIndex("张三") });
        return memberId;
    }

    private static Task<HttpResponseMessage> AskAsync(HttpClient member, long toOrgId, string? key = null, string reason = Reason) =>
        PostKeyedAsync(member, "/api/v1/membership/transfer-requests", new { toOrgId = S(toOrgId), reason }, key);

    private static async Task<string> AskedAsync(HttpClient member, long toOrgId) =>
        (await JsonAsync(await AskAsync(member, toOrgId), 201)).GetProperty("id").GetString()!;

    [Test]
    public async Task A_member_asks_the_target_org_approves_and_the_member_moves_as_a_staff_transfer_moves_them()
    {
        var tree = await TreeAsync();
        var memberId = await ListedMemberAsync(tree.A);
        using var member = WithToken(MemberToken(memberId));
        using var admin = await AdminAsync();
        var fundA = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/admin/funds", new
        {
            name = "甲厂送温暖", kind = "warmth", year = 2026, budgetFen = 1_000_000L, maxGrantFen = 100_000L, orgId = S(tree.A),
        }), 201);
        var appA = await JsonAsync(await member.PostAsJsonAsync("/api/v1/fund-applications", new
        {
            fundId = fundA.GetProperty("id").GetString(), category = "major_illness", requestedFen = 50_000L, reason = "住院", contactPhone = "13912345678",
        }), 201);

        await Problem.ExpectAsync(await AskAsync(member, tree.DistrictB), 422, "validation.failed"); // not a grassroots org
        await Problem.ExpectAsync(await AskAsync(member, tree.A), 422, "validation.failed"); // the member's own
        await Problem.ExpectAsync(await AskAsync(member, 999_999_999), 422, "validation.failed");
        await Problem.ExpectAsync(await AskAsync(member, tree.B, reason: " "), 422, "validation.failed");
        using var stranger = WithToken(MemberToken(await Seed.UnverifiedMemberAsync()));
        await Problem.ExpectAsync(await AskAsync(stranger, tree.B), 409, "membership.not_member");

        var first = await AskAsync(member, tree.B, key: "tr-1");
        var firstBody = await first.Content.ReadAsStringAsync();
        Assert.That((int)first.StatusCode, Is.EqualTo(201), firstBody);
        var retry = await AskAsync(member, tree.B, key: "tr-1");
        Assert.That(((int)retry.StatusCode, await retry.Content.ReadAsStringAsync()), Is.EqualTo((201, firstBody)), "a retry gets the first answer");
        await Problem.ExpectAsync(await AskAsync(member, tree.B, key: "tr-2"), 409, "membership.transfer_request_open");
        var asked = JsonDocument.Parse(firstBody).RootElement;
        var requestId = asked.GetProperty("id").GetString()!;
        Assert.That((asked.GetProperty("status").GetString(), asked.GetProperty("fromOrgName").GetString(), asked.GetProperty("toOrgName").GetString(),
            asked.GetProperty("toArea").GetString(), asked.GetProperty("reason").GetString()),
            Is.EqualTo(("pending", "甲厂工会", "乙厂工会", "市总工会 / 乙区总工会", Reason)));

        var mine = await JsonAsync(await member.GetAsync("/api/v1/membership/transfer-requests"), 200);
        Assert.That(mine.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()), Is.EqualTo(new[] { requestId }));

        // the source org's staff neither see nor decide it; the target's district does
        using var source = await NewStaffAsync("org_admin", S(tree.DistrictA));
        var sourceList = await JsonAsync(await source.GetAsync("/api/v1/admin/membership-transfer-requests"), 200);
        Assert.That(sourceList.GetProperty("items").GetArrayLength(), Is.Zero);
        await Problem.ExpectAsync(await source.PostAsync($"/api/v1/admin/membership-transfer-requests/{requestId}/approve", null), 404, "not_found");
        using var target = await NewStaffAsync("org_admin", S(tree.DistrictB));
        var pending = await JsonAsync(await target.GetAsync($"/api/v1/admin/membership-transfer-requests?status=pending&orgId={S(tree.B)}"), 200);
        var listed = pending.GetProperty("items").EnumerateArray().Single();
        Assert.That((listed.GetProperty("id").GetString(), listed.GetProperty("nameMasked").GetString()), Is.EqualTo((requestId, "张*")));
        await Problem.ExpectAsync(await target.GetAsync("/api/v1/admin/membership-transfer-requests?status=done"), 422, "validation.failed");

        var approved = await JsonAsync(await target.PostAsync($"/api/v1/admin/membership-transfer-requests/{requestId}/approve", null), 200);
        Assert.That(approved.GetProperty("status").GetString(), Is.EqualTo("approved"));
        Assert.That(approved.GetProperty("decidedAt").ValueKind, Is.EqualTo(JsonValueKind.String));
        var again = await Problem.ExpectAsync(await target.PostAsync($"/api/v1/admin/membership-transfer-requests/{requestId}/approve", null), 409,
            "membership.transfer_request_decided");
        Assert.That(again.Raw.GetProperty("requestStatus").GetString(), Is.EqualTo("approved"));

        var me = await JsonAsync(await member.GetAsync("/api/v1/me"), 200);
        Assert.That(me.GetProperty("realName").GetProperty("orgName").GetString(), Is.EqualTo("乙厂工会"));
        foreach (var (client, org) in new[] { (source, tree.A), (target, tree.B) })
        {
            var history = await JsonAsync(await client.GetAsync($"/api/v1/admin/orgs/{S(org)}/membership-history"), 200);
            var entry = history.GetProperty("items").EnumerateArray().Single();
            Assert.That((entry.GetProperty("event").GetString(), entry.GetProperty("fromOrgId").GetString(), entry.GetProperty("toOrgId").GetString()),
                Is.EqualTo(("transferred", S(tree.A), S(tree.B))), $"org {org} sees the transfer");
        }

        await using var db = await DbAsync();
        var rows = (await db.QueryAsync<(long OrgId, DateTime? LeftAt)>("SELECT org_id, left_at FROM roster_entry ORDER BY org_id")).ToList();
        Assert.That(rows.Select(r => (r.OrgId, r.LeftAt is null)), Is.EqualTo(new[] { (tree.A, false), (tree.B, true) }), "left in A, listed in B");
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT status FROM fund_application WHERE id = @id", new { id = appA.GetProperty("id").GetString() }),
            Is.EqualTo("withdrawn"), "the old org's fund no longer applies, as after a staff transfer");
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT payload FROM member_inbox WHERE member_id = @memberId AND kind = 'membership.changed'",
            new { memberId }), Does.Contain("transferred"));
        Assert.That((await db.QueryAsync<string>("SELECT action FROM audit_log WHERE action LIKE 'membership.%' ORDER BY id")).ToList(),
            Is.EqualTo(new[] { "membership.transfer_request", "membership.transfer_approve" }));

        // the member's data export carries the request and the history (as their own lists show them); another member's does not
        var export = (await JsonAsync(await member.GetAsync("/api/v1/me/export"), 200)).GetProperty("membership");
        Assert.That(export.GetProperty("transferRequests").EnumerateArray().Select(r => (r.GetProperty("id").GetString(), r.GetProperty("status").GetString(),
            r.GetProperty("reason").GetString())), Is.EqualTo(new[] { (requestId, "approved", Reason) }));
        Assert.That(export.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("event").GetString()), Is.EqualTo(new[] { "transferred" }));
        Assert.That(export.GetProperty("applications").GetArrayLength(), Is.Zero);
        using var someoneElse = WithToken(MemberToken(await ListedMemberAsync(tree.A)));
        var theirs = (await JsonAsync(await someoneElse.GetAsync("/api/v1/me/export"), 200)).GetProperty("membership");
        Assert.That((theirs.GetProperty("transferRequests").GetArrayLength(), theirs.GetProperty("history").GetArrayLength()), Is.EqualTo((0, 0)));
        var stored = await db.ExecuteScalarAsync<byte[]>("SELECT reason_enc FROM membership_transfer_request WHERE id = @requestId", new { requestId });
        Assert.That(System.Text.Encoding.UTF8.GetString(stored!), Does.Not.Contain("TR-REASON"), "the reason is encrypted at rest");
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM membership_transfer_request WHERE open_member_id IS NOT NULL"), Is.Zero);
    }

    [Test]
    public async Task Approval_rechecks_that_the_target_is_still_grassroots_and_moves_no_one_when_an_org_was_put_under_it()
    {
        var tree = await TreeAsync();
        var memberId = await ListedMemberAsync(tree.A);
        using var member = WithToken(MemberToken(memberId));
        using var target = await NewStaffAsync("org_admin", S(tree.DistrictB));
        var requestId = await AskedAsync(member, tree.B); // B is grassroots when the member asks

        // since then a workshop union was put under B: B is no longer a place a member can belong to
        var workshop = await Seed.OrgAsync("乙厂一车间工会", tree.B);
        var refused = await Problem.ExpectAsync(await target.PostAsync($"/api/v1/admin/membership-transfer-requests/{requestId}/approve", null), 409,
            "membership.target_not_grassroots");
        Assert.That(refused.Detail, Does.Contain("Refuse"));

        await using (var db = await DbAsync())
        {
            Assert.That(await db.ExecuteScalarAsync<long>("SELECT org_id FROM member WHERE id = @memberId", new { memberId }), Is.EqualTo(tree.A),
                "the member stays where they were");
            Assert.That(await db.ExecuteScalarAsync<string>("SELECT status FROM membership_transfer_request WHERE id = @requestId", new { requestId }),
                Is.EqualTo("pending"), "the request waits for staff to refuse it");
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM membership_history"), Is.Zero);
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM roster_entry WHERE org_id = @B", new { tree.B }), Is.Zero);
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'membership.transfer_approve'"), Is.Zero);
        }

        // staff refuse it; the member asks for the workshop instead, and that is approved
        await JsonAsync(await target.PostAsJsonAsync($"/api/v1/admin/membership-transfer-requests/{requestId}/refuse",
            new { reason = "乙厂已设车间工会，请申请转入车间工会" }), 200);
        var again = await AskedAsync(member, workshop);
        var approved = await JsonAsync(await target.PostAsync($"/api/v1/admin/membership-transfer-requests/{again}/approve", null), 200);
        Assert.That(approved.GetProperty("status").GetString(), Is.EqualTo("approved"));
        await using var after = await DbAsync();
        Assert.That(await after.ExecuteScalarAsync<long>("SELECT org_id FROM member WHERE id = @memberId", new { memberId }), Is.EqualTo(workshop));
    }

    [Test]
    public async Task Refused_withdrawn_and_overtaken_requests_move_no_one_and_the_member_may_ask_again()
    {
        var tree = await TreeAsync();
        var memberId = await ListedMemberAsync(tree.A);
        using var member = WithToken(MemberToken(memberId));
        using var target = await NewStaffAsync("org_admin", S(tree.B));

        // refused with a reason the member sees
        var refusedId = await AskedAsync(member, tree.B);
        await Problem.ExpectAsync(await target.PostAsJsonAsync($"/api/v1/admin/membership-transfer-requests/{refusedId}/refuse", new { reason = "" }),
            422, "validation.failed");
        var refused = await JsonAsync(await target.PostAsJsonAsync($"/api/v1/admin/membership-transfer-requests/{refusedId}/refuse",
            new { reason = "请先办理原单位离职手续" }), 200);
        Assert.That((refused.GetProperty("status").GetString(), refused.GetProperty("refusalReason").GetString()),
            Is.EqualTo(("refused", "请先办理原单位离职手续")));
        await Problem.ExpectAsync(await target.PostAsync($"/api/v1/admin/membership-transfer-requests/{refusedId}/approve", null), 409,
            "membership.transfer_request_decided");
        await Problem.ExpectAsync(await member.PostAsync($"/api/v1/membership/transfer-requests/{refusedId}/withdraw", null), 409,
            "membership.transfer_request_decided");

        // asked again and withdrawn (twice: the same answer); another member cannot withdraw it
        var withdrawnId = await AskedAsync(member, tree.B);
        using var other = WithToken(MemberToken(await ListedMemberAsync(tree.A)));
        await Problem.ExpectAsync(await other.PostAsync($"/api/v1/membership/transfer-requests/{withdrawnId}/withdraw", null), 404, "not_found");
        for (var i = 0; i < 2; i++)
        {
            var withdrawn = await JsonAsync(await member.PostAsync($"/api/v1/membership/transfer-requests/{withdrawnId}/withdraw", null), 200);
            Assert.That(withdrawn.GetProperty("status").GetString(), Is.EqualTo("withdrawn"));
        }

        await Problem.ExpectAsync(await target.PostAsync($"/api/v1/admin/membership-transfer-requests/{withdrawnId}/approve", null), 409,
            "membership.transfer_request_decided");

        // asked again, then moved elsewhere by staff: the request is overtaken (cancelled) and approving it moves no one
        var overtakenId = await AskedAsync(member, tree.B);
        using var source = await NewStaffAsync("org_admin", S(tree.A));
        var card = await CardAsync(memberId);
        await JsonAsync(await source.PostAsJsonAsync("/api/v1/admin/member-transfers", new { memberCardNo = card, toOrgId = S(tree.DistrictA), reason = "调动" }),
            201);
        var cancelled = await Problem.ExpectAsync(await target.PostAsync($"/api/v1/admin/membership-transfer-requests/{overtakenId}/approve", null), 409,
            "membership.transfer_request_decided");
        Assert.That(cancelled.Raw.GetProperty("requestStatus").GetString(), Is.EqualTo("cancelled"));

        var mine = await JsonAsync(await member.GetAsync("/api/v1/membership/transfer-requests"), 200);
        Assert.That(mine.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("status").GetString()),
            Is.EqualTo(new[] { "cancelled", "withdrawn", "refused" }));

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT org_id FROM member WHERE id = @memberId", new { memberId }), Is.EqualTo(tree.DistrictA));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM membership_history WHERE to_org_id = @B", new { tree.B }), Is.Zero);
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT payload FROM member_inbox WHERE member_id = @memberId AND kind = 'membership.changed' ORDER BY id LIMIT 1",
            new { memberId }), Does.Contain("transfer_refused"));
        var refusal = await db.ExecuteScalarAsync<byte[]>("SELECT refusal_enc FROM membership_transfer_request WHERE id = @refusedId", new { refusedId });
        Assert.That(System.Text.Encoding.UTF8.GetString(refusal!), Does.Not.Contain("离职"), "the refusal reason is encrypted at rest");
    }

    [Test]
    public async Task Deleting_the_account_deletes_its_transfer_requests()
    {
        var tree = await TreeAsync();
        var memberId = await ListedMemberAsync(tree.A);
        using var member = WithToken(MemberToken(memberId));
        var requestId = await AskedAsync(member, tree.B);
        using var target = await NewStaffAsync("org_admin", S(tree.B));

        using var request = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/me") { Content = JsonContent.Create(new { confirm = "DELETE" }) };
        var deleted = await member.SendAsync(request);
        Assert.That((int)deleted.StatusCode, Is.EqualTo(204), await deleted.Content.ReadAsStringAsync());

        await Problem.ExpectAsync(await target.PostAsync($"/api/v1/admin/membership-transfer-requests/{requestId}/approve", null), 404, "not_found");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM membership_transfer_request WHERE member_id = @memberId", new { memberId }),
            Is.Zero);
    }

    private static async Task<string> CardAsync(long memberId)
    {
        await using var db = await DbAsync();
        return await db.ExecuteScalarAsync<string>("SELECT member_card_no FROM member WHERE id = @memberId", new { memberId }) ?? "";
    }

    [Test]
    public async Task Parallel_approvals_move_the_member_once()
    {
        var tree = await TreeAsync();
        var memberId = await ListedMemberAsync(tree.A);
        using var member = WithToken(MemberToken(memberId));
        var requestId = await AskedAsync(member, tree.B);
        var staff = new List<HttpClient>
        {
            await NewStaffAsync("org_admin", S(tree.B)), await NewStaffAsync("org_admin", S(tree.DistrictB)), await AdminAsync(),
        };

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var work = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            await start.Task;
            return await staff[i % staff.Count].PostAsync($"/api/v1/admin/membership-transfer-requests/{requestId}/approve", null);
        })).ToList();
        start.SetResult();
        var answers = await Task.WhenAll(work);
        Assert.That(answers.Count(r => (int)r.StatusCode == 200), Is.EqualTo(1), "one approval wins");
        foreach (var lost in answers.Where(r => (int)r.StatusCode != 200))
        {
            await Problem.ExpectAsync(lost, 409, "membership.transfer_request_decided");
        }

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM membership_history WHERE member_id = @memberId", new { memberId }), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member_inbox WHERE member_id = @memberId", new { memberId }), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM roster_entry WHERE org_id = @B AND left_at IS NULL", new { tree.B }), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT org_id FROM member WHERE id = @memberId", new { memberId }), Is.EqualTo(tree.B));
        foreach (var client in staff)
        {
            client.Dispose();
        }
    }

    [Test]
    public async Task An_approval_racing_the_member_leaving_moves_them_at_most_once_and_they_end_outside_the_union()
    {
        var tree = await TreeAsync();
        using var target = await NewStaffAsync("org_admin", S(tree.B));
        var cases = new List<(long MemberId, HttpClient Client, string RequestId)>();
        for (var i = 0; i < 8; i++)
        {
            var memberId = await ListedMemberAsync(tree.A);
            var client = WithToken(MemberToken(memberId));
            cases.Add((memberId, client, await AskedAsync(client, tree.B)));
        }

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var work = cases.SelectMany(c => new[]
        {
            Task.Run(async () => { await start.Task; return await target.PostAsync($"/api/v1/admin/membership-transfer-requests/{c.RequestId}/approve", null); }),
            Task.Run(async () => { await start.Task; return await c.Client.PostAsJsonAsync("/api/v1/membership/leave", new { reason = "退休" }); }),
        }).ToList();
        start.SetResult();
        var answers = await Task.WhenAll(work);

        await using var db = await DbAsync();
        for (var i = 0; i < cases.Count; i++)
        {
            var (memberId, client, requestId) = cases[i];
            var (approve, leave) = (answers[2 * i], answers[(2 * i) + 1]);
            Assert.That((int)leave.StatusCode, Is.EqualTo(200), "leaving always goes through");
            var events = (await db.QueryAsync<string>("SELECT event FROM membership_history WHERE member_id = @memberId ORDER BY id", new { memberId })).ToList();
            var status = await db.ExecuteScalarAsync<string>("SELECT status FROM membership_transfer_request WHERE id = @requestId", new { requestId });
            if ((int)approve.StatusCode == 200)
            {
                Assert.That((status, events), Is.EqualTo(("approved", new List<string> { "transferred", "left" })), $"member {memberId}: moved, then left");
            }
            else
            {
                await Problem.ExpectAsync(approve, 409, "membership.transfer_request_decided");
                Assert.That((status, events), Is.EqualTo(("cancelled", new List<string> { "left" })), $"member {memberId}: left first, never moved");
            }

            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member WHERE id = @memberId AND verified_at IS NULL AND org_id IS NULL",
                new { memberId }), Is.EqualTo(1));
            client.Dispose();
        }

        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM roster_entry WHERE left_at IS NULL"), Is.Zero, "no one is left listed anywhere");
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM membership_transfer_request WHERE open_member_id IS NOT NULL"), Is.Zero);
    }
}
