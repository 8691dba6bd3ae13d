using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using static UnionHub.IntegrationTests.Features.Members.MembersTestData;

namespace UnionHub.IntegrationTests.Features.Members;

public sealed class RealNameTests : ApiTest
{
    private const string Name = "王小明";
    private const string Phone = "13812345678";
    private static readonly string Id = SeedIds.DistinctIdNumber(4242);
    private static readonly string EnterpriseCode = SeedIds.CreditCodeFor(77);

    /// <summary>An org whose roster (uploaded through the API) lists 王小明 with <see cref="Id"/>.</summary>
    private static async Task<string> RosterWithWangAsync()
    {
        using var admin = await AdminAsync();
        var org = await CreateOrgAsync(admin, "市机械工会");
        await CreateEnterpriseAsync(admin, org, EnterpriseCode);
        var body = await UploadOkAsync(admin, org, Header + $"{Name},{Id},{EnterpriseCode},{Phone}\r\n" + $"李四,{SeedIds.DistinctIdNumber(1)},,\r\n");
        Assert.That(body.GetProperty("added").GetInt32(), Is.EqualTo(2));
        return org;
    }

    private static Task<HttpResponseMessage> VerifyAsync(HttpClient client, string name, string idNumber) =>
        client.PostAsJsonAsync("/api/v1/me/real-name", new { name, idNumber });

    [Test]
    public async Task A_member_on_a_roster_verifies_and_sees_only_masked_data()
    {
        var org = await RosterWithWangAsync();
        var memberId = await Seed.UnverifiedMemberAsync();
        using var member = WithToken(MemberToken(memberId));

        var before = await (await member.GetAsync("/api/v1/me")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(before.GetProperty("realName").GetProperty("status").GetString(), Is.EqualTo("unverified"));
        Assert.That(before.GetProperty("phoneMasked").GetString(), Does.Match(@"^137\*{4}\d{4}$"));

        var response = await VerifyAsync(member, $" {Name} ", Id.ToLowerInvariant());
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), text);
        Assert.That(text, Does.Not.Contain(Id).And.Not.Contain(Name));
        var body = JsonDocument.Parse(text).RootElement;
        Assert.That(body.GetProperty("id").GetString(), Is.EqualTo(memberId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var realName = body.GetProperty("realName");
        Assert.That(realName.GetProperty("status").GetString(), Is.EqualTo("verified"));
        Assert.That(realName.GetProperty("nameMasked").GetString(), Is.EqualTo("王*明"));
        Assert.That(realName.GetProperty("idNumberMasked").GetString(), Is.EqualTo(Id[..6] + "********" + Id[^4..]));
        Assert.That(realName.GetProperty("orgId").GetString(), Is.EqualTo(org));
        Assert.That(realName.GetProperty("orgName").GetString(), Is.EqualTo("市机械工会"));
        Assert.That(realName.GetProperty("memberCardNo").GetString(), Does.Match("^UH[0-9]{16}$"));

        var me = await (await member.GetAsync("/api/v1/me")).Content.ReadAsStringAsync();
        Assert.That(JsonDocument.Parse(me).RootElement.GetProperty("realName").GetRawText(), Is.EqualTo(realName.GetRawText()));

        await using var db = await DbAsync();
        var row = await db.QuerySingleAsync<(long? OrgId, DateTime? VerifiedAt, byte[] IdHash, long? EnterpriseId)>(
            "SELECT org_id, verified_at, id_hash, enterprise_id FROM member WHERE id = @memberId", new { memberId });
        Assert.That(row.EnterpriseId, Is.EqualTo(await db.ExecuteScalarAsync<long>("SELECT id FROM enterprise WHERE credit_code = @EnterpriseCode",
            new { EnterpriseCode })), "the enterprise comes from the roster row");
        Assert.That(row.OrgId?.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(org));
        Assert.That(row.VerifiedAt, Is.Not.Null);
        Assert.That(row.IdHash, Is.EqualTo(Seed.Pii.IdNumberIndex(Id)));
    }

    [Test]
    public async Task Verification_tags_a_woman_from_the_ID_numbers_17th_digit_and_stores_no_plain_number()
    {
        using var admin = await AdminAsync();
        var org = await CreateOrgAsync(admin, "市纺织工会");
        var woman = SeedIds.DistinctIdNumber(7_000_246); // sequence 246: the 17th digit 6 is even
        var man = SeedIds.DistinctIdNumber(7_000_247);   // 7: odd
        Assert.That((woman[16], man[16]), Is.EqualTo(('6', '7')));
        await UploadOkAsync(admin, org, Header + $"李芳,{woman},,\r\n" + $"张伟,{man},,\r\n");
        var her = await Seed.UnverifiedMemberAsync();
        var him = await Seed.UnverifiedMemberAsync();
        using (var client = WithToken(MemberToken(her)))
        {
            Assert.That((int)(await VerifyAsync(client, "李芳", woman)).StatusCode, Is.EqualTo(200));
            var tags = await JsonAsync(await client.GetAsync("/api/v1/me/tags"), 200);
            Assert.That(tags.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("label").GetString()), Is.EqualTo(new[] { "女职工" }));
        }

        using (var client = WithToken(MemberToken(him)))
        {
            Assert.That((int)(await VerifyAsync(client, "张伟", man)).StatusCode, Is.EqualTo(200));
        }

        await using var db = await DbAsync();
        var rows = (await db.QueryAsync<(long MemberId, string Tag, string Source)>(
            "SELECT member_id, tag, source FROM member_tag WHERE member_id IN @ids", new { ids = new[] { her, him } })).ToList();
        Assert.That(rows, Is.EqualTo(new[] { (her, "woman", "realname") }));
    }

    [Test]
    public async Task An_invalid_ID_number_is_422_with_the_reason()
    {
        await RosterWithWangAsync();
        using var member = WithToken(MemberToken(await Seed.UnverifiedMemberAsync()));
        var wrongCheck = Id[..17] + (Id[17] == '0' ? '1' : '0');
        var p = await Problem.ExpectAsync(await VerifyAsync(member, Name, wrongCheck), 422, "realname.invalid_id");
        Assert.That(p.Raw.GetProperty("errors").GetProperty("idNumber")[0].GetString(), Is.EqualTo("has a wrong check character"));
        await Problem.ExpectAsync(await VerifyAsync(member, Name, "abc"), 422, "realname.invalid_id");
        await Problem.ExpectAsync(await VerifyAsync(member, "", Id), 422, "validation.failed");
    }

    [Test]
    public async Task Someone_not_on_any_roster_or_with_the_wrong_name_is_not_verified()
    {
        await RosterWithWangAsync();
        var memberId = await Seed.UnverifiedMemberAsync();
        using var member = WithToken(MemberToken(memberId));
        await Problem.ExpectAsync(await VerifyAsync(member, Name, SeedIds.DistinctIdNumber(9999)), 422, "realname.not_in_roster");
        await Problem.ExpectAsync(await VerifyAsync(member, "王大明", Id), 422, "realname.not_in_roster");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member WHERE verified_at IS NOT NULL"), Is.Zero);
    }

    [Test]
    public async Task A_verified_member_cannot_verify_again()
    {
        await RosterWithWangAsync();
        using var member = WithToken(MemberToken(await Seed.UnverifiedMemberAsync()));
        Assert.That((int)(await VerifyAsync(member, Name, Id)).StatusCode, Is.EqualTo(200));
        await Problem.ExpectAsync(await VerifyAsync(member, Name, Id), 409, "realname.already_verified");
        await Problem.ExpectAsync(await VerifyAsync(member, "李四", SeedIds.DistinctIdNumber(1)), 409, "realname.already_verified");
    }

    [Test]
    public async Task Twelve_accounts_binding_one_ID_at_once_one_wins_and_eleven_are_refused()
    {
        await RosterWithWangAsync();
        var members = new List<long>();
        for (var i = 0; i < 12; i++)
        {
            members.Add(await Seed.UnverifiedMemberAsync());
        }

        var clients = members.Select(m => WithToken(MemberToken(m))).ToList();
        var responses = await Task.WhenAll(clients.Select(c => VerifyAsync(c, Name, Id)));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(1),
            string.Join("\n", responses.Select(r => $"{(int)r.StatusCode} {r.Content.ReadAsStringAsync().Result}")));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await Problem.ExpectAsync(refused, 409, "realname.id_already_bound");
        }

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member WHERE id_hash = @h", new { h = Seed.Pii.IdNumberIndex(Id) }),
            Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member WHERE verified_at IS NOT NULL"), Is.EqualTo(1));
        clients.ForEach(c => c.Dispose());
    }

    [Test]
    public async Task Five_tries_a_day_then_429_with_Retry_After()
    {
        await RosterWithWangAsync();
        var memberId = await Seed.UnverifiedMemberAsync();
        using var member = WithToken(MemberToken(memberId));
        for (var i = 0; i < 5; i++)
        {
            await Problem.ExpectAsync(await VerifyAsync(member, "王大明", Id), 422, "realname.not_in_roster");
        }

        var sixth = await VerifyAsync(member, Name, Id);
        await Problem.ExpectAsync(sixth, 429, "rate_limited");
        Assert.That(sixth.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromDays(1)));

        Api.Clock.Advance(TimeSpan.FromDays(1));
        using var nextDay = WithToken(MemberToken(memberId)); // yesterday's access token has expired by now
        Assert.That((int)(await VerifyAsync(nextDay, Name, Id)).StatusCode, Is.EqualTo(200), "the next day's tries are allowed");
    }

    [Test]
    public async Task The_database_holds_no_plain_name_ID_number_or_phone()
    {
        await RosterWithWangAsync();
        using var member = WithToken(MemberToken(await Seed.UnverifiedMemberAsync()));
        Assert.That((int)(await VerifyAsync(member, Name, Id)).StatusCode, Is.EqualTo(200));

        var needles = new[] { Name, Id, Phone, "李四", SeedIds.DistinctIdNumber(1) };
        var hexNeedles = needles.Select(n => Convert.ToHexString(Encoding.UTF8.GetBytes(n))).ToArray();
        await using var db = await DbAsync();
        var checkedCells = 0;
        foreach (var table in new[] { "roster_entry", "member", "roster_upload", "audit_log", "rate_counter" })
        {
            await using var cmd = db.CreateCommand();
            cmd.CommandText = $"SELECT * FROM {table}";
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var c = 0; c < reader.FieldCount; c++)
                {
                    if (reader.IsDBNull(c))
                    {
                        continue;
                    }

                    var value = reader.GetValue(c);
                    var asText = value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;
                    var asHex = value is byte[] b ? Convert.ToHexString(b) : Convert.ToHexString(Encoding.UTF8.GetBytes(asText));
                    foreach (var needle in needles)
                    {
                        Assert.That(asText, Does.Not.Contain(needle), $"{table}.{reader.GetName(c)} holds a plain value");
                    }

                    foreach (var hex in hexNeedles)
                    {
                        Assert.That(asHex, Does.Not.Contain(hex).IgnoreCase, $"{table}.{reader.GetName(c)} holds a plain value");
                        Assert.That(asText, Does.Not.Contain(hex).IgnoreCase, $"{table}.{reader.GetName(c)} holds a plain value as hex text");
                    }

                    checkedCells++;
                }
            }
        }

        Assert.That(checkedCells, Is.GreaterThan(20));
    }
}
