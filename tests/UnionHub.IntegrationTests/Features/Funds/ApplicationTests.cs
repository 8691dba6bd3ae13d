using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Funds;

public sealed class ApplicationTests : FundsTest
{
    [Test]
    public async Task Staff_create_funds_and_members_see_only_the_open_ones_with_their_notes()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var open = await CreateFundAsync(reviewer, kind: "warmth");
        var closed = await CreateFundAsync(reviewer, closesAt: Api.Clock.GetUtcNow().AddDays(-1), opensAt: Api.Clock.GetUtcNow().AddDays(-30));
        var future = await CreateFundAsync(reviewer, opensAt: Api.Clock.GetUtcNow().AddDays(10));

        using var member = WithToken(MemberToken(await Seed.UnverifiedMemberAsync()));
        var funds = await JsonAsync(await member.GetAsync("/api/v1/funds"), 200);
        var items = funds.GetProperty("items").EnumerateArray().ToList();
        Assert.That(items.Select(f => f.GetProperty("id").GetString()), Is.EqualTo(new[] { open }));
        Assert.That(items[0].GetProperty("eligibilityNotes").GetString(), Does.Contain("在册会员"));
        Assert.That(items[0].GetProperty("kind").GetString(), Is.EqualTo("warmth"));
        Assert.That(items[0].TryGetProperty("budgetFen", out _), Is.False, "members do not see the money figures");

        var fund = await JsonAsync(await reviewer.GetAsync($"/api/v1/admin/funds/{closed}"), 200);
        Assert.That(fund.GetProperty("isOpen").GetBoolean(), Is.False);
        Assert.That(fund.GetProperty("budgetFen").GetInt64(), Is.EqualTo(1_000_000));
        Assert.That(fund.GetProperty("remainingFen").GetInt64(), Is.EqualTo(1_000_000));
        Assert.That((int)(await member.GetAsync($"/api/v1/admin/funds/{future}")).StatusCode, Is.EqualTo(403));

        var bad = await reviewer.PostAsJsonAsync("/api/v1/admin/funds", new { name = "", kind = "other", year = 1999, budgetFen = 0, maxGrantFen = -1 });
        var problem = await Problem.ExpectAsync(bad, 422, "validation.failed");
        Assert.That(problem.Raw.GetProperty("errors").EnumerateObject().Select(p => p.Name),
            Is.SupersetOf(new[] { "name", "kind", "year", "budgetFen", "maxGrantFen" }));

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'fund.create'"), Is.EqualTo(3));
    }

    [Test]
    public async Task A_verified_member_applies_and_the_contact_phone_is_stored_encrypted_and_shown_masked()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer);
        var memberId = await NewVerifiedMemberAsync();

        var body = await JsonAsync(await ApplyRawAsync(memberId, ApplicationBody(fundId, 150_000)), 201);
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("submitted"));
        Assert.That(body.GetProperty("requestedFen").GetInt64(), Is.EqualTo(150_000));
        Assert.That(body.GetProperty("contactPhoneMasked").GetString(), Is.EqualTo("138****5678"));
        Assert.That(body.ToString(), Does.Not.Contain("13812345678"));

        await using var db = await DbAsync();
        var stored = await db.ExecuteScalarAsync<byte[]>("SELECT contact_phone_enc FROM fund_application WHERE id = @id",
            new { id = body.GetProperty("id").GetString() });
        Assert.That(Encoding.UTF8.GetString(stored!), Does.Not.Contain("13812345678"));
        Assert.That(Seed.Pii.Decrypt(stored!), Is.EqualTo("13812345678"));

        var queue = await JsonAsync(await reviewer.GetAsync($"/api/v1/admin/fund-applications?fundId={fundId}&status=submitted"), 200);
        Assert.That(queue.GetProperty("items").GetArrayLength(), Is.EqualTo(1));
        Assert.That(queue.ToString(), Does.Not.Contain("13812345678"));
        var empty = await JsonAsync(await reviewer.GetAsync($"/api/v1/admin/fund-applications?fundId={fundId}&status=approved"), 200);
        Assert.That(empty.GetProperty("items").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task Unverified_members_closed_funds_and_bad_fields_are_refused()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer);
        var closed = await CreateFundAsync(reviewer, opensAt: Api.Clock.GetUtcNow().AddDays(-30), closesAt: Api.Clock.GetUtcNow().AddHours(-1));
        var memberId = await NewVerifiedMemberAsync();

        await Problem.ExpectAsync(await ApplyRawAsync(await Seed.UnverifiedMemberAsync(), ApplicationBody(fundId)), 403, "member.not_verified");

        await Problem.ExpectAsync(await ApplyRawAsync(memberId, ApplicationBody(closed)), 409, "fund.closed");
        await Problem.ExpectAsync(await ApplyRawAsync(memberId, ApplicationBody("424242")), 404, "not_found");

        var invalid = await ApplyRawAsync(memberId, new { fundId, category = "lottery", requestedFen = 0, reason = "", contactPhone = "12345" });
        var problem = await Problem.ExpectAsync(invalid, 422, "validation.failed");
        Assert.That(problem.Raw.GetProperty("errors").EnumerateObject().Select(p => p.Name),
            Is.EquivalentTo(new[] { "category", "requestedFen", "reason", "contactPhone" }));

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_application"), Is.Zero);
    }

    [Test]
    public async Task Parallel_submits_leave_one_open_application_per_member_per_fund()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer);
        var memberId = await NewVerifiedMemberAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            ApplyRawAsync(memberId, ApplicationBody(fundId, 100_000 + i), idempotencyKey: $"k-{i}")));
        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        Assert.That(statuses.Count(s => s == 201), Is.EqualTo(1), string.Join(",", statuses));
        foreach (var refused in responses.Where(r => (int)r.StatusCode != 201))
        {
            await Problem.ExpectAsync(refused, 409, "fund.application_open");
        }

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_application WHERE member_id = @memberId", new { memberId }),
            Is.EqualTo(1));

        // once withdrawn, the member may apply again; another fund is independent
        var id = (await JsonAsync(responses.Single(r => (int)r.StatusCode == 201), 201)).GetProperty("id").GetString();
        using var member = WithToken(MemberToken(memberId));
        await JsonAsync(await member.PostAsync($"/api/v1/me/fund-applications/{id}/withdraw", null), 200);
        await ApplyAsync(memberId, fundId);
        await ApplyAsync(memberId, await CreateFundAsync(reviewer));
    }

    [Test]
    public async Task An_application_replays_under_its_idempotency_key_and_refuses_the_key_with_another_body()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer);
        var memberId = await NewVerifiedMemberAsync();

        var first = await ApplyRawAsync(memberId, ApplicationBody(fundId, 100_000), "apply-1");
        var firstBody = await first.Content.ReadAsStringAsync();
        Assert.That((int)first.StatusCode, Is.EqualTo(201), firstBody);
        var again = await ApplyRawAsync(memberId, ApplicationBody(fundId, 100_000), "apply-1");
        Assert.That((int)again.StatusCode, Is.EqualTo(201));
        Assert.That(again.Headers.GetValues("Idempotent-Replayed"), Is.EqualTo(new[] { "true" }));
        // the same body, byte for byte (the stored copy is written with the app's own JSON options)
        Assert.That(await again.Content.ReadAsStringAsync(), Is.EqualTo(firstBody));

        await Problem.ExpectAsync(await ApplyRawAsync(memberId, ApplicationBody(fundId, 120_000), "apply-1"), 422, "idempotency.key_reused");
        // a new key with the same body is a new attempt: the open application refuses it, and that refusal is stored
        var refused = await ApplyRawAsync(memberId, ApplicationBody(fundId, 100_000), "apply-2");
        var refusedBody = await refused.Content.ReadAsStringAsync();
        await Problem.ExpectAsync(refused, 409, "fund.application_open");
        var traceId = JsonDocument.Parse(refusedBody).RootElement.GetProperty("traceId").GetString();
        Assert.That(traceId, Is.Not.Null.And.Not.Empty);
        var replayed = await ApplyRawAsync(memberId, ApplicationBody(fundId, 100_000), "apply-2");
        Assert.That(replayed.Headers.GetValues("Idempotent-Replayed"), Is.EqualTo(new[] { "true" }));
        Assert.That(await replayed.Content.ReadAsStringAsync(), Is.EqualTo(refusedBody), "the stored refusal is the first answer, its traceId too");

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_application"), Is.EqualTo(1));
    }

    [Test]
    public async Task An_invalid_body_under_a_key_is_answered_and_not_stored_so_the_key_serves_the_corrected_body()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer);
        var memberId = await NewVerifiedMemberAsync();

        await Problem.ExpectAsync(await ApplyRawAsync(memberId, ApplicationBody(fundId, 0), "apply-fix"), 422, "validation.failed");
        await using (var db = await DbAsync())
        {
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM idempotency_key WHERE idem_key = 'apply-fix'"), Is.Zero,
                "the key is freed, not held in progress nor stored with the refusal");
        }

        var corrected = await ApplyRawAsync(memberId, ApplicationBody(fundId, 100_000), "apply-fix");
        Assert.That((int)corrected.StatusCode, Is.EqualTo(201), await corrected.Content.ReadAsStringAsync());
        Assert.That(corrected.Headers.Contains("Idempotent-Replayed"), Is.False);
    }

    [Test]
    public async Task Members_read_their_own_applications_with_history_and_others_get_404()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer);
        var owner = await NewVerifiedMemberAsync();
        var id = await ApplyAsync(owner, fundId);

        using var ownerClient = WithToken(MemberToken(owner));
        var mine = await JsonAsync(await ownerClient.GetAsync($"/api/v1/me/fund-applications/{id}"), 200);
        var history = mine.GetProperty("history").EnumerateArray().ToList();
        Assert.That(history, Has.Count.EqualTo(1));
        Assert.That(history[0].GetProperty("to").GetString(), Is.EqualTo("submitted"));
        Assert.That(history[0].GetProperty("actorKind").GetString(), Is.EqualTo("member"));
        var list = await JsonAsync(await ownerClient.GetAsync("/api/v1/me/fund-applications"), 200);
        Assert.That(list.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()), Is.EqualTo(new[] { id }));

        using var other = WithToken(MemberToken(await NewVerifiedMemberAsync()));
        await Problem.ExpectAsync(await other.GetAsync($"/api/v1/me/fund-applications/{id}"), 404, "not_found");
        await Problem.ExpectAsync(await other.PostAsync($"/api/v1/me/fund-applications/{id}/withdraw", null), 404, "not_found");
        await Problem.ExpectAsync(await other.PutAsJsonAsync($"/api/v1/me/fund-applications/{id}", ApplicationBody(fundId)), 404, "not_found");
        var othersList = await JsonAsync(await other.GetAsync("/api/v1/me/fund-applications"), 200);
        Assert.That(othersList.GetProperty("items").GetArrayLength(), Is.Zero);
        Assert.That(await StatusOfAsync(id), Is.EqualTo("submitted"));
    }

    [Test]
    public async Task Draft_submit_return_resubmit_and_withdraw_follow_the_rules_and_are_kept_in_history()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer);
        var memberId = await NewVerifiedMemberAsync();
        using var member = WithToken(MemberToken(memberId));

        var draft = await JsonAsync(await ApplyRawAsync(memberId, ApplicationBody(fundId, 100_000, draft: true)), 201);
        Assert.That(draft.GetProperty("status").GetString(), Is.EqualTo("draft"));
        var id = draft.GetProperty("id").GetString();
        await Problem.ExpectAsync(await member.PutAsJsonAsync($"/api/v1/me/fund-applications/{id}", ApplicationBody(fundId)), 409,
            "application.not_returned");
        await Problem.ExpectAsync(await reviewer.PostAsJsonAsync($"/api/v1/admin/fund-applications/{id}/return", new { note = "请补充" }), 409,
            "application.not_returnable");

        var submitted = await JsonAsync(await member.PostAsync($"/api/v1/me/fund-applications/{id}/submit", null), 200);
        Assert.That(submitted.GetProperty("status").GetString(), Is.EqualTo("submitted"));
        await Problem.ExpectAsync(await member.PostAsync($"/api/v1/me/fund-applications/{id}/submit", null), 409, "application.not_draft");

        await Problem.ExpectAsync(await reviewer.PostAsJsonAsync($"/api/v1/admin/fund-applications/{id}/return", new { note = "" }), 422,
            "validation.failed");
        var returned = await JsonAsync(await reviewer.PostAsJsonAsync($"/api/v1/admin/fund-applications/{id}/return",
            new { note = "请补充住院证明" }), 200);
        Assert.That(returned.GetProperty("status").GetString(), Is.EqualTo("returned"));

        var corrected = await JsonAsync(await member.PutAsJsonAsync($"/api/v1/me/fund-applications/{id}",
            ApplicationBody(fundId, 90_000, reason: "已补充住院证明")), 200);
        Assert.That(corrected.GetProperty("status").GetString(), Is.EqualTo("submitted"));
        Assert.That(corrected.GetProperty("requestedFen").GetInt64(), Is.EqualTo(90_000));

        // approved applications can no longer be withdrawn; rejected ones free the slot
        await JsonAsync(await MeetingAsync(reviewer, fundId, Decision(id!, "approve", 90_000)), 201);
        await Problem.ExpectAsync(await member.PostAsync($"/api/v1/me/fund-applications/{id}/withdraw", null), 409, "application.not_withdrawable");

        var view = await JsonAsync(await member.GetAsync($"/api/v1/me/fund-applications/{id}"), 200);
        var history = view.GetProperty("history").EnumerateArray()
            .Select(h => (h.GetProperty("from").GetString(), h.GetProperty("to").GetString(), h.GetProperty("actorKind").GetString())).ToList();
        Assert.That(history, Is.EqualTo(new[]
        {
            ((string?)null, (string?)"draft", (string?)"member"),
            ("draft", "submitted", "member"),
            ("submitted", "returned", "staff"),
            ("returned", "submitted", "member"),
            ("submitted", "approved", "staff"),
        }));
        Assert.That(view.GetProperty("history")[2].GetProperty("note").GetString(), Is.EqualTo("请补充住院证明"));

        // withdraw from returned
        var second = await ApplyAsync(await NewVerifiedMemberAsync(), fundId);
        await JsonAsync(await reviewer.PostAsJsonAsync($"/api/v1/admin/fund-applications/{second}/return", new { note = "材料不全" }), 200);
        await using var db = await DbAsync();
        var secondMember = await db.ExecuteScalarAsync<long>("SELECT member_id FROM fund_application WHERE id = @second", new { second });
        using var secondClient = WithToken(MemberToken(secondMember));
        var withdrawn = await JsonAsync(await secondClient.PostAsync($"/api/v1/me/fund-applications/{second}/withdraw", null), 200);
        Assert.That(withdrawn.GetProperty("status").GetString(), Is.EqualTo("withdrawn"));
        await Problem.ExpectAsync(await secondClient.PostAsync($"/api/v1/me/fund-applications/{second}/withdraw", null), 409,
            "application.not_withdrawable");
        Assert.That(await db.ExecuteScalarAsync<long?>("SELECT open_key FROM fund_application WHERE id = @second", new { second }), Is.Null);
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'fund_application.return'"), Is.EqualTo(2));
        var details = string.Join("\n", await db.QueryAsync<string>("SELECT COALESCE(details, '') FROM audit_log"));
        Assert.That(details, Does.Not.Contain("13812345678").And.Not.Contain("住院"), "no personal data or free text in audit details");
    }

    [Test]
    public async Task A_draft_cannot_be_submitted_once_the_fund_has_closed()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer);
        var memberId = await NewVerifiedMemberAsync();
        var id = await ApplyAsync(memberId, fundId, draft: true);
        await using (var db = await DbAsync())
        {
            await db.ExecuteAsync("UPDATE fund SET closes_at = @past WHERE id = @fundId",
                new { past = Api.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1), fundId });
        }

        using var member = WithToken(MemberToken(memberId));
        await Problem.ExpectAsync(await member.PostAsync($"/api/v1/me/fund-applications/{id}/submit", null), 409, "fund.closed");
        Assert.That(await StatusOfAsync(id), Is.EqualTo("draft"));
        // the draft can still be withdrawn
        await JsonAsync(await member.PostAsync($"/api/v1/me/fund-applications/{id}/withdraw", null), 200);
    }
}
