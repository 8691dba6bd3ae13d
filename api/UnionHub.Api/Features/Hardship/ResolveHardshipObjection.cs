using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Hardship.PublicNotice;

namespace UnionHub.Api.Features.Hardship;

public static class ResolveHardshipObjection
{
    private sealed record ObjectionRow(long Id, long DeclarationId, string Status, DateTime CreatedAt);

    private const string ResolveObjection = """
        UPDATE hardship_objection SET status = @Outcome, resolution_enc = @Note, resolved_by = @StaffId, resolved_at = @Now
        WHERE id = @Id AND status = 'open'
        """;

    private const string Uncount = """
        UPDATE hardship_declaration SET open_objections = open_objections - 1, updated_at = @Now WHERE id = @Id AND open_objections > 0
        """;

    private const string RejectInNotice = """
        UPDATE hardship_declaration SET status = 'rejected', open_key = NULL, updated_at = @Now WHERE id = @Id AND status = 'in_notice'
        """;

    public static async Task<Results<Ok<Declarations.Declaration>, ProblemHttpResult>> Handle(
        string id, ResolveRequest request, HttpContext http, Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator()
            .Check(request.Outcome is "upheld" or "dismissed", "outcome", "must be upheld or dismissed")
            .Required(request.Note, "note", 2000);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        if (Ids.Parse(id) is not { } objectionId)
        {
            return Problems.NotFound("objection");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Ok<Declarations.Declaration>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var objection = await conn.QuerySingleOrDefaultAsync<ObjectionRow>(new CommandDefinition("""
                SELECT id, declaration_id AS DeclarationId, status, created_at AS CreatedAt FROM hardship_objection WHERE id = @objectionId
                """, new { objectionId }, tx, cancellationToken: ct));
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            var row = await Declarations.FindVisibleAsync(conn, tx, scope, objection?.DeclarationId, ct);
            if (objection is null || row is null)
            {
                return Problems.NotFound("objection");
            }

            if (!HardshipRules.CanReviewAsDistrict(scope, row.OrgPath))
            {
                return HardshipRules.NotDistrict();
            }

            // lock order declaration -> objection, as lodging an objection does
            var status = await Reviews.CurrentStatusAsync(conn, tx, row.Id, ct);
            if (await conn.ExecuteAsync(new CommandDefinition(ResolveObjection, new
                {
                    Id = objectionId, request.Outcome, Note = pii.Encrypt(request.Note!.Trim()), StaffId = http.User.StaffId()!.Value, Now = now,
                }, tx, cancellationToken: ct)) != 1)
            {
                return Problems.Create(409, HardshipProblems.ObjectionNotOpen, "The objection has already been resolved.");
            }

            await conn.ExecuteAsync(new CommandDefinition(Uncount, new { row.Id, Now = now }, tx, cancellationToken: ct));
            var rejected = request.Outcome == "upheld" && status == HardshipRules.InNotice
                && await conn.ExecuteAsync(new CommandDefinition(RejectInNotice, new { row.Id, Now = now }, tx, cancellationToken: ct)) == 1;
            if (rejected)
            {
                await HardshipRules.HistoryAsync(conn, tx, row.Id, now, http, HardshipRules.InNotice, HardshipRules.Rejected,
                    $"objection {objectionId.Text()} upheld: {request.Note!.Trim()}", ct);
                await HardshipRules.NotifyAsync(conn, tx, now, row.MemberId, row.Id, row.RoundId, HardshipRules.Rejected, null, ct);
            }

            await Audit.WriteAsync(conn, tx, http, "hardship_objection.resolve", "hardship_objection", objectionId.Text(),
                new { declarationId = row.Id.Text(), request.Outcome, declarationRejected = rejected }, ct);
            var view = (await Declarations.LoadAsync(conn, tx, row.Id, pii, ct))!;
            return TypedResults.Ok(view);
        }, ct);
    }
}
