using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Hardship.Reviews;

namespace UnionHub.Api.Features.Hardship;

public static class GrassrootsReviewHardship
{
    private const string GrassrootsApprove = """
        UPDATE hardship_declaration SET status = 'grassroots_approved', grassroots_by = @StaffId, updated_at = @Now
        WHERE id = @Id AND status = 'submitted'
        """;

    private const string RejectFrom = """
        UPDATE hardship_declaration SET status = 'rejected', open_key = NULL, updated_at = @Now
        WHERE id = @Id AND status = @From
        """;

    public static async Task<Results<Ok<Declarations.Declaration>, ProblemHttpResult>> Handle(
        string id, ReviewRequest request, HttpContext http, Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var v = Check(request);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Ok<Declarations.Declaration>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            var row = await Declarations.FindVisibleAsync(conn, tx, scope, Ids.Parse(id), ct);
            if (row is null)
            {
                return Problems.NotFound("declaration");
            }

            var approve = request.Decision == "approve";
            var changed = await conn.ExecuteAsync(new CommandDefinition(approve ? GrassrootsApprove : RejectFrom,
                new { row.Id, StaffId = http.User.StaffId()!.Value, Now = now, From = HardshipRules.Submitted }, tx, cancellationToken: ct));
            if (changed != 1)
            {
                var current = await CurrentStatusAsync(conn, tx, row.Id, ct);
                return HardshipRules.WrongState(HardshipRules.Submitted, current);
            }

            var to = approve ? HardshipRules.GrassrootsApproved : HardshipRules.Rejected;
            await HardshipRules.HistoryAsync(conn, tx, row.Id, now, http, HardshipRules.Submitted, to, request.Note, ct);
            if (!approve)
            {
                await HardshipRules.NotifyAsync(conn, tx, now, row.MemberId, row.Id, row.RoundId, HardshipRules.Rejected, null, ct);
            }

            await Audit.WriteAsync(conn, tx, http, "hardship_declaration.grassroots_review", "hardship_declaration", row.Id.Text(),
                new { request.Decision }, ct);
            var view = (await Declarations.LoadAsync(conn, tx, row.Id, pii, ct))!;
            return TypedResults.Ok(view);
        }, ct);
    }
}
