using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using MySqlConnector;
using UnionHub.Api.Features.Identity;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Demo;

/// <summary>Settings of the demo federation (section <c>Seed</c>); see <see cref="DemoSeedHost"/>.</summary>
public sealed class DemoSeedOptions
{
    public const string Section = "Seed";

    /// <summary>Seed the demo federation at start-up (Development only; <c>./dev run</c> turns it on, <c>./dev run --empty</c> off).</summary>
    public bool Demo { get; set; }

    /// <summary>The password of every demo staff account.</summary>
    public string? Password { get; set; }
}

/// <summary>What the demo holds, for the start-up banner.</summary>
public sealed record DemoSummary(
    IReadOnlyList<DemoSummary.Staff> StaffUsers,
    IReadOnlyList<DemoSummary.Member> Members,
    IReadOnlyList<DemoSummary.Perk> Perks,
    string? NewApiKey,
    bool CreatedNow)
{
    public sealed record Staff(string Username, string Role, string Scope);

    /// <param name="Verified">false: the person logs in, then verifies with <paramref name="Name"/> and <paramref name="IdNumber"/>.</param>
    public sealed record Member(string Name, string Phone, string IdNumber, bool Verified, string Story);

    public sealed record Perk(string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Stock, int Claimed);
}

/// <summary>
/// Seeds a small demo federation on an empty database: organisations, enterprises, a roster, members, perks in every
/// state, a merchant with a cashier and an API key, a fund with applications in review, a hardship round with a
/// declaration, legal aid cases and a staff account for each role.
/// <para>
/// Every write goes through the API's own endpoints (over <c>HttpClient</c>), as staff and members would make it: the
/// same validation, transactions, encryption and blind indexes of personal data, audit rows and claim engine. The one
/// step that is not an HTTP call is a member's login: the seeder signs demo members in the way a correct SMS code
/// does (<see cref="SmsLogin.FindOrCreateAsync"/> and <see cref="Sessions"/>), so no SMS limit is spent on them and a
/// person can ask for a code for any demo phone right away. Reads (is it there already?) are plain SELECTs.
/// </para>
/// <para>
/// Idempotent: every step looks for what it would create first, so a second start adds nothing and a start that was
/// cut off half-way completes the demo. It seeds only a database without organisations, or one that holds the demo.
/// </para>
/// </summary>
public sealed class DemoSeed(MySqlDataSource db, PiiProtector pii, Sessions sessions, TimeProvider clock, ILogger<DemoSeed> logger)
{
    public const string RootOrg = "示范市总工会";
    public const string MerchantName = "惠民超市（示范店）";
    public const string FundName = "困难职工帮扶基金（示范）";
    public const string RoundTitle = "困难职工送温暖（示范）";
    public const string ApiKeyName = "收银系统对接（示范）";

    /// <summary>The perks, one in each state a member meets (titles are their keys).</summary>
    public static class Perks
    {
        public const string Live = "会员专享 超市 50 元代金券";
        public const string OpensInAMinute = "端午粽子礼盒";
        public const string Upcoming = "职工健康体检套餐";
        public const string SoldOut = "防暑降温礼包";
        public const string Ended = "春节年货代金券";
    }

    private sealed record Person(string Name, string IdNumber, string Phone, int Enterprise, bool SignIn, string Story);

    private sealed record Company(string Name, string CreditCode, string District);

    // deterministic, valid identifiers: found again on the next start
    private static readonly Company[] Companies =
    [
        new("东城第一机床厂", Credit(1), "东城区总工会"),
        new("东城纺织有限公司", Credit(2), "东城区总工会"),
        new("西城快递物流有限公司", Credit(3), "西城区总工会"),
    ];

    private static readonly Person[] People =
    [
        new("王小明", Id("19880312", 1), "13800138001", 0, true, "已实名，可领取正在进行的福利"),
        new("李秀英", Id("19790621", 2), "13800138002", 0, true, "已领券并在超市核销；帮扶申请审核中；法律援助待受理"),
        new("张伟", Id("19850909", 3), "13800138003", 1, true, "帮扶申请审核中；法律援助已指派律师"),
        new("刘芳", Id("19720115", 4), "13800138004", 1, true, "困难职工档案在册，本轮帮扶申报待审核"),
        new("陈静", Id("19950728", 5), "13800138005", 2, false, "在花名册上但未实名：登录后用姓名和身份证号实名认证"),
    ];

    private sealed record StaffAccount(string Username, string Role, string Scope);

    private static readonly StaffAccount[] Staff =
    [
        new("demo.orgadmin", Roles.OrgAdmin, "东城区总工会"),
        new("demo.reviewer", Roles.Reviewer, "帮扶评审"),
        new("demo.cashier", Roles.MerchantStaff, MerchantName),
        new("demo.lawyer", Roles.Lawyer, "法律援助律师"),
        new("demo.contact", Roles.EnterpriseContact, Companies[0].Name),
    ];

    private const string LawyerLicence = "11101202010000001";

    /// <summary>
    /// Seeds (or completes) the demo through <paramref name="http"/>, the API's own address, signing in as the bootstrap
    /// <c>admin</c> with <paramref name="adminPassword"/>; the demo staff accounts get <paramref name="password"/>.
    /// Null when the database holds other data.
    /// </summary>
    public async Task<DemoSummary?> RunAsync(HttpClient http, string adminPassword, string password, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var root = await OrgAsync(conn, RootOrg, null, ct);
        if (root is null && await conn.ExecuteScalarAsync<bool>(new CommandDefinition("SELECT EXISTS (SELECT 1 FROM org)", cancellationToken: ct)))
        {
            logger.LogInformation("Demo seed skipped: the database already holds organisations");
            return null;
        }

        var createdNow = root is null;
        var api = new Api(http);
        var admin = new Caller(c => api.StaffLoginAsync(BootstrapAdmin.AdminUsername, adminPassword, c));
        var now = clock.GetUtcNow();

        // organisations and enterprises
        var city = root ?? await api.IdAsync(HttpMethod.Post, "/api/v1/admin/orgs", admin, new { name = RootOrg }, ct);
        var orgs = new Dictionary<string, long>(StringComparer.Ordinal) { [RootOrg] = city };
        foreach (var district in new[] { "东城区总工会", "西城区总工会" })
        {
            orgs[district] = await OrgAsync(conn, district, city, ct)
                ?? await api.IdAsync(HttpMethod.Post, "/api/v1/admin/orgs", admin, new { name = district, parentId = city.Text() }, ct);
        }

        const string grassroots = "东城第一机床厂工会";
        orgs[grassroots] = await OrgAsync(conn, grassroots, orgs["东城区总工会"], ct)
            ?? await api.IdAsync(HttpMethod.Post, "/api/v1/admin/orgs", admin, new { name = grassroots, parentId = orgs["东城区总工会"].Text() }, ct);

        var companies = new List<long>();
        foreach (var c in Companies)
        {
            companies.Add(await IdAsync(conn, "SELECT id FROM enterprise WHERE credit_code = @CreditCode", new { c.CreditCode }, ct)
                ?? await api.IdAsync(HttpMethod.Post, "/api/v1/admin/enterprises", admin,
                    new { name = c.Name, creditCode = c.CreditCode, orgId = orgs[c.District].Text() }, ct));
        }

        // the rosters (one upload per district, only when someone is missing from it)
        foreach (var group in People.GroupBy(p => Companies[p.Enterprise].District))
        {
            var orgId = orgs[group.Key];
            var hashes = group.Select(p => pii.IdNumberIndex(p.IdNumber)).ToArray();
            var listed = await conn.ExecuteScalarAsync<int>(new CommandDefinition(
                "SELECT COUNT(*) FROM roster_entry WHERE org_id = @orgId AND id_hash IN @hashes", new { orgId, hashes }, cancellationToken: ct));
            if (listed < hashes.Length)
            {
                var csv = new StringBuilder("name,idNumber,enterpriseCreditCode,phone\n");
                foreach (var p in group)
                {
                    csv.Append(CultureInfo.InvariantCulture, $"{p.Name},{p.IdNumber},{Companies[p.Enterprise].CreditCode},{p.Phone}\n");
                }

                await api.SendAsync(HttpMethod.Post, $"/api/v1/admin/orgs/{orgId.Text()}/roster", admin, csv.ToString(), ct);
            }
        }

        // the merchant, its cashier and an API key for its till system
        var merchant = await IdAsync(conn, "SELECT id FROM merchant WHERE credit_code = @code", new { code = Credit(11) }, ct)
            ?? await api.IdAsync(HttpMethod.Post, "/api/v1/admin/merchants", admin, new { name = MerchantName, creditCode = Credit(11) }, ct);
        string? newKey = null;
        if (await IdAsync(conn, "SELECT id FROM merchant_api_key WHERE merchant_id = @merchant AND name = @ApiKeyName AND revoked_at IS NULL",
                new { merchant, ApiKeyName }, ct) is null)
        {
            var key = await api.SendAsync(HttpMethod.Post, $"/api/v1/admin/merchants/{merchant.Text()}/api-keys", admin, new { name = ApiKeyName }, ct);
            newKey = key.GetProperty("apiKey").GetString();
        }

        // a staff account for each role
        var staffIds = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var s in Staff)
        {
            staffIds[s.Username] = await IdAsync(conn, "SELECT id FROM staff_user WHERE username = @Username", new { s.Username }, ct)
                ?? await api.IdAsync(HttpMethod.Post, "/api/v1/admin/users", admin, new
                {
                    username = s.Username, password, role = s.Role,
                    orgId = s.Role == Roles.OrgAdmin ? orgs["东城区总工会"].Text() : null,
                    merchantId = s.Role == Roles.MerchantStaff ? merchant.Text() : null,
                    enterpriseId = s.Role == Roles.EnterpriseContact ? companies[0].Text() : null,
                }, ct);
        }

        // perks, one in each state: ended, sold out, upcoming, opening a minute after this first start, live (the member app
        // lists the newest first)
        var perkIds = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (title, kind, stock, face, starts, ends) in new (string, string, int, long?, TimeSpan, TimeSpan)[]
                 {
                     (Perks.Ended, "voucher", 100, 10000, TimeSpan.FromDays(-40), TimeSpan.FromDays(-10)),
                     (Perks.SoldOut, "goods", 2, null, TimeSpan.FromHours(-2), TimeSpan.FromDays(14)),
                     (Perks.Upcoming, "voucher", 50, 30000, TimeSpan.FromDays(3), TimeSpan.FromDays(10)),
                     (Perks.OpensInAMinute, "goods", 100, null, TimeSpan.FromMinutes(1), TimeSpan.FromDays(7)),
                     (Perks.Live, "voucher", 200, 5000, TimeSpan.FromHours(-1), TimeSpan.FromDays(30)),
                 })
        {
            perkIds[title] = await IdAsync(conn, "SELECT id FROM perk WHERE title = @title", new { title }, ct)
                ?? await api.IdAsync(HttpMethod.Post, "/api/v1/admin/perks", admin, new
                {
                    kind, title, stock, perMemberLimit = 1, faceValueFen = face, startsAt = now + starts, endsAt = now + ends, validDays = 30,
                    description = kind == "voucher" ? $"在{MerchantName}消费满 100 元可用，出示券码由收银员核销" : $"凭券到{MerchantName}服务台领取",
                    merchantIds = new[] { merchant.Text() },
                }, ct);
        }

        // members: signed in as a correct SMS code would, verified against the roster through the API
        var members = new List<(Person Person, long Id, Caller Caller)>();
        foreach (var p in People.Where(p => p.SignIn))
        {
            var member = await SmsLogin.FindOrCreateAsync(conn, pii, p.Phone, clock.GetUtcNow(), ct);
            var caller = new Caller(async c => (await sessions.ForMemberAsync(conn, null, member, null, clock.GetUtcNow(), c)).AccessToken);
            if (member.VerifiedAt is null)
            {
                await api.SendAsync(HttpMethod.Post, "/api/v1/me/real-name", caller, new { name = p.Name, idNumber = p.IdNumber }, ct);
            }

            members.Add((p, member.Id, caller));
        }

        var (xiuying, wei, fang) = (members[1], members[2], members[3]);

        // claims: the sold-out perk goes to two members; one voucher of the live perk is redeemed at the merchant
        foreach (var (perk, who) in new[] { (Perks.SoldOut, xiuying), (Perks.SoldOut, wei), (Perks.Live, xiuying) })
        {
            if (await IdAsync(conn, "SELECT id FROM voucher WHERE perk_id = @perk AND member_id = @member LIMIT 1",
                    new { perk = perkIds[perk], member = who.Id }, ct) is null)
            {
                await api.SendAsync(HttpMethod.Post, $"/api/v1/perks/{perkIds[perk].Text()}/claims", who.Caller, null, ct);
            }
        }

        var unused = await conn.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT code FROM voucher WHERE perk_id = @perk AND member_id = @member AND status = 'unused' LIMIT 1",
            new { perk = perkIds[Perks.Live], member = xiuying.Id }, cancellationToken: ct));
        if (unused is not null && await conn.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT NOT EXISTS (SELECT 1 FROM redemption WHERE merchant_id = @merchant)", new { merchant }, cancellationToken: ct)))
        {
            var cashier = new Caller(c => api.StaffLoginAsync(Staff[2].Username, password, c));
            await api.SendAsync(HttpMethod.Post, "/api/v1/merchant/redemptions", cashier, new { code = unused }, ct, idempotencyKey: $"demo-redeem-{unused}");
        }

        // a relief fund with two applications waiting for the review meeting
        var year = now.ToChina().Year;
        var fund = await IdAsync(conn, "SELECT id FROM fund WHERE name = @FundName", new { FundName }, ct)
            ?? await api.IdAsync(HttpMethod.Post, "/api/v1/admin/funds", admin, new
            {
                name = FundName, kind = "hardship", year, budgetFen = 20_000_000L, maxGrantFen = 500_000L,
                eligibilityNotes = "本市在职工会会员，因大病、意外或家庭变故导致生活困难的；需提供医院诊断证明或相关证明材料。",
            }, ct);
        foreach (var (who, category, fen, reason) in new[]
                 {
                     (xiuying, "major_illness", 300_000L, "爱人今年确诊重病住院，医药费自付部分约 4 万元，家庭收入难以负担。"),
                     (wei, "sudden_event", 200_000L, "家中老人突发疾病，本人所在车间停产两个月，收入骤减。"),
                 })
        {
            if (await IdAsync(conn, "SELECT id FROM fund_application WHERE fund_id = @fund AND member_id = @member", new { fund, member = who.Id }, ct) is null)
            {
                await api.SendAsync(HttpMethod.Post, "/api/v1/fund-applications", who.Caller, new
                {
                    fundId = fund.Text(), category, requestedFen = fen, reason, contactPhone = who.Person.Phone, draft = false,
                }, ct);
            }
        }

        // a hardship round of the 东城 district with a registered household's declaration awaiting the grassroots review
        if (await IdAsync(conn, "SELECT id FROM hardship_household WHERE open_key = @member", new { member = fang.Id }, ct) is null)
        {
            await api.SendAsync(HttpMethod.Post, "/api/v1/admin/hardship/households", admin, new
            {
                memberId = fang.Id.Text(), tier = "deep", reason = "major_illness", enteredOn = DateOnly.FromDateTime(now.ToChina().Date.AddDays(-60)),
                homeVisit = "入户走访：本人患慢性病长期服药，子女在读", incomeCheck = "家庭人均月收入低于当地最低工资标准",
            }, ct);
        }

        var round = await IdAsync(conn, "SELECT id FROM hardship_round WHERE title = @RoundTitle", new { RoundTitle }, ct)
            ?? await api.IdAsync(HttpMethod.Post, "/api/v1/admin/hardship/rounds", admin, new
            {
                orgId = orgs["东城区总工会"].Text(), title = RoundTitle, kind = "regular", fundId = fund.Text(),
                opensAt = now - TimeSpan.FromDays(1), closesAt = now + TimeSpan.FromDays(30),
                tiers = new[]
                {
                    new { tier = "deep", standardFen = 300_000L, capFen = 400_000L },
                    new { tier = "relative", standardFen = 150_000L, capFen = 200_000L },
                },
                packages = new[]
                {
                    new { name = "A 套餐", items = new[] { "大米 10kg", "食用油 5L" } },
                    new { name = "B 套餐", items = new[] { "棉被", "羽绒服" } },
                },
            }, ct);
        if (await IdAsync(conn, "SELECT id FROM hardship_declaration WHERE round_id = @round AND member_id = @member", new { round, member = fang.Id }, ct)
            is null)
        {
            await api.SendAsync(HttpMethod.Post, "/api/v1/hardship/declarations", fang.Caller, new { roundId = round.Text(), note = "今年老人住院，开支较大" }, ct);
        }

        // legal aid: a panel lawyer; one case waiting for acceptance, one accepted and assigned to the lawyer
        var lawyer = await IdAsync(conn, "SELECT id FROM legal_lawyer WHERE staff_user_id = @staff", new { staff = staffIds["demo.lawyer"] }, ct)
            ?? await api.IdAsync(HttpMethod.Post, "/api/v1/admin/legal-aid/lawyers", admin, new
            {
                staffUserId = staffIds["demo.lawyer"].Text(), name = "李明华", firm = "示范市维权律师事务所", licenceNo = LawyerLicence, phone = "13900139001",
            }, ct);
        foreach (var (who, type, assign, description) in new[]
                 {
                     (xiuying, "dismissal", false, "公司以经营困难为由口头辞退，未支付经济补偿。"),
                     (wei, "wage_arrears", true, "今年 3 月至 8 月工资共 3.5 万元未发放，多次讨要无果。"),
                 })
        {
            var caseId = await IdAsync(conn, "SELECT MIN(id) FROM legal_case WHERE member_id = @member", new { member = who.Id }, ct)
                ?? await api.IdAsync(HttpMethod.Post, "/api/v1/legal-aid/cases", who.Caller, new
                {
                    disputeType = type, enterpriseId = companies[who.Person.Enterprise].Text(), amountAtStakeFen = 3_500_000L, description, urgent = false,
                }, ct);
            if (!assign)
            {
                continue;
            }

            var status = await conn.ExecuteScalarAsync<string>(new CommandDefinition("SELECT status FROM legal_case WHERE id = @caseId",
                new { caseId }, cancellationToken: ct));
            if (status == "submitted")
            {
                await api.SendAsync(HttpMethod.Post, $"/api/v1/admin/legal-aid/cases/{caseId.Text()}/accept", admin, null, ct);
            }

            if (await IdAsync(conn, "SELECT lawyer_id FROM legal_case WHERE id = @caseId", new { caseId }, ct) is null)
            {
                await api.SendAsync(HttpMethod.Post, $"/api/v1/admin/legal-aid/cases/{caseId.Text()}/assignment", admin, new { lawyerId = lawyer.Text() }, ct);
            }
        }

        var perks = new List<DemoSummary.Perk>();
        foreach (var (title, id) in perkIds)
        {
            var row = await conn.QuerySingleAsync<(DateTime StartsAt, DateTime EndsAt, int Stock, int Claimed)>(new CommandDefinition(
                "SELECT starts_at, ends_at, stock, claimed FROM perk WHERE id = @id", new { id }, cancellationToken: ct));
            perks.Add(new DemoSummary.Perk(title, row.StartsAt.ToChina(), row.EndsAt.ToChina(), row.Stock, row.Claimed));
        }

        logger.LogInformation("Demo federation {Outcome}: {Orgs} organisations, {Members} members, {Perks} perks",
            createdNow ? "seeded" : "already seeded (checked and completed)", orgs.Count, People.Length, perks.Count);
        return new DemoSummary(
            [new DemoSummary.Staff(BootstrapAdmin.AdminUsername, Roles.SuperAdmin, "全部"), .. Staff.Select(s => new DemoSummary.Staff(s.Username, s.Role, s.Scope))],
            [.. People.Select(p => new DemoSummary.Member(p.Name, p.Phone, p.IdNumber, p.SignIn, p.Story))],
            perks, newKey, createdNow);
    }

    private static Task<long?> OrgAsync(MySqlConnection conn, string name, long? parent, CancellationToken ct) =>
        IdAsync(conn, "SELECT id FROM org WHERE name = @name AND parent_id <=> @parent", new { name, parent }, ct);

    private static Task<long?> IdAsync(MySqlConnection conn, string sql, object args, CancellationToken ct) =>
        conn.ExecuteScalarAsync<long?>(new CommandDefinition(sql, args, cancellationToken: ct));

    /// <summary>A valid unified social credit code (GB 32100), the same for the same n.</summary>
    private static string Credit(int n)
    {
        var first17 = $"91110101{n:D9}";
        return first17 + CreditCode.CheckCharacter(first17);
    }

    /// <summary>A valid resident ID number (GB 11643) of 北京市东城区, the same for the same birth date and n.</summary>
    private static string Id(string birth, int n)
    {
        var first17 = $"110101{birth}{n:D3}";
        return first17 + IdNumber.CheckCharacter(first17);
    }

    /// <summary>Who sends a request, signed in at its first request: a start that finds the demo complete signs nobody in.</summary>
    private sealed class Caller(Func<CancellationToken, Task<string>> signIn)
    {
        private Task<string>? _token;

        public Task<string> TokenAsync(CancellationToken ct) => _token ??= signIn(ct);
    }

    /// <summary>The API's own endpoints; any answer but a success stops the seeding with the problem it names.</summary>
    private sealed class Api(HttpClient http)
    {
        public async Task<string> StaffLoginAsync(string username, string password, CancellationToken ct) =>
            (await SendAsync(HttpMethod.Post, "/api/v1/admin/auth/login", null, new { username, password }, ct)).GetProperty("accessToken").GetString()!;

        public async Task<long> IdAsync(HttpMethod method, string path, Caller caller, object body, CancellationToken ct) =>
            long.Parse((await SendAsync(method, path, caller, body, ct)).GetProperty("id").GetString()!, CultureInfo.InvariantCulture);

        /// <param name="body">JSON (an object), a roster (a string, sent as text/csv) or nothing.</param>
        public async Task<JsonElement> SendAsync(HttpMethod method, string path, Caller? caller, object? body, CancellationToken ct,
            string? idempotencyKey = null)
        {
            using var request = new HttpRequestMessage(method, path)
            {
                Content = body switch
                {
                    null => null,
                    string csv => new StringContent(csv, Encoding.UTF8, "text/csv"),
                    _ => JsonContent.Create(body),
                },
            };
            if (caller is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await caller.TokenAsync(ct));
            }

            if (idempotencyKey is not null)
            {
                request.Headers.Add(IdempotencyGate.Header, idempotencyKey);
            }

            using var response = await http.SendAsync(request, ct);
            var text = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new DemoSeedException($"{method} {path} answered {(int)response.StatusCode}: {text}");
            }

            return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        }
    }
}

/// <summary>An endpoint refused a demo seeding step (the message holds the route, the status and the problem).</summary>
public sealed class DemoSeedException(string message) : Exception(message);
