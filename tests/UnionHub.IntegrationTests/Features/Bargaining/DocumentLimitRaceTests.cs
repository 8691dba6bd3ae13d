using System.Net.Http.Headers;
using System.Text;
using Dapper;
using UnionHub.Api.Features.Bargaining;

namespace UnionHub.IntegrationTests.Features.Bargaining;

/// <summary>ADR 0021: a step's document limit holds under parallel uploads (the count is a locking read under the enterprise row's lock).</summary>
public sealed class DocumentLimitRaceTests : ApiTest
{
    private const int Uploads = 24;

    private static Task<HttpResponseMessage> UploadAsync(HttpClient staff, long enterprise, int n)
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes($"%PDF-1.4\n% 集体合同文本 {n}\n"));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return staff.PostAsync($"/api/v1/admin/enterprises/{enterprise}/bargaining/steps/1/documents", content);
    }

    [Test]
    public async Task Parallel_uploads_to_one_step_store_at_most_the_limit()
    {
        var org = await Seed.OrgAsync();
        using var staff = await NewStaffAsync("org_admin", org.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await using var db = await DbAsync();
        for (var trial = 0; trial < 3; trial++)
        {
            var enterprise = await Seed.EnterpriseAsync(org);
            var answers = await ParallelAsync(Enumerable.Range(0, Uploads).Select(n => (Func<Task<HttpResponseMessage>>)(() => UploadAsync(staff, enterprise, n))));
            var stored = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM bargaining_document WHERE enterprise_id = @enterprise AND step = 1",
                new { enterprise });
            Assert.Multiple(() =>
            {
                Assert.That(stored, Is.EqualTo(Documents.MaxPerStep), $"trial {trial}: documents stored");
                Assert.That(answers.Count(a => a.Status == 201), Is.EqualTo(Documents.MaxPerStep), $"trial {trial}: 201s");
                Assert.That(answers.Where(a => a.Status != 201).Select(a => (a.Status, a.Body.GetProperty("code").GetString())),
                    Is.All.EqualTo((409, BargainingProblems.BargainingDocumentLimit)), $"trial {trial}: the rest refused");
            });
        }
    }
}
