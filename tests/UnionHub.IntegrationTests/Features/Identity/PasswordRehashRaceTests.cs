using System.Net.Http.Json;
using Dapper;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace UnionHub.IntegrationTests.Features.Identity;

/// <summary>
/// ADR 0021: a login that upgrades an old password hash stores the new hash only while the stored one is still the one it
/// checked, so a password reset committed in the meantime is never overwritten (the old password must stop working).
/// </summary>
public sealed class PasswordRehashRaceTests : ApiTest
{
    private const int Trials = 6;
    private const string Password = "correct horse battery";

    /// <summary>A hash of fewer iterations than the API's hasher uses: verifying it answers SuccessRehashNeeded.</summary>
    private static readonly PasswordHasher<string> OldHasher = new(Options.Create(new PasswordHasherOptions { IterationCount = 1_000 }));

    private static Task<HttpResponseMessage> LoginAsync(string username, string password) =>
        Anonymous().PostAsJsonAsync("/api/v1/admin/auth/login", new { username, password });

    [Test]
    public async Task A_reset_racing_a_login_that_rehashes_the_old_password_keeps_the_one_time_password_and_ends_the_old_one()
    {
        using var admin = await AdminAsync();
        var username = $"reviewer-{Guid.NewGuid():N}"[..30];
        var created = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/admin/users", new { username, password = Password, role = "reviewer" }), 201);
        var id = created.GetProperty("id").GetString()!;
        await using var db = await DbAsync();
        for (var trial = 1; trial <= Trials; trial++)
        {
            // an account whose stored hash predates the current iteration count (set directly: there is no API for an old hash)
            await db.ExecuteAsync("UPDATE staff_user SET password_hash = @hash, failed_logins = 0, locked_until = NULL WHERE username = @username",
                new { username, hash = OldHasher.HashPassword(username, Password) });
            var answers = await ParallelAsync(
            [
                () => LoginAsync(username, Password),
                () => admin.PostAsync($"/api/v1/admin/users/{id}/password-reset", null),
            ]);
            Assert.That(answers[1].Status, Is.EqualTo(200), $"trial {trial}: the reset");
            Assert.That(answers[0].Status, Is.AnyOf(200, 401), $"trial {trial}: the login (before or after the reset)");
            var oneTime = answers[1].Body.GetProperty("oneTimePassword").GetString()!;
            var withOneTime = (int)(await LoginAsync(username, oneTime)).StatusCode;
            var withOld = (int)(await LoginAsync(username, Password)).StatusCode;
            Assert.Multiple(() =>
            {
                Assert.That(withOneTime, Is.EqualTo(200), $"trial {trial}: the one-time password works");
                Assert.That(withOld, Is.EqualTo(401), $"trial {trial}: the old password does not");
            });
        }
    }
}
