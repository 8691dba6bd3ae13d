using System.Net.Http.Json;
using System.Text;

namespace UnionHub.IntegrationTests.Security;

/// <summary>
/// OWASP API Security Top 10 (2023) API2/API5: every route in the OpenAPI document refuses callers
/// without a token (401) and callers of the wrong kind (403), as problem+json.
/// </summary>
public sealed class RouteSecurityTests : ApiTest
{
    private static HttpRequestMessage Request(Operation op, string? token = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(op.Method), op.Path());
        if (op.Method is "POST" or "PUT" or "PATCH")
        {
            // send the media type the operation declares, so that content negotiation cannot answer before auth
            var type = op.RequestContentType ?? "application/json";
            request.Content = new StringContent(type == "application/json" ? "{}" : "", Encoding.UTF8, type);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    [Test]
    public async Task The_document_lists_the_routes_and_only_health_docs_and_logins_are_public()
    {
        using var client = Anonymous();
        var ops = await Operation.AllAsync(client);
        Assert.That(ops, Is.Not.Empty);
        var publicOps = ops.Where(o => !o.Secured).Select(o => o.ToString()).ToList();
        var allowedPublic = new[] { "/api/v1/admin/auth/login", "/api/v1/auth/", "/api/v1/vouchers/signing-key", "/api/v1/public/",
            "/api/v1/content/images/" }; // article images: an <img> sends no token
        Assert.That(publicOps.Where(p => !allowedPublic.Any(a => p.Contains(a, StringComparison.Ordinal))), Is.Empty,
            "a route without a security requirement is public: add it here only on purpose");
    }

    [Test]
    public async Task Every_secured_route_refuses_a_caller_without_a_token()
    {
        using var client = Anonymous();
        var failures = new List<string>();
        foreach (var op in (await Operation.AllAsync(client)).Where(o => o.Secured))
        {
            var response = await client.SendAsync(Request(op));
            if ((int)response.StatusCode != 401 || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{op}: {(int)response.StatusCode} {response.Content.Headers.ContentType}");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task Staff_and_merchant_routes_refuse_members_and_member_routes_refuse_staff()
    {
        using var anonymous = Anonymous();
        var ops = (await Operation.AllAsync(anonymous)).Where(o => o.Secured).ToList();
        var member = MemberToken(await Seed.VerifiedMemberAsync(await Seed.OrgAsync()));
        var reviewerToken = await NewStaffTokenAsync("reviewer");
        var failures = new List<string>();
        using var client = Anonymous();
        foreach (var op in ops)
        {
            var token = op.Area switch { "staff" or "merchant" or "enterprise" or "lawyer" => member, "member" => reviewerToken, _ => null };
            if (token is null)
            {
                continue;
            }

            var response = await client.SendAsync(Request(op, token));
            if ((int)response.StatusCode != 403)
            {
                failures.Add($"{op} as {(op.Area == "member" ? "reviewer" : "member")}: {(int)response.StatusCode}");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task Super_admin_only_routes_refuse_other_staff()
    {
        // the routes that move users, keys and merchants are super_admin's alone
        using var client = Anonymous();
        var ops = (await Operation.AllAsync(client))
            .Where(o => o.PathTemplate.StartsWith("/api/v1/admin/users", StringComparison.Ordinal)
                        || o.PathTemplate.StartsWith("/api/v1/admin/merchants", StringComparison.Ordinal)
                        || o.PathTemplate.StartsWith("/api/v1/admin/audit", StringComparison.Ordinal)).ToList();
        Assert.That(ops, Is.Not.Empty);
        var reviewer = await NewStaffTokenAsync("reviewer");
        var failures = new List<string>();
        foreach (var op in ops)
        {
            var response = await client.SendAsync(Request(op, reviewer));
            if ((int)response.StatusCode != 403)
            {
                failures.Add($"{op}: {(int)response.StatusCode}");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task Mutual_aid_claim_routes_admit_reviewers_and_the_plan_routes_refuse_them()
    {
        // the fund office (reviewer) reviews and pays claims as it does relief-fund applications; plans stay with org_admin
        using var client = Anonymous();
        var ops = (await Operation.AllAsync(client)).Where(o => o.PathTemplate.StartsWith("/api/v1/admin/mutual-aid/", StringComparison.Ordinal)
            || o.PathTemplate.Contains("/mutual-aid-plans/", StringComparison.Ordinal)).ToList();
        var claimOps = ops.Where(o => o.PathTemplate.StartsWith("/api/v1/admin/mutual-aid/claims", StringComparison.Ordinal)).ToList();
        Assert.That(claimOps, Has.Count.EqualTo(8), "with payment/cancel (ADR 0020, 2026-12-03)");
        Assert.That(ops.Count - claimOps.Count, Is.GreaterThanOrEqualTo(6));
        var reviewer = await NewStaffTokenAsync("reviewer");
        var lawyer = await NewStaffTokenAsync("lawyer");
        var failures = new List<string>();
        foreach (var op in ops)
        {
            var status = (int)(await client.SendAsync(Request(op, reviewer))).StatusCode;
            if (op.PathTemplate.StartsWith("/api/v1/admin/mutual-aid/claims", StringComparison.Ordinal) ? status is 401 or 403 : status != 403)
            {
                failures.Add($"{op} as reviewer: {status}");
            }

            if ((int)(await client.SendAsync(Request(op, lawyer))).StatusCode != 403)
            {
                failures.Add($"{op} as lawyer: not 403");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    private static async Task<string> NewStaffTokenAsync(string role)
    {
        using var admin = await AdminAsync();
        var username = $"{role}-{Guid.NewGuid():N}"[..24];
        var created = await admin.PostAsJsonAsync("/api/v1/admin/users", new { username, password = "a long enough password", role });
        Assert.That((int)created.StatusCode, Is.EqualTo(201));
        return await StaffTokenAsync(username, "a long enough password");
    }
}
