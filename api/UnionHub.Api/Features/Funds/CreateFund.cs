using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

/// <summary>
/// POST /admin/funds: a reviewer or super_admin opens a fund with its yearly budget, owned by an organisation inside their scope
/// (default: a reviewer's own organisation; for callers who see every organisation, none: a federation fund).
/// </summary>
public static class CreateFund
{
    public sealed record Request(string? Name, string? Kind, int? Year, long? BudgetFen, long? MaxGrantFen,
        DateTimeOffset? OpensAt, DateTimeOffset? ClosesAt, string? EligibilityNotes, string? OrgId = null);

    private const string Insert = """
        INSERT INTO fund (name, org_id, kind, year, budget_fen, max_grant_fen, opens_at, closes_at, eligibility_notes, created_at, created_by)
        VALUES (@Name, @OrgId, @Kind, @Year, @BudgetFen, @MaxGrantFen, @OpensAt, @ClosesAt, @EligibilityNotes, @Now, @StaffId);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Created<FundFigures.Fund>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator()
            .Required(request.Name, "name", 100)
            .Check(request.Kind is not null && FundRules.Kinds.Contains(request.Kind), "kind", $"must be one of: {FundRules.Join(FundRules.Kinds)}")
            .Check(request.Year is >= 2000 and <= 2100, "year", "must be between 2000 and 2100")
            .Check(request.BudgetFen is > 0, "budgetFen", "must be a positive number of fen")
            .Check(request.MaxGrantFen is > 0, "maxGrantFen", "must be a positive number of fen")
            .Check(request.MaxGrantFen is null || request.BudgetFen is null || request.MaxGrantFen <= request.BudgetFen,
                "maxGrantFen", "must not exceed budgetFen")
            .Check(request.OpensAt is null || request.ClosesAt is null || request.OpensAt < request.ClosesAt, "closesAt", "must be after opensAt")
            .Check(request.EligibilityNotes is null || request.EligibilityNotes.Length <= 2000, "eligibilityNotes", "must be at most 2000 characters")
            .Check(request.OrgId is null || Ids.Parse(request.OrgId) is not null, "orgId", "is not a valid id");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Created<FundFigures.Fund>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            var orgId = Ids.Parse(request.OrgId) ?? (scope.SeesEverything ? null : http.User.OrgId());
            if (orgId is not null && await Members.Orgs.FindVisibleAsync(conn, tx, scope, orgId, ct) is null)
            {
                return Problems.NotFound("organisation");
            }

            var id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
            {
                Name = request.Name!.Trim(),
                OrgId = orgId,
                request.Kind,
                request.Year,
                request.BudgetFen,
                request.MaxGrantFen,
                OpensAt = request.OpensAt?.UtcDateTime,
                ClosesAt = request.ClosesAt?.UtcDateTime,
                EligibilityNotes = string.IsNullOrWhiteSpace(request.EligibilityNotes) ? null : request.EligibilityNotes.Trim(),
                Now = now,
                StaffId = http.User.StaffId(),
            }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "fund.create", "fund", FundRules.Id(id),
                new { orgId, request.Kind, request.Year, request.BudgetFen, request.MaxGrantFen }, ct);
            var fund = (await FundFigures.LoadAsync(conn, tx, id, now, ct))!;
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, fund, ct);
            return TypedResults.Created($"/api/v1/admin/funds/{fund.Id}", fund);
        }, ct);
    }
}
