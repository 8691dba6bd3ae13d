using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Hardship.Households;

namespace UnionHub.Api.Features.Hardship;

public static class RegisterHardshipHousehold
{
    private sealed record MemberRow(long Id, long? OrgId, string? OrgPath, DateTime? VerifiedAt);

    private const string Insert = """
        INSERT INTO hardship_household (member_id, org_id, tier, reason, home_visit_enc, income_check_enc, entered_on, open_key,
                                        created_by, created_at, updated_at)
        VALUES (@MemberId, @OrgId, @Tier, @Reason, @HomeVisit, @IncomeCheck, @EnteredOn, @MemberId, @StaffId, @Now, @Now);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Created<Household>, ProblemHttpResult>> Handle(
        RegisterRequest request, HttpContext http, Transactions transactions, IdempotencyScope idem, PiiProtector pii, TimeProvider clock,
        CancellationToken ct)
    {
        var v = new Validator()
            .Check(Ids.Parse(request.MemberId) is not null, "memberId", "is required")
            .Check(request.Tier is not null && HardshipRules.Tiers.Contains(request.Tier), "tier", "must be deep, relative or emergency")
            .Check(request.Reason is not null && HardshipRules.Reasons.Contains(request.Reason), "reason",
                "must be temporary_hardship, low_income, major_illness or accident")
            .Check(request.EnteredOn is not null, "enteredOn", "is required");
        if (!CheckNotes(v, request.HomeVisit, request.IncomeCheck, request.Note).IsValid)
        {
            return v.Problem();
        }

        var memberId = Ids.Parse(request.MemberId)!.Value;
        var staffId = http.User.StaffId()!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Created<Household>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            var member = await conn.QuerySingleOrDefaultAsync<MemberRow>(new CommandDefinition("""
                SELECT m.id, m.org_id AS OrgId, o.path AS OrgPath, m.verified_at AS VerifiedAt
                FROM member m LEFT JOIN org o ON o.id = m.org_id WHERE m.id = @memberId AND m.deleted_at IS NULL
                """, new { memberId }, tx, cancellationToken: ct));
            if (member is not { OrgId: { } orgId, OrgPath: { } path } || !scope.Contains(path))
            {
                return Problems.NotFound("member");
            }

            if (member.VerifiedAt is null)
            {
                return Problems.Create(403, HardshipProblems.MemberNotVerified, "Only members who passed real-name verification can be registered.");
            }

            long id;
            try
            {
                id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
                {
                    MemberId = memberId, OrgId = orgId, request.Tier, request.Reason, EnteredOn = request.EnteredOn!.Value.ToDateTime(TimeOnly.MinValue),
                    HomeVisit = Protect(pii, request.HomeVisit), IncomeCheck = Protect(pii, request.IncomeCheck), StaffId = staffId, Now = now,
                }, tx, cancellationToken: ct));
            }
            catch (MySqlException ex) when (ex.IsDuplicateKey())
            {
                return Problems.Create(409, HardshipProblems.HouseholdAlreadyRegistered, "The member is already on the hardship register.");
            }

            await conn.ExecuteAsync(new CommandDefinition(InsertHistory, new
            {
                HouseholdId = id, Now = now, StaffId = staffId, Event = "entered", FromTier = (string?)null, ToTier = request.Tier, request.Note,
            }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "hardship_household.register", "hardship_household", id.Text(),
                new { memberId = memberId.Text(), request.Tier, request.Reason }, ct);
            var view = (await LoadAsync(conn, tx, id, pii, ct))!;
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, view, ct);
            return TypedResults.Created($"/api/v1/admin/hardship/households/{view.Id}", view);
        }, ct);
    }
}
