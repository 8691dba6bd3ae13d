using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace UnionHub.IntegrationTests.Platform;

/// <summary>The OpenAPI document as a contract: valid, named cleanly, and enforced on every answer of the suite.</summary>
public sealed partial class OpenApiDocumentTests : ApiTest
{
    private static async Task<string> DocumentAsync()
    {
        using var client = Anonymous();
        return await client.GetStringAsync("/swagger/v1/swagger.json");
    }

    [Test]
    public async Task The_document_reads_without_errors_and_passes_the_OpenAPI_rules()
    {
        var text = await DocumentAsync();
        var read = OpenApiDocument.Parse(text, OpenApiConstants.Json);
        Assert.That(read.Diagnostic?.Errors ?? [], Is.Empty, "reading the document");
        var errors = read.Document!.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? [];
        Assert.That(errors.Select(e => $"{e.Pointer}: {e.Message}"), Is.Empty, "OpenAPI rules");
    }

    [Test]
    public async Task Schema_names_are_valid_component_keys_and_every_reference_resolves()
    {
        var doc = JsonNode.Parse(await DocumentAsync())!;
        var names = doc["components"]!["schemas"]!.AsObject().Select(s => s.Key).ToList();
        Assert.That(names.Where(n => !ComponentKey().IsMatch(n)), Is.Empty);
        Assert.That(names, Does.Contain("Funds.OpenFunds.FundPage"), "a page of a type is named after the type");
        var refs = RefValue().Matches(doc.ToJsonString()).Select(m => m.Groups[1].Value).Distinct();
        Assert.That(refs.Where(r => !names.Contains(r)), Is.Empty, "references to missing schemas");
    }

    [Test]
    public async Task Non_nullable_properties_are_required_and_nullable_ones_are_marked()
    {
        var schemas = JsonNode.Parse(await DocumentAsync())!["components"]!["schemas"]!;
        // Identity.TokensResponse(string AccessToken, string RefreshToken, int ExpiresIn, MemberSummary? Member, ...)
        var tokens = schemas["Identity.TokensResponse"]!;
        var required = tokens["required"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        Assert.That(required, Does.Contain("accessToken").And.Contain("expiresIn").And.Contain("roles"));
        Assert.That(required, Does.Not.Contain("member").And.Not.Contain("refreshToken"));
        Assert.That(tokens["properties"]!["member"]!["nullable"]?.GetValue<bool>(), Is.True);
        Assert.That(tokens["properties"]!["accessToken"]!["nullable"], Is.Null);
    }

    [Test]
    public async Task Routes_document_the_answers_the_platform_gives()
    {
        var paths = JsonNode.Parse(await DocumentAsync())!["paths"]!;
        var claim = paths["/api/v1/perks/{id}/claims"]!["post"]!;
        Assert.That(claim["responses"]!.AsObject().Select(r => r.Key),
            Is.SupersetOf(new[] { "201", "401", "403", "404", "409", "422", "429", "503" }));
        Assert.That(claim["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()), Does.Contain("Idempotency-Key"));
        var createPerk = paths["/api/v1/admin/perks"]!["post"]!["responses"]!.AsObject().Select(r => r.Key);
        Assert.That(createPerk, Is.SupersetOf(new[] { "400", "401", "403", "413", "415", "503" }));
        var signingKey = paths["/api/v1/vouchers/signing-key"]!["get"]!["responses"]!.AsObject().Select(r => r.Key);
        Assert.That(signingKey, Is.EquivalentTo(new[] { "200" }), "an anonymous route that reads no database answers only 200");
        var evidence = paths["/api/v1/me/fund-applications/{id}/evidence/{fileId}"]!["get"]!["responses"]!["200"]!["content"]!.AsObject();
        Assert.That(evidence.Select(c => c.Key), Is.EquivalentTo(new[] { "image/jpeg", "image/png", "application/pdf" }));
    }

    [Test]
    public async Task Every_answer_of_the_suite_is_checked_against_the_document()
    {
        var before = OpenApiContract.Checked;
        using var client = WithToken(MemberToken(1));
        var response = await client.GetAsync("/api/v1/perks");
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        Assert.That(OpenApiContract.Checked, Is.GreaterThan(before));
    }

    [Test]
    public async Task The_contract_refuses_an_unlisted_status_a_wrong_type_and_a_body_that_breaks_the_schema()
    {
        var contract = new OpenApiContract(await DocumentAsync());
        const string route = "/api/v1/vouchers/signing-key";
        var good = """{"alg":"ES256","kid":"k","publicKeyPem":"p","jwk":{"kty":"EC"},"payloadFormat":"f"}"""u8;
        Assert.That(contract.Check("GET", route, 200, "application/json; charset=utf-8", good), Is.Empty);
        Assert.That(contract.Check("GET", route, 418, "application/json", good).Single(), Does.Contain("does not list"));
        Assert.That(contract.Check("GET", route, 200, "text/plain", "x"u8).Single(), Does.Contain("text/plain"));
        var missing = """{"alg":"ES256","publicKeyPem":"p","jwk":{},"payloadFormat":"f"}"""u8;
        Assert.That(contract.Check("GET", route, 200, "application/json", missing).Single(), Does.Contain("kid"));
        var extra = """{"alg":"ES256","kid":"k","publicKeyPem":"p","jwk":{},"payloadFormat":"f","secret":1}"""u8;
        Assert.That(contract.Check("GET", route, 200, "application/json", extra), Is.Not.Empty, "a field the document does not name");
        var nullKid = """{"alg":"ES256","kid":null,"publicKeyPem":"p","jwk":{},"payloadFormat":"f"}"""u8;
        Assert.That(contract.Check("GET", route, 200, "application/json", nullKid), Is.Not.Empty, "null where the document says string");
        Assert.That(contract.Check("GET", "/api/v1/nowhere", 200, "application/json", good).Single(), Does.Contain("not in the OpenAPI document"));

        // a nullable object (allOf + nullable) accepts null and the object, nothing else
        var member = """{"accessToken":"a","refreshToken":"r","expiresIn":900,"member":null,"roles":["member"],"passwordChangeRequired":false}""";
        Assert.That(contract.Check("POST", "/api/v1/auth/refresh", 200, "application/json", Encoding.UTF8.GetBytes(member)), Is.Empty);
        Assert.That(contract.Check("POST", "/api/v1/auth/refresh", 200, "application/json",
            Encoding.UTF8.GetBytes(member.Replace("\"member\":null", "\"member\":7", StringComparison.Ordinal))), Is.Not.Empty);
    }

    [GeneratedRegex("^[a-zA-Z0-9._-]+$")]
    private static partial Regex ComponentKey();

    [GeneratedRegex("\"\\$ref\":\"#/components/schemas/([^\"]+)\"")]
    private static partial Regex RefValue();
}
