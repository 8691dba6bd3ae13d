using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Stations;

public sealed class StationTests : ApiTest
{
    // 天安门 (WGS-84)
    private const double Lat = 39.9087;
    private const double Lng = 116.3975;

    private static string S(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task<string> CreateAsync(HttpClient staff, long org, string name, double lat, double lng, string kind = "rest_station")
    {
        var created = await JsonAsync(await PostKeyedAsync(staff, "/api/v1/admin/stations", new
        {
            orgId = S(org), name, kind, address = "北京市东城区某路1号", latitude = lat, longitude = lng, openingHours = "每天 08:00-20:00",
            amenities = new[] { "toilet", "water", "charging" }, phone = "010-12345678",
        }, Guid.NewGuid().ToString()), 201);
        Assert.That(created.GetProperty("amenities").EnumerateArray().Select(a => a.GetString()), Is.EqualTo(new[] { "water", "charging", "toilet" }));
        return created.GetProperty("id").GetString()!;
    }

    private static async Task<long> CountAsync()
    {
        await using var db = await DbAsync();
        return await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM station");
    }

    [Test]
    public async Task Members_get_the_nearest_stations_first_with_their_distance_in_metres_page_by_page()
    {
        var city = await Seed.OrgAsync("市总工会");
        var district = await Seed.OrgAsync("东城区总工会", city);
        using var staff = await NewStaffAsync("org_admin", S(city));
        var km1 = await CreateAsync(staff, city, "一公里驿站", Lat + 0.01, Lng);            // 1112 m north
        var m111 = await CreateAsync(staff, district, "百米驿站", Lat + 0.001, Lng, "workers_home"); // 111 m north
        var km4 = await CreateAsync(staff, city, "四公里驿站", Lat, Lng + 0.05);            // 4265 m east
        await CreateAsync(staff, city, "上海驿站", 31.2304, 121.4737);                      // ~1070 km: outside any radius

        var memberId = await Seed.VerifiedMemberAsync(city);
        using var member = WithToken(MemberToken(memberId));
        var url = $"/api/v1/stations?lat={Lat.ToString(CultureInfo.InvariantCulture)}&lng={Lng.ToString(CultureInfo.InvariantCulture)}";
        var first = await JsonAsync(await member.GetAsync(url + "&limit=2"), 200);
        var items = first.GetProperty("items").EnumerateArray().ToList();
        Assert.That(items.Select(i => i.GetProperty("station").GetProperty("id").GetString()), Is.EqualTo(new[] { m111, km1 }));
        Assert.That(items[0].GetProperty("distanceMetres").GetInt64(), Is.InRange(110, 112));
        Assert.That(items[1].GetProperty("distanceMetres").GetInt64(), Is.InRange(1110, 1114));
        Assert.That(items[0].GetProperty("station").GetProperty("kind").GetString(), Is.EqualTo("workers_home"));
        var cursor = first.GetProperty("nextCursor").GetString()!;

        var second = await JsonAsync(await member.GetAsync(url + $"&limit=2&cursor={Uri.EscapeDataString(cursor)}"), 200);
        var rest = second.GetProperty("items").EnumerateArray().ToList();
        Assert.That(rest.Select(i => i.GetProperty("station").GetProperty("id").GetString()), Is.EqualTo(new[] { km4 }));
        Assert.That(rest[0].GetProperty("distanceMetres").GetInt64(), Is.InRange(4260, 4270));
        Assert.That(second.GetProperty("nextCursor").ValueKind, Is.EqualTo(JsonValueKind.Null));

        // a radius of 2 km keeps the two nearest; 1500 km reaches Shanghai, last
        var near = await JsonAsync(await member.GetAsync(url + "&radiusKm=2"), 200);
        Assert.That(near.GetProperty("items").GetArrayLength(), Is.EqualTo(2));
        var far = await JsonAsync(await member.GetAsync(url + "&radiusKm=200"), 200);
        Assert.That(far.GetProperty("items").GetArrayLength(), Is.EqualTo(3));

        // the detail page, for any member
        var detail = await JsonAsync(await member.GetAsync($"/api/v1/stations/{km4}"), 200);
        Assert.That(detail.GetProperty("latitude").GetDouble(), Is.EqualTo(Lat).Within(0.000001));
        Assert.That(detail.GetProperty("longitude").GetDouble(), Is.EqualTo(Lng + 0.05).Within(0.000001));
        Assert.That(detail.GetProperty("phone").GetString(), Is.EqualTo("010-12345678"));
        await Problem.ExpectAsync(await member.GetAsync("/api/v1/stations/999999"), 404, "not_found");

        // no location, or one off the globe
        await Problem.ExpectAsync(await member.GetAsync("/api/v1/stations"), 422, "validation.failed");
        await Problem.ExpectAsync(await member.GetAsync("/api/v1/stations?lat=91&lng=116"), 422, "validation.failed");
        await Problem.ExpectAsync(await member.GetAsync(url + "&radiusKm=5000"), 422, "validation.failed");
    }

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    [Test]
    public async Task A_csv_import_with_one_bad_row_commits_nothing_and_lists_the_row_and_a_good_file_imports_every_row_once()
    {
        var org = await Seed.OrgAsync("区总工会");
        using var staff = await NewStaffAsync("org_admin", S(org));
        var import = $"/api/v1/admin/orgs/{S(org)}/stations/import";
        const string Header = "name,kind,address,latitude,longitude,openingHours,amenities,phone\n";
        const string Good1 = "朝阳门驿站,rest_station,朝阳门外大街1号,39.9241,116.4348,每天 7:00-21:00,water;charging;toilet,010-65000001\n";
        const string Good2 = "\"建国门职工之家\",workers_home,\"建国门内大街2号, 北楼\",39.9088,116.4345,,microwave|rest_area,\n";
        const string Bad = "东单驿站,rest_station,东单北大街3号,95.5,116.4181,,water,\n";

        var refused = await Problem.ExpectAsync(await staff.PostAsync(import, Csv(Header + Good1 + Bad + Good2)), 422, "station_import.rows_invalid");
        var rejected = refused.Raw.GetProperty("rejected").EnumerateArray().ToList();
        Assert.That(rejected, Has.Count.EqualTo(1));
        Assert.That(rejected[0].GetProperty("line").GetInt32(), Is.EqualTo(3));
        Assert.That(rejected[0].GetProperty("field").GetString(), Is.EqualTo("latitude"));
        Assert.That(await CountAsync(), Is.EqualTo(0), "nothing of the file is written");

        var unknown = "name,kind,address,latitude,longitude\n西单驿站,kiosk,西单北大街4号,39.91,116.37\n";
        var kindRefused = await Problem.ExpectAsync(await staff.PostAsync(import, Csv(unknown)), 422, "station_import.rows_invalid");
        Assert.That(kindRefused.Raw.GetProperty("rejected")[0].GetProperty("field").GetString(), Is.EqualTo("kind"));
        await Problem.ExpectAsync(await staff.PostAsync(import, Csv("name,where\n")), 422, "station_import.invalid_header");
        await Problem.ExpectAsync(await staff.PostAsync(import, Csv(Header)), 422, "station_import.empty");
        Assert.That(await CountAsync(), Is.EqualTo(0));

        var imported = await JsonAsync(await staff.PostAsync(import, Csv(Header + Good1 + Good2)), 200);
        Assert.That(imported.GetProperty("imported").GetInt32(), Is.EqualTo(2));
        var id = imported.GetProperty("stationIds")[1].GetString()!;
        var station = await JsonAsync(await staff.GetAsync($"/api/v1/admin/stations/{id}"), 200);
        Assert.That(station.GetProperty("name").GetString(), Is.EqualTo("建国门职工之家"));
        Assert.That(station.GetProperty("address").GetString(), Is.EqualTo("建国门内大街2号, 北楼"));
        Assert.That(station.GetProperty("amenities").EnumerateArray().Select(a => a.GetString()), Is.EqualTo(new[] { "microwave", "rest_area" }));
        Assert.That(station.GetProperty("phone").ValueKind, Is.EqualTo(JsonValueKind.Null));

        // the same file again: every row's name is taken, nothing doubles
        var again = await Problem.ExpectAsync(await staff.PostAsync(import, Csv(Header + Good1 + Good2)), 422, "station_import.rows_invalid");
        Assert.That(again.Raw.GetProperty("rejectedTotal").GetInt32(), Is.EqualTo(2));
        Assert.That(await CountAsync(), Is.EqualTo(2));
    }

    [Test]
    public async Task Staff_manage_only_their_subtrees_stations_and_a_name_is_unique_within_an_organisation()
    {
        var city = await Seed.OrgAsync("市总工会");
        var east = await Seed.OrgAsync("东区总工会", city);
        var west = await Seed.OrgAsync("西区总工会", city);
        using var cityStaff = await NewStaffAsync("org_admin", S(city));
        using var eastStaff = await NewStaffAsync("org_admin", S(east));
        var westStation = await CreateAsync(cityStaff, west, "西区驿站", Lat, Lng);
        var eastStation = await CreateAsync(eastStaff, east, "东区驿站", Lat, Lng + 0.01);

        // east sees its own, never west's
        var list = await JsonAsync(await eastStaff.GetAsync("/api/v1/admin/stations"), 200);
        Assert.That(list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()), Is.EqualTo(new[] { eastStation }));
        var cityList = await JsonAsync(await cityStaff.GetAsync($"/api/v1/admin/stations?orgId={S(west)}"), 200);
        Assert.That(cityList.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()), Is.EqualTo(new[] { westStation }));
        var edit = new
        {
            name = "改名驿站", kind = "other", address = "某路2号", latitude = Lat, longitude = Lng, openingHours = (string?)null,
            amenities = Array.Empty<string>(), phone = (string?)null,
        };
        await Problem.ExpectAsync(await eastStaff.GetAsync($"/api/v1/admin/stations/{westStation}"), 404, "not_found");
        await Problem.ExpectAsync(await eastStaff.PutAsJsonAsync($"/api/v1/admin/stations/{westStation}", edit), 404, "not_found");
        await Problem.ExpectAsync(await eastStaff.DeleteAsync($"/api/v1/admin/stations/{westStation}"), 404, "not_found");
        await Problem.ExpectAsync(await eastStaff.PostAsync($"/api/v1/admin/orgs/{S(west)}/stations/import",
            Csv("name,kind,address,latitude,longitude\n甲,other,乙,39.9,116.4\n")), 404, "not_found");
        await Problem.ExpectAsync(await PostKeyedAsync(eastStaff, "/api/v1/admin/stations", new
        {
            orgId = S(west), name = "越权驿站", kind = "other", address = "某路", latitude = Lat, longitude = Lng,
        }, null), 404, "not_found");
        await using (var db = await DbAsync())
        {
            Assert.That(await db.ExecuteScalarAsync<string>("SELECT name FROM station WHERE id = @id", new { id = long.Parse(westStation) }),
                Is.EqualTo("西区驿站"));
        }

        // names: unique within an organisation (another one may reuse it)
        await Problem.ExpectAsync(await PostKeyedAsync(eastStaff, "/api/v1/admin/stations", new
        {
            orgId = S(east), name = "东区驿站", kind = "other", address = "某路", latitude = Lat, longitude = Lng,
        }, null), 409, "station.duplicate_name");
        await CreateAsync(cityStaff, west, "东区驿站", Lat, Lng);

        // a retried create (same Idempotency-Key) creates once and answers the first answer
        var body = new { orgId = S(east), name = "重试驿站", kind = "other", address = "某路", latitude = Lat, longitude = Lng };
        var firstTry = await JsonAsync(await PostKeyedAsync(eastStaff, "/api/v1/admin/stations", body, "station-1"), 201);
        var retry = await JsonAsync(await PostKeyedAsync(eastStaff, "/api/v1/admin/stations", body, "station-1"), 201);
        Assert.That(retry.GetProperty("id").GetString(), Is.EqualTo(firstTry.GetProperty("id").GetString()));
        await using (var db = await DbAsync())
        {
            Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM station WHERE name = '重试驿站'"), Is.EqualTo(1));
        }

        // edit and delete inside the subtree
        var edited = await JsonAsync(await eastStaff.PutAsJsonAsync($"/api/v1/admin/stations/{eastStation}", edit), 200);
        Assert.That(edited.GetProperty("name").GetString(), Is.EqualTo("改名驿站"));
        Assert.That(edited.GetProperty("amenities").GetArrayLength(), Is.EqualTo(0));
        await Problem.ExpectAsync(await eastStaff.PutAsJsonAsync($"/api/v1/admin/stations/{eastStation}", edit with { latitude = 120.0 }), 422,
            "validation.failed");
        Assert.That((int)(await eastStaff.DeleteAsync($"/api/v1/admin/stations/{eastStation}")).StatusCode, Is.EqualTo(204));
        await Problem.ExpectAsync(await eastStaff.GetAsync($"/api/v1/admin/stations/{eastStation}"), 404, "not_found");
    }
}
