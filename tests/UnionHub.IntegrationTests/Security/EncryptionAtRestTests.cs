using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using UnionHub.Api.Platform;
using UnionHub.IntegrationTests.Features.Hardship;

namespace UnionHub.IntegrationTests.Security;

/// <summary>
/// Uploaded files are stored encrypted (chunked AES-GCM under the personal-data key ring) and served decrypted; files
/// stored plain before encryption are encrypted by the start-up step. A dump of every table holds no byte of them.
/// </summary>
public sealed class EncryptionAtRestTests : HardshipTest
{
    /// <summary>A PNG of <paramref name="size"/> bytes whose body repeats a marker that must not appear in the database.</summary>
    private static byte[] Document(string marker, int size)
    {
        var body = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(marker, size / marker.Length + 1)));
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. body.AsSpan(0, size - 8)];
    }

    private static ByteArrayContent Content(byte[] data)
    {
        var content = new ByteArrayContent(data);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return content;
    }

    private static async Task<string> UploadAsync(HttpClient client, string url, byte[] data)
    {
        var uploaded = await JsonAsync(await client.PostAsync(url, Content(data)), 201);
        Assert.That(uploaded.GetProperty("sizeBytes").GetInt32(), Is.EqualTo(data.Length), "the size of the plain file");
        return Str(uploaded, "id");
    }

    private static async Task AssertServedAsync(HttpClient client, string url, byte[] expected)
    {
        var response = await client.GetAsync(url);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), url);
        Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(expected), url);
    }

    [Test]
    public async Task Uploaded_files_are_stored_encrypted_served_decrypted_and_plain_old_files_are_encrypted_at_start_up()
    {
        var orgs = await OrgsAsync();
        using var grassroots = await NewStaffAsync("org_admin", S(orgs.GrassrootsA1));
        using var reviewer = await NewStaffAsync("reviewer");
        var (memberId, householdId) = await RegisteredMemberAsync(grassroots, orgs.GrassrootsA1);
        using var member = WithToken(MemberToken(memberId));

        var household = Document("HOUSEHOLD-CASE-FILE-SCAN-", 200_000); // several 64 KiB chunks
        var householdFile = await UploadAsync(grassroots, $"/api/v1/admin/hardship/households/{householdId}/documents", household);
        var caseId = Str(await JsonAsync(await member.PostAsJsonAsync("/api/v1/legal-aid/cases", new
        {
            disputeType = "injury", employerName = "某某机械厂", amountAtStakeFen = 100_000L, description = "工伤", urgent = false,
        }), 201), "id");
        var contract = Document("LABOUR-CONTRACT-SCAN-", 65_536); // exactly one chunk
        var contractFile = await UploadAsync(member, $"/api/v1/me/legal-aid/cases/{caseId}/documents", contract);
        var applicationId = await ApplyAsync(memberId, await CreateFundAsync(reviewer));
        var evidence = Document("HOSPITAL-INVOICE-SCAN-", 1_000);
        var evidenceFile = await UploadAsync(member, $"/api/v1/me/fund-applications/{applicationId}/evidence", evidence);

        // a file stored plain before encryption existed: served as it is, then encrypted by the start-up step
        var legacy = Document("OLD-PLAIN-ID-CARD-COPY-", 70_000);
        long legacyId;
        await using (var db = await DbAsync())
        {
            legacyId = await db.ExecuteScalarAsync<long>("""
                INSERT INTO fund_evidence (application_id, content_type, size_bytes, sha256, data, created_at)
                VALUES (@applicationId, 'image/png', @size, @sha, @legacy, NOW(6));
                SELECT LAST_INSERT_ID();
                """, new { applicationId, size = legacy.Length, sha = new byte[32], legacy });
        }

        var legacyUrl = $"/api/v1/me/fund-applications/{applicationId}/evidence/{legacyId}";
        await AssertServedAsync(member, legacyUrl, legacy);
        await using (var db = await DbAsync())
        {
            Assert.That(await DatabaseDump.TablesAsync(db, "fund_evidence"), Does.Contain(Convert.ToHexString(Encoding.ASCII.GetBytes("OLD-PLAIN-ID-CARD-COPY-"))),
                "the control: the dump sees plain file bytes");
        }

        var step = Api.Services.GetServices<IStartupTask>().OfType<EncryptStoredFiles>().Single();
        await step.RunAsync(CancellationToken.None);
        await step.RunAsync(CancellationToken.None); // a second run (another instance starting) changes nothing

        await AssertServedAsync(grassroots, $"/api/v1/admin/hardship/households/{householdId}/documents/{householdFile}?reason=test", household);
        await AssertServedAsync(member, $"/api/v1/me/legal-aid/cases/{caseId}/documents/{contractFile}", contract);
        await AssertServedAsync(member, $"/api/v1/me/fund-applications/{applicationId}/evidence/{evidenceFile}", evidence);
        await AssertServedAsync(member, legacyUrl, legacy);

        await using (var db = await DbAsync())
        {
            var dump = await DatabaseDump.TablesAsync(db);
            Assert.That(dump, Does.Contain("fund_evidence:"));
            foreach (var marker in new[] { "HOUSEHOLD-CASE-FILE-SCAN-", "LABOUR-CONTRACT-SCAN-", "HOSPITAL-INVOICE-SCAN-", "OLD-PLAIN-ID-CARD-COPY-" })
            {
                Assert.That(dump, Does.Not.Contain(Convert.ToHexString(Encoding.ASCII.GetBytes(marker))), marker);
                Assert.That(dump, Does.Not.Contain(marker), marker);
            }

            var stored = await db.QueryAsync<byte[]>("""
                SELECT data FROM fund_evidence UNION ALL SELECT data FROM hardship_document UNION ALL SELECT data FROM legal_case_document
                """);
            Assert.That(stored.Select(s => FileEncryptor.IsEncrypted(s)), Is.EqualTo(new[] { true, true, true, true }));
        }
    }
}
