using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Dapper;
using UnionHub.IntegrationTests.Features.Identity;

namespace UnionHub.IntegrationTests.Features.Privacy;

/// <summary>A member with known personal data, and the perks and funds they take part in, for the personal-data-rights tests.</summary>
public abstract class PrivacyTest : MemberAuthTest
{
    protected sealed record Person(long Id, string Phone, string Name, string IdNumber);

    private static int _sequence;

    protected static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 7, 7, 7];

    /// <summary>A verified member whose phone, name and ID number the test knows.</summary>
    protected static async Task<Person> PersonAsync(long orgId, string name)
    {
        var n = Interlocked.Increment(ref _sequence);
        var phone = $"1590000{n:D4}";
        var idNumber = SeedIds.DistinctIdNumber(9_000_000 + n);
        await using var db = await DbAsync();
        var id = await db.ExecuteScalarAsync<long>("""
            INSERT INTO member (phone_hash, phone_enc, id_hash, id_enc, name_enc, org_id, member_card_no, verified_at, created_at)
            VALUES (@PhoneHash, @PhoneEnc, @IdHash, @IdEnc, @NameEnc, @OrgId, @Card, @Now, @Now);
            SELECT LAST_INSERT_ID();
            """, new
        {
            PhoneHash = Seed.Pii.PhoneIndex(phone),
            PhoneEnc = Seed.Pii.Encrypt(phone),
            IdHash = Seed.Pii.IdNumberIndex(idNumber),
            IdEnc = Seed.Pii.Encrypt(idNumber),
            NameEnc = Seed.Pii.Encrypt(name),
            OrgId = orgId,
            Card = $"P{n:D10}",
            Now = Api.Clock.GetUtcNow().UtcDateTime,
        });
        return new Person(id, phone, name, idNumber);
    }

    protected static async Task BindWeChatAsync(long memberId, string openId)
    {
        await using var db = await DbAsync();
        await db.ExecuteAsync(
            "INSERT INTO member_wechat (app_id, open_id, union_id, member_id, created_at) VALUES ('wx-test-app', @openId, @unionId, @memberId, @now)",
            new { openId, unionId = "u-" + openId, memberId, now = Api.Clock.GetUtcNow().UtcDateTime });
    }

    protected static async Task<string> CreatePerkAsync()
    {
        using var admin = await AdminAsync();
        var now = Api.Clock.GetUtcNow();
        var response = await admin.PostAsJsonAsync("/api/v1/admin/perks", new
        {
            kind = "voucher",
            title = "夏日清凉券",
            description = "privacy test",
            stock = 100,
            perMemberLimit = 1,
            startsAt = now.AddMinutes(-1),
            endsAt = now.AddDays(1),
            faceValueFen = 2000L,
            merchantIds = new[] { "7" },
            eligibility = new { },
        });
        return (await JsonAsync(response, 201)).GetProperty("id").GetString()!;
    }

    /// <summary>Claims the perk for the member; returns (voucherId, code).</summary>
    protected static async Task<(string Id, string Code)> ClaimAsync(string perkId, long memberId)
    {
        using var client = WithToken(MemberToken(memberId));
        var body = await JsonAsync(await client.PostAsync($"/api/v1/perks/{perkId}/claims", null), 201);
        var voucher = body.GetProperty("voucher");
        return (voucher.GetProperty("id").GetString()!, voucher.GetProperty("code").GetString()!);
    }

    protected static async Task<string> CreateFundAsync(HttpClient reviewer)
    {
        var response = await reviewer.PostAsJsonAsync("/api/v1/admin/funds", new
        {
            name = "2026 年困难职工帮扶", kind = "hardship", year = 2026, budgetFen = 1_000_000L, maxGrantFen = 300_000L,
        });
        return (await JsonAsync(response, 201)).GetProperty("id").GetString()!;
    }

    /// <summary>Applies (with an idempotency key, so a stored answer exists) and uploads one evidence file; returns the application id.</summary>
    protected static async Task<string> ApplyAsync(long memberId, string fundId, string reason, string contactPhone)
    {
        using var client = WithToken(MemberToken(memberId));
        var applied = await PostKeyedAsync(client, "/api/v1/fund-applications",
            new { fundId, category = "major_illness", requestedFen = 200_000L, reason, contactPhone }, "apply-" + Guid.NewGuid().ToString("N"));
        var id = (await JsonAsync(applied, 201)).GetProperty("id").GetString()!;
        var file = new ByteArrayContent(Png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        await JsonAsync(await client.PostAsync($"/api/v1/me/fund-applications/{id}/evidence", file), 201);
        return id;
    }

    protected static async Task ApproveAsync(HttpClient reviewer, string fundId, string applicationId, long grantedFen)
    {
        var response = await reviewer.PostAsJsonAsync("/api/v1/admin/review-meetings", new
        {
            fundId,
            heldAt = new DateTimeOffset(2026, 11, 20, 14, 0, 0, TimeSpan.FromHours(8)),
            minutes = "第 3 次帮扶评审会",
            decisions = new[] { new { applicationId, decision = "approve", grantedFen = (long?)grantedFen, note = "符合条件" } },
        });
        await JsonAsync(response, 201);
    }

    /// <summary>One staff user proposes, another confirms: the payment is made.</summary>
    protected static async Task PayAsync(HttpClient proposer, HttpClient confirmer, string applicationId, long amountFen)
    {
        var proposed = await JsonAsync(await proposer.PostAsJsonAsync($"/api/v1/admin/fund-applications/{applicationId}/disbursements",
            new { amountFen, reference = "BANK-" + Guid.NewGuid().ToString("N")[..8] }), 201);
        await JsonAsync(await confirmer.PostAsync($"/api/v1/admin/disbursements/{proposed.GetProperty("id").GetString()}/confirm", null), 200);
    }

    protected static HttpRequestMessage DeleteRequest(string accessToken, string? confirm = "DELETE")
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        if (confirm is not null)
        {
            request.Content = JsonContent.Create(new { confirm });
        }

        return request;
    }

    /// <summary>Every column of every row of the tables, as text and as hex, in one string.</summary>
    protected static async Task<string> DumpAsync(params string[] tables)
    {
        await using var db = await DbAsync();
        var all = new StringBuilder();
        foreach (var table in tables)
        {
            var columns = (await db.QueryAsync<(string Name, string Type)>("""
                SELECT column_name, data_type FROM information_schema.columns
                WHERE table_schema = DATABASE() AND table_name = @table ORDER BY ordinal_position
                """, new { table })).ToList();
            Assert.That(columns, Is.Not.Empty, table);
            // text columns as text and hex; binary columns as hex (their bytes as such are searched via the hex of the value)
            var parts = string.Join(", ", columns.Select(c => c.Type.Contains("binary", StringComparison.OrdinalIgnoreCase)
                    || c.Type.Contains("blob", StringComparison.OrdinalIgnoreCase)
                ? $"COALESCE(HEX(`{c.Name}`), ''), '|'"
                : $"COALESCE(CAST(`{c.Name}` AS CHAR CHARACTER SET utf8mb4), ''), '|', COALESCE(HEX(`{c.Name}`), ''), '|'"));
            foreach (var row in await db.QueryAsync<string>($"SELECT CONCAT({parts}) FROM `{table}`"))
            {
                all.Append(table).Append(':').Append(row).Append('\n');
            }
        }

        return all.ToString();
    }

    protected static string Hex(string s) => Convert.ToHexString(Encoding.UTF8.GetBytes(s));
}
