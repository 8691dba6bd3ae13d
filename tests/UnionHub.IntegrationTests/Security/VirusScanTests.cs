using System.Net.Http.Headers;
using System.Text;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using UnionHub.IntegrationTests.Features.Funds;

namespace UnionHub.IntegrationTests.Security;

/// <summary>
/// Uploaded files are scanned by clamd (INSTREAM) before they are accepted when <c>Uploads:ClamdAddress</c> is set: the
/// EICAR test file is refused (422 upload.infected), a scanner that errors or is down refuses the upload (503
/// upload.scan_unavailable) and nothing is stored; without the setting nothing is scanned.
/// </summary>
public sealed class VirusScanTests : FundsTest
{
    private static readonly byte[] PngHeader = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ByteArrayContent Png(string body)
    {
        var content = new ByteArrayContent([.. PngHeader, .. Encoding.ASCII.GetBytes(body)]);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return content;
    }

    private static async Task<int> StoredEvidenceAsync(string applicationId)
    {
        await using var db = await DbAsync();
        return await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_evidence WHERE application_id = @applicationId", new { applicationId });
    }

    [Test]
    public async Task With_a_scanner_configured_infected_files_are_refused_and_no_file_is_accepted_unscanned()
    {
        await using var clamd = new FakeClamd();
        await using var host = Api.WithWebHostBuilder(b => b.UseSetting("Uploads:ClamdAddress", clamd.Address));
        using var reviewer = await NewStaffAsync("reviewer");
        var memberId = await NewVerifiedMemberAsync();
        var applicationId = await ApplyAsync(memberId, await CreateFundAsync(reviewer));
        using var member = host.CreateClient();
        member.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", MemberToken(memberId));
        var url = $"/api/v1/me/fund-applications/{applicationId}/evidence";

        // a clean file is streamed to the scanner whole (more than one 64 KiB chunk) and accepted
        var clean = new string('a', 150_000);
        await JsonAsync(await member.PostAsync(url, Png(clean)), 201);
        Assert.That(clamd.Streams.Single(), Is.EqualTo([.. PngHeader, .. Encoding.ASCII.GetBytes(clean)]));

        // the EICAR test file: 422, not stored
        var infected = await Problem.ExpectAsync(await member.PostAsync(url, Png("scan of a medical record " + FakeClamd.Eicar)), 422, "upload.infected");
        Assert.That(infected.Raw.ToString(), Does.Not.Contain("Eicar"), "the answer names no signature");

        // the scanner answers an error, then is down: 503, never accepted unscanned
        clamd.Fail = true;
        await Problem.ExpectAsync(await member.PostAsync(url, Png("harmless")), 503, "upload.scan_unavailable");
        clamd.Stop();
        await Problem.ExpectAsync(await member.PostAsync(url, Png("harmless")), 503, "upload.scan_unavailable");
        Assert.That(await StoredEvidenceAsync(applicationId), Is.EqualTo(1), "only the clean file was stored");
    }

    [Test]
    public async Task Without_a_scanner_configured_files_are_accepted_unscanned_in_development()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var memberId = await NewVerifiedMemberAsync();
        var applicationId = await ApplyAsync(memberId, await CreateFundAsync(reviewer));
        using var member = WithToken(MemberToken(memberId));
        await JsonAsync(await member.PostAsync($"/api/v1/me/fund-applications/{applicationId}/evidence", Png("plain " + FakeClamd.Eicar)), 201);
        Assert.That(await StoredEvidenceAsync(applicationId), Is.EqualTo(1));
    }
}
