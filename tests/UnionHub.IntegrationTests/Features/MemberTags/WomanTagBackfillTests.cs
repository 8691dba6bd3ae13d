using Dapper;
using Microsoft.Extensions.DependencyInjection;
using UnionHub.Api.Features.MemberTags;

namespace UnionHub.IntegrationTests.Features.MemberTags;

/// <summary>
/// Members verified before 女职工 was derived at verification (V139) get it from the back-fill V152 queued them for: each
/// queued member's encrypted ID number is read, the tag added where its 17th digit is even, and the member taken off the queue.
/// </summary>
public sealed class WomanTagBackfillTests : ApiTest
{
    [Test]
    public async Task Queued_members_get_the_tag_from_their_id_number_once_and_nobody_else_is_touched()
    {
        // the queue's cutoff exists: V152 took "verified before V139" from this row of the changelog
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<DateTime?>("SELECT MIN(installed_on) FROM schema_changelog WHERE version = '139'"), Is.Not.Null);

        // 1,200 members verified "before V139" (three batches), plus: a woman already tagged by staff, one erased since she
        // was queued, and a woman verified since V139 whose tag staff removed (not queued)
        var org = await Seed.OrgAsync("纺织厂工会");
        var queued = await SeedMany.VerifiedMembersAsync(org, 1_200);
        var extra = new List<long>();
        for (var i = 0; extra.Count < 3; i++)
        {
            var id = await Seed.VerifiedMemberAsync(org, "王芳");
            if (await IsWomanAsync(id))
            {
                extra.Add(id);
            }
        }

        var (taggedByStaff, erased, notQueued) = (extra[0], extra[1], extra[2]);
        await db.ExecuteAsync("INSERT INTO member_tag (member_id, tag, source, set_by, set_at) VALUES (@taggedByStaff, 'woman', 'staff', 1, UTC_TIMESTAMP(6))",
            new { taggedByStaff });
        await db.ExecuteAsync("UPDATE member SET id_enc = NULL, id_hash = NULL, name_enc = NULL WHERE id = @erased", new { erased });
        var all = queued.Append(taggedByStaff).Append(erased).ToList();
        await db.ExecuteAsync("INSERT INTO member_tag_backfill (member_id) VALUES (@id)", all.Select(id => new { id }));

        var women = new List<long>();
        foreach (var id in queued)
        {
            if (await IsWomanAsync(id))
            {
                women.Add(id);
            }
        }

        Assert.That(women, Has.Count.InRange(1, queued.Count - 1), "the seeded members are of both sexes");

        // two drains at once (as on two instances): every queued member is checked exactly once between them
        var backfill = Api.Services.GetRequiredService<WomanTagBackfill>();
        var runs = await Task.WhenAll(backfill.DrainAsync(CancellationToken.None), backfill.DrainAsync(CancellationToken.None));
        Assert.Multiple(() =>
        {
            Assert.That(runs.Sum(r => r.Checked), Is.EqualTo(all.Count), "each queued member checked once");
            Assert.That(runs.Sum(r => r.Tagged), Is.EqualTo(women.Count), "the women among them tagged; the staff-tagged one kept");
            Assert.That(runs.Select(r => r.Left), Has.All.EqualTo(0));
        });

        var rows = (await db.QueryAsync<(long MemberId, string Tag, string Source)>(
            "SELECT member_id, tag, source FROM member_tag WHERE member_id IN @ids", new { ids = all.Append(notQueued).ToList() })).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(rows.Where(r => r.Source == "realname").Select(r => r.MemberId), Is.EquivalentTo(women), "women tagged, men not");
            Assert.That(rows.Select(r => r.Tag), Has.All.EqualTo("woman"));
            Assert.That(rows.Where(r => r.MemberId == taggedByStaff).Select(r => r.Source), Is.EqualTo(new[] { "staff" }), "staff's row kept as it was");
            Assert.That(rows.Where(r => r.MemberId == erased || r.MemberId == notQueued), Is.Empty, "an erased member and one not queued get nothing");
        });
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM member_tag_backfill WHERE member_id IN @all", new { all }), Is.Zero);

        // a drained queue: another pass does nothing; a member who sees their tags sees it
        Assert.That(await backfill.DrainAsync(CancellationToken.None), Is.EqualTo(new WomanTagBackfill.Progress(0, 0, 0)));
        using var member = WithToken(MemberToken(women[0]));
        var mine = await JsonAsync(await member.GetAsync("/api/v1/me/tags"), 200);
        Assert.That(mine.ToString(), Does.Contain("\"woman\""));
    }

    private static async Task<bool> IsWomanAsync(long memberId)
    {
        await using var db = await DbAsync();
        var enc = await db.ExecuteScalarAsync<byte[]>("SELECT id_enc FROM member WHERE id = @memberId", new { memberId });
        return MemberTagRules.IsFemaleIdNumber(Seed.Pii.Decrypt(enc!));
    }
}
