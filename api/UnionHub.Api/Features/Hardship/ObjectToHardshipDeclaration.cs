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
        string id, ObjectionRequest request, HttpContext http, Transactions transactions, IdempotencyScope idem, TimeProvider clock,
        Microsoft.Extensions.Options.IOptions<HardshipOptions> options, CancellationToken ct)
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

            // each open objection blocks an approval: a member has a bounded number open at once, one per declaration
            await MemberQuota.LockAsync(conn, tx, memberId, ct);
            var open = await conn.ExecuteScalarAsync<int>(new CommandDefinition(
                "SELECT COUNT(*) FROM hardship_objection WHERE member_id = @memberId AND status = 'open' LOCK IN SHARE MODE", new { memberId }, tx, cancellationToken: ct));
            if (open >= options.Value.MaxOpenObjectionsPerMember)
            {
                return Problems.Create(409, HardshipProblems.ObjectionTooManyOpen, "You have as many open objections as one member may; wait for them to be resolved.",
                    $"At most {options.Value.MaxOpenObjectionsPerMember} open objections.",
                    new Dictionary<string, object?> { ["maxOpenObjections"] = options.Value.MaxOpenObjectionsPerMember });
            }

            if (await conn.ExecuteAsync(new CommandDefinition(CountObjection, new { Id = declarationId, Now = now }, tx, cancellationToken: ct)) != 1)
            {
                return Problems.Create(409, HardshipProblems.NoticeNotOpen, "Objections can be lodged only while the declaration is in its public notice.");
            }

            var reason = request.Reason!.Trim();
            long objectionId;
            try
            {
                objectionId = await conn.ExecuteScalarAsync<long>(new CommandDefinition("""
                    INSERT INTO hardship_objection (declaration_id, member_id, member_key, reason, status, created_at)
                    VALUES (@declarationId, @memberId, @memberId, @reason, 'open', @now);
                    SELECT LAST_INSERT_ID();
                    """, new { declarationId, memberId, reason, now }, tx, cancellationToken: ct));
            }
            catch (MySqlException ex) when (ex.IsDuplicateKey())
            {
                return Problems.Create(409, HardshipProblems.ObjectionAlreadyLodged, "You have already lodged an objection to this declaration.");
            }
            await Audit.WriteAsync(conn, tx, http, "hardship_objection.lodge", "hardship_objection", objectionId.Text(),
                new { declarationId = declarationId.Text() }, ct);
            var answer = Declarations.ToObjection(objectionId, declarationId, reason, "open", null, now, null);
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, answer, ct);
            return TypedResults.Created($"/api/v1/hardship/declarations/{declarationId.Text()}/objections/{objectionId.Text()}", answer);
        }, ct);
    }
}
