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

    internal sealed record MerchantRow(long Id, string Name, string CreditCode, DateTime CreatedAt)
    {
        public Merchant ToDto(IReadOnlyList<Store>? stores = null) =>
            new(Inv(Id), Name, CreditCode, CreatedAt.ToChina(), stores);
    }

    internal const string SelectMerchant = "SELECT id, name, credit_code AS CreditCode, created_at AS CreatedAt FROM merchant";

    internal static string Inv(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
