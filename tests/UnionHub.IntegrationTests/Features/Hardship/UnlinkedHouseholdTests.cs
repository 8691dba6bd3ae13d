using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.IntegrationTests.Features.Hardship;

/// <summary>
/// Issue #17 item 5: hardship households of workers without an app account, registered by name and ID number and linked
/// to the account when the worker passes real-name verification (or is admitted through a membership application).
/// </summary>
public sealed class UnlinkedHouseholdTests : HardshipTest
{
    private const string Name = "李春花";
    private const string Phone = "13800138000";
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];
    private static int _sequence;

    private static string NewIdNumber() => SeedIds.DistinctIdNumber(8_100_000 + Interlocked.Increment(ref _sequence));

    private static object ByIdNumber(string idNumber, long orgId, string name = Name, string? phone = Phone) => new
    {
        name, idNumber, phone, orgId = S(orgId), tier = "deep", reason = "major_illness", enteredOn = "2026-03-01",
        homeVisit = "2026-02-20 入户走访：无智能手机，家中一人重病",
    };

    private static Task<HttpResponseMessage> RegisterAsync(HttpClient staff, object body) =>
        staff.PostAsJsonAsync("/api/v1/admin/hardship/households", body);

    /// <summary>The roster of <paramref name="orgId"/> lists the worker, and the worker has an app account that is not verified yet.</summary>
    private static async Task<long> WorkerWithAppAsync(long orgId, string idNumber, string name = Name)
    {
        var pii = Seed.Pii;
        await using var db = await DbAsync();
        var now = Api.Clock.GetUtcNow().UtcDateTime;
        await db.ExecuteAsync("""
            INSERT INTO roster_entry (org_id, id_hash, name_hash, id_enc, name_enc, created_at, updated_at)
            VALUES (@orgId, @IdHash, @NameHash, @IdEnc, @NameEnc, @now, @now)
            """, new { orgId, IdHash = pii.IdNumberIndex(idNumber), NameHash = pii.NameIndex(name), IdEnc = pii.Encrypt(idNumber), NameEnc = pii.Encrypt(name), now });
        return await Seed.UnverifiedMemberAsync();
    }

    private static Task<HttpResponseMessage> VerifyAsync(HttpClient member, string idNumber, string name = Name) =>
        member.PostAsJsonAsync("/api/v1/me/real-name", new { name, idNumber });

    [Test]
    public async Task A_worker_without_an_app_account_is_registered_by_ID_number_and_sees_the_household_after_verifying()
    {
        var orgs = await OrgsAsync();
        var idNumber = NewIdNumber();
        using var keeper = await NewStaffAsync("org_admin", S(orgs.DistrictA));

        var response = await RegisterAsync(keeper, ByIdNumber(idNumber, orgs.GrassrootsA1));
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(201), text);
        Assert.That(text, Does.Not.Contain(idNumber).And.Not.Contain(Name).And.Not.Contain(Phone), "masked on the way out");
        var created = JsonDocument.Parse(text).RootElement;
        var householdId = Str(created, "id");
        Assert.Multiple(() =>
        {
            Assert.That(created.GetProperty("memberId").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(created.GetProperty("accountLinked").GetBoolean(), Is.False);
            Assert.That(Str(created, "memberNameMasked"), Is.EqualTo("李*花"));
            Assert.That(Str(created, "idNumberMasked"), Is.EqualTo(Mask.IdNumber(idNumber)));
            Assert.That(Str(created, "phoneMasked"), Is.EqualTo("138****8000"));
            Assert.That(Str(created, "orgId"), Is.EqualTo(S(orgs.GrassrootsA1)));
            Assert.That(Str(created, "status"), Is.EqualTo("active"));
        });

        await using (var db = await DbAsync())
        {
            var row = await db.QuerySingleAsync<(long? MemberId, byte[] NameEnc, byte[] IdEnc, byte[] PhoneEnc, byte[] OpenIdKey)>(
                "SELECT member_id, person_name_enc, person_id_enc, person_phone_enc, open_id_key FROM hardship_household WHERE id = @householdId",
                new { householdId });
            Assert.That(row.MemberId, Is.Null);
            Assert.That(row.OpenIdKey, Is.EqualTo(Seed.Pii.IdNumberIndex(idNumber)), "the ID number's blind index");
            var raw = Encoding.UTF8.GetString([.. row.NameEnc, .. row.IdEnc, .. row.PhoneEnc]);
            Assert.That(raw, Does.Not.Contain(idNumber).And.Not.Contain(Name).And.Not.Contain(Phone), "encrypted at rest");
        }

        // staff keep it like any household: tier, case-file documents, the case file read with a reason, the register
        var changed = await JsonAsync(await keeper.PatchAsJsonAsync($"/api/v1/admin/hardship/households/{householdId}",
            new { tier = "relative", note = "复核后调整" }), 200);
        Assert.That(Str(changed, "tier"), Is.EqualTo("relative"));
        using (var content = new ByteArrayContent(Png))
        {
            await JsonAsync(await keeper.PostAsync($"/api/v1/admin/hardship/households/{householdId}/documents", content), 201);
        }

        await Problem.ExpectAsync(await keeper.GetAsync($"/api/v1/admin/hardship/households/{householdId}"), 400, "access.reason_required");
        var caseFile = await JsonAsync(await keeper.GetAsync($"/api/v1/admin/hardship/households/{householdId}?reason=入户复核"), 200);
        Assert.That(caseFile.GetProperty("documentCount").GetInt32(), Is.EqualTo(1));
        Assert.That(caseFile.GetProperty("history").GetArrayLength(), Is.EqualTo(2), "entered, tier_changed");
        var active = await JsonAsync(await keeper.GetAsync("/api/v1/admin/hardship/households?status=active"), 200);
        Assert.That(active.GetProperty("items").EnumerateArray().Select(h => Str(h, "id")), Is.EqualTo(new[] { householdId }));

        // the same ID number twice: refused, also by a keeper higher up
        await Problem.ExpectAsync(await RegisterAsync(keeper, ByIdNumber(idNumber, orgs.GrassrootsA1, "李春华")), 409, "household.already_registered");
        using var city = await NewStaffAsync("org_admin", S(orgs.City));
        await Problem.ExpectAsync(await RegisterAsync(city, ByIdNumber(idNumber, orgs.City)), 409, "household.already_registered");

        // the worker gets a phone, installs the app and verifies: the household is theirs
        var memberId = await WorkerWithAppAsync(orgs.GrassrootsA1, idNumber);
        using var member = WithToken(MemberToken(memberId));
        await Problem.ExpectAsync(await member.GetAsync("/api/v1/me/hardship/household"), 404, "household.not_registered");
        await JsonAsync(await VerifyAsync(member, idNumber), 200);
        var mine = await JsonAsync(await member.GetAsync("/api/v1/me/hardship/household"), 200);
        Assert.Multiple(() =>
        {
            Assert.That(Str(mine, "id"), Is.EqualTo(householdId));
            Assert.That(Str(mine, "tier"), Is.EqualTo("relative"));
            Assert.That(Str(mine, "status"), Is.EqualTo("active"));
            Assert.That(mine.TryGetProperty("homeVisit", out _), Is.False, "no case-file notes for the member");
        });

        var linked = await JsonAsync(await keeper.GetAsync($"/api/v1/admin/hardship/households/{householdId}?reason=入户复核"), 200);
        Assert.Multiple(() =>
        {
            Assert.That(Str(linked, "memberId"), Is.EqualTo(S(memberId)));
            Assert.That(linked.GetProperty("accountLinked").GetBoolean(), Is.True);
            Assert.That(linked.GetProperty("linkedAt").ValueKind, Is.EqualTo(JsonValueKind.String));
            Assert.That(Str(linked, "idNumberMasked"), Is.EqualTo(Mask.IdNumber(idNumber)));
            Assert.That(linked.GetProperty("documentCount").GetInt32(), Is.EqualTo(1), "the case file stays with the household");
        });

        await using (var db = await DbAsync())
        {
            var row = await db.QuerySingleAsync<(long? MemberId, long? OpenKey, byte[]? OpenIdKey, byte[]? NameEnc, byte[]? IdEnc, byte[]? PhoneEnc)>(
                "SELECT member_id, open_key, open_id_key, person_name_enc, person_id_enc, person_phone_enc FROM hardship_household WHERE id = @householdId",
                new { householdId });
            Assert.That(row, Is.EqualTo(((long?)memberId, (long?)memberId, (byte[]?)null, (byte[]?)null, (byte[]?)null, (byte[]?)null)),
                "linked to the account; the copy of the person's data is gone");
            Assert.That(await db.ExecuteScalarAsync<int>(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'hardship_household.link' AND entity_id = @householdId", new { householdId }), Is.EqualTo(1));
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM hardship_household"), Is.EqualTo(1));
        }

        // now the ID number belongs to a member: registering it again is the member path, with its answer
        await Problem.ExpectAsync(await RegisterAsync(keeper, ByIdNumber(idNumber, orgs.GrassrootsA1)), 409, "household.already_registered");
        await Problem.ExpectAsync(await keeper.PostAsJsonAsync("/api/v1/admin/hardship/households",
            new { memberId = S(memberId), tier = "deep", reason = "low_income", enteredOn = "2026-04-01" }), 409, "household.already_registered");
    }

    [Test]
    public async Task Registration_by_ID_number_stays_inside_the_subtree_and_refuses_bad_input()
    {
        var orgs = await OrgsAsync();
        using var keeper = await NewStaffAsync("org_admin", S(orgs.GrassrootsA1));
        using var other = await NewStaffAsync("org_admin", S(orgs.DistrictB));
        var idNumber = NewIdNumber();

        await Problem.ExpectAsync(await RegisterAsync(keeper, ByIdNumber(idNumber, orgs.DistrictB)), 404, "not_found");
        await Problem.ExpectAsync(await RegisterAsync(keeper, ByIdNumber(idNumber, orgs.DistrictA)), 404, "not_found");
        var bad = await Problem.ExpectAsync(await RegisterAsync(keeper, ByIdNumber(idNumber[..17] + (idNumber[17] == '1' ? "2" : "1"), orgs.GrassrootsA1,
            phone: "12345")), 422, "validation.failed");
        Assert.That(bad.Raw.GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EquivalentTo(new[] { "idNumber", "phone" }));
        await Problem.ExpectAsync(await RegisterAsync(keeper, new
        {
            memberId = "1", name = Name, idNumber, orgId = S(orgs.GrassrootsA1), tier = "deep", reason = "low_income", enteredOn = "2026-04-01",
        }), 422, "validation.failed");
        await Problem.ExpectAsync(await RegisterAsync(keeper, new { tier = "deep", reason = "low_income", enteredOn = "2026-04-01" }), 422,
            "validation.failed");

        var householdId = Str(await JsonAsync(await RegisterAsync(keeper, ByIdNumber(idNumber, orgs.GrassrootsA1, phone: null)), 201), "id");
        await Problem.ExpectAsync(await other.GetAsync($"/api/v1/admin/hardship/households/{householdId}?reason=test"), 404, "not_found");
        await Problem.ExpectAsync(await other.PatchAsJsonAsync($"/api/v1/admin/hardship/households/{householdId}", new { tier = "relative" }), 404,
            "not_found");
        var theirs = await JsonAsync(await other.GetAsync("/api/v1/admin/hardship/households"), 200);
        Assert.That(theirs.GetProperty("items").GetArrayLength(), Is.Zero);

        // a roster of another district lists the worker: verifying there does not hand them this district's household
        var memberId = await WorkerWithAppAsync(orgs.DistrictB, idNumber);
        using var member = WithToken(MemberToken(memberId));
        await JsonAsync(await VerifyAsync(member, idNumber), 200);
        await Problem.ExpectAsync(await member.GetAsync("/api/v1/me/hardship/household"), 404, "household.not_registered");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<long?>("SELECT member_id FROM hardship_household WHERE id = @householdId", new { householdId }), Is.Null);

        // the worker is now a member of the other district: from here the ID number is the memberId path's 404; from the city,
        // which sees both, the unlinked entry still holds the ID number
        await Problem.ExpectAsync(await RegisterAsync(keeper, ByIdNumber(idNumber, orgs.GrassrootsA1)), 404, "not_found");
        using var city = await NewStaffAsync("org_admin", S(orgs.City));
        await Problem.ExpectAsync(await RegisterAsync(city, ByIdNumber(idNumber, orgs.City)), 409, "household.already_registered");
        await Problem.ExpectAsync(await city.PostAsJsonAsync("/api/v1/admin/hardship/households",
            new { memberId = S(memberId), tier = "deep", reason = "low_income", enteredOn = "2026-04-01" }), 409, "household.already_registered");

        // after the unlinked entry leaves the register, the ID number can be registered again (here: the member's own household)
        await JsonAsync(await keeper.PostAsJsonAsync($"/api/v1/admin/hardship/households/{householdId}/exit", new { exitedOn = "2026-05-01" }), 200);
        Assert.That(await db.ExecuteScalarAsync<byte[]?>("SELECT open_id_key FROM hardship_household WHERE id = @householdId", new { householdId }),
            Is.Null);
        var again = await JsonAsync(await RegisterAsync(city, ByIdNumber(idNumber, orgs.City)), 201);
        Assert.That(Str(again, "memberId"), Is.EqualTo(S(memberId)));
        Assert.That(Str(again, "orgId"), Is.EqualTo(S(orgs.DistrictB)), "the member's household is kept at the member's organisation");
    }

    [Test]
    public async Task Registering_by_the_ID_number_of_a_verified_member_registers_that_member()
    {
        var orgs = await OrgsAsync();
        using var keeper = await NewStaffAsync("org_admin", S(orgs.DistrictA));
        var idNumber = NewIdNumber();
        var memberId = await WorkerWithAppAsync(orgs.GrassrootsA1, idNumber);
        using var member = WithToken(MemberToken(memberId));
        await JsonAsync(await VerifyAsync(member, idNumber), 200);

        var created = await JsonAsync(await RegisterAsync(keeper, ByIdNumber(idNumber, orgs.DistrictA, "别的名字")), 201);
        Assert.That(Str(created, "memberId"), Is.EqualTo(S(memberId)));
        Assert.That(created.GetProperty("accountLinked").GetBoolean(), Is.True);
        Assert.That(Str(created, "memberNameMasked"), Is.EqualTo("李*花"), "the member's verified name, not what was typed");
        Assert.That(Str(created, "orgId"), Is.EqualTo(S(orgs.GrassrootsA1)));
        var mine = await JsonAsync(await member.GetAsync("/api/v1/me/hardship/household"), 200);
        Assert.That(Str(mine, "id"), Is.EqualTo(Str(created, "id")));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM hardship_household WHERE person_id_enc IS NOT NULL OR open_id_key IS NOT NULL"),
            Is.Zero, "no copy of the member's data");
    }

    [Test]
    public async Task An_approved_membership_application_links_the_household()
    {
        var orgs = await OrgsAsync();
        using var keeper = await NewStaffAsync("org_admin", S(orgs.DistrictA));
        var idNumber = NewIdNumber();
        var householdId = Str(await JsonAsync(await RegisterAsync(keeper, ByIdNumber(idNumber, orgs.DistrictA)), 201), "id");

        var memberId = await Seed.UnverifiedMemberAsync();
        using var member = WithToken(MemberToken(memberId));
        var applied = await JsonAsync(await member.PostAsJsonAsync("/api/v1/membership/applications", new
        {
            name = Name, idNumber, phone = Phone, employment = "platform", platformName = "美团", employerName = (string?)null, orgId = S(orgs.GrassrootsA1),
        }), 201);
        await Problem.ExpectAsync(await member.GetAsync("/api/v1/me/hardship/household"), 404, "household.not_registered");
        await JsonAsync(await keeper.PostAsync($"/api/v1/admin/membership-applications/{Str(applied, "id")}/approve", null), 200);

        var mine = await JsonAsync(await member.GetAsync("/api/v1/me/hardship/household"), 200);
        Assert.That(Str(mine, "id"), Is.EqualTo(householdId));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<long?>("SELECT open_key FROM hardship_household WHERE id = @householdId", new { householdId }),
            Is.EqualTo(memberId));
    }

    [Test]
    public async Task A_verification_binding_while_a_registration_is_between_its_read_and_its_insert_still_gets_the_household()
    {
        var orgs = await OrgsAsync();
        using var keeper = await NewStaffAsync("org_admin", S(orgs.DistrictA));
        var idNumber = NewIdNumber();
        var memberId = await WorkerWithAppAsync(orgs.GrassrootsA1, idNumber);
        using var member = WithToken(MemberToken(memberId));

        // The test's own transaction holds the index gap the unlinked row goes into: the registration stops right before
        // its insert, holding whatever it read or locked before. The verification then runs in that window. Were the
        // registration's read of the ID index not a locking one, the verification would commit "no household" now and the
        // registration insert an entry nobody links; with it, the verification waits for the registration and links it.
        await using var blocker = await DbAsync();
        await using var tx = await blocker.BeginTransactionAsync();
        await blocker.QueryAsync<long>("SELECT id FROM hardship_household WHERE open_id_key = @h FOR UPDATE",
            new { h = Seed.Pii.IdNumberIndex(idNumber) }, tx);
        var registration = RegisterAsync(keeper, ByIdNumber(idNumber, orgs.GrassrootsA1));
        await WaitForStatementsAsync("INSERT INTO hardship_household ("); // the registration reached its insert and waits (up to 30 s, not 3)
        var verification = VerifyAsync(member, idNumber);
        await Task.WhenAny(verification, Task.Delay(3000)); // well below the 5 s lock wait of either
        await tx.RollbackAsync();

        var registered = await JsonAsync(await registration, 201);
        await JsonAsync(await verification, 200);
        var mine = await JsonAsync(await member.GetAsync("/api/v1/me/hardship/household"), 200);
        Assert.That(Str(mine, "id"), Is.EqualTo(Str(registered, "id")));
        Assert.That(await blocker.ExecuteScalarAsync<long?>("SELECT member_id FROM hardship_household"), Is.EqualTo(memberId), "one household, linked");
    }

    [Test]
    public async Task Verification_racing_registrations_of_the_same_ID_number_gives_one_household_linked()
    {
        var orgs = await OrgsAsync();
        using var keeper = await NewStaffAsync("org_admin", S(orgs.DistrictA));
        using var city = await NewStaffAsync("org_admin", S(orgs.City));
        const int Workers = 12;
        var workers = new List<(string IdNumber, long MemberId, HttpClient Member)>();
        for (var i = 0; i < Workers; i++)
        {
            var idNumber = NewIdNumber();
            var memberId = await WorkerWithAppAsync(orgs.GrassrootsA1, idNumber);
            workers.Add((idNumber, memberId, WithToken(MemberToken(memberId))));
        }

        // per worker at once: two staff register the ID number (grassroots' district, city) while the worker verifies; the
        // registrations start 0, 8, 16 ... ms after the verification, so that over the workers the verification's binding
        // sweeps across the registration's read-then-insert window (where a registration that did not lock would orphan it)
        static async Task<HttpResponseMessage> After(int ms, Func<Task<HttpResponseMessage>> call)
        {
            await Task.Delay(ms);
            return await call();
        }

        var calls = workers.SelectMany((w, i) => new[]
        {
            After(i * 8, () => RegisterAsync(keeper, ByIdNumber(w.IdNumber, orgs.GrassrootsA1))),
            After(i * 8, () => RegisterAsync(city, ByIdNumber(w.IdNumber, orgs.DistrictA))),
            VerifyAsync(w.Member, w.IdNumber),
        }).ToList();
        var answers = await Task.WhenAll(calls);
        var statuses = answers.Select(a => (int)a.StatusCode).ToList();
        var dump = string.Join("\n", answers.Select(a => $"{(int)a.StatusCode} {a.Content.ReadAsStringAsync().Result}"));

        await using var db = await DbAsync();
        for (var i = 0; i < Workers; i++)
        {
            var (idNumber, memberId, member) = workers[i];
            var mine = statuses.Skip(i * 3).Take(3).ToList();
            Assert.That(mine[2], Is.EqualTo(200), dump);
            Assert.That(mine.Take(2).Order(), Is.EqualTo(new[] { 201, 409 }), dump);
            var loser = answers[(i * 3) + (mine[0] == 409 ? 0 : 1)];
            await Problem.ExpectAsync(loser, 409, "household.already_registered");

            var rows = (await db.QueryAsync<(long Id, long? MemberId, long? OpenKey, byte[]? OpenIdKey)>("""
                SELECT id, member_id, open_key, open_id_key FROM hardship_household WHERE member_id = @memberId OR open_id_key = @IdHash
                """, new { memberId, IdHash = Seed.Pii.IdNumberIndex(idNumber) })).ToList();
            Assert.That(rows, Has.Count.EqualTo(1), dump);
            Assert.That(rows.Single(r => r.MemberId == memberId).OpenKey, Is.EqualTo(memberId), "linked: " + dump);
            var mineNow = await JsonAsync(await member.GetAsync("/api/v1/me/hardship/household"), 200);
            Assert.That(Str(mineNow, "id"), Is.EqualTo(rows.Single(r => r.MemberId == memberId).Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            member.Dispose();
        }

        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM hardship_household"), Is.EqualTo(Workers), dump);
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM hardship_household WHERE member_id IS NULL"), Is.Zero, dump);
    }
}
