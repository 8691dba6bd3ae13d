using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Distributions.Allocate;

namespace UnionHub.Api.Features.Distributions;

public static class AllocateDistribution
{
    private const string SelectEnterprises = """
        SELECT e.id, o.path FROM enterprise e JOIN org o ON o.id = e.org_id WHERE e.id IN @ids
        """;

    private const string CountMembers = """
        SELECT enterprise_id, COUNT(*) FROM member
        WHERE enterprise_id IN @ids AND verified_at IS NOT NULL AND deleted_at IS NULL GROUP BY enterprise_id
        """;

    // The perk row is locked last and only until COMMIT (the claim engine's hot row).
    private const string Reserve = """
        UPDATE perk SET claimed = claimed + @n, updated_at = @now WHERE id = @perkId AND kind = 'goods' AND claimed + @n <= stock
        """;

    public static async Task<Results<Created<Response>, ProblemHttpResult>> Handle(
        string id, Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, PerkCatalog catalog, TimeProvider clock,
        CancellationToken ct)
    {
        var v = new Validator().Check(request.Method is HeadCount or Manual, "method", $"must be {HeadCount} or {Manual}");
        var requested = new List<(long EnterpriseId, int Quantity)>();
        List<long>? headCountIds = null;
        if (request.Method == HeadCount)
        {
            headCountIds = Ids.ParseAll(request.EnterpriseIds);
            v.Check(request.PerHead is null or (>= 1 and <= 1000), "perHead", "must be between 1 and 1000")
             .Check(headCountIds is { Count: > 0 and <= MaxEnterprises }, "enterpriseIds", $"must list 1-{MaxEnterprises} enterprise ids")
             .Check(headCountIds is null || headCountIds.Distinct().Count() == headCountIds.Count, "enterpriseIds", "must not repeat an enterprise")
             .Check(request.Allocations is null, "allocations", "is for the manual method");
        }
        else if (request.Method == Manual)
        {
            var lines = request.Allocations ?? [];
            v.Check(lines.Count is > 0 and <= MaxEnterprises, "allocations", $"must list 1-{MaxEnterprises} enterprises")
             .Check(request.EnterpriseIds is null && request.PerHead is null, "method", "manual takes allocations only");
            for (var i = 0; i < lines.Count; i++)
            {
                var e = Ids.Parse(lines[i]?.EnterpriseId);
                var q = lines[i]?.Quantity;
                v.Check(e is not null, $"allocations[{i}].enterpriseId", "is required and must be a valid id")
                 .Check(q is >= 1 and <= MaxQuantity, $"allocations[{i}].quantity", $"must be between 1 and {MaxQuantity}");
                if (e is not null && q is >= 1 and <= MaxQuantity)
                {
                    requested.Add((e.Value, q.Value));
                }
            }

            v.Check(requested.Select(w => w.EnterpriseId).Distinct().Count() == requested.Count, "allocations", "must not repeat an enterprise");
        }

        if (!v.IsValid)
        {
            return v.Problem();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var result = await transactions.RunAsync<Results<Created<Response>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var wanted = new List<(long EnterpriseId, int Quantity)>(requested); // filled per attempt: the unit may run again
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            var distribution = await DistributionViews.FindVisibleAsync(conn, tx, scope, Ids.Parse(id), ct);
            if (distribution is null)
            {
                return Problems.NotFound("distribution");
            }

            var ids = headCountIds ?? wanted.Select(w => w.EnterpriseId).ToList();
            var found = (await conn.QueryAsync<(long Id, string Path)>(new CommandDefinition(SelectEnterprises, new { ids }, transaction: tx, cancellationToken: ct)))
                .ToDictionary(e => e.Id, e => e.Path);
            var outside = ids.Where(e => !found.TryGetValue(e, out var path) || !Scope.IsInside(path, distribution.OrgPath)).ToList();
            if (outside.Count > 0)
            {
                return Problems.Validation(new Dictionary<string, string[]>
                {
                    [headCountIds is null ? "allocations" : "enterpriseIds"] =
                        [$"not enterprises of the distribution's organisation: {string.Join(", ", outside)}"],
                }, code: DistributionProblems.DistributionEnterpriseOutside, title: "Some enterprises do not belong to the distribution's organisation.");
            }

            // a perk restricted to some organisations goes only to enterprises inside them, as members' claims do
            var eligible = (await conn.QueryAsync<string>(new CommandDefinition("SELECT org_path FROM perk_eligible_org WHERE perk_id = @PerkId",
                new { distribution.PerkId }, transaction: tx, cancellationToken: ct))).ToList();
            var ineligible = eligible.Count == 0 ? [] : ids.Where(e => !eligible.Any(p => Scope.IsInside(found[e], p))).ToList();
            if (ineligible.Count > 0)
            {
                return Problems.Validation(new Dictionary<string, string[]>
                {
                    [headCountIds is null ? "allocations" : "enterpriseIds"] =
                        [$"outside the organisations the perk is for: {string.Join(", ", ineligible)}"],
                }, code: DistributionProblems.DistributionEnterpriseNotEligible, title: "Some enterprises lie outside the organisations the perk is for.");
            }

            var skipped = new List<long>();
            Dictionary<long, int>? counts = null;
            if (headCountIds is not null)
            {
                counts = (await conn.QueryAsync<(long EnterpriseId, long Count)>(new CommandDefinition(CountMembers, new { ids }, transaction: tx, cancellationToken: ct)))
                    .ToDictionary(c => c.EnterpriseId, c => (int)c.Count);
                var perHead = request.PerHead ?? 1;
                foreach (var e in headCountIds)
                {
                    var heads = counts.GetValueOrDefault(e);
                    if (heads == 0)
                    {
                        skipped.Add(e);
                    }
                    else
                    {
                        wanted.Add((e, checked(heads * perHead)));
                    }
                }
            }

            if (wanted.Count == 0)
            {
                return Problems.Create(422, DistributionProblems.DistributionNothingToAllocate, "None of the enterprises has verified members to count.");
            }

            wanted.Sort((a, b) => a.EnterpriseId.CompareTo(b.EnterpriseId)); // one insert order for every request: no lock-order deadlocks
            var total = wanted.Sum(w => (long)w.Quantity);
            var method = request.Method!;

            var insert = new MultiRowInsert("distribution_allocation",
                "distribution_id", "enterprise_id", "method", "head_count", "allocated", "created_by", "created_at", "updated_at");
            var by = http.User.StaffId();
            foreach (var (enterpriseId, quantity) in wanted)
            {
                insert.Row(distribution.Id, enterpriseId, method, counts?.GetValueOrDefault(enterpriseId), quantity, by, now, now);
            }

            try
            {
                await insert.ExecuteAsync(conn, tx, ct);
            }
            catch (MySqlException ex) when (ex.IsDuplicateKey())
            {
                return Problems.Create(409, DistributionProblems.DistributionAlreadyAllocated, "An enterprise in the request already has an allocation in this distribution.");
            }

            if (total > int.MaxValue || await conn.ExecuteAsync(new CommandDefinition(Reserve,
                    new { n = (int)Math.Min(total, int.MaxValue), now, perkId = distribution.PerkId }, tx, cancellationToken: ct)) == 0)
            {
                var left = await conn.ExecuteScalarAsync<int>(new CommandDefinition("SELECT stock - claimed FROM perk WHERE id = @PerkId",
                    new { distribution.PerkId }, transaction: tx, cancellationToken: ct));
                return Problems.Create(409, DistributionProblems.DistributionInsufficientStock, "The perk's stock cannot cover this allocation.",
                    $"Requested {total}, {left} left.", new Dictionary<string, object?> { ["requested"] = total, ["remaining"] = left });
            }

            await Audit.WriteAsync(conn, tx, http, "distribution.allocate", "distribution", distribution.Id.Text(), new
            {
                method, request.PerHead, total, enterprises = wanted.Select(w => new { enterpriseId = w.EnterpriseId, quantity = w.Quantity }),
            }, ct);
            var rows = (await conn.QueryAsync<DistributionViews.AllocationRow>(new CommandDefinition(
                DistributionViews.AllocationColumns + " WHERE a.distribution_id = @d AND a.enterprise_id IN @ids ORDER BY a.enterprise_id",
                new { d = distribution.Id, ids = wanted.Select(w => w.EnterpriseId).ToArray() }, tx, cancellationToken: ct))).ToList();
            var remaining = await conn.ExecuteScalarAsync<int>(new CommandDefinition("SELECT stock - claimed FROM perk WHERE id = @PerkId",
                new { distribution.PerkId }, tx, cancellationToken: ct));
            var answer = new Response(rows.Select(DistributionViews.ToResponse).ToList(), skipped.Select(s => s.Text()).ToList(), (int)total,
                remaining);
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, answer, ct);
            return TypedResults.Created($"/api/v1/admin/distributions/{distribution.Id.Text()}/allocations", answer);
        }, ct);
        if (result.Result is Created<Response>)
        {
            catalog.Invalidate(); // after the commit, so no reader caches the state before it
        }

        return result;
    }
}
