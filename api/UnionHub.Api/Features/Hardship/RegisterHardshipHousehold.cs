using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Identity;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Hardship.Households;

namespace UnionHub.Api.Features.Hardship;

/// <summary>
/// POST /admin/hardship/households: puts a verified member of the caller's subtree on the register (<c>memberId</c>), or a
/// worker without an app account (<c>name</c>, <c>idNumber</c>, <c>phone?</c>, <c>orgId</c>). For the latter, when a verified
/// member already holds that ID number the household is registered for that member (the <c>memberId</c> path, with its
/// answers); otherwise it is kept unlinked, one per ID number, until the worker's verification links it
/// (<see cref="Households.LinkOnVerificationAsync"/>). The member's ID index is read with a lock before the unlinked insert,
/// which orders this against a verification running at the same time.
/// </summary>
public static class RegisterHardshipHousehold
{
    private sealed record MemberRow(long Id, long? OrgId, string? OrgPath, DateTime? VerifiedAt, byte[]? IdHash);

    private const string Insert = """
        INSERT INTO hardship_household (member_id, org_id, tier, reason, home_visit_enc, income_check_enc, entered_on, open_key,
                                        created_by, created_at, updated_at)
        VALUES (@MemberId, @OrgId, @Tier, @Reason, @HomeVisit, @IncomeCheck, @EnteredOn, @MemberId, @StaffId, @Now, @Now);
        SELECT LAST_INSERT_ID();
        """;

    private const string InsertUnlinked = """
        INSERT INTO hardship_household (member_id, org_id, tier, reason, home_visit_enc, income_check_enc, entered_on, open_key,
                                        person_name_enc, person_id_enc, person_phone_enc, open_id_key, created_by, created_at, updated_at)
        VALUES (NULL, @OrgId, @Tier, @Reason, @HomeVisit, @IncomeCheck, @EnteredOn, NULL,
                @NameEnc, @IdEnc, @PhoneEnc, @IdHash, @StaffId, @Now, @Now);
        SELECT LAST_INSERT_ID();
        """;

    private const string SelectMember = """
        SELECT m.id, m.org_id AS OrgId, o.path AS OrgPath, m.verified_at AS VerifiedAt, m.id_hash AS IdHash
        FROM member m LEFT JOIN org o ON o.id = m.org_id WHERE m.id = @memberId AND m.deleted_at IS NULL
        """;

    // A locking read of the ID index: it waits for a verification binding this ID number, and keeps one from binding it
    // until this transaction ends (see Households.LinkOnVerificationAsync).
    private const string LockMemberByIdNumber = """
        SELECT m.id, m.org_id AS OrgId, o.path AS OrgPath, m.verified_at AS VerifiedAt, m.id_hash AS IdHash
        FROM member m LEFT JOIN org o ON o.id = m.org_id WHERE m.id_hash = @idHash FOR UPDATE
        """;

    public static async Task<Results<Created<Household>, ProblemHttpResult>> Handle(
        RegisterRequest request, HttpContext http, Transactions transactions, IdempotencyScope idem, PiiProtector pii, TimeProvider clock,
        CancellationToken ct)
    {
        var byMember = request.MemberId is not null;
        var name = request.Name?.Trim() ?? "";
        var phone = string.IsNullOrWhiteSpace(request.Phone) ? null : request.Phone.Trim();
        string? idNumber = null;
        var v = new Validator()
            .Check(request.Tier is not null && HardshipRules.Tiers.Contains(request.Tier), "tier", "must be deep, relative or emergency")
            .Check(request.Reason is not null && HardshipRules.Reasons.Contains(request.Reason), "reason",
                "must be temporary_hardship, low_income, major_illness or accident")
            .Check(request.EnteredOn is not null, "enteredOn", "is required");
        if (byMember)
        {
            v.Check(Ids.Parse(request.MemberId) is not null, "memberId", "is not a member id")
                .Check(request.Name is null && request.IdNumber is null && request.Phone is null && request.OrgId is null, "memberId",
                    "give either memberId, or name, idNumber, phone and orgId for a worker without an app account");
        }
        else
        {
            var (id, problem) = IdNumber.Validate(request.IdNumber, DateOnly.FromDateTime(clock.GetUtcNow().ToChina().DateTime));
            idNumber = id;
            v.Required(name, "name", VerifyRealName.MaxNameChars)
                .Check(id is not null, "idNumber", id is null ? IdNumber.Describe(problem) : "")
                .Check(phone is null || SmsCodes.IsMainlandMobile(phone), "phone", "must be a mainland mobile number (11 digits)")
                .Check(Ids.Parse(request.OrgId) is not null, "orgId", "is required for a worker without an app account");
        }

        if (!CheckNotes(v, request.HomeVisit, request.IncomeCheck, request.Note).IsValid)
        {
            return v.Problem();
        }

        var staffId = http.User.StaffId()!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var idHash = idNumber is null ? null : pii.IdNumberIndex(idNumber);
        return await transactions.RunAsync<Results<Created<Household>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            MemberRow? member;
            if (idHash is null)
            {
                member = await conn.QuerySingleOrDefaultAsync<MemberRow>(new CommandDefinition(SelectMember,
                    new { memberId = Ids.Parse(request.MemberId)!.Value }, tx, cancellationToken: ct));
            }
            else
            {
                var orgId = Ids.Parse(request.OrgId)!.Value;
                var orgPath = await conn.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT path FROM org WHERE id = @orgId",
                    new { orgId }, tx, cancellationToken: ct));
                if (!scope.Contains(orgPath))
                {
                    return Problems.NotFound("organisation");
                }

                member = await conn.QuerySingleOrDefaultAsync<MemberRow>(new CommandDefinition(LockMemberByIdNumber,
                    new { idHash }, tx, cancellationToken: ct));
                if (member is null)
                {
                    return await RegisterUnlinkedAsync(conn, tx, orgId);
                }
            }

            if (member is not { OrgId: { } memberOrgId, OrgPath: { } path } || !scope.Contains(path))
            {
                return Problems.NotFound("member");
            }

            if (member.VerifiedAt is null)
            {
                return Problems.Create(403, HardshipProblems.MemberNotVerified, "Only members who passed real-name verification can be registered.");
            }

            // an entry registered without an account for this ID number (kept where the member's verification did not reach it)
            if (member.IdHash is not null && await conn.ExecuteScalarAsync<bool>(new CommandDefinition(
                    "SELECT EXISTS (SELECT 1 FROM hardship_household WHERE open_id_key = @IdHash)", new { member.IdHash }, tx, cancellationToken: ct)))
            {
                return AlreadyRegistered();
            }

            long id;
            try
            {
                id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
                {
                    MemberId = member.Id, OrgId = memberOrgId, request.Tier, request.Reason, EnteredOn = request.EnteredOn!.Value.ToDateTime(TimeOnly.MinValue),
                    HomeVisit = Protect(pii, request.HomeVisit), IncomeCheck = Protect(pii, request.IncomeCheck), StaffId = staffId, Now = now,
                }, tx, cancellationToken: ct));
            }
            catch (MySqlException ex) when (ex.IsDuplicateKey())
            {
                return AlreadyRegistered();
            }

            return await CompleteAsync(conn, tx, id, new { memberId = member.Id.Text(), request.Tier, request.Reason });
        }, ct);

        async Task<Results<Created<Household>, ProblemHttpResult>> RegisterUnlinkedAsync(System.Data.Common.DbConnection conn,
            System.Data.Common.DbTransaction tx, long orgId)
        {
            long id;
            try
            {
                id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(InsertUnlinked, new
                {
                    OrgId = orgId, request.Tier, request.Reason, EnteredOn = request.EnteredOn!.Value.ToDateTime(TimeOnly.MinValue),
                    HomeVisit = Protect(pii, request.HomeVisit), IncomeCheck = Protect(pii, request.IncomeCheck),
                    NameEnc = pii.Encrypt(name), IdEnc = pii.Encrypt(idNumber!), PhoneEnc = phone is null ? null : pii.Encrypt(phone), IdHash = idHash,
                    StaffId = staffId, Now = now,
                }, tx, cancellationToken: ct));
            }
            catch (MySqlException ex) when (ex.IsDuplicateKey())
            {
                return AlreadyRegistered();
            }

            return await CompleteAsync(conn, tx, id, new { memberId = (string?)null, orgId = orgId.Text(), request.Tier, request.Reason, accountLinked = false });
        }

        async Task<Results<Created<Household>, ProblemHttpResult>> CompleteAsync(System.Data.Common.DbConnection conn,
            System.Data.Common.DbTransaction tx, long id, object auditDetails)
        {
            await conn.ExecuteAsync(new CommandDefinition(InsertHistory, new
            {
                HouseholdId = id, Now = now, StaffId = staffId, Event = "entered", FromTier = (string?)null, ToTier = request.Tier, Note = Protect(pii, request.Note),
            }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "hardship_household.register", "hardship_household", id.Text(), auditDetails, ct);
            var view = (await LoadAsync(conn, tx, id, pii, ct))!;
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, view, ct);
            return TypedResults.Created($"/api/v1/admin/hardship/households/{view.Id}", view);
        }
    }

    private static ProblemHttpResult AlreadyRegistered() =>
        Problems.Create(409, HardshipProblems.HouseholdAlreadyRegistered, "This worker is already on the hardship register.");
}
