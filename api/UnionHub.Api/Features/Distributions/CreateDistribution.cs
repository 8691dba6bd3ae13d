using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Distributions;

/// <summary>
/// POST /admin/distributions: an org_admin (or super_admin) starts a bulk distribution of a goods perk they may manage, run by an
/// organisation in their subtree (default: their own). Quantities are then allocated to that organisation's enterprises.
/// </summary>
public static class CreateDistribution
{
    public sealed record Request(string? Title, string? PerkId, string? OrgId, string? Note);

    private const string Insert = """
        INSERT INTO distribution (org_id, perk_id, title, note, created_by, created_at)
        VALUES (@OrgId, @PerkId, @Title, @Note, @CreatedBy, @Now);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Created<DistributionViews.DistributionResponse>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, TimeProvider clock, CancellationToken ct)
    {
        var perkId = Ids.Parse(request.PerkId);
        var orgId = request.OrgId is null ? http.User.OrgId() : Ids.Parse(request.OrgId);
        var v = new Validator()
            .Required(request.Title, "title")
            .Check(request.Note is null || request.Note.Length <= 1000, "note", "must be at most 1000 characters")
            .Check(perkId is not null, "perkId", "is required and must be a valid id")
            .Check(orgId is not null, "orgId", request.OrgId is null ? "is required" : "is not a valid id");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var now = clock.GetUtcNow();
        return await transactions.RunAsync<Results<Created<DistributionViews.DistributionResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await Orgs.FindVisibleAsync(conn, tx, scope, orgId, ct) is null)
            {
                return Problems.NotFound("organisation");
            }

            if (await AdminPerks.LoadAsync(conn, tx, perkId!.Value, scope, now.UtcDateTime, ct) is not { Row: var perk })
            {
                return Problems.NotFound("perk");
            }

            if (perk.Kind != PerkKinds.Goods)
            {
                return Problems.Create(422, DistributionProblems.DistributionPerkNotGoods, "Only a goods perk can be distributed to enterprises.");
            }

            var id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
            {
                OrgId = orgId, PerkId = perkId, Title = request.Title!.Trim(), request.Note, CreatedBy = http.User.StaffId(), Now = now.UtcDateTime,
            }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "distribution.create", "distribution", id.Text(), new { request.Title, perkId, orgId }, ct);
            var row = await DistributionViews.FindVisibleAsync(conn, tx, scope, id, ct);
            var response = await DistributionViews.LoadAsync(conn, tx, row!, ct);
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, response, ct);
            return TypedResults.Created($"/api/v1/admin/distributions/{id.Text()}", response);
        }, ct);
    }
}
