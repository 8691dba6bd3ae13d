using System.Data.Common;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Membership;

/// <summary>
/// Transfers the member asks for (issue #17 item 2): the member asks to move to another grassroots organisation; the staff of
/// that organisation (or above it) approve, which moves the member through <see cref="Moves"/> as a staff transfer does, or
/// refuse with a reason. One pending request per member (the unique key on <c>open_member_id</c>).
/// <para>Lock order, the same on every path: the member row (<see cref="Moves.LockAsync"/>) first, then the request row. A
/// request is closed as <c>cancelled</c> by <see cref="Moves.MoveAsync"/> when the member leaves or is moved by staff, so an
/// approval after that finds it decided and moves no one.</para>
/// </summary>
public static class TransferRequests
{
    public const string Pending = "pending";
    public const string Approved = "approved";
    public const string Refused = "refused";
    public const string Withdrawn = "withdrawn";
    public const string Cancelled = "cancelled";
    public static readonly string[] Statuses = [Pending, Approved, Refused, Withdrawn, Cancelled];

    /// <summary>
    /// A transfer request as the member and the deciding staff see it. <c>nameMasked</c> and <c>memberCardNo</c> are null once
    /// the member has left the union (the binding is cleared).
    /// </summary>
    /// <param name="Status"><c>pending</c>, <c>approved</c>, <c>refused</c>, <c>withdrawn</c> (by the member) or <c>cancelled</c> (the
    /// member left or was moved by staff before a decision).</param>
    public sealed record TransferRequest(string Id, string Status, string MemberId, string? NameMasked, string? MemberCardNo, string FromOrgId,
        string FromOrgName, string ToOrgId, string ToOrgName, string ToArea, string Reason, string? RefusalReason, DateTimeOffset CreatedAt,
        DateTimeOffset? DecidedAt);

    public sealed class Row : IOrgOwned
    {
        public long Id { get; set; }
        public long MemberId { get; set; }
        public long FromOrgId { get; set; }
        public string FromOrgName { get; set; } = "";
        public long ToOrgId { get; set; }
        public string ToOrgName { get; set; } = "";
        public string ToOrgPath { get; set; } = "";
        public byte[] ReasonEnc { get; set; } = [];
        public string Status { get; set; } = "";
        public byte[]? RefusalEnc { get; set; }
        public byte[]? NameEnc { get; set; }
        public string? MemberCardNo { get; set; }
        public DateTime CreatedAt { get; set; }
        public DateTime? DecidedAt { get; set; }

        /// <summary>The target organisation decides who sees the request.</summary>
        public string OrgPath => ToOrgPath;
    }

    public const string SelectColumns = """
        SELECT r.id, r.member_id AS MemberId, r.from_org_id AS FromOrgId, fo.name AS FromOrgName, r.to_org_id AS ToOrgId, tor.name AS ToOrgName,
               tor.path AS ToOrgPath, r.reason_enc AS ReasonEnc, r.status, r.refusal_enc AS RefusalEnc, m.name_enc AS NameEnc,
               m.member_card_no AS MemberCardNo, r.created_at AS CreatedAt, r.decided_at AS DecidedAt
        FROM membership_transfer_request r
        JOIN org fo ON fo.id = r.from_org_id
        JOIN org tor ON tor.id = r.to_org_id
        JOIN member m ON m.id = r.member_id
        """;

    public static async Task<List<TransferRequest>> ViewsAsync(DbConnection conn, DbTransaction? tx, PiiProtector pii, IReadOnlyList<Row> rows,
        CancellationToken ct)
    {
        var areas = await MembershipRules.AreasAsync(conn, tx, rows.Select(r => r.ToOrgPath), ct);
        return rows.Select(r => new TransferRequest(r.Id.Text(), r.Status, r.MemberId.Text(),
            pii.DecryptOrNull(r.NameEnc) is { } name ? Mask.Name(name) : null, r.MemberCardNo, r.FromOrgId.Text(), r.FromOrgName,
            r.ToOrgId.Text(), r.ToOrgName, areas[r.ToOrgPath], pii.Decrypt(r.ReasonEnc), pii.DecryptOrNull(r.RefusalEnc), r.CreatedAt.ToChina(),
            r.DecidedAt.ToChina())).ToList();
    }

    public static async Task<TransferRequest> ViewAsync(DbConnection conn, DbTransaction? tx, PiiProtector pii, long id, CancellationToken ct)
    {
        var row = await conn.QuerySingleAsync<Row>(new CommandDefinition(SelectColumns + " WHERE r.id = @Id", new { Id = id }, tx,
            cancellationToken: ct));
        return (await ViewsAsync(conn, tx, pii, [row], ct))[0];
    }

    private const string CancelOpen = """
        UPDATE membership_transfer_request
        SET status = 'cancelled', open_member_id = NULL, decided_at = @Now, updated_at = @Now
        WHERE open_member_id = @MemberId
        """;

    /// <summary>Closes the member's pending request (if any) because their membership changed another way; the member row is locked.</summary>
    public static Task CancelOpenAsync(DbConnection conn, DbTransaction tx, long memberId, DateTime nowUtc, CancellationToken ct) =>
        conn.ExecuteAsync(new CommandDefinition(CancelOpen, new { MemberId = memberId, Now = nowUtc }, tx, cancellationToken: ct));

    /// <summary>409 <c>membership.transfer_request_decided</c>, with the request's status.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Decided(string status) =>
        Problems.Create(409, MembershipProblems.TransferRequestDecided, "This transfer request has already been decided, withdrawn or cancelled.",
            extra: new Dictionary<string, object?> { ["requestStatus"] = status });
}
