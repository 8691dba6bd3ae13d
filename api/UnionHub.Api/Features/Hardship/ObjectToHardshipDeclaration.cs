using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Hardship.PublicNotice;

namespace UnionHub.Api.Features.Hardship;

public static class ObjectToHardshipDeclaration
{
    private const string CountObjection = """
        UPDATE hardship_declaration SET open_objections = open_objections + 1, updated_at = @Now
        WHERE id = @Id AND status = 'in_notice' AND notice_ends_at > @Now
        """;

    public static async Task<Results<Created<Declarations.Objection>, ProblemHttpResult>> Handle(
        string id, ObjectionRequest request, HttpContext http, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().Required(request.Reason, "reason", 2000);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        if (Ids.Parse(id) is not { } declarationId)
        {
            return Problems.NotFound("declaration");
        }

        var memberId = http.User.MemberId()!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Created<Declarations.Objection>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var path = await MemberOrgPathAsync(conn, tx, memberId, ct);
            var roundPath = await conn.ExecuteScalarAsync<string?>(new CommandDefinition("""
                SELECT r.org_path FROM hardship_declaration d JOIN hardship_round r ON r.id = d.round_id WHERE d.id = @declarationId
                """, new { declarationId }, tx, cancellationToken: ct));
            if (roundPath is null || path is null || !Scope.IsInside(path, roundPath))
            {
                return Problems.NotFound("declaration");
            }

            if (await conn.ExecuteAsync(new CommandDefinition(CountObjection, new { Id = declarationId, Now = now }, tx, cancellationToken: ct)) != 1)
            {
                return Problems.Create(409, HardshipProblems.NoticeNotOpen, "Objections can be lodged only while the declaration is in its public notice.");
            }

            var reason = request.Reason!.Trim();
            var objectionId = await conn.ExecuteScalarAsync<long>(new CommandDefinition("""
                INSERT INTO hardship_objection (declaration_id, member_id, reason, status, created_at) VALUES (@declarationId, @memberId, @reason, 'open', @now);
                SELECT LAST_INSERT_ID();
                """, new { declarationId, memberId, reason, now }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "hardship_objection.lodge", "hardship_objection", objectionId.Text(),
                new { declarationId = declarationId.Text() }, ct);
            return TypedResults.Created($"/api/v1/hardship/declarations/{declarationId.Text()}/objections/{objectionId.Text()}",
                Declarations.ToObjection(objectionId, declarationId, reason, "open", null, now, null));
        }, ct);
    }
}
