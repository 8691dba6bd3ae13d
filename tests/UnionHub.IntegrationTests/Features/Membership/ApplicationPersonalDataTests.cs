using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Membership;

/// <summary>Staff read an applicant's full name and phone only with a reason, each read audited; the ID number stays masked.</summary>
public sealed class ApplicationPersonalDataTests : ApiTest
{
    private const string Name = "欧阳新民";
    private const string Phone = "13912340077";
    private static readonly string IdNo = SeedIds.DistinctIdNumber(7077);

    private static string S(long id) => id.ToString(CultureInfo.InvariantCulture);

    [Test]
    public async Task Staff_of_the_subtree_read_the_full_name_and_phone_with_a_reason_and_each_read_is_audited()
    {
        var city = await Seed.OrgAsync("市总工会");
        var district = await Seed.OrgAsync("东城区总工会", city);
        var grassroots = await Seed.OrgAsync("快递行业工会联合会", district);
        var other = await Seed.OrgAsync("西城区总工会", city);
        using var member = WithToken(MemberToken(await Seed.UnverifiedMemberAsync()));
        var applied = await JsonAsync(await member.PostAsJsonAsync("/api/v1/membership/applications", new
        {
            name = Name, idNumber = IdNo, phone = Phone, employment = "platform", platformName = "美团", orgId = S(grassroots),
        }), 201);
        var id = applied.GetProperty("id").GetString()!;
        var url = $"/api/v1/admin/membership-applications/{id}/personal-data";

        using var staff = await NewStaffAsync("org_admin", S(district));
        await Problem.ExpectAsync(await staff.GetAsync(url), 400, "access.reason_required");
        await Problem.ExpectAsync(await staff.GetAsync(url + "?reason=%20"), 400, "access.reason_required");
        using var outsider = await NewStaffAsync("org_admin", S(other));
        await Problem.ExpectAsync(await outsider.GetAsync(url + "?reason=x"), 404, "not_found");
        await Problem.ExpectAsync(await staff.GetAsync("/api/v1/admin/membership-applications/999999999/personal-data?reason=x"), 404, "not_found");
        await Problem.ExpectAsync(await staff.GetAsync("/api/v1/admin/membership-applications/abc/personal-data?reason=x"), 404, "not_found");
        Assert.That((int)(await member.GetAsync(url + "?reason=x")).StatusCode, Is.EqualTo(403), "members do not read it");

        var list = await (await staff.GetAsync("/api/v1/admin/membership-applications")).Content.ReadAsStringAsync();
        Assert.That(list, Does.Not.Contain(Name).And.Not.Contain(Phone), "the list stays masked");

        for (var i = 1; i <= 2; i++)
        {
            var full = await JsonAsync(await staff.GetAsync(url + "?reason=" + Uri.EscapeDataString($"电话核实第{i}次")), 200);
            Assert.That((full.GetProperty("id").GetString(), full.GetProperty("name").GetString(), full.GetProperty("phone").GetString()),
                Is.EqualTo((id, Name, Phone)));
            Assert.That(full.GetProperty("idNumberMasked").GetString(), Is.EqualTo(IdNo[..6] + "********" + IdNo[^4..]),
                "the v1 contract: no endpoint returns a full ID number");
            Assert.That(full.ToString(), Does.Not.Contain(IdNo));
        }

        await using var db = await DbAsync();
        var rows = (await db.QueryAsync<(string ActorKind, string Entity, string EntityId, string Details)>("""
            SELECT actor_kind, entity, entity_id, details FROM audit_log WHERE action = 'membership_application_personal_data.read' ORDER BY id
            """)).ToList();
        Assert.That(rows.Select(r => (r.ActorKind, r.Entity, r.EntityId)),
            Is.EqualTo(Enumerable.Repeat(("staff", "membership_application_personal_data", id), 2)), "one row per read, refused reads leave none");
        Assert.That(rows.Select(r => JsonDocument.Parse(r.Details).RootElement.GetProperty("reason").GetString()),
            Is.EqualTo(new[] { "电话核实第1次", "电话核实第2次" }));
        Assert.That(rows.All(r => !r.Details.Contains(Name, StringComparison.Ordinal) && !r.Details.Contains(Phone, StringComparison.Ordinal)));
    }
}
