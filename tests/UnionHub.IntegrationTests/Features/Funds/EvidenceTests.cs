using System.Net.Http.Headers;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Funds;

public sealed class EvidenceTests : FundsTest
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0, 1];
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF"u8.ToArray();
    private static readonly byte[] Exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0, 0, 0, 0x04, 0, 0, 0, 0xFF, 0xFF];

    private static Task<HttpResponseMessage> UploadMultipartAsync(HttpClient client, string applicationId, byte[] data, string fileName,
        string declaredType)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(data);
        file.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
        form.Add(file, "file", fileName);
        return client.PostAsync($"/api/v1/me/fund-applications/{applicationId}/evidence", form);
    }

    private static Task<HttpResponseMessage> UploadRawAsync(HttpClient client, string applicationId, byte[] data, string declaredType)
    {
        var content = new ByteArrayContent(data);
        content.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
        return client.PostAsync($"/api/v1/me/fund-applications/{applicationId}/evidence", content);
    }

    [Test]
    public async Task Evidence_type_comes_from_the_content_not_the_name()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer);
        var memberId = await NewVerifiedMemberAsync();
        var app = await ApplyAsync(memberId, fundId);
        using var member = WithToken(MemberToken(memberId));

        var png = await JsonAsync(await UploadMultipartAsync(member, app, Png, "诊断书.pdf", "application/pdf"), 201);
        Assert.That(png.GetProperty("contentType").GetString(), Is.EqualTo("image/png"), "a .pdf name with PNG bytes is a PNG");
        var jpeg = await JsonAsync(await UploadRawAsync(member, app, Jpeg, "application/octet-stream"), 201);
        Assert.That(jpeg.GetProperty("contentType").GetString(), Is.EqualTo("image/jpeg"));
        var pdf = await JsonAsync(await UploadRawAsync(member, app, Pdf, "application/pdf"), 201);
        Assert.That(pdf.GetProperty("contentType").GetString(), Is.EqualTo("application/pdf"));

        await Problem.ExpectAsync(await UploadMultipartAsync(member, app, Exe, "photo.jpg", "image/jpeg"), 422, "evidence.unsupported_type");
        await Problem.ExpectAsync(await UploadRawAsync(member, app, Exe, "image/jpeg"), 422, "evidence.unsupported_type");

        var download = await member.GetAsync($"/api/v1/me/fund-applications/{app}/evidence/{png.GetProperty("id").GetString()}");
        Assert.That((int)download.StatusCode, Is.EqualTo(200));
        Assert.That(download.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
        Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(Png));
        Assert.That(download.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));

        var view = await JsonAsync(await member.GetAsync($"/api/v1/me/fund-applications/{app}"), 200);
        Assert.That(view.GetProperty("evidence").GetArrayLength(), Is.EqualTo(3));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_evidence"), Is.EqualTo(3));
    }

    [Test]
    public async Task Only_the_applicant_and_reviewers_read_evidence()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer);
        var memberId = await NewVerifiedMemberAsync();
        var app = await ApplyAsync(memberId, fundId);
        using var member = WithToken(MemberToken(memberId));
        var file = (await JsonAsync(await UploadRawAsync(member, app, Pdf, "application/pdf"), 201)).GetProperty("id").GetString();

        var staffRead = await reviewer.GetAsync($"/api/v1/admin/fund-applications/{app}/evidence/{file}?reason=test");
        Assert.That((int)staffRead.StatusCode, Is.EqualTo(200));
        Assert.That(await staffRead.Content.ReadAsByteArrayAsync(), Is.EqualTo(Pdf));
        using var admin = await AdminAsync();
        Assert.That((int)(await admin.GetAsync($"/api/v1/admin/fund-applications/{app}/evidence/{file}?reason=test")).StatusCode, Is.EqualTo(200));
        await using (var db = await DbAsync())
        {
            Assert.That(await db.ExecuteScalarAsync<int>(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'fund_evidence.read' AND entity_id = @file AND actor_kind = 'staff'", new { file }),
                Is.EqualTo(2), "staff reads of evidence are audited");
        }

        var otherId = await NewVerifiedMemberAsync();
        using var other = WithToken(MemberToken(otherId));
        await Problem.ExpectAsync(await other.GetAsync($"/api/v1/me/fund-applications/{app}/evidence/{file}"), 404, "not_found");
        await Problem.ExpectAsync(await UploadRawAsync(other, app, Pdf, "application/pdf"), 404, "not_found");
        Assert.That((int)(await other.GetAsync($"/api/v1/admin/fund-applications/{app}/evidence/{file}?reason=test")).StatusCode, Is.EqualTo(403));
        using var orgAdmin = await NewStaffAsync("org_admin", (await Seed.OrgAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.That((int)(await orgAdmin.GetAsync($"/api/v1/admin/fund-applications/{app}/evidence/{file}?reason=test")).StatusCode, Is.EqualTo(403));

        // the file id must belong to the application named in the path
        var otherApp = await ApplyAsync(otherId, fundId);
        await Problem.ExpectAsync(await other.GetAsync($"/api/v1/me/fund-applications/{otherApp}/evidence/{file}"), 404, "not_found");
    }

    [Test]
    public async Task At_most_five_files_of_five_mebibytes_each()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer);
        var memberId = await NewVerifiedMemberAsync();
        var app = await ApplyAsync(memberId, fundId);
        using var member = WithToken(MemberToken(memberId));

        var big = new byte[5 * 1024 * 1024];
        Pdf.CopyTo(big, 0);
        await JsonAsync(await UploadRawAsync(member, app, big, "application/pdf"), 201); // exactly 5 MiB is fine, above the 1 MiB default cap
        var tooBig = new byte[5 * 1024 * 1024 + 1];
        Pdf.CopyTo(tooBig, 0);
        Assert.That((int)(await UploadRawAsync(member, app, tooBig, "application/pdf")).StatusCode, Is.EqualTo(413));
        Assert.That((int)(await UploadMultipartAsync(member, app, tooBig, "big.pdf", "application/pdf")).StatusCode, Is.EqualTo(413));

        var parallel = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var client = WithToken(MemberToken(memberId));
            return await UploadRawAsync(client, app, Png, "image/png");
        }));
        var statuses = parallel.Select(r => (int)r.StatusCode).ToList();
        Assert.That(statuses.Count(s => s == 201), Is.EqualTo(4), string.Join(",", statuses));
        foreach (var refused in parallel.Where(r => (int)r.StatusCode != 201))
        {
            await Problem.ExpectAsync(refused, 409, "evidence.limit_reached");
        }

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_evidence WHERE application_id = @app", new { app }), Is.EqualTo(5));
    }
}
