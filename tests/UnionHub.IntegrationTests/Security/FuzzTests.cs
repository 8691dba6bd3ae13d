using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace UnionHub.IntegrationTests.Security;

/// <summary>
/// Walks the OpenAPI document and sends malformed, boundary and hostile values to every endpoint as a caller
/// who may use it: never a 500, never a stack trace, every error problem+json.
/// </summary>
public sealed class FuzzTests : ApiTest
{
    private static readonly string[] HostileStrings =
    [
        "", " ", new string('x', 5000), "'; DROP TABLE member; --", "\" OR 1=1 --", "<script>alert(1)</script>",
        "王小明\u0000", "\uD83D\uDE00\u202E", "../../etc/passwd", "${jndi:ldap://x}", "%00", "\\u0000",
    ];

    private static readonly JsonNodeValue[] HostileNumbers =
    [
        new("-1"), new("0"), new("2147483648"), new("9223372036854775807"), new("9223372036854775808"), new("1e308"),
        new("-9223372036854775808"), new("0.5"), new("NaN-as-string", "\"NaN\""),
    ];

    private sealed record JsonNodeValue(string Name, string? Raw = null)
    {
        public string Json => Raw ?? Name;
    }

    /// <summary>Bodies built from the schema with one field at a time made hostile, plus wholly wrong shapes.</summary>
    private static IEnumerable<string> Bodies(Operation op)
    {
        yield return "[]";
        yield return "\"text\"";
        yield return "123";
        yield return "null";
        yield return "{\"a\":";
        yield return "{}";
        if (op.JsonBodySchema is not { } schema || !schema.TryGetProperty("properties", out var props))
        {
            yield break;
        }

        var fields = props.EnumerateObject().Select(p => (p.Name, Schema: op.Resolve(p.Value))).ToList();
        string Valid((string Name, JsonElement Schema) f) => TypeOf(f.Schema) switch
        {
            "integer" or "number" => "1",
            "boolean" => "true",
            "array" => "[]",
            "object" => "{}",
            _ => "\"1\"",
        };

        foreach (var field in fields)
        {
            var hostile = new List<string> { "[1,2]", "{\"$ne\":1}", "true" };
            hostile.AddRange(HostileStrings.Select(s => JsonSerializer.Serialize(s)));
            hostile.AddRange(HostileNumbers.Select(n => n.Json));
            foreach (var value in hostile)
            {
                yield return "{" + string.Join(",", fields.Select(f => $"\"{f.Name}\":{(f.Name == field.Name ? value : Valid(f))}")) + "}";
            }
        }
    }

    private static string TypeOf(JsonElement schema) =>
        schema.TryGetProperty("type", out var t)
            ? t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().Select(x => x.GetString()).First(x => x != "null")! : t.GetString()!
            : "object";

    private static readonly string[] HostileIds = ["0", "-1", "99999999999999999999", "abc", "1%27%20OR%201%3D1", "%E7%8E%8B"];

    [Test]
    public async Task No_endpoint_answers_500_or_a_non_problem_error_to_hostile_input()
    {
        using var anonymous = Anonymous();
        var ops = await Operation.AllAsync(anonymous);
        var member = MemberToken(await Seed.VerifiedMemberAsync(await Seed.OrgAsync()));
        var admin = await StaffTokenAsync("admin", ApiFactory.AdminPassword);
        var contact = await EnterpriseContactTokenAsync();
        using (var adminClient = WithToken(admin))
        {
            var created = await adminClient.PostAsJsonAsync("/api/v1/admin/users",
                new { username = "fuzz-lawyer", password = "correct horse battery", role = "lawyer" });
            Assert.That((int)created.StatusCode, Is.EqualTo(201));
        }

        var lawyer = await StaffTokenAsync("fuzz-lawyer", "correct horse battery");
        var failures = new List<string>();
        var sent = 0;
        using var client = Anonymous();

        foreach (var op in ops)
        {
            var token = op.Area switch { "staff" => admin, "member" => member, "enterprise" => contact, "lawyer" => lawyer, _ => null };
            var paths = op.PathTemplate.Contains('{', StringComparison.Ordinal)
                ? HostileIds.Select(op.Path).Append(op.Path("1")) : [op.PathTemplate];
            foreach (var path in paths)
            {
                var queries = new List<string> { "" };
                queries.AddRange(op.QueryParameters.SelectMany(q => new[] { $"?{q}=-1", $"?{q}=%27%3B--", $"?{q}=99999999999999999999999" }));
                foreach (var query in queries)
                {
                    List<string?> bodies = op.Method is "POST" or "PUT" or "PATCH" ? [.. Bodies(op)] : [null];
                    foreach (var body in bodies)
                    {
                        var request = new HttpRequestMessage(new HttpMethod(op.Method), path + query);
                        if (body is not null)
                        {
                            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                        }

                        if (token is not null)
                        {
                            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
                        }

                        var response = await client.SendAsync(request);
                        sent++;
                        var status = (int)response.StatusCode;
                        var type = response.Content.Headers.ContentType?.MediaType;
                        var text = await response.Content.ReadAsStringAsync();
                        if (status >= 500
                            || (status >= 400 && type != "application/problem+json")
                            || text.Contains("   at ", StringComparison.Ordinal) || text.Contains("Exception", StringComparison.Ordinal))
                        {
                            failures.Add($"{op.Method} {path}{query} body={Trim(body)} -> {status} {type} {Trim(text)}");
                        }
                    }
                }
            }
        }

        TestContext.Out.WriteLine($"{sent} hostile requests to {ops.Count} operations");
        Assert.That(failures.Distinct().Take(40), Is.Empty);
    }

    [Test]
    public async Task Every_paged_list_refuses_a_foreign_cursor_with_one_stable_code()
    {
        using var anonymous = Anonymous();
        var lists = (await Operation.AllAsync(anonymous))
            .Where(o => o.Method == "GET" && o.QueryParameters.Contains("cursor") && o.Area is "staff" or "member" or "enterprise" or "lawyer").ToList();
        Assert.That(lists, Has.Count.GreaterThan(5), "the document lists the paged routes");
        var member = MemberToken(await Seed.VerifiedMemberAsync(await Seed.OrgAsync()));
        var admin = await StaffTokenAsync("admin", ApiFactory.AdminPassword);
        var contact = await EnterpriseContactTokenAsync();
        using var lawyer = await NewStaffAsync("lawyer");
        var failures = new List<string>();
        foreach (var op in lists)
        {
            using var client = op.Area == "lawyer" ? null : WithToken(op.Area switch { "staff" => admin, "enterprise" => contact, _ => member });
            // a personal-data read asks for its reason first: give one, the cursor is what is under test
            var response = await (client ?? lawyer).GetAsync(op.Path("1") + "?cursor=not-one-of-ours"
                + (op.QueryParameters.Contains("reason") ? "&reason=fuzz" : ""));
            var body = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode != 400 || !body.Contains("\"code\":\"request.bad_cursor\"", StringComparison.Ordinal))
            {
                failures.Add($"{op}: {(int)response.StatusCode} {Trim(body)}");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    /// <summary>A logged-in enterprise_contact of a fresh enterprise, for the routes under /api/v1/enterprise.</summary>
    private static async Task<string> EnterpriseContactTokenAsync()
    {
        var enterprise = await Seed.EnterpriseAsync(await Seed.OrgAsync());
        using var admin = await AdminAsync();
        var username = $"contact-{Guid.NewGuid():N}"[..24];
        var created = await admin.PostAsJsonAsync("/api/v1/admin/users", new
        {
            username, password = "a long enough password", role = "enterprise_contact",
            enterpriseId = enterprise.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.That((int)created.StatusCode, Is.EqualTo(201));
        return await StaffTokenAsync(username, "a long enough password");
    }

    private static string Trim(string? s) => s is null ? "-" : s.Length > 160 ? s[..160] + "…" : s;
}
