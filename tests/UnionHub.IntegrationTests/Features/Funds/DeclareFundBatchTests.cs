using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using UnionHub.Api.Features.Funds;

namespace UnionHub.IntegrationTests.Features.Funds;

/// <summary>
/// Issue 17 item 5: a unit declares fund applications for many members in one file, validated row by row and committed all or
/// nothing ("a batch declaration with one bad row commits nothing and reports the row").
/// </summary>
public sealed class DeclareFundBatchTests : FundsTest
{
    private const string Header = "姓名,身份证号,申请金额,事由";

    private static string S(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task<HttpResponseMessage> DeclareAsync(HttpClient client, long orgId, string fundId, string csv, string? key = null,
        bool dryRun = false, string? fileName = null)
    {
        var url = $"/api/v1/admin/orgs/{S(orgId)}/{(dryRun ? "fund-batch-checks" : "fund-batches")}?fundId={fundId}"
            + (fileName is null ? "" : "&fileName=" + Uri.EscapeDataString(fileName));
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(csv, Encoding.UTF8, "text/csv") };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await client.SendAsync(request);
    }

    /// <summary>The member's ID number in clear (seeded members get a generated one).</summary>
    private static async Task<string> IdNumberOfAsync(long memberId)
    {
        await using var db = await DbAsync();
        return Seed.Pii.Decrypt((await db.ExecuteScalarAsync<byte[]>("SELECT id_enc FROM member WHERE id = @memberId", new { memberId }))!);
    }

    private static async Task<(int Applications, int Batches)> CountAsync(string fundId)
    {
        await using var db = await DbAsync();
        return (await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_application WHERE fund_id = @fundId", new { fundId }),
            await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_application_batch WHERE fund_id = @fundId", new { fundId }));
    }

    private static List<(int Row, string? Column, string Code)> Rejected(JsonElement body) =>
        body.GetProperty("rejected").EnumerateArray()
            .Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("column").ValueKind == JsonValueKind.Null ? null : r.GetProperty("column").GetString(),
                r.GetProperty("code").GetString()!))
            .ToList();

    /// <summary>An organisation with an org_admin and three verified members (张三, 李四, 王五); a fund granting at most 3,000 yuan.</summary>
    private async Task<(long Org, HttpClient Admin, string FundId, long[] Members, string[] Ids)> SetUpAsync()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer, maxGrantFen: 300_000, kind: "epidemic");
        var org = await Seed.OrgAsync("市总工会");
        var workplace = await Seed.OrgAsync("东风机械厂工会", org);
        long[] members = [await Seed.VerifiedMemberAsync(workplace, "张三"), await Seed.VerifiedMemberAsync(workplace, "李四"), await Seed.VerifiedMemberAsync(org, "王五")];
        var ids = new string[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            ids[i] = await IdNumberOfAsync(members[i]);
        }

        return (org, await NewStaffAsync("org_admin", S(org)), fundId, members, ids);
    }

    [TestCase("unknown_id", "身份证号", FundBatchRejections.MemberNotFound)]
    [TestCase("name_mismatch", "身份证号", FundBatchRejections.MemberNotFound)]
    [TestCase("over_max", "申请金额", FundBatchRejections.AmountOverMax)]
    public async Task A_file_with_one_bad_row_commits_nothing_and_reports_that_row(string badRow, string column, string code)
    {
        var (org, admin, fundId, _, ids) = await SetUpAsync();
        using var _admin = admin;
        var third = badRow switch
        {
            "unknown_id" => $"王五,{SeedIds.DistinctIdNumber(9_123_456)},800,家人确诊，停工隔离",
            "name_mismatch" => $"王六,{ids[2]},800,家人确诊，停工隔离",
            _ => $"王五,{ids[2]},3000.01,家人确诊，停工隔离",
        };
        var csv = $"{Header}\n张三,{ids[0]},1500,居家隔离期间收入减少\n李四,{ids[1]},\"1,200.50\",\"隔离14天，家中有老人\"\n{third}\n";

        var problem = await Problem.ExpectAsync(await DeclareAsync(admin, org, fundId, csv, key: "batch-1"), 422, FundProblems.BatchRowsInvalid);
        Assert.That(Rejected(problem.Raw), Is.EqualTo(new[] { (4, (string?)column, code) }), "row 4 of the file (the header is row 1)");
        Assert.That(problem.Raw.GetProperty("rows").GetInt32(), Is.EqualTo(3));
        Assert.That(problem.Raw.GetProperty("rejectedTotal").GetInt32(), Is.EqualTo(1));
        if (code == FundBatchRejections.AmountOverMax)
        {
            Assert.That(problem.Raw.GetProperty("rejected")[0].GetProperty("args").GetProperty("maxGrantFen").GetInt64(), Is.EqualTo(300_000));
        }

        Assert.That(await CountAsync(fundId), Is.EqualTo((0, 0)), "nothing was written: no application, no batch");
        Assert.That(problem.Raw.ToString(), Does.Not.Contain(ids[0]).And.Not.Contain("张三"), "the report names rows, not people");

        // the dry run gives the same report (200) and writes nothing either
        var preview = await JsonAsync(await DeclareAsync(admin, org, fundId, csv, dryRun: true), 200);
        Assert.That(Rejected(preview), Is.EqualTo(Rejected(problem.Raw)));
        Assert.That(preview.GetProperty("totalRequestedFen").GetInt64(), Is.EqualTo(150_000 + 120_050), "the good rows' amount");
        Assert.That(await CountAsync(fundId), Is.EqualTo((0, 0)));

        // the key was not spent on the refusal: the corrected file goes through under it
        var fixedCsv = $"{Header}\n张三,{ids[0]},1500,居家隔离期间收入减少\n李四,{ids[1]},\"1,200.50\",\"隔离14天，家中有老人\"\n王五,{ids[2]},800,家人确诊\n";
        await JsonAsync(await DeclareAsync(admin, org, fundId, fixedCsv, key: "batch-1"), 201);
        Assert.That(await CountAsync(fundId), Is.EqualTo((3, 1)));
    }

    [Test]
    public async Task A_good_file_files_every_row_in_one_batch_with_history_audit_and_encrypted_reasons()
    {
        var (org, admin, fundId, members, ids) = await SetUpAsync();
        using var _admin = admin;
        var csv = $"\uFEFF身份证号,姓名,申请金额,事由,类别,联系电话\r\n{ids[0]},张三,1500,居家隔离期间收入减少,,\r\n"
            + $"{ids[1].ToLowerInvariant()}, 李四 ,1200.5,隔离14天，家中有老人,临时困难,138 1234 5678\r\n\r\n{ids[2]},王五,800元,家人确诊,epidemic,\r\n";

        var created = await DeclareAsync(admin, org, fundId, csv, key: "good-1", fileName: "东风机械厂疫情补助申报.csv");
        var batch = await JsonAsync(created, 201);
        Assert.That(created.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/admin/fund-batches/{batch.GetProperty("id").GetString()}"));
        Assert.That(batch.GetProperty("rows").GetInt32(), Is.EqualTo(3));
        Assert.That(batch.GetProperty("totalRequestedFen").GetInt64(), Is.EqualTo(150_000 + 120_050 + 80_000));
        Assert.That(batch.GetProperty("orgId").GetString(), Is.EqualTo(S(org)));
        Assert.That(batch.GetProperty("fileName").GetString(), Is.EqualTo("东风机械厂疫情补助申报.csv"));
        Assert.That(batch.GetProperty("applicationIds").GetArrayLength(), Is.EqualTo(3));
        Assert.That(batch.ToString(), Does.Not.Contain(ids[0]));

        await using var db = await DbAsync();
        var batchId = batch.GetProperty("id").GetString();
        var rows = (await db.QueryAsync<(long MemberId, string Status, string Category, long RequestedFen, string? Reason, byte[] ReasonEnc, byte[] PhoneEnc, long? BatchId)>(
            "SELECT member_id, status, category, requested_fen, reason, reason_enc, contact_phone_enc, batch_id FROM fund_application WHERE fund_id = @fundId ORDER BY member_id",
            new { fundId })).ToList();
        Assert.That(rows.Select(r => r.MemberId), Is.EqualTo(members.Order()));
        Assert.That(rows.Select(r => r.Status).Distinct(), Is.EqualTo(new[] { "submitted" }));
        Assert.That(rows.Select(r => r.BatchId?.ToString(CultureInfo.InvariantCulture)).Distinct(), Is.EqualTo(new[] { batchId }));
        Assert.That(rows.Select(r => r.RequestedFen), Is.EqualTo(new long[] { 150_000, 120_050, 80_000 }));
        Assert.That(rows.Select(r => r.Category), Is.EqualTo(new[] { "epidemic", "temporary_hardship", "epidemic" }), "an empty 类别 is epidemic for an epidemic fund");
        Assert.That(rows.All(r => r.Reason is null), "the reason is not kept in plain text");
        Assert.That(Seed.Pii.Decrypt(rows[1].ReasonEnc), Is.EqualTo("隔离14天，家中有老人"));
        Assert.That(Seed.Pii.Decrypt(rows[1].PhoneEnc), Is.EqualTo("13812345678"), "the file's phone, normalised");
        Assert.That(Seed.Pii.Decrypt(rows[0].PhoneEnc), Does.StartWith("139"), "no phone in the file: the member's login phone");
        var fileName = await db.ExecuteScalarAsync<byte[]>("SELECT file_name_enc FROM fund_application_batch WHERE id = @batchId", new { batchId });
        Assert.That(Encoding.UTF8.GetString(fileName!), Does.Not.Contain("东风"), "the file name is stored encrypted");
        Assert.That(await db.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM fund_application_history h JOIN fund_application a ON a.id = h.application_id WHERE a.batch_id = @batchId AND h.actor_kind = 'staff' AND h.to_status = 'submitted'",
            new { batchId }), Is.EqualTo(3));
        Assert.That(await db.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'fund_batch.create' AND entity_id = @batchId", new { batchId }), Is.EqualTo(1));
        var details = await db.ExecuteScalarAsync<string>("SELECT details FROM audit_log WHERE action = 'fund_batch.create'");
        Assert.That(details, Does.Not.Contain(ids[0]).And.Not.Contain("张三").And.Not.Contain("东风"));

        // the batch reads back; the member sees the application filed for them, and the reviewers' queue holds all three
        var read = await JsonAsync(await admin.GetAsync($"/api/v1/admin/fund-batches/{batchId}"), 200);
        Assert.That(read.GetProperty("applicationIds").EnumerateArray().Select(a => a.GetString()),
            Is.EquivalentTo(batch.GetProperty("applicationIds").EnumerateArray().Select(a => a.GetString())));
        using var member = WithToken(MemberToken(members[0]));
        var mine = await JsonAsync(await member.GetAsync("/api/v1/me/fund-applications"), 200);
        Assert.That(mine.GetProperty("items").GetArrayLength(), Is.EqualTo(1));
        Assert.That(mine.GetProperty("items")[0].GetProperty("reason").GetString(), Is.EqualTo("居家隔离期间收入减少"));

        // a retry under the same key replays the answer; the same file under a new key meets the open applications
        var replay = await DeclareAsync(admin, org, fundId, csv, key: "good-1", fileName: "东风机械厂疫情补助申报.csv");
        Assert.That((await JsonAsync(replay, 201)).GetProperty("id").GetString(), Is.EqualTo(batchId));
        var again = await Problem.ExpectAsync(await DeclareAsync(admin, org, fundId, csv, key: "good-2"), 422, FundProblems.BatchRowsInvalid);
        Assert.That(Rejected(again.Raw).Select(r => (r.Row, r.Code)),
            Is.EqualTo(new[] { (2, FundBatchRejections.ApplicationOpen), (3, FundBatchRejections.ApplicationOpen), (5, FundBatchRejections.ApplicationOpen) }));
        Assert.That(await CountAsync(fundId), Is.EqualTo((3, 1)));
    }

    [Test]
    public async Task Racing_uploads_of_one_file_under_one_key_make_one_batch()
    {
        var (org, admin, fundId, _, ids) = await SetUpAsync();
        using var _admin = admin;
        var csv = $"{Header}\n张三,{ids[0]},1500,隔离\n李四,{ids[1]},1500,隔离\n王五,{ids[2]},1500,隔离\n";

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => DeclareAsync(admin, org, fundId, csv, key: "race-1")));
        var statuses = answers.Select(a => (int)a.StatusCode).ToList();
        Assert.That(statuses, Has.All.AnyOf(201, 409), string.Join(",", statuses));
        Assert.That(statuses, Does.Contain(201));
        var ids201 = new HashSet<string>();
        foreach (var answer in answers)
        {
            if ((int)answer.StatusCode == 201)
            {
                ids201.Add((await JsonAsync(answer, 201)).GetProperty("id").GetString()!);
            }
            else
            {
                await Problem.ExpectAsync(answer, 409, "idempotency.in_progress");
            }
        }

        Assert.That(ids201, Has.Count.EqualTo(1), "every 201 is the one batch");
        Assert.That(await CountAsync(fundId), Is.EqualTo((3, 1)));

        // without a key, parallel uploads of one file still file each member once: the others get the rows reported
        var fund2 = await CreateFundAsync(await NewStaffAsync("reviewer"), kind: "epidemic");
        var unkeyed = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => DeclareAsync(admin, org, fund2, csv)));
        Assert.That(unkeyed.Count(a => (int)a.StatusCode == 201), Is.EqualTo(1));
        foreach (var refused in unkeyed.Where(a => (int)a.StatusCode != 201))
        {
            await Problem.ExpectAsync(refused, 422, FundProblems.BatchRowsInvalid);
        }

        Assert.That(await CountAsync(fund2), Is.EqualTo((3, 1)));
    }

    [Test]
    public async Task Members_outside_the_subtree_are_not_found_like_unknown_ids_and_other_units_cannot_see_or_declare()
    {
        var (org, admin, fundId, _, ids) = await SetUpAsync();
        using var _admin = admin;
        var sibling = await Seed.OrgAsync("另一市总工会");
        var outsider = await Seed.VerifiedMemberAsync(sibling, "赵六");
        var outsiderId = await IdNumberOfAsync(outsider);
        var unknownId = SeedIds.DistinctIdNumber(9_234_567);
        var csv = $"{Header}\n张三,{ids[0]},1500,隔离\n赵六,{outsiderId},1500,隔离\n赵七,{unknownId},1500,隔离\n";

        var problem = await Problem.ExpectAsync(await DeclareAsync(admin, org, fundId, csv), 422, FundProblems.BatchRowsInvalid);
        Assert.That(Rejected(problem.Raw), Is.EqualTo(new[]
        {
            (3, (string?)"身份证号", FundBatchRejections.MemberNotFound),
            (4, (string?)"身份证号", FundBatchRejections.MemberNotFound),
        }), "a person of another organisation reads exactly like an unknown ID number");
        Assert.That(await CountAsync(fundId), Is.EqualTo((0, 0)));

        // an org_admin of a workplace below cannot declare for the organisation above, nor for a sibling
        var workplace = await Seed.OrgAsync("下级工会", org);
        using var lower = await NewStaffAsync("org_admin", S(workplace));
        await Problem.ExpectAsync(await DeclareAsync(lower, org, fundId, csv), 404, "not_found");
        await Problem.ExpectAsync(await DeclareAsync(admin, sibling, fundId, csv), 404, "not_found");

        // the super_admin declares for the sibling; its batch is 404 to the first unit
        using var super = await AdminAsync();
        var batch = await JsonAsync(await DeclareAsync(super, sibling, fundId, $"{Header}\n赵六,{outsiderId},1500,隔离\n"), 201);
        await Problem.ExpectAsync(await admin.GetAsync($"/api/v1/admin/fund-batches/{batch.GetProperty("id").GetString()}"), 404, "not_found");
        using var reviewer = await NewStaffAsync("reviewer");
        Assert.That((int)(await DeclareAsync(reviewer, org, fundId, csv)).StatusCode, Is.EqualTo(403), "reviewers decide; units declare");
    }

    [Test]
    public async Task Unreadable_files_closed_funds_and_bad_cells_are_refused_with_their_codes()
    {
        var (org, admin, fundId, members, ids) = await SetUpAsync();
        using var _admin = admin;
        await Problem.ExpectAsync(await DeclareAsync(admin, org, fundId, "name,idNumber\n"), 422, FundProblems.BatchInvalidHeader);
        await Problem.ExpectAsync(await DeclareAsync(admin, org, fundId, $"{Header}\n\n"), 422, FundProblems.BatchEmpty);
        await Problem.ExpectAsync(await DeclareAsync(admin, org, fundId, ""), 422, FundProblems.BatchEmpty);
        await Problem.ExpectAsync(await DeclareAsync(admin, org, "424242", $"{Header}\n张三,{ids[0]},1,隔离\n"), 404, "not_found");
        using var reviewer = await NewStaffAsync("reviewer");
        var closed = await CreateFundAsync(reviewer, opensAt: Api.Clock.GetUtcNow().AddDays(-30), closesAt: Api.Clock.GetUtcNow().AddHours(-1));
        // a neighbouring organisation's fund is not this unit's to declare into, nor offered in its picker; its own and the federation's are
        var neighbour = await CreateFundAsync(reviewer, kind: "epidemic", orgId: await Seed.OrgAsync("邻区总工会"));
        var own = await CreateFundAsync(reviewer, kind: "epidemic", orgId: org);
        await Problem.ExpectAsync(await DeclareAsync(admin, org, neighbour, $"{Header}\n张三,{ids[0]},1,隔离\n"), 404, "not_found");
        var declarable = (await JsonAsync(await admin.GetAsync("/api/v1/admin/declarable-funds"), 200)).GetProperty("items").EnumerateArray()
            .Select(f => f.GetProperty("id").GetString()).ToList();
        Assert.That(declarable, Does.Not.Contain(neighbour).And.Contain(own).And.Contain(fundId));
        Assert.That(await CountAsync(neighbour), Is.EqualTo((0, 0)));
        await Problem.ExpectAsync(await DeclareAsync(admin, org, closed, $"{Header}\n张三,{ids[0]},1,隔离\n"), 409, "fund.closed");
        using (var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/admin/orgs/{S(org)}/fund-batches?fundId={fundId}")
               { Content = JsonContent.Create(new { rows = 1 }) })
        {
            await Problem.ExpectAsync(await admin.SendAsync(request), 415, "request.unsupported_media_type");
        }

        // a member who applied themselves already has an open application: that row is reported
        await ApplyAsync(members[1], fundId);
        var hardship = await CreateFundAsync(reviewer); // not an epidemic fund: 类别 is required
        var csv = $"{Header},类别,联系电话\n"
            + $",{ids[0]},0,,大病,12345\n"                       // row 2: name, amount, reason, phone
            + $"张三,{ids[0][..17]}0,abc,隔离,彩票,\n"            // row 3: ID check character (or its digit), amount, category
            + $"李四,{ids[1]},100,隔离,,\n"                       // row 4: category required (hardship fund)
            + $"王五,{ids[2]},100,隔离,低收入,\n"                 // good
            + $"王五,{ids[2]},100,隔离,低收入,\n"                 // row 6: duplicate
            + "\"unterminated,1,2,3,4,5\n";                       // row 7
        var problem = await Problem.ExpectAsync(await DeclareAsync(admin, org, hardship, csv), 422, FundProblems.BatchRowsInvalid);
        var rejected = Rejected(problem.Raw);
        Assert.That(rejected.Where(r => r.Row == 2).Select(r => r.Code), Is.EquivalentTo(new[]
        {
            FundBatchRejections.NameEmpty, FundBatchRejections.AmountInvalid, FundBatchRejections.ReasonInvalid, FundBatchRejections.PhoneInvalid,
        }));
        Assert.That(rejected.Where(r => r.Row == 3).Select(r => r.Code), Is.SupersetOf(new[] { FundBatchRejections.AmountInvalid, FundBatchRejections.CategoryInvalid }));
        Assert.That(rejected.Where(r => r.Row == 4).Select(r => r.Code), Is.EqualTo(new[] { FundBatchRejections.CategoryRequired }));
        Assert.That(rejected.Where(r => r.Row == 5), Is.Empty);
        Assert.That(rejected.Where(r => r.Row == 6).Select(r => r.Code), Is.EqualTo(new[] { FundBatchRejections.DuplicateIdNumber }));
        Assert.That(rejected.Where(r => r.Row == 7).Select(r => r.Code), Is.EqualTo(new[] { FundBatchRejections.UnterminatedQuote }));
        Assert.That(await CountAsync(hardship), Is.EqualTo((0, 0)));

        var open = await Problem.ExpectAsync(await DeclareAsync(admin, org, fundId, $"{Header}\n李四,{ids[1]},100,隔离\n"), 422, FundProblems.BatchRowsInvalid);
        Assert.That(Rejected(open.Raw), Is.EqualTo(new[] { (2, (string?)null, FundBatchRejections.ApplicationOpen) }));

        var funds = await JsonAsync(await admin.GetAsync("/api/v1/admin/declarable-funds"), 200);
        Assert.That(funds.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("id").GetString()), Does.Contain(fundId).And.Not.Contain(closed));
    }
}
