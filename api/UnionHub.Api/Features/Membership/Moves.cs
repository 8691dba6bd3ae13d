using System.Data.Common;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Membership;

/// <summary>
/// A member leaving their organisation or moving to another, in the caller's transaction: the one place that decides what
/// follows the membership (docs/features/membership.md, "What follows a change").
/// <list type="bullet">
/// <item>The member row is locked first (FOR UPDATE): a claim reads the member's organisation with a shared lock held to its
/// commit (ClaimEngine), so a claim and a move are ordered: a claim either sees the old organisation and commits before the
/// move, or waits and sees the new one. The member is never eligible in both.</item>
/// <item>The roster row of the old organisation is marked left (kept for its history); a transfer lists the person in the new
/// organisation's roster.</item>
/// <item>Open relief-fund applications (draft, submitted, returned) that the member may no longer make are withdrawn with a
/// note: all of them on leaving, on a transfer those to a fund of an organisation the new one is not inside. Approved
/// applications, vouchers already issued, legal aid cases and hardship files stay.</item>
/// <item>A pending transfer request of the member (<see cref="TransferRequests"/>) is cancelled: the change overtakes it.</item>
/// <item>Leaving ends the membership: the account's binding (ID number, name, organisation, card) is cleared, so it is
/// "unverified" again and may join again later; the history row keeps what happened.</item>
/// </list>
/// </summary>
public static class Moves
{
    public sealed class MemberRow
    {
        public long Id { get; set; }
        public long? OrgId { get; set; }
        public string? OrgName { get; set; }
        public string? OrgPath { get; set; }
        public byte[]? IdHash { get; set; }
        public byte[]? IdEnc { get; set; }
        public byte[]? NameEnc { get; set; }
        public string? MemberCardNo { get; set; }
        public DateTime? VerifiedAt { get; set; }
    }

    // The member row alone is locked (not its organisation's: claims read that with a shared lock too).
    private const string LockMember = """
        SELECT id, org_id AS OrgId, id_hash AS IdHash, id_enc AS IdEnc, name_enc AS NameEnc, member_card_no AS MemberCardNo,
               verified_at AS VerifiedAt
        FROM member WHERE id = @Id AND deleted_at IS NULL
        FOR UPDATE
        """;

    /// <summary>The member locked for a change, with their organisation; null when there is no such (or a deleted) member.</summary>
    public static async Task<MemberRow?> LockAsync(DbConnection conn, DbTransaction tx, long memberId, CancellationToken ct)
    {
        var member = await conn.QuerySingleOrDefaultAsync<MemberRow>(new CommandDefinition(LockMember, new { Id = memberId }, tx, cancellationToken: ct));
        if (member?.OrgId is { } orgId)
        {
            (member.OrgName, member.OrgPath) = await conn.QuerySingleAsync<(string, string)>(new CommandDefinition(
                "SELECT name, path FROM org WHERE id = @orgId", new { orgId }, tx, cancellationToken: ct));
        }

        return member;
    }

    private const string MarkLeft = """
        UPDATE roster_entry SET left_at = @Now, updated_at = @Now WHERE org_id = @OrgId AND id_hash = @IdHash AND left_at IS NULL
        """;

    private const string SelectRosterRow = """
        SELECT name_hash AS NameHash, phone_hash AS PhoneHash, phone_enc AS PhoneEnc FROM roster_entry WHERE org_id = @OrgId AND id_hash = @IdHash
        """;

    private const string ListInNewOrg = """
        INSERT INTO roster_entry (org_id, enterprise_id, id_hash, name_hash, id_enc, name_enc, phone_hash, phone_enc, created_at, updated_at)
        VALUES (@OrgId, NULL, @IdHash, @NameHash, @IdEnc, @NameEnc, @PhoneHash, @PhoneEnc, @Now, @Now)
        ON DUPLICATE KEY UPDATE left_at = NULL, updated_at = @Now
        """;

    private const string MoveMember = "UPDATE member SET org_id = @OrgId, enterprise_id = NULL WHERE id = @Id";

    private const string EndMembership = """
        UPDATE member SET id_hash = NULL, id_enc = NULL, name_enc = NULL, org_id = NULL, enterprise_id = NULL, member_card_no = NULL,
                          verified_at = NULL
        WHERE id = @Id
        """;

    // The member's open applications, locked (only these rows: funds are read plainly below).
    private const string SelectOpenApplications = """
        SELECT id, fund_id AS FundId FROM fund_application
        WHERE member_id = @MemberId AND status IN ('draft', 'submitted', 'returned')
        FOR UPDATE
        """;

    private const string SelectFundOrgs = "SELECT f.id, o.path FROM fund f LEFT JOIN org o ON o.id = f.org_id WHERE f.id IN @FundIds";

    private const string WithdrawApplications = """
        UPDATE fund_application SET status = 'withdrawn', open_key = NULL, updated_at = @Now WHERE id IN @Ids;
        INSERT INTO fund_application_history (application_id, at, actor_kind, actor_id, from_status, to_status, note)
        SELECT id, @Now, @ActorKind, @ActorId, NULL, 'withdrawn', @Note FROM fund_application WHERE id IN @Ids
        """;

    public sealed record Outcome(int WithdrawnApplications);

    /// <summary>
    /// Moves the locked member from their organisation to <paramref name="toOrg"/> (a transfer), or out of it when null (leaving).
    /// Writes the history row and tells the member; the caller audits.
    /// </summary>
    public static async Task<Outcome> MoveAsync(DbConnection conn, DbTransaction tx, HttpContext http, PiiProtector pii, DateTime nowUtc,
        MemberRow member, (long Id, string Name, string Path)? toOrg, string? reason, CancellationToken ct)
    {
        // a pending transfer request the member made is overtaken by this change (an approval closes its own first)
        await TransferRequests.CancelOpenAsync(conn, tx, member.Id, nowUtc, ct);
        var roster = member.OrgId is null || member.IdHash is null ? null
            : await conn.QuerySingleOrDefaultAsync<(byte[] NameHash, byte[]? PhoneHash, byte[]? PhoneEnc)?>(new CommandDefinition(SelectRosterRow,
                new { member.OrgId, member.IdHash }, tx, cancellationToken: ct));
        if (member.OrgId is not null && member.IdHash is not null)
        {
            await conn.ExecuteAsync(new CommandDefinition(MarkLeft, new { member.OrgId, member.IdHash, Now = nowUtc }, tx, cancellationToken: ct));
        }

        if (toOrg is { } to)
        {
            await conn.ExecuteAsync(new CommandDefinition(ListInNewOrg, new
            {
                OrgId = to.Id, member.IdHash, NameHash = roster?.NameHash ?? pii.NameIndex(pii.Decrypt(member.NameEnc!)), member.IdEnc, member.NameEnc,
                PhoneHash = roster?.PhoneHash, PhoneEnc = roster?.PhoneEnc, Now = nowUtc,
            }, tx, cancellationToken: ct));
            await conn.ExecuteAsync(new CommandDefinition(MoveMember, new { OrgId = to.Id, member.Id }, tx, cancellationToken: ct));
        }
        else
        {
            await conn.ExecuteAsync(new CommandDefinition(EndMembership, new { member.Id }, tx, cancellationToken: ct));
        }

        var open = await OpenApplicationsToWithdrawAsync(conn, tx, member.Id, toOrg?.Path, ct);
        if (open.Count > 0)
        {
            var (kind, actor) = http.User.StaffId() is { } staff ? ("staff", staff) : ("member", member.Id);
            await conn.ExecuteAsync(new CommandDefinition(WithdrawApplications, new
            {
                Ids = open, Now = nowUtc, ActorKind = kind, ActorId = actor,
                Note = toOrg is null ? "会员已退会，申请自动撤回" : "会员关系已转出，该基金不再适用，申请自动撤回",
            }, tx, cancellationToken: ct));
        }

        var @event = toOrg is null ? "left" : "transferred";
        await MembershipRules.RecordAsync(conn, tx, http, pii, nowUtc, member.Id, @event, member.OrgId, toOrg?.Id, reason, ct);
        await MembershipRules.NotifyAsync(conn, tx, nowUtc, member.Id, @event, member.Id, toOrg?.Name ?? member.OrgName ?? "", ct);
        return new Outcome(open.Count);
    }

    /// <summary>Open applications the member may no longer make: all of them (leaving, <paramref name="newPath"/> null), or those to
    /// a fund of an organisation the new one is not inside (a federation fund, of no organisation, applies everywhere).</summary>
    private static async Task<List<long>> OpenApplicationsToWithdrawAsync(DbConnection conn, DbTransaction tx, long memberId, string? newPath,
        CancellationToken ct)
    {
        var open = (await conn.QueryAsync<(long Id, long FundId)>(new CommandDefinition(SelectOpenApplications, new { MemberId = memberId }, tx,
            cancellationToken: ct))).AsList();
        if (open.Count == 0 || newPath is null)
        {
            return open.Select(a => a.Id).ToList();
        }

        var fundPaths = (await conn.QueryAsync<(long Id, string? Path)>(new CommandDefinition(SelectFundOrgs,
            new { FundIds = open.Select(a => a.FundId).Distinct().ToList() }, tx, cancellationToken: ct))).ToDictionary(f => f.Id, f => f.Path);
        return open.Where(a => fundPaths.GetValueOrDefault(a.FundId) is { } path && !Scope.IsInside(newPath, path)).Select(a => a.Id).ToList();
    }
}
