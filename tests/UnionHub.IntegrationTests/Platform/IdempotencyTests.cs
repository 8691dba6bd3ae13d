using Dapper;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using UnionHub.Api.Platform;

namespace UnionHub.IntegrationTests.Platform;

/// <summary>The idempotency gate against the real database (feature tests prove it through their own endpoints).</summary>
public sealed class IdempotencyTests : ApiTest
{
    private static IdempotencyGate Gate => Api.Services.GetRequiredService<IdempotencyGate>();

    private static DefaultHttpContext Call(string? key, string path = "/api/v1/things")
    {
        var http = new DefaultHttpContext();
        http.Request.Method = "POST";
        http.Request.Path = path;
        if (key is not null)
        {
            http.Request.Headers[IdempotencyGate.Header] = key;
        }

        return http;
    }

    private static async Task<(int Status, string Body)> CompleteWithChangeAsync(IdempotencyScope scope, object body)
    {
        await using var conn = await DbAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await conn.ExecuteAsync("INSERT INTO audit_log (at, actor_kind, action, entity, entity_id) VALUES (NOW(6), 'system', 'test', 'thing', '1')",
            transaction: tx);
        await scope.CompleteAsync(conn, tx, 201, body, CancellationToken.None);
        await tx.CommitAsync();
        return (201, System.Text.Json.JsonSerializer.Serialize(body, System.Text.Json.JsonSerializerOptions.Web));
    }

    [Test]
    public async Task Stored_answers_are_encrypted_at_rest_and_replay_byte_for_byte()
    {
        using var admin = await AdminAsync();
        var key = Guid.NewGuid().ToString();
        const string secret = "机密的工会名称-患病职工";
        using var first = await PostKeyedAsync(admin, "/api/v1/admin/orgs", new { name = secret }, key);
        var body = await first.Content.ReadAsStringAsync();
        Assert.That((int)first.StatusCode, Is.EqualTo(201), body);
        Assert.That(body, Does.Contain(secret));

        await using var db = await DbAsync();
        var stored = await db.QuerySingleAsync<string>("SELECT response_body FROM idempotency_key WHERE idem_key = @key", new { key });
        Assert.That(stored, Does.StartWith("enc:").And.Not.Contain(secret).And.Not.Contain("name"), "no answer in clear in the key store");

        using var replay = await PostKeyedAsync(admin, "/api/v1/admin/orgs", new { name = secret }, key);
        Assert.That(((int)replay.StatusCode, await replay.Content.ReadAsStringAsync()), Is.EqualTo((201, body)));
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM org WHERE name = @secret", new { secret }), Is.EqualTo(1));
    }

    [Test]
    public async Task Without_a_key_every_call_proceeds()
    {
        await using var scope = await Gate.StartAsync(Call(null), "member:1", new { a = 1 }, CancellationToken.None);
        Assert.That(scope.HasKey, Is.False);
        Assert.That(scope.Replay, Is.Null);
        Assert.That(scope.Refusal, Is.Null);
    }

    [Test]
    public async Task Same_key_same_body_replays_the_first_response_exactly()
    {
        await using (var first = await Gate.StartAsync(Call("k-1"), "member:1", new { a = 1 }, CancellationToken.None))
        {
            Assert.That(first.HasKey && first.Replay is null && first.Refusal is null);
            await CompleteWithChangeAsync(first, new { voucherId = "42", title = "夏日清凉包" });
        }

        await using var second = await Gate.StartAsync(Call("k-1"), "member:1", new { a = 1 }, CancellationToken.None);
        Assert.That(second.Replay, Is.Not.Null);
        var http = new DefaultHttpContext();
        http.Response.Body = new MemoryStream();
        await second.Replay!.ExecuteAsync(http);
        http.Response.Body.Position = 0;
        Assert.That(http.Response.StatusCode, Is.EqualTo(201));
        Assert.That(await new StreamReader(http.Response.Body).ReadToEndAsync(), Is.EqualTo("{\"voucherId\":\"42\",\"title\":\"夏日清凉包\"}"),
            "byte for byte what the app writes: Chinese text unescaped, as in the first answer");
    }

    [Test]
    public async Task Same_key_with_another_body_or_path_is_key_reused_and_other_callers_are_separate()
    {
        await using (var first = await Gate.StartAsync(Call("k-2"), "member:1", new { a = 1 }, CancellationToken.None))
        {
            await CompleteWithChangeAsync(first, new { ok = true });
        }

        await using var otherBody = await Gate.StartAsync(Call("k-2"), "member:1", new { a = 2 }, CancellationToken.None);
        Assert.That(otherBody.Refusal?.ProblemDetails.Extensions["code"], Is.EqualTo("idempotency.key_reused"));
        await using var otherPath = await Gate.StartAsync(Call("k-2", "/api/v1/other"), "member:1", new { a = 1 }, CancellationToken.None);
        Assert.That(otherPath.Refusal?.ProblemDetails.Extensions["code"], Is.EqualTo("idempotency.key_reused"));
        await using var otherCaller = await Gate.StartAsync(Call("k-2"), "member:2", new { a = 2 }, CancellationToken.None);
        Assert.That(otherCaller.Refusal, Is.Null, "keys are scoped to their caller");
        Assert.That(otherCaller.HasKey, Is.True);
    }

    [Test]
    public async Task A_call_in_flight_makes_the_duplicate_wait_and_a_dropped_call_releases_its_key()
    {
        var first = await Gate.StartAsync(Call("k-3"), "member:1", null, CancellationToken.None);
        await using (var duplicate = await Gate.StartAsync(Call("k-3"), "member:1", null, CancellationToken.None))
        {
            Assert.That(duplicate.Refusal?.StatusCode, Is.EqualTo(409));
            Assert.That(duplicate.Refusal?.ProblemDetails.Extensions["code"], Is.EqualTo("idempotency.in_progress"));
        }

        await first.DisposeAsync(); // ended without an answer (e.g. its transaction failed)
        await using var retry = await Gate.StartAsync(Call("k-3"), "member:1", null, CancellationToken.None);
        Assert.That(retry.HasKey && retry.Refusal is null && retry.Replay is null, "the key is free again");
    }

    [Test]
    public async Task A_stale_in_progress_key_is_taken_over_and_an_expired_one_starts_afresh()
    {
        _ = await Gate.StartAsync(Call("k-4"), "member:1", null, CancellationToken.None); // the process "died": never disposed
        Api.Clock.Advance(IdempotencyGate.StaleAfter + TimeSpan.FromSeconds(1));
        await using (var takeover = await Gate.StartAsync(Call("k-4"), "member:1", null, CancellationToken.None))
        {
            Assert.That(takeover.HasKey && takeover.Refusal is null, "stale claim taken over");
            await CompleteWithChangeAsync(takeover, new { n = 1 });
        }

        Api.Clock.Advance(IdempotencyGate.Retention + TimeSpan.FromSeconds(1));
        await using var fresh = await Gate.StartAsync(Call("k-4"), "member:1", new { different = true }, CancellationToken.None);
        Assert.That(fresh.HasKey && fresh.Refusal is null && fresh.Replay is null, "after 24 h the key may be used again");
    }

    [Test]
    public async Task A_rolled_back_transaction_stores_no_answer()
    {
        await using (var scope = await Gate.StartAsync(Call("k-5"), "member:1", null, CancellationToken.None))
        {
            await using var conn = await DbAsync();
            await using var tx = await conn.BeginTransactionAsync();
            await scope.CompleteAsync(conn, tx, 201, new { n = 1 }, CancellationToken.None);
            await tx.RollbackAsync();
            scope.MarkRolledBack();
        }

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM idempotency_key WHERE idem_key='k-5'"), Is.Zero);
    }

    [Test]
    public async Task Parallel_starts_under_one_key_admit_exactly_one()
    {
        var scopes = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            Gate.StartAsync(Call("k-6"), "member:1", new { a = 1 }, CancellationToken.None)));
        Assert.That(scopes.Count(s => s.HasKey), Is.EqualTo(1));
        Assert.That(scopes.Count(s => s.Refusal?.StatusCode == 409), Is.EqualTo(19));
        foreach (var s in scopes)
        {
            await s.DisposeAsync();
        }
    }

    [Test]
    public void Every_handler_that_takes_a_scope_is_on_an_idempotent_route_and_back()
    {
        var routes = Api.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .Select(e => (Name: e.DisplayName, Handler: e.Metadata.OfType<System.Reflection.MethodInfo>().FirstOrDefault(),
                Filtered: e.Metadata.OfType<IdempotentMetadata>().Any()))
            .Where(e => e.Handler is not null)
            .ToList();
        var takesScope = routes.Where(r => r.Handler!.GetParameters().Any(p => p.ParameterType == typeof(IdempotencyScope))).ToList();
        Assert.That(takesScope.Select(r => r.Handler!.DeclaringType!.Name), Does.Contain("RedeemVoucher").And.Contain("CreateOrg"),
            "which routes must be idempotent: Security/IdempotentCreatesTests");
        Assert.That(takesScope.Where(r => !r.Filtered).Select(r => r.Name), Is.Empty, "map them .WithIdempotency(...)");
        Assert.That(routes.Where(r => r.Filtered).Select(r => r.Name), Is.EquivalentTo(takesScope.Select(r => r.Name)));
    }

    [Test]
    public async Task Bad_keys_are_refused()
    {
        await using var scope = await Gate.StartAsync(Call(new string('k', 65)), "member:1", null, CancellationToken.None);
        Assert.That(scope.Refusal?.ProblemDetails.Extensions["code"], Is.EqualTo("idempotency.invalid_key"));
    }
}
