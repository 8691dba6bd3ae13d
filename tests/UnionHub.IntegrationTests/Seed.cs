using Dapper;
using Microsoft.Extensions.DependencyInjection;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.IntegrationTests;

/// <summary>
/// Direct database seeding for tests of features that need organisations and verified members as a
/// given (perks, funds...). The identity flows themselves are tested through HTTP.
/// </summary>
public static class Seed
{
    private static int _sequence;

    public static PiiProtector Pii => TestRun.Api.Services.GetRequiredService<PiiProtector>();

    public static async Task<long> OrgAsync(string name = "市总工会", long? parentId = null)
    {
        await using var db = await DbConnection();
        var now = TestRun.Api.Clock.GetUtcNow().UtcDateTime;
        var parentPath = parentId is null ? "/" : await db.ExecuteScalarAsync<string>("SELECT path FROM org WHERE id=@parentId", new { parentId });
        var id = await db.ExecuteScalarAsync<long>(
            "INSERT INTO org (parent_id, name, path, depth, created_at) VALUES (@parentId, @name, '', 0, @now); SELECT LAST_INSERT_ID();",
            new { parentId, name, now });
        await db.ExecuteAsync("UPDATE org SET path=@path, depth=@depth WHERE id=@id",
            new { id, path = $"{parentPath}{id}/", depth = parentPath!.Count(c => c == '/') - 1 });
        return id;
    }

    /// <summary>An enterprise under the organisation, with a credit code unique in this test.</summary>
    public static async Task<long> EnterpriseAsync(long orgId, string name = "示例企业")
    {
        await using var db = await DbConnection();
        var now = TestRun.Api.Clock.GetUtcNow().UtcDateTime;
        var code = SeedIds.CreditCodeFor(Interlocked.Increment(ref _sequence) + 500_000_000L);
        return await db.ExecuteScalarAsync<long>(
            "INSERT INTO enterprise (org_id, name, credit_code, created_at) VALUES (@orgId, @name, @code, @now); SELECT LAST_INSERT_ID();",
            new { orgId, name, code, now });
    }

    /// <summary>A valid, unique resident ID number (born 1990-01-01 plus n days).</summary>
    public static string IdNumberFor(int n)
    {
        var birth = new DateOnly(1980, 1, 1).AddDays(n % 10000);
        var first17 = $"110105{birth:yyyyMMdd}{n % 1000:D3}";
        return first17 + IdNumber.CheckCharacter(first17);
    }

    /// <summary>A member who passed real-name verification in <paramref name="orgId"/>; returns its id.</summary>
    public static async Task<long> VerifiedMemberAsync(long orgId, string name = "张三")
    {
        var n = Interlocked.Increment(ref _sequence);
        var idNumber = SeedIds.DistinctIdNumber(5_000_000 + n); // a range no other seeding helper uses
        var phone = $"139{n:D8}";
        await using var db = await DbConnection();
        var now = TestRun.Api.Clock.GetUtcNow().UtcDateTime;
        return await db.ExecuteScalarAsync<long>("""
            INSERT INTO member (phone_hash, phone_enc, id_hash, id_enc, name_enc, org_id, member_card_no, verified_at, created_at)
            VALUES (@PhoneHash, @PhoneEnc, @IdHash, @IdEnc, @NameEnc, @OrgId, @Card, @Now, @Now);
            SELECT LAST_INSERT_ID();
            """, new
        {
            PhoneHash = Pii.PhoneIndex(phone),
            PhoneEnc = Pii.Encrypt(phone),
            IdHash = Pii.IdNumberIndex(idNumber),
            IdEnc = Pii.Encrypt(idNumber),
            NameEnc = Pii.Encrypt(name),
            OrgId = orgId,
            Card = $"T{n:D10}",
            Now = now,
        });
    }

    /// <summary>A member who logged in but has not verified.</summary>
    public static async Task<long> UnverifiedMemberAsync()
    {
        var n = Interlocked.Increment(ref _sequence);
        var phone = $"137{n:D8}";
        await using var db = await DbConnection();
        return await db.ExecuteScalarAsync<long>(
            "INSERT INTO member (phone_hash, phone_enc, created_at) VALUES (@h, @e, @now); SELECT LAST_INSERT_ID();",
            new { h = Pii.PhoneIndex(phone), e = Pii.Encrypt(phone), now = TestRun.Api.Clock.GetUtcNow().UtcDateTime });
    }

    private static async Task<MySqlConnector.MySqlConnection> DbConnection()
    {
        var conn = new MySqlConnector.MySqlConnection(ApiFactory.ConnectionString);
        await conn.OpenAsync();
        return conn;
    }
}

/// <summary>Valid identifiers for tests of organisations and rosters.</summary>
public static class SeedIds
{
    /// <summary>A valid unified social credit code, distinct for each n below 10^9.</summary>
    public static string CreditCodeFor(long n)
    {
        var first17 = $"91110000{n:D9}";
        return first17 + CreditCode.CheckCharacter(first17);
    }

    /// <summary>A valid resident ID number, distinct for each n below 10,000,000 (birth 1950-01-01 + n/1000 days, sequence n%1000).</summary>
    public static string DistinctIdNumber(int n)
    {
        var birth = new DateOnly(1950, 1, 1).AddDays(n / 1000);
        var first17 = $"110105{birth:yyyyMMdd}{n % 1000:D3}";
        return first17 + IdNumber.CheckCharacter(first17);
    }
}

/// <summary>Bulk seeding for load-style tests (appended for the perk storm tests).</summary>
public static class SeedMany
{
    private static int _sequence;

    /// <summary>
    /// <paramref name="count"/> verified members in <paramref name="orgId"/>, inserted in one statement. Their ID numbers use
    /// region 310101 and a private counter, so they never collide with <see cref="Seed.VerifiedMemberAsync"/>'s.
    /// </summary>
    public static async Task<List<long>> VerifiedMembersAsync(long orgId, int count)
    {
        var first = Interlocked.Add(ref _sequence, count) - count;
        var now = TestRun.Api.Clock.GetUtcNow().UtcDateTime;
        var rows = Enumerable.Range(first, count).Select(n =>
        {
            var birth = new DateOnly(1960, 1, 1).AddDays(n / 1000);
            var first17 = $"310101{birth:yyyyMMdd}{n % 1000:D3}";
            var idNumber = first17 + IdNumber.CheckCharacter(first17);
            var phone = $"136{n:D8}";
            return new
            {
                PhoneHash = Seed.Pii.PhoneIndex(phone),
                PhoneEnc = Seed.Pii.Encrypt(phone),
                IdHash = Seed.Pii.IdNumberIndex(idNumber),
                IdEnc = Seed.Pii.Encrypt(idNumber),
                NameEnc = Seed.Pii.Encrypt("李四"),
                OrgId = orgId,
                Card = $"M{n:D10}",
                Now = now,
            };
        }).ToList();
        await using var db = new MySqlConnector.MySqlConnection(ApiFactory.ConnectionString);
        await db.OpenAsync();
        await using var tx = await db.BeginTransactionAsync();
        await db.ExecuteAsync("""
            INSERT INTO member (phone_hash, phone_enc, id_hash, id_enc, name_enc, org_id, member_card_no, verified_at, created_at)
            VALUES (@PhoneHash, @PhoneEnc, @IdHash, @IdEnc, @NameEnc, @OrgId, @Card, @Now, @Now)
            """, rows, tx);
        var ids = (await db.QueryAsync<long>("SELECT id FROM member WHERE member_card_no IN @cards ORDER BY id",
            new { cards = rows.Select(r => r.Card).ToArray() }, tx)).ToList();
        await tx.CommitAsync();
        return ids;
    }
}

/// <summary>Workers of enterprises (appended for the enterprise, distribution and group-buy tests).</summary>
public static class SeedEnterprise
{
    /// <summary><paramref name="count"/> verified members of <paramref name="orgId"/> working at <paramref name="enterpriseId"/>.</summary>
    public static async Task<List<long>> VerifiedWorkersAsync(long orgId, long enterpriseId, int count)
    {
        var ids = await SeedMany.VerifiedMembersAsync(orgId, count);
        await using var db = new MySqlConnector.MySqlConnection(ApiFactory.ConnectionString);
        await db.OpenAsync();
        await db.ExecuteAsync("UPDATE member SET enterprise_id = @enterpriseId WHERE id IN @ids", new { enterpriseId, ids });
        return ids;
    }
}
