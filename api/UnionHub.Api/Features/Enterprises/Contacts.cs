using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Enterprises;

/// <summary>
/// An enterprise's contact accounts (role enterprise_contact), managed by an org_admin whose subtree holds the enterprise
/// (or a super_admin): list, create, disable and enable. Disabling also revokes the account's refresh tokens.
/// </summary>
public static class Contacts
{
    public sealed record CreateRequest(string? Username, string? Password);

    public sealed record ContactResponse(string Id, string Username, string EnterpriseId, bool Disabled, DateTimeOffset CreatedAt);

    internal sealed record Row(long Id, string Username, long EnterpriseId, bool Disabled, DateTime CreatedAt);

    internal const string Columns = "SELECT id, username, enterprise_id AS EnterpriseId, disabled, created_at AS CreatedAt FROM staff_user";

    private const string SelectOne = Columns + " WHERE id = @Id AND enterprise_id = @EnterpriseId AND role = 'enterprise_contact'";

    private const string SetDisabled = """
        UPDATE staff_user SET disabled = @Disabled WHERE id = @Id AND enterprise_id = @EnterpriseId AND role = 'enterprise_contact'
        """;

    private const string RevokeTokens = """
        UPDATE refresh_token SET revoked_at = @Now WHERE subject_kind = 'staff' AND subject_id = @Id AND revoked_at IS NULL
        """;

    internal static ContactResponse ToResponse(Row r) => new(r.Id.Text(), r.Username, r.EnterpriseId.Text(), r.Disabled, r.CreatedAt.ToChina());

    internal static async Task<Results<Ok<ContactResponse>, ProblemHttpResult>> SetAsync(
        string enterpriseId, string userId, bool disabled, HttpContext http, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await transactions.RunAsync<Results<Ok<ContactResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (Ids.Parse(enterpriseId) is not { } id || await EnterpriseRows.FindVisibleAsync(conn, tx, scope, id, ct) is null)
            {
                return Problems.NotFound("enterprise");
            }

            var user = Ids.Parse(userId);
            var args = new { Id = user, EnterpriseId = id, Disabled = disabled, Now = now.UtcDateTime };
            if (user is null || await conn.ExecuteAsync(new CommandDefinition(SetDisabled, args, tx, cancellationToken: ct)) == 0)
            {
                return Problems.NotFound("contact");
            }

            if (disabled)
            {
                await conn.ExecuteAsync(new CommandDefinition(RevokeTokens, args, tx, cancellationToken: ct));
            }

            await Audit.WriteAsync(conn, tx, http, disabled ? "enterprise_contact.disable" : "enterprise_contact.enable", "staff_user",
                user.Value.Text(), new { enterpriseId = id }, ct);
            var row = await conn.QuerySingleAsync<Row>(new CommandDefinition(SelectOne, args, tx, cancellationToken: ct));
            return TypedResults.Ok(ToResponse(row));
        }, ct);
    }
}
