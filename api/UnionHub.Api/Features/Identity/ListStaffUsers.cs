using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Identity;

/// <summary>GET /admin/users: staff accounts, newest first, filtered by role, organisation, state and username prefix.</summary>
public static class ListStaffUsers
{
    /// <param name="State">active, disabled or locked (too many wrong passwords, until <c>LockedUntil</c>).</param>
    public sealed record StaffUser(string Id, string Username, string Role, string? OrgId, string? MerchantId, string? EnterpriseId,
        string State, bool PasswordChangeRequired, DateTimeOffset? LastLoginAt, DateTimeOffset? LockedUntil, DateTimeOffset CreatedAt);

    private sealed record Row(long Id, string Username, string Role, long? OrgId, long? MerchantId, long? EnterpriseId, bool Disabled,
        bool MustChangePassword, DateTime? LastLoginAt, DateTime? LockedUntil, DateTime CreatedAt);

    private const string Select = """
        SELECT id, username, role, org_id AS OrgId, merchant_id AS MerchantId, enterprise_id AS EnterpriseId, disabled,
               must_change_password AS MustChangePassword, last_login_at AS LastLoginAt, locked_until AS LockedUntil, created_at AS CreatedAt
        FROM staff_user
        WHERE id < @After
          AND (@Role IS NULL OR role = @Role)
          AND (@OrgId IS NULL OR org_id = @OrgId)
          AND (@Disabled IS NULL OR disabled = @Disabled)
          AND (@Pattern IS NULL OR username LIKE @Pattern)
        ORDER BY id DESC
        LIMIT @Take
        """;

    public static async Task<Results<Ok<Page<StaffUser>>, ProblemHttpResult>> Handle(MySqlDataSource db, TimeProvider clock,
        CancellationToken ct, string? role = null, string? orgId = null, bool? disabled = null, string? username = null, int? limit = null,
        string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var org = Ids.Parse(orgId);
        var v = new Validator()
            .Check(role is null || Roles.Staff.Contains(role), "role", $"must be one of: {string.Join(", ", Roles.Staff.Order(StringComparer.Ordinal))}")
            .Check(orgId is null || org is not null, "orgId", "is not a valid id")
            .Check(username is null or { Length: <= 64 }, "username", "must be at most 64 characters");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<Row>(new CommandDefinition(Select, new
        {
            paging.After,
            Role = role,
            OrgId = org,
            Disabled = disabled,
            Pattern = username is null ? null : username.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%", // a prefix
            Take = paging.Fetch,
        }, cancellationToken: ct))).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<StaffUser>(page.Items.Select(r => new StaffUser(Ids.Text(r.Id), r.Username, r.Role,
            r.OrgId?.Text(), r.MerchantId?.Text(), r.EnterpriseId?.Text(),
            r.Disabled ? "disabled" : r.LockedUntil > now ? "locked" : "active", r.MustChangePassword,
            r.LastLoginAt?.ToChina(), r.LockedUntil > now ? r.LockedUntil.Value.ToChina() : null, r.CreatedAt.ToChina())).ToList(),
            page.NextCursor));
    }
}
