using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using UnionHub.Api.Platform;
using UnionHub.IntegrationTests.Features.Hardship;

namespace UnionHub.IntegrationTests.Security;

/// <summary>
/// Issue 18 item 6: what one member can fill is bounded by configuration (open legal aid cases, document bytes, open
/// objections), one objection per member per declaration is a UNIQUE key, and the files of applications that ended without help
/// are deleted by the housekeeping sweep. Before: unlimited cases and objections, files kept forever.
/// </summary>
public sealed class MemberQuotaTests : HardshipTest
{
    private static ByteArrayContent Pdf(int size)
    {
        var bytes = new byte[size];
        Array.Fill(bytes, (byte)' ');
        "%PDF-1.7\n"u8.CopyTo(bytes);
        "\n%%EOF"u8.CopyTo(bytes.AsSpan(size - 6));
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return content;
    }

    private static Task<HttpResponseMessage> ApplyForLegalAidAsync(HttpClient member, int i) =>
        member.PostAsJsonAsync("/api/v1/legal-aid/cases", new
        {
            disputeType = "wage_arrears", employerName = $"某某公司 {i}", amountAtStakeFen = 100_000 + i, description = $"工资未发放 {i}",
        });

    [Test]
    public async Task Parallel_legal_aid_applications_of_one_member_stop_at_the_open_case_cap()
    {
        var memberId = await Seed.VerifiedMemberAsync(await Seed.OrgAsync());
        using var member = WithToken(MemberToken(memberId));
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => ApplyForLegalAidAsync(member, i)));

        Assert.That(answers.Count(a => a.StatusCode == HttpStatusCode.Created), Is.EqualTo(3), "LegalAid:MaxOpenCasesPerMember defaults to 3");
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.Created))
        {
            await Problem.ExpectAsync(refused, 409, "legal_aid.too_many_open_cases");
        }

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM legal_case WHERE member_id = @memberId", new { memberId }), Is.EqualTo(3));
    }

    [Test]
    public async Task A_members_legal_aid_documents_stop_at_the_byte_quota_over_all_cases()
    {
        await using var host = Api.WithWebHostBuilder(b => b.UseSetting("LegalAid:MaxDocumentBytesPerMember", "150000"));
        var memberId = await Seed.VerifiedMemberAsync(await Seed.OrgAsync());
        using var member = host.CreateClient();
        member.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", MemberToken(memberId));
        var first = (await JsonAsync(await ApplyForLegalAidAsync(member, 1), 201)).GetProperty("id").GetString();
        var second = (await JsonAsync(await ApplyForLegalAidAsync(member, 2), 201)).GetProperty("id").GetString();

        await JsonAsync(await member.PostAsync($"/api/v1/me/legal-aid/cases/{first}/documents", Pdf(60_000)), 201);
        await JsonAsync(await member.PostAsync($"/api/v1/me/legal-aid/cases/{first}/documents", Pdf(60_000)), 201);
        await Problem.ExpectAsync(await member.PostAsync($"/api/v1/me/legal-aid/cases/{second}/documents", Pdf(60_000)), 409, "document.quota_exceeded");
        await JsonAsync(await member.PostAsync($"/api/v1/me/legal-aid/cases/{second}/documents", Pdf(20_000)), 201);
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<long>("""
            SELECT SUM(d.size_bytes) FROM legal_case_document d JOIN legal_case c ON c.id = d.case_id WHERE c.member_id = @memberId
            """, new { memberId }), Is.EqualTo(140_000));
    }

    [Test]
    public async Task The_sweep_deletes_the_evidence_of_withdrawn_applications_and_keeps_the_rest()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer);
        var leaver = await NewVerifiedMemberAsync();
        var stayer = await NewVerifiedMemberAsync();
        var withdrawn = await ApplyAsync(leaver, fundId);
        var kept = await ApplyAsync(stayer, fundId);
        using (var a = WithToken(MemberToken(leaver)))
        {
            await JsonAsync(await a.PostAsync($"/api/v1/me/fund-applications/{withdrawn}/evidence", Pdf(2_000)), 201);
            await JsonAsync(await a.PostAsync($"/api/v1/me/fund-applications/{withdrawn}/withdraw", null), 200);
        }

        using (var b = WithToken(MemberToken(stayer)))
        {
            await JsonAsync(await b.PostAsync($"/api/v1/me/fund-applications/{kept}/evidence", Pdf(2_000)), 201);
        }

        var deleted = await Api.Services.GetRequiredService<Housekeeping>().SweepAsync(CancellationToken.None);
        Assert.That(deleted["fund_evidence"], Is.EqualTo(1));
        await using var db = await DbAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_evidence WHERE application_id = @withdrawn", new { withdrawn }), Is.Zero);
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_evidence WHERE application_id = @kept", new { kept }), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Racing_objections_of_one_member_to_one_declaration_make_one_and_open_objections_are_capped()
    {
        var orgs = await OrgsAsync();
        using var grassroots = await NewStaffAsync("org_admin", S(orgs.GrassrootsA1));
        using var district = await LoginAsync(await NewStaffUserAsync("org_admin", orgs.DistrictA));
        var (roundId, _) = await RoundAsync(district, orgs.DistrictA);
        var declarations = new List<string>();
        foreach (var name in new[] { "王小明", "李小红" })
        {
            var (memberId, _) = await RegisteredMemberAsync(grassroots, orgs.GrassrootsA1, name: name);
            var declarationId = await DeclareAsMemberAsync(memberId, roundId);
            await JsonAsync(await ReviewAsync(grassroots, declarationId, "grassroots-review"), 200);
            await JsonAsync(await ReviewAsync(district, declarationId, "district-review"), 200);
            declarations.Add(declarationId);
        }

        var objector = await Seed.VerifiedMemberAsync(orgs.GrassrootsA1, "赵六");
        using var member = WithToken(MemberToken(objector));
        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            member.PostAsJsonAsync($"/api/v1/hardship/declarations/{declarations[0]}/objections", new { reason = $"收入不符 {i}" })));
        Assert.That(answers.Count(a => a.StatusCode == HttpStatusCode.Created), Is.EqualTo(1));
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.Created))
        {
            await Problem.ExpectAsync(refused, 409, "objection.already_lodged");
        }

        await using (var db = await DbAsync())
        {
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT open_objections FROM hardship_declaration WHERE id = @id", new { id = declarations[0] }),
                Is.EqualTo(1));
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM hardship_objection WHERE member_id = @objector", new { objector }),
                Is.EqualTo(1));
        }

        await using var capped = Api.WithWebHostBuilder(b => b.UseSetting("Hardship:MaxOpenObjectionsPerMember", "1"));
        using var cappedMember = capped.CreateClient();
        cappedMember.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", MemberToken(objector));
        await Problem.ExpectAsync(await cappedMember.PostAsJsonAsync($"/api/v1/hardship/declarations/{declarations[1]}/objections",
            new { reason = "收入不符" }), 409, "objection.too_many_open");
    }
}
