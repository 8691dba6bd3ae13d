using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Membership.MembershipRules;

namespace UnionHub.Api.Features.Membership;

/// <summary>
/// POST /membership/applications (idempotent): a logged-in worker who has not passed real-name verification applies to join a
/// grassroots organisation with their name, ID number, phone and employer (or, in a new form of employment, the platform they
/// work through). One open application per account and per ID number, decided by unique keys when applications race; an ID
/// number already bound to a member is refused. 5 applications a day per account.
/// </summary>
public static class ApplyToJoin
{
    /// <param name="Employment"><c>employed</c> (give <paramref name="EmployerName"/>) or <c>platform</c> (give <paramref name="PlatformName"/>; the employer is optional).</param>
    public sealed record Request(string? Name, string? IdNumber, string? Phone, string? Employment, string? EmployerName, string? PlatformName,
        string? OrgId);

    private const string SelectMember = "SELECT verified_at IS NOT NULL FROM member WHERE id = @Id AND deleted_at IS NULL";

    private const string SelectOrg = "SELECT o.id, NOT EXISTS (SELECT 1 FROM org c WHERE c.parent_id = o.id) AS Grassroots FROM org o WHERE o.id = @Id";

    private const string SelectBound = "SELECT COUNT(*) FROM member WHERE id_hash = @IdHash";

    private const string SelectOwnOpen = "SELECT id FROM membership_application WHERE open_member_id = @MemberId LOCK IN SHARE MODE";

    private const string Insert = """
        INSERT INTO membership_application (member_id, org_id, id_hash, id_enc, name_hash, name_enc, phone_hash, phone_enc, employment,
                                            employer_name, platform_name, status, open_id_hash, open_member_id, created_at, updated_at)
        VALUES (@MemberId, @OrgId, @IdHash, @IdEnc, @NameHash, @NameEnc, @PhoneHash, @PhoneEnc, @Employment,
                @EmployerName, @PlatformName, 'pending', @IdHash, @MemberId, @Now, @Now);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Created<Application>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, PiiProtector pii, RateCounter rates, TimeProvider clock,
        CancellationToken ct)
    {
        if (http.User.MemberId() is not { } memberId)
        {
            return Problems.NotFound("member");
        }

        var name = request.Name?.Trim() ?? "";
        var phone = NormalisePhone(request.Phone);
        var employer = string.IsNullOrWhiteSpace(request.EmployerName) ? null : request.EmployerName.Trim();
        var platform = string.IsNullOrWhiteSpace(request.PlatformName) ? null : request.PlatformName.Trim();
        var orgId = Ids.Parse(request.OrgId);
        var v = new Validator()
            .Required(name, "name", MaxNameChars)
            .Check(phone is not null, "phone", "must be a mainland China mobile number: 11 digits starting 13-19")
            .Check(request.Employment is not null && Employments.Contains(request.Employment), "employment", "must be one of: employed, platform")
            .Check(request.Employment != Employed || employer is not null, "employerName", "is required when employment is employed")
            .Check(employer is null || employer.Length <= MaxEmployerChars, "employerName", $"must be at most {MaxEmployerChars} characters")
            .Check(request.Employment != PlatformWorker || platform is not null, "platformName", "is required when employment is platform")
            .Check(platform is null || platform.Length <= MaxPlatformChars, "platformName", $"must be at most {MaxPlatformChars} characters")
            .Check(orgId is not null, "orgId", "must be an organisation id");
        if (!v.IsValid)
        {
            return await idem.RefuseAsync(v.Problem(), ct);
        }

        var now = clock.GetUtcNow();
        var (id, problem) = IdNumber.Validate(request.IdNumber, DateOnly.FromDateTime(now.ToChina().DateTime));
        if (id is null)
        {
            return await idem.RefuseAsync(Problems.Validation(new Dictionary<string, string[]> { ["idNumber"] = [IdNumber.Describe(problem)] },
                code: MemberProblems.RealnameInvalidId, title: "The ID number is not valid."), ct);
        }

        var decision = await rates.HitAsync($"join:member:{memberId.Text()}", AppliesPerDay, TimeSpan.FromDays(1), ct);
        if (!decision.Allowed)
        {
            return RateLimited.Problem(http, decision.RetryAfter, "Too many applications to join today.", $"At most {AppliesPerDay} a day.");
        }

        var idHash = pii.IdNumberIndex(id);
        var result = await transactions.RunAsync<Results<Created<Application>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var verified = await conn.ExecuteScalarAsync<bool?>(new CommandDefinition(SelectMember, new { Id = memberId }, tx, cancellationToken: ct));
            if (verified is null)
            {
                return Problems.NotFound("member");
            }

            if (verified.Value)
            {
                return Problems.Create(409, MemberProblems.RealnameAlreadyVerified, "This account is already a member.");
            }

            var org = await conn.QuerySingleOrDefaultAsync<(long Id, bool Grassroots)?>(new CommandDefinition(SelectOrg, new { Id = orgId }, tx,
                cancellationToken: ct));
            if (org is not { Grassroots: true })
            {
                return Problems.Validation(new Dictionary<string, string[]>
                {
                    ["orgId"] = [org is null ? "no such organisation" : "must be a grassroots organisation (one with none below it)"],
                });
            }

            if (await conn.ExecuteScalarAsync<int>(new CommandDefinition(SelectBound, new { IdHash = idHash }, tx, cancellationToken: ct)) > 0)
            {
                return Problems.Create(409, MemberProblems.RealnameIdAlreadyBound, "This ID number is already bound to a member's account.",
                    "If this is your ID number, contact your union.");
            }

            long applicationId;
            try
            {
                applicationId = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
                {
                    MemberId = memberId,
                    OrgId = orgId,
                    IdHash = idHash,
                    IdEnc = pii.Encrypt(id),
                    NameHash = pii.NameIndex(name),
                    NameEnc = pii.Encrypt(name),
                    PhoneHash = pii.PhoneIndex(phone!),
                    PhoneEnc = pii.Encrypt(phone!),
                    request.Employment,
                    EmployerName = employer,
                    PlatformName = platform,
                    Now = now.UtcDateTime,
                }, tx, cancellationToken: ct));
            }
            catch (MySqlException ex) when (ex.IsDuplicateKey())
            {
                // Both keys may be taken (the account applying twice with its ID number): the account's own application is
                // the answer then. A locking read sees the latest committed rows, not this transaction's snapshot.
                var own = await conn.ExecuteScalarAsync<long?>(new CommandDefinition(SelectOwnOpen, new { MemberId = memberId }, tx, cancellationToken: ct));
                return own is not null
                    ? Problems.Create(409, MembershipProblems.ApplicationOpen, "You already have an application to join waiting for a decision.",
                        "Wait for it to be decided, or withdraw it first.")
                    : Problems.Create(409, MembershipProblems.IdApplicationOpen, "An application to join with this ID number is waiting for a decision.",
                        "If this is your ID number, contact your union.");
            }

            await Audit.WriteAsync(conn, tx, http, "membership.apply", "membership_application", applicationId.Text(),
                new { orgId = orgId!.Value.Text(), employment = request.Employment }, ct);
            var view = await ViewAsync(conn, tx, pii, applicationId, ct);
            await idem.CompleteAsync(conn, tx, 201, view, ct);
            return TypedResults.Created($"/api/v1/membership/applications/{view.Id}", view);
        }, ct);
        return result.Result is ProblemHttpResult refused ? await idem.RefuseAsync(refused, ct) : result;
    }
}
