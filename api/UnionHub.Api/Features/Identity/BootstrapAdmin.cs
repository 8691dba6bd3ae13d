using Dapper;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Identity;

/// <summary>
/// Creates the first super_admin, <c>admin</c>, from <c>Bootstrap:AdminPassword</c> when no staff user exists.
/// Outside Development the service refuses to start without that setting while the staff table is empty.
/// </summary>
public sealed class BootstrapAdmin(MySqlDataSource db, IConfiguration config, IHostEnvironment env, TimeProvider clock,
    ILogger<BootstrapAdmin> logger) : IStartupTask
{
    public const string AdminUsername = "admin";

    public int Order => 10;

    public async Task RunAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        if (await conn.ExecuteScalarAsync<bool>(new CommandDefinition("SELECT EXISTS (SELECT 1 FROM staff_user)", cancellationToken: ct)))
        {
            return;
        }

        var password = config["Bootstrap:AdminPassword"];
        if (string.IsNullOrWhiteSpace(password))
        {
            if (env.IsDevelopment())
            {
                logger.LogWarning("No staff user exists and Bootstrap:AdminPassword is not set: no admin was created");
                return;
            }

            throw new InvalidOperationException(
                "No staff user exists. Set Bootstrap:AdminPassword (environment Bootstrap__AdminPassword) to create the first super_admin 'admin'.");
        }

        try
        {
            await conn.ExecuteAsync(new CommandDefinition("""
                INSERT INTO staff_user (username, password_hash, role, created_at)
                SELECT @Username, @Hash, @Role, @Now FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM staff_user)
                """, new
            {
                Username = AdminUsername,
                Hash = StaffLogin.Hasher.HashPassword(AdminUsername, password),
                Role = Roles.SuperAdmin,
                Now = clock.GetUtcNow().UtcDateTime,
            }, cancellationToken: ct));
            logger.LogInformation("Created the bootstrap super_admin '{Username}'", AdminUsername);
        }
        catch (MySqlException ex) when (ex.IsDuplicateKey() || Transactions.IsConflict(ex))
        {
            // another instance created it at the same moment (on another cluster node: a certification conflict)
        }
    }
}
