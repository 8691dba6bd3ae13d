using System.Globalization;
using System.Security.Cryptography;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Members;

/// <summary>
/// POST /me/real-name: binds the caller's account to a person on some organisation's roster.
/// The roster match goes through blind indexes (ID number, then name); one ID number binds one account,
/// decided by the UNIQUE index on member.id_hash, not by a check in C#. 5 roster lookups a day per member.
/// When several organisations list the person, the earliest listing binds: a later upload by another organisation
/// (by mistake, or to pull a not-yet-verified worker into its subtree) cannot take them over; staff see such people in
/// GET /admin/orgs/{orgId}/roster-conflicts and the upload report's <c>conflicts</c> count.
/// </summary>
public static class VerifyRealName
{
    public const int TriesPerDay = 5;
    public const int MaxNameChars = 50;

    public sealed record Request(string? Name, string? IdNumber);

    private sealed record RosterMatch(long OrgId, long? EnterpriseId, byte[] NameHash);

    private const string SelectVerified = "SELECT verified_at IS NOT NULL FROM member WHERE id = @Id AND deleted_at IS NULL";

    // Earliest listing first (re-uploads update a row but keep its created_at).
    private const string SelectRoster = """
        SELECT org_id AS OrgId, enterprise_id AS EnterpriseId, name_hash AS NameHash
        FROM roster_entry WHERE id_hash = @IdHash AND left_at IS NULL
        ORDER BY created_at, id
        """;

    private const string Bind = """
        UPDATE member
        SET id_hash = @IdHash, id_enc = @IdEnc, name_enc = @NameEnc, org_id = @OrgId, enterprise_id = @EnterpriseId,
            member_card_no = @Card, verified_at = @Now
        WHERE id = @Id AND verified_at IS NULL AND deleted_at IS NULL
        """;

    public static async Task<Results<Ok<GetMe.MeResponse>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, MySqlDataSource db, Transactions transactions, PiiProtector pii, RateCounter rates, TimeProvider clock, CancellationToken ct)
    {
        if (http.User.MemberId() is not { } memberId)
        {
            return Problems.NotFound("member");
        }

        var name = request.Name?.Trim() ?? "";
        var v = new Validator().Required(name, "name", MaxNameChars);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var now = clock.GetUtcNow();
        var (id, problem) = IdNumber.Validate(request.IdNumber, DateOnly.FromDateTime(now.ToChina().DateTime));
        if (id is null)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["idNumber"] = [IdNumber.Describe(problem)] },
                code: MemberProblems.RealnameInvalidId, title: "The ID number is not valid.");
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var verified = await conn.ExecuteScalarAsync<bool?>(new CommandDefinition(SelectVerified, new { Id = memberId }, cancellationToken: ct));
        if (verified is null)
        {
            return Problems.NotFound("member");
        }

        if (verified.Value)
        {
            return AlreadyVerified();
        }

        // Only tries that look at the rosters count: they are what an enumeration would need.
        var day = TimeSpan.FromDays(1);
        var decision = await rates.HitAsync($"realname:member:{memberId.Text()}", TriesPerDay, day, ct);
        if (!decision.Allowed)
        {
            return RateLimited.Problem(http, decision.RetryAfter, "Too many real-name attempts today.", $"At most {TriesPerDay} tries a day.");
        }

        var idHash = pii.IdNumberIndex(id);
        var nameHash = pii.NameIndex(name);
        var idEnc = pii.Encrypt(id);
        var nameEnc = pii.Encrypt(name);
        var refused = await transactions.RunAsync(async (c, tx) =>
        {
            var rows = await c.QueryAsync<RosterMatch>(new CommandDefinition(SelectRoster, new { IdHash = idHash }, tx, cancellationToken: ct));
            var match = rows.FirstOrDefault(r => CryptographicOperations.FixedTimeEquals(r.NameHash, nameHash));
            if (match is null)
            {
                // One answer for "unknown ID" and "wrong name": the endpoint must not tell which ID numbers are on a roster.
                return Problems.Create(422, MemberProblems.RealnameNotInRoster, "No roster lists this name with this ID number.",
                    "Check both, or ask your union to add you to its roster.");
            }

            for (var attempt = 1; ; attempt++)
            {
                int changed;
                try
                {
                    changed = await c.ExecuteAsync(new CommandDefinition(Bind, new
                    {
                        IdHash = idHash,
                        IdEnc = idEnc,
                        NameEnc = nameEnc,
                        match.OrgId,
                        match.EnterpriseId,
                        Card = CardNumber(now),
                        Now = now.UtcDateTime,
                        Id = memberId,
                    }, tx, cancellationToken: ct));
                }
                catch (MySqlException ex) when (ex.IsDuplicateKey() && ex.Message.Contains("ux_member_card", StringComparison.Ordinal) && attempt < 5)
                {
                    continue; // a card number collision (only the statement was rolled back): draw another
                }
                catch (MySqlException ex) when (ex.IsDuplicateKey())
                {
                    return Problems.Create(409, MemberProblems.RealnameIdAlreadyBound, "This ID number is already bound to another account.",
                        "If this is your ID number, contact your union.");
                }

                if (changed == 0)
                {
                    return AlreadyVerified(); // a concurrent request of the same member won
                }

                // a hardship household staff registered for this worker before they had an account becomes theirs
                await Hardship.Households.LinkOnVerificationAsync(c, tx, http, memberId, idHash, match.OrgId, now.UtcDateTime, ct);
                // 女职工 from the ID number's 17th digit (even: female), read here while the plain number is in hand; never stored
                if (MemberTags.MemberTagRules.IsFemaleIdNumber(id))
                {
                    await MemberTags.MemberTagRules.AddFromRealNameAsync(c, tx, memberId, MemberTags.MemberTagRules.Woman, now.UtcDateTime, ct);
                }

                await Audit.WriteAsync(c, tx, http, "member.verify", "member", memberId.Text(), new { orgId = match.OrgId, match.EnterpriseId }, ct);
                return (ProblemHttpResult?)null;
            }
        }, ct);
        if (refused is not null)
        {
            return refused;
        }

        return TypedResults.Ok((await GetMe.LoadAsync(conn, null, pii, memberId, ct))!);
    }

    private static ProblemHttpResult AlreadyVerified() =>
        Problems.Create(409, MemberProblems.RealnameAlreadyVerified, "This account has already passed real-name verification.");

    /// <summary>'UH' + the China date (yyMMdd) + 10 random digits: 18 characters, unique by index (collisions retried).</summary>
    internal static string CardNumber(DateTimeOffset now) =>
        "UH" + now.ToChina().ToString("yyMMdd", CultureInfo.InvariantCulture)
             + RandomNumberGenerator.GetInt32(0, 100_000).ToString("D5", CultureInfo.InvariantCulture)
             + RandomNumberGenerator.GetInt32(0, 100_000).ToString("D5", CultureInfo.InvariantCulture);
}
