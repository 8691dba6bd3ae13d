using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Hardship;

public sealed class HouseholdTests : HardshipTest
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    [Test]
    public async Task An_org_admin_registers_a_member_of_their_subtree_with_an_encrypted_case_file()
    {
        var orgs = await OrgsAsync();
        using var keeper = await NewStaffAsync("org_admin", S(orgs.DistrictA));
        var (memberId, householdId) = await RegisteredMemberAsync(keeper, orgs.GrassrootsA1, "relative");

        var household = await JsonAsync(await keeper.GetAsync($"/api/v1/admin/hardship/households/{householdId}?reason=test"), 200);
        Assert.Multiple(() =>
        {
            Assert.That(Str(household, "memberId"), Is.EqualTo(S(memberId)));
            Assert.That(Str(household, "memberNameMasked"), Is.EqualTo("王*明"));
            Assert.That(Str(household, "tier"), Is.EqualTo("relative"));
            Assert.That(Str(household, "reason"), Is.EqualTo("major_illness"));
            Assert.That(Str(household, "status"), Is.EqualTo("active"));
            Assert.That(Str(household, "enteredOn"), Is.EqualTo("2026-03-01"));
            Assert.That(Str(household, "homeVisit"), Does.Contain("入户走访"));
        });

        await using var db = await DbAsync();
        var stored = await db.QuerySingleAsync<byte[]>("SELECT home_visit_enc FROM hardship_household WHERE id = @householdId", new { householdId });
        Assert.That(System.Text.Encoding.UTF8.GetString(stored), Does.Not.Contain("入户走访"), "case-file notes are ciphertext in the database");

        await Problem.ExpectAsync(await keeper.PostAsJsonAsync("/api/v1/admin/hardship/households",
            new { memberId = S(memberId), tier = "deep", reason = "low_income", enteredOn = "2026-04-01" }), 409, "household.already_registered");
        await Problem.ExpectAsync(await keeper.PostAsJsonAsync("/api/v1/admin/hardship/households",
            new { memberId = S(memberId), tier = "poorest", reason = "lazy", enteredOn = (string?)null }), 422, "validation.failed");
        await Problem.ExpectAsync(await keeper.PostAsJsonAsync("/api/v1/admin/hardship/households",
            new { memberId = S(await Seed.UnverifiedMemberAsync()), tier = "deep", reason = "low_income", enteredOn = "2026-04-01" }), 404, "not_found");
    }

    [Test]
    public async Task The_register_is_kept_within_the_admin_subtree()
    {
        var orgs = await OrgsAsync();
        using var keeper = await NewStaffAsync("org_admin", S(orgs.GrassrootsA1));
        using var other = await NewStaffAsync("org_admin", S(orgs.DistrictB));
        var (_, householdId) = await RegisteredMemberAsync(keeper, orgs.GrassrootsA1);

        await Problem.ExpectAsync(await other.GetAsync($"/api/v1/admin/hardship/households/{householdId}?reason=test"), 404, "not_found");
        await Problem.ExpectAsync(await other.PatchAsJsonAsync($"/api/v1/admin/hardship/households/{householdId}", new { tier = "deep" }), 404, "not_found");
        await Problem.ExpectAsync(await other.PostAsJsonAsync($"/api/v1/admin/hardship/households/{householdId}/exit",
            new { exitedOn = "2026-11-01" }), 404, "not_found");
        var list = await JsonAsync(await other.GetAsync("/api/v1/admin/hardship/households"), 200);
        Assert.That(list.GetProperty("items").GetArrayLength(), Is.Zero);
        var mine = await JsonAsync(await keeper.GetAsync("/api/v1/admin/hardship/households?status=active"), 200);
        Assert.That(mine.GetProperty("items").GetArrayLength(), Is.EqualTo(1));

        // registering a member of another district: 404; wrong roles: 403
        var stranger = await Seed.VerifiedMemberAsync(orgs.DistrictB);
        await Problem.ExpectAsync(await keeper.PostAsJsonAsync("/api/v1/admin/hardship/households",
            new { memberId = S(stranger), tier = "deep", reason = "low_income", enteredOn = "2026-04-01" }), 404, "not_found");
        using var member = WithToken(MemberToken(stranger));
        Assert.That((int)(await member.GetAsync("/api/v1/admin/hardship/households")).StatusCode, Is.EqualTo(403));
        using var reviewer = await NewStaffAsync("reviewer");
        Assert.That((int)(await reviewer.GetAsync($"/api/v1/admin/hardship/households/{householdId}?reason=test")).StatusCode, Is.EqualTo(403));
    }

    [Test]
    public async Task Tier_changes_and_the_exit_leave_history_rows()
    {
        var orgs = await OrgsAsync();
        using var keeper = await NewStaffAsync("org_admin", S(orgs.GrassrootsA1));
        var (_, householdId) = await RegisteredMemberAsync(keeper, orgs.GrassrootsA1, "relative");

        var changed = await JsonAsync(await keeper.PatchAsJsonAsync($"/api/v1/admin/hardship/households/{householdId}",
            new { tier = "deep", note = "家人病情加重" }), 200);
        Assert.That(Str(changed, "tier"), Is.EqualTo("deep"));
        await JsonAsync(await keeper.PatchAsJsonAsync($"/api/v1/admin/hardship/households/{householdId}",
            new { incomeCheck = "复核：家庭人均月收入 700 元" }), 200);
        var exited = await JsonAsync(await keeper.PostAsJsonAsync($"/api/v1/admin/hardship/households/{householdId}/exit",
            new { exitedOn = "2026-11-20", note = "已稳定就业" }), 200);
        Assert.That(Str(exited, "status"), Is.EqualTo("exited"));
        Assert.That(Str(exited, "exitedOn"), Is.EqualTo("2026-11-20"));
        Assert.That(Str(exited, "incomeCheck"), Does.Contain("700"));
        var history = exited.GetProperty("history").EnumerateArray()
            .Select(h => (Str(h, "event"), h.GetProperty("fromTier").GetString(), h.GetProperty("toTier").GetString())).ToList();
        Assert.That(history, Is.EqualTo(new[]
        {
            ("entered", (string?)null, (string?)"relative"), ("tier_changed", "relative", "deep"), ("exited", "deep", null),
        }));

        await Problem.ExpectAsync(await keeper.PostAsJsonAsync($"/api/v1/admin/hardship/households/{householdId}/exit",
            new { exitedOn = "2026-11-21" }), 409, "household.exited");
        await Problem.ExpectAsync(await keeper.PatchAsJsonAsync($"/api/v1/admin/hardship/households/{householdId}", new { tier = "emergency" }),
            409, "household.exited");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM audit_log WHERE entity = 'hardship_household' AND entity_id = @householdId", new { householdId }), Is.EqualTo(4));
    }

    [Test]
    public async Task Case_file_documents_are_typed_by_content_and_readable_only_inside_the_subtree()
    {
        var orgs = await OrgsAsync();
        using var keeper = await NewStaffAsync("org_admin", S(orgs.GrassrootsA1));
        using var other = await NewStaffAsync("org_admin", S(orgs.DistrictB));
        var (_, householdId) = await RegisteredMemberAsync(keeper, orgs.GrassrootsA1);

        using var content = new ByteArrayContent(Png);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf"); // the declared type is ignored
        var uploaded = await JsonAsync(await keeper.PostAsync($"/api/v1/admin/hardship/households/{householdId}/documents", content), 201);
        Assert.That(Str(uploaded, "contentType"), Is.EqualTo("image/png"));

        using var text = new ByteArrayContent("not an image"u8.ToArray());
        await Problem.ExpectAsync(await keeper.PostAsync($"/api/v1/admin/hardship/households/{householdId}/documents", text), 422,
            "evidence.unsupported_type");
        using var stranger = new ByteArrayContent(Png);
        await Problem.ExpectAsync(await other.PostAsync($"/api/v1/admin/hardship/households/{householdId}/documents", stranger), 404, "not_found");

        var fileUrl = $"/api/v1/admin/hardship/households/{householdId}/documents/{Str(uploaded, "id")}?reason=test";
        var download = await keeper.GetAsync(fileUrl);
        Assert.That((int)download.StatusCode, Is.EqualTo(200));
        Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(Png));
        await Problem.ExpectAsync(await other.GetAsync(fileUrl), 404, "not_found");
        var household = await JsonAsync(await keeper.GetAsync($"/api/v1/admin/hardship/households/{householdId}?reason=test"), 200);
        Assert.That(household.GetProperty("documents").GetArrayLength(), Is.EqualTo(1));
        Assert.That(household.GetProperty("documentCount").GetInt32(), Is.EqualTo(1));
    }
}
