using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>GET /admin/mutual-aid/claims/{id}?reason=: one claim with its description, what is left of its benefit and its documents
/// (audited with the reason).</summary>
public static class GetMutualAidClaim
{
    public sealed record Detail(MutualAid.Claim Claim, long CapFen, long ApprovedTotalFen, IReadOnlyList<UploadMutualAidClaimDocument.Document> Documents);

    public static async Task<Results<Ok<Detail>, ProblemHttpResult>> Handle(string id, HttpContext http, MySqlDataSource db, PiiProtector pii,
        CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        if (await MutualAid.FindVisibleClaimAsync(conn, null, scope, Ids.Parse(id), ct) is not { } claim)
        {
            return Problems.NotFound("claim");
        }

        var cover = await conn.QuerySingleAsync<(long CapFen, long ApprovedFen)>(new CommandDefinition(
            "SELECT cap_fen, approved_fen FROM mutual_aid_cover WHERE enrolment_id = @EnrolmentId AND event_type = @EventType",
            new { claim.EnrolmentId, claim.EventType }, cancellationToken: ct));
        var documents = (await conn.QueryAsync<(long Id, string ContentType, int SizeBytes, DateTime CreatedAt)>(new CommandDefinition(
            "SELECT id, content_type, size_bytes, created_at FROM mutual_aid_claim_document WHERE claim_id = @Id ORDER BY id",
            new { claim.Id }, cancellationToken: ct))).Select(d => new UploadMutualAidClaimDocument.Document(d.Id.Text(), d.ContentType, d.SizeBytes,
            d.CreatedAt.ToChina())).ToList();
        return TypedResults.Ok(new Detail(MutualAid.ToView(claim, pii, withText: true), cover.CapFen, cover.ApprovedFen, documents));
    }
}
