using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using static UnionHub.IntegrationTests.Features.Members.MembersTestData;

namespace UnionHub.IntegrationTests.Features.Members;

public sealed class RosterTests : ApiTest
{
    private static List<(int Line, string Reason)> Rejected(JsonElement body) =>
        body.GetProperty("rejected").EnumerateArray().Select(r => (r.GetProperty("line").GetInt32(), r.GetProperty("reason").GetString()!)).ToList();

    [Test]
    public async Task A_roster_with_a_BOM_keeps_good_rows_and_reports_each_bad_row_by_line()
    {
        using var admin = await AdminAsync();
        var org = await CreateOrgAsync(admin, "市总工会");
        var code = SeedIds.CreditCodeFor(7);
        await CreateEnterpriseAsync(admin, org, code);
        var id = Enumerable.Range(1, 8).Select(SeedIds.DistinctIdNumber).ToArray();
        var wrongCheck = id[2][..17] + (id[2][17] == '0' ? '1' : '0');
        var csv =
            "name,idNumber,enterpriseCreditCode,phone\r\n" +         // 1
            $"张三,{id[0]},{code},13800138000\r\n" +                   // 2 good, with enterprise
            $",{id[1]},,\r\n" +                                        // 3 empty name
            $"李四,{wrongCheck},,\r\n" +                               // 4 bad check character
            $"王五,{id[0].ToLowerInvariant()},,\r\n" +                 // 5 same ID as line 2
            $"赵六,{id[3]},{SeedIds.CreditCodeFor(8)},\r\n" +          // 6 valid code, no such enterprise
            $"\"钱,七\",{id[4]},,13800\r\n" +                          // 7 bad phone
            $"\"孙\"\"八\",{id[5]},,\r\n" +                            // 8 good, quoted with an escaped quote
            "\r\n" +                                                   // 9 blank: skipped
            $"周九,{id[6]}\r\n" +                                      // 10 two fields
            $"吴十,{id[7]},,+86 139 0000 0000\n" +                     // 11 good, LF only
            $"郑十一,19900101,,\r\n" +                                 // 12 short ID
            $"冯十二,{id[1]},{code[..17]}Z,";                          // 13 invalid credit code, no final newline
        var body = await UploadOkAsync(admin, org, csv, bom: true);

        Assert.That(body.GetProperty("added").GetInt32(), Is.EqualTo(3));
        Assert.That(body.GetProperty("updated").GetInt32(), Is.Zero);
        Assert.That(body.GetProperty("rejectedTotal").GetInt32(), Is.EqualTo(8));
        Assert.That(Rejected(body), Is.EqualTo(new[]
        {
            (3, "name is empty"),
            (4, "idNumber has a wrong check character"),
            (5, "idNumber appears again (first on line 2)"),
            (6, "enterpriseCreditCode is not an enterprise registered in this organisation"),
            (7, "phone is not a valid mainland mobile number"),
            (10, "has 2 fields, expected 4"),
            (12, "idNumber must be 18 characters"),
            (13, "enterpriseCreditCode is not a valid unified social credit code"),
        }));
        var rejected = body.GetProperty("rejected").EnumerateArray().ToList();
        Assert.That(rejected.Select(r => r.GetProperty("code").GetString()), Is.EqualTo(new[]
        {
            RosterRejections.NameEmpty, RosterRejections.IdNumberCheckCharacter, RosterRejections.DuplicateIdNumber,
            RosterRejections.UnknownEnterprise, RosterRejections.InvalidPhone, RosterRejections.WrongFieldCount,
            RosterRejections.IdNumberLength, RosterRejections.InvalidCreditCode,
        }));
        Assert.That(rejected[2].GetProperty("args").GetProperty("firstLine").GetInt32(), Is.EqualTo(2));
        Assert.That((rejected[5].GetProperty("args").GetProperty("fields").GetInt32(), rejected[5].GetProperty("args").GetProperty("expected").GetInt32()),
            Is.EqualTo((2, 4)));
        Assert.That(rejected[0].TryGetProperty("args", out var none) ? none.ValueKind : JsonValueKind.Null, Is.EqualTo(JsonValueKind.Null));

        await using var db = await DbAsync();
        var rows = (await db.QueryAsync<(byte[] IdHash, byte[] NameHash, long? EnterpriseId, byte[]? PhoneHash)>(
            "SELECT id_hash, name_hash, enterprise_id, phone_hash FROM roster_entry WHERE org_id = @org", new { org })).ToList();
        Assert.That(rows, Has.Count.EqualTo(3));
        var byId = rows.ToDictionary(r => Convert.ToHexString(r.IdHash));
        var zhang = byId[Convert.ToHexString(Seed.Pii.IdNumberIndex(id[0]))];
        Assert.That(zhang.NameHash, Is.EqualTo(Seed.Pii.NameIndex("张三")));
        Assert.That(zhang.EnterpriseId, Is.Not.Null);
        Assert.That(zhang.PhoneHash, Is.EqualTo(Seed.Pii.PhoneIndex("13800138000")));
        Assert.That(byId[Convert.ToHexString(Seed.Pii.IdNumberIndex(id[5]))].NameHash, Is.EqualTo(Seed.Pii.NameIndex("孙\"八")));
        Assert.That(byId[Convert.ToHexString(Seed.Pii.IdNumberIndex(id[7]))].PhoneHash, Is.EqualTo(Seed.Pii.PhoneIndex("13900000000")));

        var upload = await db.QuerySingleAsync<(string Status, int Added, int Updated, int Rejected)>(
            "SELECT status, added, updated, rejected FROM roster_upload");
        Assert.That(upload, Is.EqualTo(("completed", 3, 0, 8)));
        var audit = await db.QuerySingleAsync<string>("SELECT details FROM audit_log WHERE action = 'roster.upload'");
        Assert.That(audit, Does.Contain("\"added\":3").And.Contain("\"rejected\":8"));
        Assert.That(audit, Does.Not.Contain(id[0]).And.Not.Contain("张三"));
    }

    [Test]
    public async Task Re_uploading_updates_rows_instead_of_duplicating_them()
    {
        using var admin = await AdminAsync();
        var org = await CreateOrgAsync(admin, "市总工会");
        var first = await UploadOkAsync(admin, org, Roster(3));
        Assert.That((first.GetProperty("added").GetInt32(), first.GetProperty("updated").GetInt32()), Is.EqualTo((3, 0)));

        // n=0 renamed and n=1 again (2 updated), n=3 new (1 added)
        var csv = Header + $"新名字,{SeedIds.DistinctIdNumber(0)},,\r\n职工1,{SeedIds.DistinctIdNumber(1)},,\r\n职工3,{SeedIds.DistinctIdNumber(3)},,\r\n";
        var second = await UploadOkAsync(admin, org, csv);
        Assert.That((second.GetProperty("added").GetInt32(), second.GetProperty("updated").GetInt32()), Is.EqualTo((1, 2)));

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM roster_entry"), Is.EqualTo(4));
        var nameHash = await db.ExecuteScalarAsync<byte[]>("SELECT name_hash FROM roster_entry WHERE id_hash = @h",
            new { h = Seed.Pii.IdNumberIndex(SeedIds.DistinctIdNumber(0)) });
        Assert.That(nameHash, Is.EqualTo(Seed.Pii.NameIndex("新名字")));

        // the same person may also be on another organisation's roster
        var other = await CreateOrgAsync(admin, "另一工会");
        var third = await UploadOkAsync(admin, other, Roster(1));
        Assert.That(third.GetProperty("added").GetInt32(), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM roster_entry"), Is.EqualTo(5));
    }

    [Test]
    public async Task A_roster_over_1_MiB_is_accepted_and_counted_exactly_across_batches()
    {
        using var admin = await AdminAsync();
        var org = await CreateOrgAsync(admin, "市总工会");
        var code = SeedIds.CreditCodeFor(9);
        await CreateEnterpriseAsync(admin, org, code);
        const int rows = 20_000;
        var csv = Roster(rows, creditCode: code);
        Assert.That(Encoding.UTF8.GetByteCount(csv), Is.GreaterThan(1024 * 1024));

        var first = await UploadOkAsync(admin, org, csv);
        Assert.That((first.GetProperty("added").GetInt32(), first.GetProperty("updated").GetInt32(), first.GetProperty("rejectedTotal").GetInt32()),
            Is.EqualTo((rows, 0, 0)));
        var again = await UploadOkAsync(admin, org, csv);
        Assert.That((again.GetProperty("added").GetInt32(), again.GetProperty("updated").GetInt32()), Is.EqualTo((0, rows)));

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM roster_entry WHERE org_id = @org AND enterprise_id IS NOT NULL", new { org }),
            Is.EqualTo(rows));
    }

    [Test]
    public async Task Parallel_uploads_of_one_roster_count_each_person_added_once()
    {
        using var admin = await AdminAsync();
        var org = await CreateOrgAsync(admin, "市总工会");
        const int rows = 2_000;
        var csv = Roster(rows);
        var clients = Enumerable.Range(0, 3).Select(_ => WithToken(admin.DefaultRequestHeaders.Authorization!.Parameter!)).ToList();
        var answers = await Task.WhenAll(clients.Select(c => UploadOkAsync(c, org, csv)));

        Assert.That(answers.Sum(a => a.GetProperty("added").GetInt32()), Is.EqualTo(rows), "each person is added by exactly one upload");
        Assert.That(answers.Sum(a => a.GetProperty("updated").GetInt32()), Is.EqualTo(rows * 2), "and updated by the others");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM roster_entry"), Is.EqualTo(rows));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT SUM(added) FROM roster_upload WHERE status = 'completed'"), Is.EqualTo(rows));
        clients.ForEach(c => c.Dispose());
    }

    [Test]
    public async Task The_rejected_list_is_capped_but_the_total_is_exact()
    {
        using var admin = await AdminAsync();
        var org = await CreateOrgAsync(admin, "市总工会");
        var csv = new StringBuilder(Header);
        for (var i = 0; i < UploadRoster.MaxReportedRejections + 50; i++)
        {
            csv.Append("某人,123,,\r\n");
        }

        var body = await UploadOkAsync(admin, org, csv.ToString());
        Assert.That(body.GetProperty("rejectedTotal").GetInt32(), Is.EqualTo(UploadRoster.MaxReportedRejections + 50));
        Assert.That(body.GetProperty("rejected").GetArrayLength(), Is.EqualTo(UploadRoster.MaxReportedRejections));
        Assert.That(body.GetProperty("added").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task A_bad_header_or_media_type_writes_nothing()
    {
        using var admin = await AdminAsync();
        var org = await CreateOrgAsync(admin, "市总工会");
        await Problem.ExpectAsync(await UploadAsync(admin, org, "名字,身份证\r\n张三,1\r\n"), 422, "roster.invalid_header");
        await Problem.ExpectAsync(await UploadAsync(admin, org, ""), 422, "roster.empty");
        var json = await admin.PostAsJsonAsync($"/api/v1/admin/orgs/{org}/roster", new { name = "x" });
        await Problem.ExpectAsync(json, 415, "request.unsupported_media_type");
        await Problem.ExpectAsync(await UploadAsync(admin, "999999", Roster(1)), 404, "not_found");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM roster_entry"), Is.Zero);
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM roster_upload"), Is.Zero);
    }

    [Test]
    public async Task Columns_may_come_in_any_order_and_optional_ones_may_be_missing()
    {
        using var admin = await AdminAsync();
        var org = await CreateOrgAsync(admin, "市总工会");
        var body = await UploadOkAsync(admin, org, $"IDNUMBER,Name\n{SeedIds.DistinctIdNumber(5)},张三\n");
        Assert.That(body.GetProperty("added").GetInt32(), Is.EqualTo(1));
    }

    /// <summary>A request body that delivers some bytes and then fails, as when the client's connection drops.</summary>
    private sealed class DroppingStream(byte[] prefix) : Stream
    {
        private int _pos;

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_pos >= prefix.Length)
            {
                throw new IOException("connection dropped (test)");
            }

            var n = Math.Min(count, prefix.Length - _pos);
            Array.Copy(prefix, _pos, buffer, offset, n);
            _pos += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _pos; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Test]
    public async Task An_upload_cut_off_mid_way_keeps_exactly_the_committed_batches_and_says_so()
    {
        using var admin = await AdminAsync();
        var org = await CreateOrgAsync(admin, "市总工会");
        const int sent = 1_200; // two full batches and part of a third, then the connection drops
        const int committed = sent / UploadRoster.BatchSize * UploadRoster.BatchSize;

        // The handler itself, fed a body that fails mid-way (the in-process test server cannot drop a connection
        // at a chosen byte), as a super_admin.
        using var scope = Api.Services.CreateScope();
        var services = scope.ServiceProvider;
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.ContentType = "text/csv";
        http.Request.Body = new DroppingStream(Encoding.UTF8.GetBytes(Roster(sent)));
        http.User = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim("sub", "1"), new Claim("kind", "staff"), new Claim("role", "super_admin")], "test", "sub", "role"));
        var result = await UploadRoster.Handle(org, http, services.GetRequiredService<MySqlDataSource>(),
            services.GetRequiredService<UnionHub.Api.Platform.Transactions>(), Seed.Pii,
            services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILoggerFactory>(), CancellationToken.None);

        var problem = (ProblemHttpResult)result.Result;
        Assert.That(problem.StatusCode, Is.EqualTo(400));
        Assert.That(problem.ProblemDetails.Extensions["code"], Is.EqualTo("roster.upload_interrupted"));
        Assert.That(problem.ProblemDetails.Extensions["added"], Is.EqualTo(committed), "the answer counts exactly the committed rows");
        var uploadId = (string)problem.ProblemDetails.Extensions["uploadId"]!;

        await using var db = await DbAsync();
        var upload = await db.QuerySingleAsync<(string Status, int Added, int Updated)>("SELECT status, added, updated FROM roster_upload");
        Assert.That(upload, Is.EqualTo(("aborted", committed, 0)));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM roster_entry WHERE org_id = @org", new { org }), Is.EqualTo(committed));
        var audit = await db.QuerySingleAsync<string>("SELECT details FROM audit_log WHERE action = 'roster.upload'");
        Assert.That(audit, Does.Contain($"\"added\":{committed}").And.Contain("\"status\":\"aborted\""));

        var status = await (await admin.GetAsync($"/api/v1/admin/roster-uploads/{uploadId}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(status.GetProperty("status").GetString(), Is.EqualTo("aborted"));
        Assert.That(status.GetProperty("added").GetInt32(), Is.EqualTo(committed));
    }
}
