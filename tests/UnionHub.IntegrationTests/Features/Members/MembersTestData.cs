using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace UnionHub.IntegrationTests.Features.Members;

/// <summary>Shared steps of the organisation, roster and real-name tests, all through HTTP.</summary>
internal static class MembersTestData
{
    public static async Task<string> CreateOrgAsync(HttpClient client, string name, string? parentId = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/admin/orgs", new { name, parentId });
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static async Task<string> CreateEnterpriseAsync(HttpClient client, string orgId, string creditCode, string name = "东风机械厂")
    {
        var response = await client.PostAsJsonAsync("/api/v1/admin/enterprises", new { name, creditCode, orgId });
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, string orgId, string csv, bool bom = false) =>
        UploadAsync(client, orgId, (bom ? [0xEF, 0xBB, 0xBF] : Array.Empty<byte>()).Concat(Encoding.UTF8.GetBytes(csv)).ToArray());

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, string orgId, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        return client.PostAsync($"/api/v1/admin/orgs/{orgId}/roster", content);
    }

    public static async Task<JsonElement> UploadOkAsync(HttpClient client, string orgId, string csv, bool bom = false)
    {
        var response = await UploadAsync(client, orgId, csv, bom);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public const string Header = "name,idNumber,enterpriseCreditCode,phone\r\n";

    /// <summary>A roster of <paramref name="rows"/> good rows, ID numbers from <see cref="SeedIds.DistinctIdNumber"/>.</summary>
    public static string Roster(int rows, int firstN = 0, string? creditCode = null)
    {
        var sb = new StringBuilder(Header);
        for (var i = 0; i < rows; i++)
        {
            var n = firstN + i;
            sb.Append("职工").Append(n).Append(',').Append(SeedIds.DistinctIdNumber(n)).Append(',').Append(creditCode)
              .Append(',').Append($"139{n % 100_000_000:D8}").Append("\r\n");
        }

        return sb.ToString();
    }
}
