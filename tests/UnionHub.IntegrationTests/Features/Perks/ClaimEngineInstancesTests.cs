using Dapper;
using UnionHub.Api.Features.Perks;

namespace UnionHub.IntegrationTests.Features.Perks;

/// <summary>Several API instances each run their own combiner; the database alone keeps the promises between them.</summary>
public sealed class ClaimEngineInstancesTests : PerkTest
{
    [Test]
    public async Task Three_combiners_racing_on_one_perk_never_oversell_or_exceed_the_limit()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 150);
        var perkId = await CreatePerkAsync(stock: 100, perMemberLimit: 2);
        var engines = Enumerable.Range(0, 3).Select(_ => NewEngine()).ToList();

        try
        {
            // every member claims three times, through different instances
            var claims = members.SelectMany(m => Enumerable.Range(0, 3).Select(i => (Member: m, Engine: engines[(int)((m + i) % 3)]))).ToList();
            var outcomes = await Task.WhenAll(claims.Select(c => Task.Run(() => c.Engine.ClaimAsync(
                long.Parse(perkId, System.Globalization.CultureInfo.InvariantCulture), c.Member, null, [], "test"))));

            var granted = outcomes.Count(o => o.Granted is not null);
            var refusals = outcomes.Where(o => o.Refusal is not null).Select(o => o.Refusal!.ProblemDetails.Extensions["code"]).ToList();
            Assert.That(refusals, Is.All.AnyOf("perk.sold_out", "perk.limit_reached"), "no batch ends in 503: a collision re-decides only what collided");
            await using var conn = await DbAsync();
            var vouchers = await conn.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM voucher WHERE perk_id=@perkId", new { perkId });
            Assert.That(vouchers, Is.EqualTo(granted), "every granted claim is committed, nothing else");
            Assert.That(vouchers, Is.LessThanOrEqualTo(100));
            Assert.That(await conn.ExecuteScalarAsync<int>("SELECT claimed FROM perk WHERE id=@perkId", new { perkId }), Is.EqualTo(vouchers));
            Assert.That(await conn.ExecuteScalarAsync<long>(
                "SELECT COALESCE(MAX(n), 0) FROM (SELECT COUNT(*) AS n FROM voucher WHERE perk_id=@perkId GROUP BY member_id) t", new { perkId }),
                Is.LessThanOrEqualTo(2));
            Assert.That(vouchers, Is.EqualTo(100), "450 claims for 100 in stock sell it out");
        }
        finally
        {
            foreach (var e in engines)
            {
                await e.DisposeAsync();
            }
        }
    }
}
