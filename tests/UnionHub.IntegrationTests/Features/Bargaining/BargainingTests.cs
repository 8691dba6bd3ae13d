using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Bargaining;

/// <summary>The eight steps in order with dates and documents, who may act, and the coverage figures.</summary>
public sealed class BargainingTests : ApiTest
{
    private static readonly string[] Keys =
    [
        "choose_representatives", "make_offer", "prepare", "hold_meeting", "submit_for_deliberation", "chief_representatives_sign",
        "report_for_review", "publish_and_file",
    ];

    private static Task<HttpResponseMessage> CompleteAsync(HttpClient staff, long enterprise, string step, string completedOn, string? note = null) =>
        staff.PostAsJsonAsync($"/api/v1/admin/enterprises/{enterprise}/bargaining/steps/{step}", new { completedOn, note });

    [Test]
    public async Task Steps_complete_only_in_order_on_dates_no_earlier_than_the_previous_step()
    {
        var org = await Seed.OrgAsync();
        var enterprise = await Seed.EnterpriseAsync(org);
        using var staff = await NewStaffAsync("org_admin", org.ToString());

        var problem = await Problem.ExpectAsync(await CompleteAsync(staff, enterprise, "2", "2026-03-01"), 409, "bargaining.out_of_order");
        await Problem.ExpectAsync(await CompleteAsync(staff, enterprise, "hold_meeting", "2026-03-01"), 409, "bargaining.out_of_order");
        var first = await JsonAsync(await CompleteAsync(staff, enterprise, "1", "2026-03-01", "职工方代表 5 名"), 200);
        Assert.That((first.GetProperty("completedSteps").GetInt32(), first.GetProperty("nextStep").GetString()), Is.EqualTo((1, "make_offer")));
        await Problem.ExpectAsync(await CompleteAsync(staff, enterprise, "1", "2026-03-02"), 409, "bargaining.out_of_order");
        await Problem.ExpectAsync(await CompleteAsync(staff, enterprise, "make_offer", "2026-02-28"), 422, "bargaining.date_before_previous");
        await Problem.ExpectAsync(await CompleteAsync(staff, enterprise, "2", "2099-01-01"), 422, "validation.failed");
        await Problem.ExpectAsync(await CompleteAsync(staff, enterprise, "9", "2026-03-01"), 422, "validation.failed");
        await Problem.ExpectAsync(await staff.PostAsJsonAsync($"/api/v1/admin/enterprises/{enterprise}/bargaining/steps/2", new { note = "x" }),
            422, "validation.failed");

        await JsonAsync(await CompleteAsync(staff, enterprise, "make_offer", "2026-03-01"), 200); // the same day is fine
        for (var step = 3; step <= 8; step++)
        {
            await JsonAsync(await CompleteAsync(staff, enterprise, step.ToString(), $"2026-04-{step:D2}"), 200);
        }

        await Problem.ExpectAsync(await CompleteAsync(staff, enterprise, "8", "2026-05-01"), 409, "bargaining.out_of_order");
        var tracker = await JsonAsync(await staff.GetAsync($"/api/v1/admin/enterprises/{enterprise}/bargaining"), 200);
        Assert.That(tracker.GetProperty("completedSteps").GetInt32(), Is.EqualTo(8));
        Assert.That(tracker.GetProperty("agreementSigned").GetBoolean(), Is.True);
        Assert.That(tracker.GetProperty("nextStep").ValueKind, Is.EqualTo(JsonValueKind.Null));
        var steps = tracker.GetProperty("steps").EnumerateArray().ToList();
        Assert.That(steps.Select(s => s.GetProperty("key").GetString()), Is.EqualTo(Keys));
        Assert.That(steps.Select(s => s.GetProperty("status").GetString()).Distinct(), Is.EqualTo(new[] { "done" }));
        Assert.That(steps.Select(s => s.GetProperty("completedOn").GetString()),
            Is.EqualTo(new[] { "2026-03-01", "2026-03-01", "2026-04-03", "2026-04-04", "2026-04-05", "2026-04-06", "2026-04-07", "2026-04-08" }));
        Assert.That(steps[0].GetProperty("note").GetString(), Is.EqualTo("职工方代表 5 名"));

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM bargaining_step WHERE enterprise_id = @enterprise", new { enterprise }), Is.EqualTo(8));
        Assert.That(await db.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'bargaining.step_complete' AND entity_id = @e", new { e = enterprise.ToString() }), Is.EqualTo(8));
        _ = problem;
    }

    [Test]
    public async Task A_partly_done_tracker_shows_the_next_step_and_the_pending_ones()
    {
        var org = await Seed.OrgAsync();
        var enterprise = await Seed.EnterpriseAsync(org, "星光电子");
        using var admin = await AdminAsync();
        await JsonAsync(await CompleteAsync(admin, enterprise, "1", "2026-06-01"), 200);
        var tracker = await JsonAsync(await admin.GetAsync($"/api/v1/admin/enterprises/{enterprise}/bargaining"), 200);
        Assert.That(tracker.GetProperty("enterpriseName").GetString(), Is.EqualTo("星光电子"));
        Assert.That(tracker.GetProperty("agreementSigned").GetBoolean(), Is.False);
        Assert.That(tracker.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("status").GetString()),
            Is.EqualTo(new[] { "done", "next", "pending", "pending", "pending", "pending", "pending", "pending" }));
        Assert.That(tracker.GetProperty("steps")[1].GetProperty("completedOn").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task Staff_completing_the_same_step_at_once_succeed_exactly_once()
    {
        var org = await Seed.OrgAsync();
        var enterprise = await Seed.EnterpriseAsync(org);
        var token = (await NewStaffAsync("org_admin", org.ToString())).DefaultRequestHeaders.Authorization!.Parameter!;
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, 12).Select(async i =>
        {
            using var client = WithToken(token);
            await start.Task;
            using var response = await CompleteAsync(client, enterprise, "1", "2026-03-01");
            return (int)response.StatusCode;
        }).ToList();
        start.SetResult();
        var statuses = await Task.WhenAll(tasks);
        Assert.That(statuses.Count(s => s == 200), Is.EqualTo(1));
        Assert.That(statuses.Count(s => s == 409), Is.EqualTo(11));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT bargaining_step FROM enterprise WHERE id = @enterprise", new { enterprise }), Is.EqualTo(1));
    }

    [Test]
    public async Task Org_admins_act_only_within_their_subtree_and_other_roles_not_at_all()
    {
        var city = await Seed.OrgAsync("市总工会");
        var district = await Seed.OrgAsync("区总工会", city);
        var other = await Seed.OrgAsync("另一个区", city);
        var enterprise = await Seed.EnterpriseAsync(district);
        using var cityAdmin = await NewStaffAsync("org_admin", city.ToString());
        using var otherAdmin = await NewStaffAsync("org_admin", other.ToString());
        using var reviewer = await NewStaffAsync("reviewer");
        using var member = WithToken(MemberToken(await Seed.VerifiedMemberAsync(district)));

        await JsonAsync(await CompleteAsync(cityAdmin, enterprise, "1", "2026-03-01"), 200);
        await Problem.ExpectAsync(await CompleteAsync(otherAdmin, enterprise, "2", "2026-03-02"), 404, "not_found");
        await Problem.ExpectAsync(await otherAdmin.GetAsync($"/api/v1/admin/enterprises/{enterprise}/bargaining"), 404, "not_found");
        await Problem.ExpectAsync(await otherAdmin.PutAsJsonAsync($"/api/v1/admin/enterprises/{enterprise}/union-flags", new { isUnionised = true }),
            404, "not_found");
        await Problem.ExpectAsync(await otherAdmin.GetAsync($"/api/v1/admin/bargaining/coverage?orgId={district}"), 404, "not_found");
        Assert.That((int)(await reviewer.GetAsync($"/api/v1/admin/enterprises/{enterprise}/bargaining")).StatusCode, Is.EqualTo(403));
        Assert.That((int)(await member.PostAsJsonAsync($"/api/v1/admin/enterprises/{enterprise}/bargaining/steps/2", new { completedOn = "2026-03-02" }))
            .StatusCode, Is.EqualTo(403));
        await Problem.ExpectAsync(await cityAdmin.GetAsync("/api/v1/admin/enterprises/99999999/bargaining"), 404, "not_found");

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT bargaining_step FROM enterprise WHERE id = @enterprise", new { enterprise }), Is.EqualTo(1));
    }

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% 集体合同文本\n");

    private static Task<HttpResponseMessage> UploadAsync(HttpClient staff, long enterprise, string step, byte[] data, string contentType = "application/pdf")
    {
        var content = new ByteArrayContent(data);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return staff.PostAsync($"/api/v1/admin/enterprises/{enterprise}/bargaining/steps/{step}/documents", content);
    }

    [Test]
    public async Task Documents_attach_to_done_and_next_steps_are_sniffed_and_read_back_within_the_subtree()
    {
        var org = await Seed.OrgAsync();
        var enterprise = await Seed.EnterpriseAsync(org);
        using var staff = await NewStaffAsync("org_admin", org.ToString());
        using var outsider = await NewStaffAsync("org_admin", (await Seed.OrgAsync("别处")).ToString());

        var doc = await JsonAsync(await UploadAsync(staff, enterprise, "1", Pdf), 201); // the next step may carry documents before it is done
        await Problem.ExpectAsync(await UploadAsync(staff, enterprise, "3", Pdf), 409, "bargaining.step_not_reached");
        await Problem.ExpectAsync(await UploadAsync(staff, enterprise, "1", "MZ\u0090\0"u8.ToArray(), "application/pdf"), 422,
            "bargaining_document.unsupported_type");
        await Problem.ExpectAsync(await UploadAsync(outsider, enterprise, "1", Pdf), 404, "not_found");
        await JsonAsync(await CompleteAsync(staff, enterprise, "1", "2026-03-01"), 200);
        await JsonAsync(await UploadAsync(staff, enterprise, "choose_representatives", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2], "image/jpeg"), 201);

        var tracker = await JsonAsync(await staff.GetAsync($"/api/v1/admin/enterprises/{enterprise}/bargaining"), 200);
        var documents = tracker.GetProperty("steps")[0].GetProperty("documents").EnumerateArray().ToList();
        Assert.That(documents.Select(d => d.GetProperty("contentType").GetString()), Is.EqualTo(new[] { "application/pdf", "image/png" }));

        var url = $"/api/v1/admin/enterprises/{enterprise}/bargaining/documents/{doc.GetProperty("id").GetString()}";
        var download = await staff.GetAsync(url);
        Assert.That((int)download.StatusCode, Is.EqualTo(200));
        Assert.That(download.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(Pdf));
        await Problem.ExpectAsync(await outsider.GetAsync(url), 404, "not_found");
        await Problem.ExpectAsync(await staff.GetAsync($"/api/v1/admin/enterprises/{await Seed.EnterpriseAsync(org)}/bargaining/documents/{doc.GetProperty("id").GetString()}"),
            404, "not_found");
    }

    private static async Task<long> EnterpriseAsync(HttpClient admin, long org, bool unionised, bool congress, int steps)
    {
        var id = await Seed.EnterpriseAsync(org);
        await JsonAsync(await admin.PutAsJsonAsync($"/api/v1/admin/enterprises/{id}/union-flags", new { isUnionised = unionised, hasWorkersCongress = congress }), 200);
        await using var db = await DbAsync();
        await db.ExecuteAsync("UPDATE enterprise SET bargaining_step = @steps WHERE id = @id", new { id, steps });
        return id;
    }

    private static void AssertFigures(JsonElement f, long enterprises, long unionised, long signed, long congress, double? signedShare, double? congressShare)
    {
        Assert.That((f.GetProperty("enterprises").GetInt64(), f.GetProperty("unionised").GetInt64(), f.GetProperty("signed").GetInt64(),
            f.GetProperty("withWorkersCongress").GetInt64()), Is.EqualTo((enterprises, unionised, signed, congress)), f.ToString());
        Assert.That(f.GetProperty("signedShare").ValueKind == JsonValueKind.Null ? (double?)null : f.GetProperty("signedShare").GetDouble(), Is.EqualTo(signedShare));
        Assert.That(f.GetProperty("workersCongressShare").ValueKind == JsonValueKind.Null ? (double?)null : f.GetProperty("workersCongressShare").GetDouble(),
            Is.EqualTo(congressShare));
    }

    [Test]
    public async Task Coverage_counts_unionised_enterprises_with_a_signed_agreement_and_a_workers_congress_per_organisation()
    {
        //   A (city): e7 unionised, no congress, step 6
        //   ├── B: e1 unionised+congress step 6; e2 unionised step 5; e3 NOT unionised step 8
        //   │   └── D: e4 unionised+congress step 8
        //   └── C: e5 unionised+congress step 0; e6 not unionised
        //   E (empty, top level)
        var a = await Seed.OrgAsync("市总工会");
        var b = await Seed.OrgAsync("东区", a);
        var c = await Seed.OrgAsync("西区", a);
        var d = await Seed.OrgAsync("东区一街道", b);
        var e = await Seed.OrgAsync("空的");
        using var admin = await AdminAsync();
        await EnterpriseAsync(admin, a, unionised: true, congress: false, steps: 6);
        await EnterpriseAsync(admin, b, unionised: true, congress: true, steps: 6);
        await EnterpriseAsync(admin, b, unionised: true, congress: false, steps: 5);
        await EnterpriseAsync(admin, b, unionised: false, congress: false, steps: 8);
        await EnterpriseAsync(admin, d, unionised: true, congress: true, steps: 8);
        await EnterpriseAsync(admin, c, unionised: true, congress: true, steps: 0);
        await EnterpriseAsync(admin, c, unionised: false, congress: false, steps: 0);

        var all = await JsonAsync(await admin.GetAsync("/api/v1/admin/bargaining/coverage"), 200);
        AssertFigures(all.GetProperty("total"), 7, 5, 3, 3, 0.6, 0.6);
        var tops = all.GetProperty("children").EnumerateArray().ToList();
        Assert.That(tops.Select(t => t.GetProperty("orgId").GetString()), Is.EqualTo(new[] { a.ToString(), e.ToString() }));
        AssertFigures(tops[1], 0, 0, 0, 0, null, null);

        var city = await JsonAsync(await admin.GetAsync($"/api/v1/admin/bargaining/coverage?orgId={a}"), 200);
        AssertFigures(city.GetProperty("total"), 7, 5, 3, 3, 0.6, 0.6);
        var districts = city.GetProperty("children").EnumerateArray().ToList();
        Assert.That(districts.Select(t => t.GetProperty("name").GetString()), Is.EqualTo(new[] { "东区", "西区" }));
        AssertFigures(districts[0], 4, 3, 2, 2, 0.6667, 0.6667);
        AssertFigures(districts[1], 2, 1, 0, 1, 0, 1);

        using var east = await NewStaffAsync("org_admin", b.ToString());
        var mine = await JsonAsync(await east.GetAsync("/api/v1/admin/bargaining/coverage"), 200);
        Assert.That(mine.GetProperty("total").GetProperty("orgId").GetString(), Is.EqualTo(b.ToString()));
        AssertFigures(mine.GetProperty("total"), 4, 3, 2, 2, 0.6667, 0.6667);
        AssertFigures(mine.GetProperty("children")[0], 1, 1, 1, 1, 1, 1);
        await Problem.ExpectAsync(await east.GetAsync($"/api/v1/admin/bargaining/coverage?orgId={c}"), 404, "not_found");
        await Problem.ExpectAsync(await east.GetAsync("/api/v1/admin/bargaining/coverage?orgId=abc"), 422, "validation.failed");
    }

    [Test]
    public async Task Union_flags_change_only_what_is_sent_and_are_audited()
    {
        var org = await Seed.OrgAsync();
        var enterprise = await Seed.EnterpriseAsync(org);
        using var staff = await NewStaffAsync("org_admin", org.ToString());
        var url = $"/api/v1/admin/enterprises/{enterprise}/union-flags";
        var set = await JsonAsync(await staff.PutAsJsonAsync(url, new { isUnionised = true }), 200);
        Assert.That((set.GetProperty("isUnionised").GetBoolean(), set.GetProperty("hasWorkersCongress").GetBoolean()), Is.EqualTo((true, false)));
        set = await JsonAsync(await staff.PutAsJsonAsync(url, new { hasWorkersCongress = true }), 200);
        Assert.That((set.GetProperty("isUnionised").GetBoolean(), set.GetProperty("hasWorkersCongress").GetBoolean()), Is.EqualTo((true, true)));
        await Problem.ExpectAsync(await staff.PutAsJsonAsync(url, new { }), 422, "validation.failed");
        var tracker = await JsonAsync(await staff.GetAsync($"/api/v1/admin/enterprises/{enterprise}/bargaining"), 200);
        Assert.That((tracker.GetProperty("isUnionised").GetBoolean(), tracker.GetProperty("hasWorkersCongress").GetBoolean()), Is.EqualTo((true, true)));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'enterprise.union_flags'"), Is.EqualTo(2));
    }

    [Test]
    public async Task The_list_shows_progress_of_the_enterprises_in_scope_only()
    {
        var city = await Seed.OrgAsync();
        var district = await Seed.OrgAsync("区总工会", city);
        var elsewhere = await Seed.OrgAsync("别处");
        using var admin = await AdminAsync();
        var a = await EnterpriseAsync(admin, district, unionised: true, congress: false, steps: 0);
        var b = await EnterpriseAsync(admin, district, unionised: false, congress: false, steps: 0);
        await EnterpriseAsync(admin, elsewhere, unionised: true, congress: true, steps: 0);
        using var staff = await NewStaffAsync("org_admin", city.ToString());
        await JsonAsync(await CompleteAsync(staff, a, "1", "2026-05-04"), 200);

        var list = await JsonAsync(await staff.GetAsync("/api/v1/admin/bargaining/enterprises"), 200);
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.That(items.Select(i => i.GetProperty("enterpriseId").GetString()), Is.EqualTo(new[] { b.ToString(), a.ToString() }));
        Assert.That((items[1].GetProperty("completedSteps").GetInt32(), items[1].GetProperty("nextStep").GetString(),
            items[1].GetProperty("lastCompletedOn").GetString()), Is.EqualTo((1, "make_offer", "2026-05-04")));
        var unionisedOnly = await JsonAsync(await staff.GetAsync("/api/v1/admin/bargaining/enterprises?unionised=true"), 200);
        Assert.That(unionisedOnly.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("enterpriseId").GetString()),
            Is.EqualTo(new[] { a.ToString() }));
        await Problem.ExpectAsync(await staff.GetAsync($"/api/v1/admin/bargaining/enterprises?orgId={elsewhere}"), 404, "not_found");
    }
}
