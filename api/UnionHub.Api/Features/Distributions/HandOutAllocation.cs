using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Merchants;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Distributions.HandOut;

namespace UnionHub.Api.Features.Distributions;

public static class HandOutAllocation
{
    private sealed class VoucherRow
    {
        public long Id { get; init; }
        public long PerkId { get; init; }
        public long MemberId { get; init; }
        public long? EnterpriseId { get; init; }
        public bool Verified { get; init; }
        public string Status { get; init; } = "";
        public DateTime ValidUntil { get; init; }
    }

    private const string SelectVoucher = """
        SELECT v.id, v.perk_id AS PerkId, v.member_id AS MemberId, m.enterprise_id AS EnterpriseId,
               (m.verified_at IS NOT NULL AND m.deleted_at IS NULL) AS Verified, v.status, v.valid_until AS ValidUntil
        FROM voucher v JOIN member m ON m.id = v.member_id WHERE v.code = @code
        """;

    private const string SelectMembers = """
        SELECT id FROM member WHERE id IN @ids AND enterprise_id = @enterpriseId AND verified_at IS NOT NULL AND deleted_at IS NULL
        """;

    private const string SelectAlready = "SELECT member_id FROM distribution_handout WHERE allocation_id = @allocationId AND member_id IN @ids";

    // The allocation row is taken first in every hand-out, so hand-outs of one allocation queue on it and cannot deadlock.
    private const string AddHandedOut = """
        UPDATE distribution_allocation SET handed_out = handed_out + @n, updated_at = @now
        WHERE id = @allocationId AND enterprise_id = @enterpriseId AND handed_out + @n <= received
        """;

    private const string MarkVoucher = """
        UPDATE voucher SET status = 'redeemed', redeemed_at = @now WHERE id = @voucherId AND status = 'unused' AND valid_until > @now
        """;

    public static async Task<Results<Created<Response>, ProblemHttpResult>> Handle(
        string id, Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, VoucherSigner signer, TimeProvider clock,
        CancellationToken ct)
    {
        var byList = request.MemberIds is not null;
        var byVoucher = !string.IsNullOrWhiteSpace(request.Code) || !string.IsNullOrWhiteSpace(request.QrPayload);
        if (byList == byVoucher)
        {
            return new Validator().Check(false, "memberIds", "give either a voucher (code or qrPayload) or memberIds").Problem();
        }

        List<long>? memberIds = null;
        string? code = null;
        if (byList)
        {
            memberIds = Ids.ParseAll(request.MemberIds);
            var v = new Validator()
                .Check(memberIds is { Count: > 0 and <= MaxList }, "memberIds", $"must list 1-{MaxList} member ids")
                .Check(memberIds is null || memberIds.Distinct().Count() == memberIds.Count, "memberIds", "must not repeat a member");
            if (!v.IsValid)
            {
                return v.Problem();
            }
        }
        else
        {
            (code, var problem) = Redeem.ResolveCode(new Redeem.Request(request.Code, request.QrPayload), signer);
            if (problem is not null)
            {
                return problem;
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var enterpriseId = http.User.EnterpriseId()!.Value;
        return await transactions.RunAsync<Results<Created<Response>, ProblemHttpResult>>(async (conn, tx) =>
        {
            if (await MyAllocations.FindOwnAsync(conn, tx, http, id, ct) is not { } allocation)
            {
                return Problems.NotFound("allocation");
            }

            long? voucherId = null;
            if (code is not null)
            {
                var voucher = await conn.QuerySingleOrDefaultAsync<VoucherRow>(new CommandDefinition(SelectVoucher, new { code }, transaction: tx, cancellationToken: ct));
                if (voucher is null)
                {
                    return Problems.Create(404, DistributionProblems.VoucherNotFound, "No voucher has this code.");
                }

                if (voucher.PerkId != allocation.PerkId)
                {
                    return Problems.Create(422, DistributionProblems.HandoutWrongPerk, "This voucher is for another perk than the one distributed.");
                }

                if (voucher.EnterpriseId != enterpriseId || !voucher.Verified)
                {
                    return Problems.Create(422, DistributionProblems.HandoutNotOurMember, "The voucher's holder is not a verified member of this enterprise.");
                }

                if (voucher.Status == VoucherStatus.Redeemed)
                {
                    return Problems.Create(409, DistributionProblems.VoucherAlreadyRedeemed, "This voucher was already handed out or redeemed.");
                }

                if (voucher.Status != VoucherStatus.Unused)
                {
                    return Problems.Create(409, DistributionProblems.VoucherVoid, "This voucher is void.");
                }

                if (voucher.ValidUntil <= now)
                {
                    return Problems.Create(409, DistributionProblems.VoucherExpired, "This voucher has expired.");
                }

                voucherId = voucher.Id;
                memberIds = [voucher.MemberId];
            }
            else
            {
                var ours = (await conn.QueryAsync<long>(new CommandDefinition(SelectMembers, new { ids = memberIds, enterpriseId },
                    transaction: tx, cancellationToken: ct))).ToHashSet();
                var strangers = memberIds!.Where(m => !ours.Contains(m)).ToList();
                if (strangers.Count > 0)
                {
                    return Problems.Validation(new Dictionary<string, string[]>
                    {
                        ["memberIds"] = [$"not verified members of this enterprise: {string.Join(", ", strangers)}"],
                    }, code: DistributionProblems.HandoutNotOurMember, title: "Some members are not verified members of this enterprise.");
                }
            }

            var already = (await conn.QueryAsync<long>(new CommandDefinition(SelectAlready, new { allocationId = allocation.Id, ids = memberIds },
                transaction: tx, cancellationToken: ct))).ToList();
            if (already.Count > 0)
            {
                return AlreadyHandedOut(already);
            }

            memberIds!.Sort();
            var n = memberIds.Count;
            if (await conn.ExecuteAsync(new CommandDefinition(AddHandedOut, new { n, now, allocationId = allocation.Id, enterpriseId }, tx,
                    cancellationToken: ct)) == 0)
            {
                var current = await MyAllocations.FindOwnAsync(conn, tx, http, id, ct);
                return Problems.Create(409, DistributionProblems.DistributionHandoutExceedsReceived, "More would be handed out than was received.",
                    $"Received {current!.Received}, handed out {current.HandedOut}, asked for {n} more.",
                    new Dictionary<string, object?> { ["received"] = current.Received, ["handedOut"] = current.HandedOut });
            }

            if (voucherId is not null && await conn.ExecuteAsync(new CommandDefinition(MarkVoucher, new { voucherId, now }, tx, cancellationToken: ct)) == 0)
            {
                return Problems.Create(409, DistributionProblems.VoucherAlreadyRedeemed, "This voucher was already handed out or redeemed.");
            }

            var insert = new MultiRowInsert("distribution_handout", "allocation_id", "member_id", "voucher_id", "method", "handed_by", "handed_at");
            var (method, by) = (voucherId is null ? "list" : "voucher", http.User.StaffId());
            for (var i = 0; i < n; i++)
            {
                insert.Row(allocation.Id, memberIds[i], voucherId, method, by, now);
            }

            try
            {
                await insert.ExecuteAsync(conn, tx, ct);
            }
            catch (MySqlException ex) when (ex.IsDuplicateKey())
            {
                await tx.RollbackAsync(ct); // a parallel hand-out reached one of these members first
                return AlreadyHandedOut(memberIds);
            }

            await Audit.WriteAsync(conn, tx, http, "distribution.handout", "distribution_allocation", allocation.Id.Text(),
                new { method = voucherId is null ? "list" : "voucher", count = n, voucherId, memberIds }, ct);
            var updated = await MyAllocations.FindOwnAsync(conn, tx, http, id, ct);
            var answer = new Response(memberIds.Select(m => new HandedOut(m.Text(), voucherId?.Text())).ToList(),
                DistributionViews.ToResponse(updated!));
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, answer, ct);
            return TypedResults.Created($"/api/v1/enterprise/allocations/{id}/handouts", answer);
        }, ct);
    }

    private static ProblemHttpResult AlreadyHandedOut(IEnumerable<long> memberIds) =>
        Problems.Create(409, DistributionProblems.HandoutAlreadyHandedOut, "Goods of this allocation were already handed to some of these members.", null,
            new Dictionary<string, object?> { ["memberIds"] = memberIds.Select(m => m.Text()).ToList() });
}
