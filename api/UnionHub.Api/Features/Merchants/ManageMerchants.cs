using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Merchants;

/// <summary>Registering merchants and their stores (super_admin), and who a merchant caller is.</summary>
public static class ManageMerchants
{
    public sealed record CreateRequest(string? Name, string? CreditCode);
    public sealed record StoreRequest(string? Name, string? Address);
    public sealed record Store(string Id, string Name, string? Address, DateTimeOffset CreatedAt);
    public sealed record Merchant(string Id, string Name, string CreditCode, DateTimeOffset CreatedAt, IReadOnlyList<Store>? Stores = null);
    public sealed record MeResponse(string MerchantId, string Name, string Via);

    private sealed record MerchantRow(long Id, string Name, string CreditCode, DateTime CreatedAt)
    {
        public Merchant ToDto(IReadOnlyList<Store>? stores = null) =>
            new(Inv(Id), Name, CreditCode, CreatedAt.ToChina(), stores);
    }

    private sealed record StoreRow(long Id, string Name, string? Address, DateTime CreatedAt);

    private const string SelectMerchant = "SELECT id, name, credit_code AS CreditCode, created_at AS CreatedAt FROM merchant";

    internal static string Inv(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<Results<Created<Merchant>, ProblemHttpResult>> Create(
        CreateRequest request, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().Required(request.Name, "name", 200);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        if (CreditCode.Normalise(request.CreditCode) is not { } code)
        {
            return Problems.Validation(new Dictionary<string, string[]>
            {
                ["creditCode"] = ["must be an 18-character unified social credit code with a valid check character"],
            }, code: "merchant.invalid_credit_code", title: "The credit code is not valid.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        long id;
        try
        {
            id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(
                "INSERT INTO merchant (name, credit_code, created_at) VALUES (@name, @code, @now); SELECT LAST_INSERT_ID();",
                new { name = request.Name!.Trim(), code, now }, tx, cancellationToken: ct));
        }
        catch (MySqlException ex) when (ex.IsDuplicateKey())
        {
            return Problems.Create(409, "merchant.duplicate", "A merchant with this credit code exists.");
        }

        await Audit.WriteAsync(conn, tx, http, "merchant.create", "merchant", Inv(id), new { name = request.Name, creditCode = code }, ct);
        await tx.CommitAsync(ct);
        return TypedResults.Created($"/api/v1/admin/merchants/{Inv(id)}", new MerchantRow(id, request.Name.Trim(), code, now).ToDto([]));
    }

    public static async Task<Results<Ok<Page<Merchant>>, ProblemHttpResult>> List(
        MySqlDataSource db, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.After(cursor) is not { } after)
        {
            return Problems.BadCursor();
        }

        var take = Paging.Limit(limit);
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<MerchantRow>(new CommandDefinition(
            SelectMerchant + " WHERE id < @after ORDER BY id DESC LIMIT @take", new { after, take = take + 1 }, cancellationToken: ct))).ToList();
        var page = Paging.Build(rows, take, r => r.Id);
        return TypedResults.Ok(new Page<Merchant>(page.Items.Select(r => r.ToDto()).ToList(), page.NextCursor));
    }

    public static async Task<Results<Ok<Merchant>, ProblemHttpResult>> Get(string merchantId, MySqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var row = MerchantsApi.ParseId(merchantId) is { } id
            ? await conn.QuerySingleOrDefaultAsync<MerchantRow>(new CommandDefinition(SelectMerchant + " WHERE id = @id", new { id }, cancellationToken: ct))
            : null;
        if (row is null)
        {
            return Problems.NotFound("merchant");
        }

        var stores = await conn.QueryAsync<StoreRow>(new CommandDefinition(
            "SELECT id, name, address, created_at AS CreatedAt FROM merchant_store WHERE merchant_id = @id ORDER BY id",
            new { id = row.Id }, cancellationToken: ct));
        return TypedResults.Ok(row.ToDto(stores.Select(s => new Store(Inv(s.Id), s.Name, s.Address, s.CreatedAt.ToChina())).ToList()));
    }

    public static async Task<Results<Created<Store>, ProblemHttpResult>> AddStore(
        string merchantId, StoreRequest request, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().Required(request.Name, "name", 200)
            .Check(request.Address is null || request.Address.Length <= 500, "address", "must be at most 500 characters");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var id = MerchantsApi.ParseId(merchantId);
        // the insert only happens when the merchant exists: no orphan stores, no check-then-act
        var storeId = id is null ? 0 : await conn.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO merchant_store (merchant_id, name, address, created_at)
            SELECT id, @name, @address, @now FROM merchant WHERE id = @id;
            SELECT IF(ROW_COUNT() = 1, LAST_INSERT_ID(), 0);
            """, new { id, name = request.Name!.Trim(), address = request.Address?.Trim(), now }, tx, cancellationToken: ct));
        if (storeId == 0)
        {
            return Problems.NotFound("merchant");
        }

        await Audit.WriteAsync(conn, tx, http, "merchant_store.create", "merchant", Inv(id!.Value), new { storeId, name = request.Name }, ct);
        await tx.CommitAsync(ct);
        return TypedResults.Created($"/api/v1/admin/merchants/{Inv(id.Value)}",
            new Store(Inv(storeId), request.Name!.Trim(), request.Address?.Trim(), now.ToChina()));
    }

    public static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> Me(HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        var merchantId = http.User.MerchantId()!.Value;
        await using var conn = await db.OpenConnectionAsync(ct);
        var name = await conn.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT name FROM merchant WHERE id = @merchantId",
            new { merchantId }, cancellationToken: ct));
        return name is null
            ? Problems.NotFound("merchant")
            : TypedResults.Ok(new MeResponse(Inv(merchantId), name, http.User.MerchantKeyId() is null ? "staff" : "api_key"));
    }
}
