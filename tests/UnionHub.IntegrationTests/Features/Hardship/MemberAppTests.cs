using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace UnionHub.IntegrationTests.Features.Hardship;

/// <summary>
/// What the member app needs beyond the declaration itself (issue 16 item 2): the caller's own entry on the register,
/// documents attached to their own declaration (stored, bound to it, closed to everyone else), and the declaration's
/// history in the member's list (the app's timeline).
/// </summary>
public sealed class MemberAppTests : HardshipTest
{
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF"u8.ToArray();

    private static ByteArrayContent PdfContent()
    {
        var c = new ByteArrayContent(Pdf);
        c.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return c;
    }

    [Test]
    public async Task A_member_sees_their_tier_on_the_register_and_a_member_not_on_it_gets_the_404_code()
    {
        var orgs = await OrgsAsync();
        using var grassroots = await NewStaffAsync("org_admin", S(orgs.GrassrootsA1));
        var (memberId, householdId) = await RegisteredMemberAsync(grassroots, orgs.GrassrootsA1, tier: "relative");
        using var member = WithToken(MemberToken(memberId));

        var mine = await JsonAsync(await member.GetAsync("/api/v1/me/hardship/household"), 200);
        Assert.Multiple(() =>
        {
            Assert.That(Str(mine, "id"), Is.EqualTo(householdId));
            Assert.That(Str(mine, "tier"), Is.EqualTo("relative"));
            Assert.That(Str(mine, "reason"), Is.EqualTo("major_illness"));
            Assert.That(Str(mine, "status"), Is.EqualTo("active"));
            Assert.That(Str(mine, "enteredOn"), Is.EqualTo("2026-03-01"));
            Assert.That(mine.TryGetProperty("homeVisit", out _), Is.False, "the case-file notes stay with staff");
        });

        using (var neighbour = WithToken(MemberToken(await Seed.VerifiedMemberAsync(orgs.GrassrootsA1, "李四"))))
        {
            await Problem.ExpectAsync(await neighbour.GetAsync("/api/v1/me/hardship/household"), 404, "household.not_registered");
        }

        // taken off the register: no longer answered
        await JsonAsync(await grassroots.PostAsJsonAsync($"/api/v1/admin/hardship/households/{householdId}/exit",
            new { exitedOn = "2026-06-30", note = "收入恢复" }), 200);
        await Problem.ExpectAsync(await member.GetAsync("/api/v1/me/hardship/household"), 404, "household.not_registered");
    }

    [Test]
    public async Task Documents_are_stored_bound_to_the_members_own_declaration_and_closed_to_other_members_and_after_the_reviews()
    {
        var orgs = await OrgsAsync();
        using var grassroots = await NewStaffAsync("org_admin", S(orgs.GrassrootsA1));
        using var district = await LoginAsync(await NewStaffUserAsync("org_admin", orgs.DistrictA));
        var (memberId, _) = await RegisteredMemberAsync(grassroots, orgs.GrassrootsA1);
        var (otherId, _) = await RegisteredMemberAsync(grassroots, orgs.GrassrootsA1, name: "李四");
        var (roundId, _) = await RoundAsync(district, orgs.DistrictA);
        var declarationId = await DeclareAsMemberAsync(memberId, roundId);
        using var member = WithToken(MemberToken(memberId));
        using var other = WithToken(MemberToken(otherId));

        var uploaded = await JsonAsync(await member.PostAsync($"/api/v1/me/hardship/declarations/{declarationId}/documents", PdfContent()), 201);
        var fileId = Str(uploaded, "id");
        Assert.That(Str(uploaded, "contentType"), Is.EqualTo("application/pdf"));
        await using (var db = await DbAsync())
        {
            var row = await db.QuerySingleAsync<(long DeclarationId, string ContentType, int Size)>(
                "SELECT declaration_id, content_type, size_bytes FROM hardship_declaration_document WHERE id = @fileId", new { fileId });
            Assert.That(row, Is.EqualTo((long.Parse(declarationId, System.Globalization.CultureInfo.InvariantCulture), "application/pdf", Pdf.Length)));
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT document_count FROM hardship_declaration WHERE id = @declarationId", new { declarationId }),
                Is.EqualTo(1));
        }

        // the member reads it back; another member of the same union cannot read it or add to the declaration
        var served = await member.GetAsync($"/api/v1/me/hardship/declarations/{declarationId}/documents/{fileId}");
        Assert.That((int)served.StatusCode, Is.EqualTo(200));
        Assert.That(await served.Content.ReadAsByteArrayAsync(), Is.EqualTo(Pdf));
        await Problem.ExpectAsync(await other.GetAsync($"/api/v1/me/hardship/declarations/{declarationId}/documents/{fileId}"), 404, "not_found");
        await Problem.ExpectAsync(await other.PostAsync($"/api/v1/me/hardship/declarations/{declarationId}/documents", PdfContent()), 404, "not_found");
        await Problem.ExpectAsync(await member.PostAsync("/api/v1/me/hardship/declarations/999999999/documents", PdfContent()), 404, "not_found");

        // not a document: refused, nothing stored
        var text = new ByteArrayContent("hello"u8.ToArray());
        text.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        await Problem.ExpectAsync(await member.PostAsync($"/api/v1/me/hardship/declarations/{declarationId}/documents", text), 422,
            "evidence.unsupported_type");

        // the grassroots union reads it with a reason; the member's list shows documents and the history, not the objections
        var staffRead = await grassroots.GetAsync($"/api/v1/admin/hardship/declarations/{declarationId}/documents/{fileId}?reason=review");
        Assert.That(await staffRead.Content.ReadAsByteArrayAsync(), Is.EqualTo(Pdf));
        var detail = await JsonAsync(await grassroots.GetAsync($"/api/v1/admin/hardship/declarations/{declarationId}?reason=review"), 200);
        Assert.That(Str(detail.GetProperty("documents")[0], "id"), Is.EqualTo(fileId));

        await JsonAsync(await ReviewAsync(grassroots, declarationId, "grassroots-review"), 200);
        await JsonAsync(await member.PostAsync($"/api/v1/me/hardship/declarations/{declarationId}/documents", PdfContent()), 201);
        await JsonAsync(await ReviewAsync(district, declarationId, "district-review"), 200);
        var late = await Problem.ExpectAsync(await member.PostAsync($"/api/v1/me/hardship/declarations/{declarationId}/documents", PdfContent()),
            409, "declaration.wrong_state");
        Assert.That(late.Detail, Does.Contain("in_notice"));

        var list = await JsonAsync(await member.GetAsync("/api/v1/me/hardship/declarations"), 200);
        var mine = list.GetProperty("items").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(mine.GetProperty("documents").GetArrayLength(), Is.EqualTo(2));
            Assert.That(mine.GetProperty("history").EnumerateArray().Select(h => Str(h, "to")),
                Is.EqualTo(new[] { "submitted", "grassroots_approved", "in_notice" }));
            Assert.That(mine.TryGetProperty("objections", out var o) && o.ValueKind != System.Text.Json.JsonValueKind.Null, Is.False,
                "objections are not shown to the declaring member");
        });
        await using (var db = await DbAsync())
        {
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM hardship_declaration_document WHERE declaration_id = @declarationId",
                new { declarationId }), Is.EqualTo(2), "the refused upload left no row");
        }
    }

    [Test]
    public async Task Documents_of_a_rejected_declaration_are_swept_and_those_under_review_kept()
    {
        var orgs = await OrgsAsync();
        using var grassroots = await NewStaffAsync("org_admin", S(orgs.GrassrootsA1));
        using var district = await LoginAsync(await NewStaffUserAsync("org_admin", orgs.DistrictA));
        var (rejectedMember, _) = await RegisteredMemberAsync(grassroots, orgs.GrassrootsA1);
        var (keptMember, _) = await RegisteredMemberAsync(grassroots, orgs.GrassrootsA1, name: "李四");
        var (roundId, _) = await RoundAsync(district, orgs.DistrictA);
        var rejected = await DeclareAsMemberAsync(rejectedMember, roundId);
        var kept = await DeclareAsMemberAsync(keptMember, roundId);
        using (var a = WithToken(MemberToken(rejectedMember)))
        {
            await JsonAsync(await a.PostAsync($"/api/v1/me/hardship/declarations/{rejected}/documents", PdfContent()), 201);
        }

        using (var b = WithToken(MemberToken(keptMember)))
        {
            await JsonAsync(await b.PostAsync($"/api/v1/me/hardship/declarations/{kept}/documents", PdfContent()), 201);
        }

        await JsonAsync(await ReviewAsync(grassroots, rejected, "grassroots-review", "reject", "不符合条件"), 200);
        var deleted = await Api.Services.GetRequiredService<UnionHub.Api.Platform.Housekeeping>().SweepAsync(CancellationToken.None);
        Assert.That(deleted["hardship_declaration_document"], Is.EqualTo(1));
        await using var db = await DbAsync();
        const string Count = "SELECT COUNT(*) FROM hardship_declaration_document WHERE declaration_id = @id";
        Assert.That(await db.ExecuteScalarAsync<int>(Count, new { id = rejected }), Is.Zero);
        Assert.That(await db.ExecuteScalarAsync<int>(Count, new { id = kept }), Is.EqualTo(1));
    }

    [Test]
    public async Task Parallel_uploads_to_one_declaration_stop_at_ten_documents()
    {
        var orgs = await OrgsAsync();
        using var grassroots = await NewStaffAsync("org_admin", S(orgs.GrassrootsA1));
        using var district = await LoginAsync(await NewStaffUserAsync("org_admin", orgs.DistrictA));
        var (memberId, _) = await RegisteredMemberAsync(grassroots, orgs.GrassrootsA1);
        var (roundId, _) = await RoundAsync(district, orgs.DistrictA);
        var declarationId = await DeclareAsMemberAsync(memberId, roundId);
        using var member = WithToken(MemberToken(memberId));

        var answers = await Task.WhenAll(Enumerable.Range(0, 14).Select(_ =>
            member.PostAsync($"/api/v1/me/hardship/declarations/{declarationId}/documents", PdfContent())));
        Assert.That(answers.Count(a => (int)a.StatusCode == 201), Is.EqualTo(10));
        foreach (var refused in answers.Where(a => (int)a.StatusCode != 201))
        {
            await Problem.ExpectAsync(refused, 409, "evidence.limit_reached");
        }

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM hardship_declaration_document WHERE declaration_id = @declarationId",
            new { declarationId }), Is.EqualTo(10));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT document_count FROM hardship_declaration WHERE id = @declarationId", new { declarationId }),
            Is.EqualTo(10));
    }
}
