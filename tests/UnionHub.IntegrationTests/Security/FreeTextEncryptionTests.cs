using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using UnionHub.Api.Platform;
using UnionHub.IntegrationTests.Features.Hardship;

namespace UnionHub.IntegrationTests.Security;

/// <summary>
/// Free text about health, disputes and households (fund application reasons, review notes and minutes, legal case
/// descriptions, refusal reasons, progress and history notes, household, declaration and objection notes) is stored as
/// personal-data ciphertext (AES-GCM, key id in the blob) and read back in clear; texts written under key t1 are read after
/// the active key becomes t2; plain rows from before are encrypted at start-up.
/// </summary>
public sealed class FreeTextEncryptionTests : HardshipTest
{
    private const string Reason = "申请理由：妻子确诊乳腺癌化疗 FT-REASON";
    private const string ReturnNote = "退回说明：请补充病理报告 FT-RETURN";
    private const string Minutes = "评审会纪要：委员讨论了化疗费用 FT-MINUTES";
    private const string DecisionNote = "评审意见：病情属实 FT-DECISION";
    private const string Description = "案情：因工伤截肢被公司辞退 FT-DESCRIPTION";
    private const string Refusal = "不予受理：已过仲裁时效 FT-REFUSAL";
    private const string CaseNote = "律师笔记：已调取工伤认定书 FT-CASENOTE";
    private const string StageNote = "转入仲裁：调解失败 FT-STAGE";
    private const string HouseholdNote = "档案备注：孩子患白血病 FT-HOUSEHOLD";
    private const string DeclarationNote = "申报说明：丈夫尿毒症透析 FT-DECLARATION";
    private const string ReviewNote = "初审意见：入户核实属实 FT-REVIEW";
    private const string Objection = "异议理由：其家中另有两套房 FT-OBJECTION";
    private const string Resolution = "异议处理：经核实房产已出售 FT-RESOLUTION";

    /// <summary>A PNG whose body repeats a marker: uploaded as evidence, case and household documents.</summary>
    private static readonly byte[] Document =
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("FT-FILE-BYTES-OF-A-SCAN-", 100)))];

    private static readonly string[] Texts =
        [Reason, ReturnNote, Minutes, DecisionNote, Description, Refusal, CaseNote, StageNote, HouseholdNote, DeclarationNote, ReviewNote, Objection, Resolution];

    /// <summary>The records holding the texts, and the staff who wrote them.</summary>
    private sealed record Casework(string ApplicationId, string MeetingId, string CaseId, string RefusedCaseId, string HouseholdId,
        string DeclarationId, string ObjectedDeclarationId, long MemberId, HttpClient Grassroots, HttpClient Reviewer, HttpClient Admin);

    /// <summary>Every kind of free text, written through the API by the member and staff who write it.</summary>
    private static async Task<Casework> CreateAsync()
    {
        var orgs = await OrgsAsync();
        var grassroots = await NewStaffAsync("org_admin", S(orgs.GrassrootsA1));
        var district = await LoginAsync(await NewStaffUserAsync("org_admin", orgs.DistrictA));
        var reviewer = await NewStaffAsync("reviewer");
        var admin = await AdminAsync();
        var (memberId, householdId) = await RegisteredMemberAsync(grassroots, orgs.GrassrootsA1);
        var (neighbourId, _) = await RegisteredMemberAsync(grassroots, orgs.GrassrootsA1, name: "李大山");
        using var member = WithToken(MemberToken(memberId));
        using var neighbour = WithToken(MemberToken(neighbourId));

        // relief fund: the reason, a return note, then a meeting's minutes and decision note
        var fundId = await CreateFundAsync(reviewer);
        var applicationId = Str(await JsonAsync(await member.PostAsJsonAsync("/api/v1/fund-applications",
            ApplicationBody(fundId, reason: Reason)), 201), "id");
        await UploadAsync(member, $"/api/v1/me/fund-applications/{applicationId}/evidence");
        await JsonAsync(await reviewer.PostAsJsonAsync($"/api/v1/admin/fund-applications/{applicationId}/return", new { note = ReturnNote }), 200);
        await JsonAsync(await member.PutAsJsonAsync($"/api/v1/me/fund-applications/{applicationId}", ApplicationBody(fundId, reason: Reason)), 200);
        var meetingId = Str(await JsonAsync(await reviewer.PostAsJsonAsync("/api/v1/admin/review-meetings", new
        {
            fundId, heldAt = new DateTimeOffset(2026, 11, 20, 14, 0, 0, TimeSpan.FromHours(8)), minutes = Minutes,
            decisions = new[] { Decision(applicationId, "approve", 100_000, DecisionNote) },
        }), 201), "id");

        // legal aid: a description, a progress note and a stage note; another case refused with a reason
        var caseId = Str(await JsonAsync(await member.PostAsJsonAsync("/api/v1/legal-aid/cases", new
        {
            disputeType = "injury", employerName = "某某机械厂", amountAtStakeFen = 100_000L, description = Description, urgent = false,
        }), 201), "id");
        await JsonAsync(await admin.PostAsync($"/api/v1/admin/legal-aid/cases/{caseId}/accept", null), 200);
        await JsonAsync(await admin.PostAsJsonAsync($"/api/v1/admin/legal-aid/cases/{caseId}/notes",
            new { notedOn = DateOnly.FromDateTime(Api.Clock.GetUtcNow().UtcDateTime), text = CaseNote }), 200);
        await JsonAsync(await admin.PostAsJsonAsync($"/api/v1/admin/legal-aid/cases/{caseId}/stage", new { stage = "arbitration", note = StageNote }), 200);
        var refusedCaseId = Str(await JsonAsync(await member.PostAsJsonAsync("/api/v1/legal-aid/cases", new
        {
            disputeType = "wage_arrears", employerName = "某某商贸公司", amountAtStakeFen = 50_000L, description = "工资拖欠", urgent = false,
        }), 201), "id");
        await JsonAsync(await admin.PostAsJsonAsync($"/api/v1/admin/legal-aid/cases/{refusedCaseId}/refuse", new { reason = Refusal }), 200);

        // hardship: a household note (tier change), the member's declaration with a note and a review note; the member's
        // objection to the neighbour's declaration, resolved with a note
        await JsonAsync(await grassroots.PatchAsJsonAsync($"/api/v1/admin/hardship/households/{householdId}",
            new { tier = "relative", note = HouseholdNote }), 200);
        var (roundId, _) = await RoundAsync(district, orgs.DistrictA);
        var declarationId = Str(await JsonAsync(await member.PostAsJsonAsync("/api/v1/hardship/declarations", new { roundId, note = DeclarationNote }), 201), "id");
        var neighbourDeclaration = await DeclareAsMemberAsync(neighbourId, roundId);
        await JsonAsync(await ReviewAsync(grassroots, declarationId, "grassroots-review", note: ReviewNote), 200);
        await JsonAsync(await ReviewAsync(grassroots, neighbourDeclaration, "grassroots-review"), 200);
        await JsonAsync(await ReviewAsync(district, neighbourDeclaration, "district-review"), 200);
        var objectionId = Str(await JsonAsync(await member.PostAsJsonAsync($"/api/v1/hardship/declarations/{neighbourDeclaration}/objections",
            new { reason = Objection }), 201), "id");
        await JsonAsync(await district.PostAsJsonAsync($"/api/v1/admin/hardship/objections/{objectionId}/resolve",
            new { outcome = "dismissed", note = Resolution }), 200);
        // case and household documents
        await UploadAsync(member, $"/api/v1/me/legal-aid/cases/{caseId}/documents");
        await UploadAsync(grassroots, $"/api/v1/admin/hardship/households/{householdId}/documents");
        district.Dispose();
        return new Casework(applicationId, meetingId, caseId, refusedCaseId, householdId, declarationId, neighbourDeclaration, memberId, grassroots,
            reviewer, admin);
    }

    private static async Task UploadAsync(HttpClient client, string url)
    {
        using var content = new ByteArrayContent(Document);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        await JsonAsync(await client.PostAsync(url, content), 201);
    }

    /// <summary>Every text, as the member and staff read it through <paramref name="api"/>.</summary>
    private static async Task<string> ReadBackAsync(WebApplicationFactoryClients api, Casework c)
    {
        var all = new StringBuilder();
        void Strings(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.String:
                    all.Append(e.GetString()).Append('\n');
                    break;
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        Strings(p.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in e.EnumerateArray())
                    {
                        Strings(item);
                    }

                    break;
            }
        }

        async Task Read(HttpClient client, string url) => Strings(await JsonAsync(await client.GetAsync(url), 200));
        using var member = api.Member(c.MemberId);
        using var reviewer = await api.StaffAsync(c.Reviewer);
        using var admin = await api.StaffAsync(c.Admin);
        using var grassroots = await api.StaffAsync(c.Grassroots);
        await Read(member, $"/api/v1/me/fund-applications/{c.ApplicationId}");
        await Read(reviewer, $"/api/v1/admin/fund-applications/{c.ApplicationId}?reason=test");
        await Read(reviewer, $"/api/v1/admin/review-meetings/{c.MeetingId}");
        await Read(member, $"/api/v1/me/legal-aid/cases/{c.CaseId}");
        await Read(admin, $"/api/v1/admin/legal-aid/cases/{c.CaseId}?reason=test");
        await Read(admin, $"/api/v1/admin/legal-aid/cases/{c.RefusedCaseId}?reason=test");
        await Read(grassroots, $"/api/v1/admin/hardship/households/{c.HouseholdId}?reason=test");
        await Read(grassroots, $"/api/v1/admin/hardship/declarations/{c.DeclarationId}?reason=test");
        await Read(admin, $"/api/v1/admin/hardship/declarations/{c.ObjectedDeclarationId}?reason=test");
        await Read(member, "/api/v1/me/export");
        return all.ToString();
    }

    [Test]
    public async Task Free_text_is_stored_encrypted_read_back_in_clear_and_like_uploaded_files_absent_from_a_dump_of_every_table()
    {
        var created = await CreateAsync();
        var read = await ReadBackAsync(new WebApplicationFactoryClients(Api), created);
        Assert.Multiple(() =>
        {
            foreach (var text in Texts)
            {
                Assert.That(read, Does.Contain(text), "read back: " + text);
            }
        });

        await using var db = await DbAsync();
        var dump = await DatabaseDump.TablesAsync(db);
        Assert.That(dump, Does.Contain("fund_application:"), "the control: the dump sees the rows");
        Assert.Multiple(() =>
        {
            foreach (var text in Texts)
            {
                var marker = text[text.IndexOf("FT-", StringComparison.Ordinal)..];
                Assert.That(TablesHolding(dump, marker, DatabaseDump.Hex(text), DatabaseDump.Hex(marker)), Is.Empty, "tables holding " + text);
            }

            Assert.That(TablesHolding(dump, "FT-FILE-BYTES", Convert.ToHexString(Document[8..40])), Is.Empty, "tables holding the files' bytes");
        });
    }

    [Test]
    public async Task Texts_written_under_key_t1_are_read_after_the_active_key_becomes_t2()
    {
        var created = await CreateAsync();
        var t2 = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await using var rotated = Api.WithWebHostBuilder(b =>
        {
            b.UseSetting("Pii:ActiveKeyId", "t2");
            b.UseSetting("Pii:Keys:t2", t2);
        });
        var clients = new WebApplicationFactoryClients(rotated);

        // a note written under t2 beside the t1 texts
        const string Later = "律师笔记：鉴定结论为七级伤残 FT-UNDER-T2";
        using (var admin = await clients.StaffAsync(created.Admin))
        {
            await JsonAsync(await admin.PostAsJsonAsync($"/api/v1/admin/legal-aid/cases/{created.CaseId}/notes",
                new { notedOn = DateOnly.FromDateTime(Api.Clock.GetUtcNow().UtcDateTime), text = Later }), 200);
        }

        var read = await ReadBackAsync(clients, created);
        Assert.Multiple(() =>
        {
            foreach (var text in Texts.Append(Later))
            {
                Assert.That(read, Does.Contain(text), "read back after rotation: " + text);
            }
        });

        await using var db = await DbAsync();
        var keyIds = (await db.QueryAsync<string>("""
            SELECT CAST(SUBSTRING(body_enc, 3, ORD(SUBSTRING(body_enc, 2, 1))) AS CHAR) FROM legal_case_note WHERE case_id = @CaseId ORDER BY id
            """, new { created.CaseId })).ToList();
        Assert.That(keyIds, Is.EqualTo(new[] { "t1", "t2" }), "the old note stays under t1, the new one is written under t2");
    }

    [Test]
    public async Task Plain_rows_from_before_are_encrypted_at_start_up_and_still_read()
    {
        var created = await CreateAsync();
        await using (var db = await DbAsync())
        {
            // rows as the code before encryption wrote them: the text in the plain column, no ciphertext
            await db.ExecuteAsync("""
                UPDATE fund_application SET reason = 'OLD-PLAIN-REASON 旧的申请理由', reason_enc = NULL WHERE id = @ApplicationId;
                UPDATE legal_case SET description = 'OLD-PLAIN-DESCRIPTION 旧的案情', description_enc = NULL WHERE id = @CaseId;
                UPDATE hardship_objection SET reason = 'OLD-PLAIN-OBJECTION 旧的异议', reason_enc = NULL;
                """, new { created.ApplicationId, created.CaseId });
        }

        var clients = new WebApplicationFactoryClients(Api);
        var before = await ReadBackAsync(clients, created);
        Assert.That(before, Does.Contain("OLD-PLAIN-REASON 旧的申请理由").And.Contain("OLD-PLAIN-DESCRIPTION 旧的案情").And.Contain("OLD-PLAIN-OBJECTION 旧的异议"),
            "plain rows are read as they are until the start-up step ran");

        var step = Api.Services.GetServices<IStartupTask>().OfType<EncryptStoredText>().Single();
        await step.RunAsync(CancellationToken.None);
        await step.RunAsync(CancellationToken.None); // a second run (another instance starting) changes nothing

        var after = await ReadBackAsync(clients, created);
        Assert.That(after, Does.Contain("OLD-PLAIN-REASON 旧的申请理由").And.Contain("OLD-PLAIN-DESCRIPTION 旧的案情").And.Contain("OLD-PLAIN-OBJECTION 旧的异议"));
        await using (var db = await DbAsync())
        {
            var dump = await DatabaseDump.TablesAsync(db);
            foreach (var marker in new[] { "OLD-PLAIN-REASON", "OLD-PLAIN-DESCRIPTION", "OLD-PLAIN-OBJECTION" })
            {
                Assert.That(TablesHolding(dump, marker, DatabaseDump.Hex(marker)), Is.Empty, marker);
            }
        }
    }

    /// <summary>The tables of the dump lines holding any of <paramref name="needles"/>.</summary>
    private static string[] TablesHolding(string dump, params string[] needles) =>
        dump.Split('\n').Where(line => needles.Any(n => line.Contains(n, StringComparison.Ordinal))).Select(line => line[..line.IndexOf(':')]).Distinct().ToArray();

    /// <summary>Clients of one host (the shared test host, or one with other settings over the same database).</summary>
    private sealed class WebApplicationFactoryClients(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host)
    {
        public HttpClient Member(long memberId) => Bearer(MemberToken(memberId));

        /// <summary>A client of this host carrying the same staff token as <paramref name="staff"/>.</summary>
        public Task<HttpClient> StaffAsync(HttpClient staff) => Task.FromResult(Bearer(staff.DefaultRequestHeaders.Authorization!.Parameter!));

        private HttpClient Bearer(string token)
        {
            var client = host.CreateClient();
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            return client;
        }
    }
}
