using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Hardship;

/// <summary>
/// A declaration in a round, by the member (POST /hardship/declarations) or by their grassroots union for them
/// (POST /admin/hardship/declarations). The member must be on the register and in the round's org subtree, the round
/// open; one live declaration per member per round is the UNIQUE (round_id, open_key) index.
/// </summary>
public static class Declare
{
    public sealed record MemberRequest(string? RoundId, string? Note);

    public sealed record StaffRequest(string? RoundId, string? MemberId, string? Note);

    private sealed record MemberRow(long Id, string OrgPath, long OrgId);

    private sealed record HouseholdRow(long Id, string Tier, string Reason);

    private const string Insert = """
        INSERT INTO hardship_declaration (round_id, member_id, household_id, org_id, org_path, tier, reason, note_enc, declared_by_kind,
                                          declared_by, status, open_key, created_at, updated_at)
        VALUES (@RoundId, @MemberId, @HouseholdId, @OrgId, @OrgPath, @Tier, @Reason, @Note, @Kind, @By, 'submitted', @MemberId, @Now, @Now);
        SELECT LAST_INSERT_ID();
        """;

    internal static async Task<Results<Created<Declarations.Declaration>, ProblemHttpResult>> DeclareAsync(string? roundIdText, string? memberIdText,
        string? note, Scope? staffScope, HttpContext http, Transactions transactions, IdempotencyScope idem, PiiProtector pii, TimeProvider clock,
        CancellationToken ct)
    {
        var v = new Validator()
            .Check(Ids.Parse(roundIdText) is not null, "roundId", "is required")
            .Check(Ids.Parse(memberIdText) is not null, "memberId", "is required")
            .Check(note is null || note.Length <= 2000, "note", "must be at most 2000 characters");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var roundId = Ids.Parse(roundIdText)!.Value;
        var memberId = Ids.Parse(memberIdText)!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Created<Declarations.Declaration>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var member = await conn.QuerySingleOrDefaultAsync<MemberRow>(new CommandDefinition("""
                SELECT m.id, o.path AS OrgPath, o.id AS OrgId FROM member m JOIN org o ON o.id = m.org_id WHERE m.id = @memberId AND m.deleted_at IS NULL
                """, new { memberId }, tx, cancellationToken: ct));
            if (member is null || (staffScope is not null && !staffScope.Contains(member.OrgPath)))
            {
                return Problems.NotFound("member");
            }

            var round = await conn.QuerySingleOrDefaultAsync<Rounds.Row>(new CommandDefinition(Rounds.Select + " WHERE id = @roundId", new { roundId }, tx,
                cancellationToken: ct));
            if (round is null || !Scope.IsInside(member.OrgPath, round.OrgPath))
            {
                return Problems.NotFound("round");
            }

            if (round.OpensAt > now || round.ClosesAt <= now)
            {
                return Problems.Create(409, HardshipProblems.RoundNotOpen, "The round does not take declarations now.",
                    $"It takes them from {round.OpensAt.ToChina():yyyy-MM-dd HH:mm} to {round.ClosesAt.ToChina():yyyy-MM-dd HH:mm}.");
            }

            // a round left on a fund that pays mutual-aid claims only (from before the rule): its awards could never be granted
            if (!Funds.FundRules.TakesReliefCases(await Funds.FundRules.KindAsync(conn, tx, round.FundId, ct)))
            {
                return Funds.FundRules.MutualAidOnly();
            }

            var household = await conn.QuerySingleOrDefaultAsync<HouseholdRow>(new CommandDefinition(
                "SELECT id, tier, reason FROM hardship_household WHERE open_key = @memberId", new { memberId }, tx, cancellationToken: ct));
            if (household is null)
            {
                return Problems.Create(409, HardshipProblems.HouseholdNotRegistered, "Only members on the hardship register can declare.");
            }

            var staffId = http.User.StaffId();
            long id;
            try
            {
                id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
                {
                    RoundId = roundId, MemberId = memberId, HouseholdId = household.Id, member.OrgId, member.OrgPath, household.Tier, household.Reason,
                    Note = Households.Protect(pii, note), Kind = staffId is null ? "member" : "staff",
                    By = staffId ?? memberId, Now = now,
                }, tx, cancellationToken: ct));
            }
            catch (MySqlException ex) when (ex.IsDuplicateKey())
            {
                return Problems.Create(409, HardshipProblems.DeclarationExists, "The member already has a declaration in this round.");
            }

            await HardshipRules.HistoryAsync(conn, tx, id, now, http, null, HardshipRules.Submitted, null, ct);
            await Audit.WriteAsync(conn, tx, http, "hardship_declaration.declare", "hardship_declaration", id.Text(),
                new { roundId = roundId.Text(), memberId = memberId.Text(), household.Tier }, ct);
            var view = (await Declarations.LoadAsync(conn, tx, id, pii, ct))!;
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, view, ct);
            return TypedResults.Created(staffId is null ? $"/api/v1/me/hardship/declarations" : $"/api/v1/admin/hardship/declarations/{view.Id}", view);
        }, ct);
    }
}
