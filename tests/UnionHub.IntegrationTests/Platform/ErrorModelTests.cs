using System.Net.Http.Headers;
using System.Text;

namespace UnionHub.IntegrationTests.Platform;

public sealed class ErrorModelTests : ApiTest
{
    [Test]
    public async Task Malformed_json_is_400_request_malformed()
    {
        using var client = Anonymous();
        var response = await client.PostAsync("/api/v1/admin/auth/login",
            new StringContent("{\"username\": \"admin\", \"password\": ", Encoding.UTF8, "application/json"));
        await Problem.ExpectAsync(response, 400, "request.malformed");
    }

    [Test]
    public async Task Wrong_json_types_are_400_request_malformed()
    {
        using var client = Anonymous();
        var response = await client.PostAsync("/api/v1/admin/auth/login",
            new StringContent("{\"username\": [1,2], \"password\": {}}", Encoding.UTF8, "application/json"));
        await Problem.ExpectAsync(response, 400, "request.malformed");
    }

    [Test]
    public async Task Body_over_one_mebibyte_is_413_request_too_large()
    {
        using var client = Anonymous();
        var big = "{\"username\":\"" + new string('a', 1024 * 1024) + "\"}";
        var response = await client.PostAsync("/api/v1/admin/auth/login", new StringContent(big, Encoding.UTF8, "application/json"));
        await Problem.ExpectAsync(response, 413, "request.too_large");
    }

    [Test]
    public async Task Chunked_body_over_one_mebibyte_is_413_request_too_large()
    {
        using var client = Anonymous();
        var big = Encoding.UTF8.GetBytes("{\"username\":\"" + new string('a', 1024 * 1024 + 10) + "\"}");
        var content = new StreamContent(new MemoryStream(big));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/admin/auth/login") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        var response = await client.SendAsync(request);
        await Problem.ExpectAsync(response, 413, "request.too_large");
    }

    [Test]
    public async Task Unknown_route_is_404_problem()
    {
        using var client = Anonymous();
        var response = await client.GetAsync("/api/v1/no-such-thing");
        await Problem.ExpectAsync(response, 404, "not_found");
    }

    [Test]
    public async Task Non_json_content_type_is_415_problem()
    {
        using var client = Anonymous();
        var response = await client.PostAsync("/api/v1/admin/auth/login", new StringContent("username=admin", Encoding.UTF8, "text/plain"));
        await Problem.ExpectAsync(response, 415, "request.unsupported_media_type");
    }

    [Test]
    public async Task Missing_fields_are_422_with_errors_per_field()
    {
        using var client = Anonymous();
        var response = await client.PostAsync("/api/v1/admin/auth/login", new StringContent("{}", Encoding.UTF8, "application/json"));
        var problem = await Problem.ExpectAsync(response, 422, "validation.failed");
        var errors = problem.Raw.GetProperty("errors");
        Assert.That(errors.TryGetProperty("username", out _), Is.True);
        Assert.That(errors.TryGetProperty("password", out _), Is.True);
    }

    [Test]
    public async Task A_csv_upload_or_export_that_accepts_only_csv_gets_its_problems_with_a_code_and_a_trace_id()
    {
        var city = await Seed.OrgAsync("市总工会");
        var member = await Seed.VerifiedMemberAsync(city);
        using var admin = await NewStaffAsync("org_admin", city.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await using var db = await DbAsync();
        var card = await Dapper.SqlMapper.ExecuteScalarAsync<string>(db, "SELECT member_card_no FROM member WHERE id = @member", new { member });

        // the per-row report of a bulk upload, sent by a client that accepts only CSV (as a spreadsheet tool does)
        using var upload = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/admin/orgs/{city}/member-tags")
        {
            Content = new StringContent($"会员卡号,标签\n{card},劳模\n{card},不存在的标签\n", Encoding.UTF8, "text/csv"),
        };
        upload.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var report = await Problem.ExpectAsync(await admin.SendAsync(upload), 422, "member_tag.batch_rows_invalid");
        Assert.That(report.Raw.GetProperty("rejected").GetArrayLength(), Is.GreaterThan(0), "the report is all there");

        // an export refused
        using var export = new HttpRequestMessage(HttpMethod.Get, "/api/v1/admin/activities/123456789/signups");
        export.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        await Problem.ExpectAsync(await admin.SendAsync(export), 404, "not_found");
    }
}
