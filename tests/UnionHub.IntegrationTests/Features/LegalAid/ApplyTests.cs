using System.Net.Http.Headers;
using Dapper;

namespace UnionHub.IntegrationTests.Features.LegalAid;

public sealed class ApplyTests : LegalAidTest
{
    [Test]
    public async Task A_verified_member_applies_and_sees_the_case_while_others_get_404()
    {
        var org = await Seed.OrgAsync();
        var memberId = await Seed.VerifiedMemberAsync(org);
        var created = await ApplyAsync(memberId);
        var id = created.GetProperty("id").GetString()!;
        Assert.Multiple(() =>
        {
            Assert.That(created.GetProperty("status").GetString(), Is.EqualTo("submitted"));
            Assert.That(created.GetProperty("caseNo").GetString(), Does.Match(@"^LA-20\d\d-\d{6}$"));
            Assert.That(created.GetProperty("employerName").GetString(), Is.EqualTo("某某建筑劳务有限公司"));
            Assert.That(created.GetProperty("amountAtStakeFen").GetInt64(), Is.EqualTo(3_500_000));
            Assert.That(created.GetProperty("orgId").GetString(), Is.EqualTo(org.ToString()));
            Assert.That(created.GetProperty("history").GetArrayLength(), Is.EqualTo(1));
        });

        using var me = WithToken(MemberToken(memberId));
        var mine = await JsonAsync(await me.GetAsync("/api/v1/me/legal-aid/cases"), 200);
        Assert.That(mine.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()), Is.EqualTo(new[] { id }));
        await JsonAsync(await me.GetAsync($"/api/v1/me/legal-aid/cases/{id}"), 200);

        var other = await Seed.VerifiedMemberAsync(org, "李四");
        using var stranger = WithToken(MemberToken(other));
        await Problem.ExpectAsync(await stranger.GetAsync($"/api/v1/me/legal-aid/cases/{id}"), 404, "not_found");
        var theirs = await JsonAsync(await stranger.GetAsync("/api/v1/me/legal-aid/cases"), 200);
        Assert.That(theirs.GetProperty("items").GetArrayLength(), Is.Zero);
        var (history, _, outbox) = await TrailAsync(id);
        Assert.That((history, outbox), Is.EqualTo((1, 1)), "the submission is on record and the member is told");
    }

    [Test]
    public async Task Unverified_members_may_not_apply_and_fields_are_checked()
    {
        var unverified = await Seed.UnverifiedMemberAsync();
        await Problem.ExpectAsync(await ApplyRawAsync(unverified, Body()), 403, "member.not_verified");

        var memberId = await Seed.VerifiedMemberAsync(await Seed.OrgAsync());
        var bad = await Problem.ExpectAsync(await ApplyRawAsync(memberId,
            new { disputeType = "divorce", amountAtStakeFen = -1, description = "" }), 422, "validation.failed");
        var errors = bad.Raw.GetProperty("errors");
        Assert.Multiple(() =>
        {
            Assert.That(errors.TryGetProperty("disputeType", out _), Is.True);
            Assert.That(errors.TryGetProperty("employerName", out _), Is.True);
            Assert.That(errors.TryGetProperty("amountAtStakeFen", out _), Is.True);
            Assert.That(errors.TryGetProperty("description", out _), Is.True);
        });
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM legal_case"), Is.Zero);
    }

    [Test]
    public async Task A_known_enterprise_names_the_employer_and_an_unknown_one_is_refused()
    {
        var org = await Seed.OrgAsync();
        var enterprise = await Seed.EnterpriseAsync(org, "宏达电子科技有限公司");
        var memberId = await Seed.VerifiedMemberAsync(org);
        var created = await JsonAsync(await ApplyRawAsync(memberId, Body(enterpriseId: enterprise.ToString(), employerName: null)), 201);
        Assert.That(created.GetProperty("employerName").GetString(), Is.EqualTo("宏达电子科技有限公司"));
        Assert.That(created.GetProperty("enterpriseId").GetString(), Is.EqualTo(enterprise.ToString()));
        var unknown = await Problem.ExpectAsync(await ApplyRawAsync(memberId, Body(enterpriseId: "999999", employerName: null)), 422, "validation.failed");
        Assert.That(unknown.Raw.GetProperty("errors").TryGetProperty("enterpriseId", out _), Is.True);
    }

    [Test]
    public async Task The_same_idempotency_key_gives_one_case_even_in_parallel()
    {
        var memberId = await Seed.VerifiedMemberAsync(await Seed.OrgAsync());
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => ApplyRawAsync(memberId, Body(), "legal-key-1")));
        var ids = new HashSet<string>();
        foreach (var response in responses)
        {
            if ((int)response.StatusCode == 201)
            {
                ids.Add((await JsonAsync(response, 201)).GetProperty("id").GetString()!);
            }
            else
            {
                Assert.That((int)response.StatusCode, Is.EqualTo(409), "a call racing the first one is told to retry");
            }
        }

        var replay = await JsonAsync(await ApplyRawAsync(memberId, Body(), "legal-key-1"), 201);
        ids.Add(replay.GetProperty("id").GetString()!);
        Assert.That(ids, Has.Count.EqualTo(1));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM legal_case"), Is.EqualTo(1));
    }

    [Test]
    public async Task Documents_are_typed_by_content_and_private_to_the_member()
    {
        var org = await Seed.OrgAsync();
        var memberId = await Seed.VerifiedMemberAsync(org);
        var id = (await ApplyAsync(memberId)).GetProperty("id").GetString()!;
        using var me = WithToken(MemberToken(memberId));
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
        byte[] exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0, 0, 0];

        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(png);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "劳动合同.pdf");
        var doc = await JsonAsync(await me.PostAsync($"/api/v1/me/legal-aid/cases/{id}/documents", form), 201);
        Assert.That(doc.GetProperty("contentType").GetString(), Is.EqualTo("image/png"));
        await Problem.ExpectAsync(await me.PostAsync($"/api/v1/me/legal-aid/cases/{id}/documents", new ByteArrayContent(exe)), 422,
            "document.unsupported_type");

        var download = await me.GetAsync($"/api/v1/me/legal-aid/cases/{id}/documents/{doc.GetProperty("id").GetString()}");
        Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(png));

        using var stranger = WithToken(MemberToken(await Seed.VerifiedMemberAsync(org, "王五")));
        await Problem.ExpectAsync(await stranger.PostAsync($"/api/v1/me/legal-aid/cases/{id}/documents", new ByteArrayContent(png)), 404, "not_found");
        await Problem.ExpectAsync(await stranger.GetAsync($"/api/v1/me/legal-aid/cases/{id}/documents/{doc.GetProperty("id").GetString()}"), 404,
            "not_found");
        var view = await JsonAsync(await me.GetAsync($"/api/v1/me/legal-aid/cases/{id}"), 200);
        Assert.That(view.GetProperty("documents").GetArrayLength(), Is.EqualTo(1));
    }
}
