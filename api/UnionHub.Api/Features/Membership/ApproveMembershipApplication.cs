using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Membership.MembershipRules;

namespace UnionHub.Api.Features.Membership;

/// <summary>
/// POST /admin/membership-applications/{id}/approve: in one transaction the person goes on the organisation's roster, the
/// applicant's account is bound as real-name verification binds it (member card number, organisation, verified), the
/// application is closed, the history row, the audit row and the applicant's notice are written. The unique index on
/// member.id_hash decides when the ID number got bound meanwhile (409, nothing written).
/// </summary>
public static class ApproveMembershipApplication
{
    private const string InsertRoster = """
        INSERT INTO roster_entry (org_id, enterprise_id, id_hash, name_hash, id_enc, name_enc, phone_hash, phone_enc, created_at, updated_at)
        VALUES (@OrgId, NULL, @IdHash, @NameHash, @IdEnc, @NameEnc, @PhoneHash, @PhoneEnc, @Now, @Now)
        ON DUPLICATE KEY UPDATE left_at = NULL, updated_at = @Now
        """;

    private const string Bind = """
        UPDATE member
        SET id_hash = @IdHash, id_enc = @IdEnc, name_enc = @NameEnc, org_id = @OrgId, enterprise_id = NULL,
            member_card_no = @Card, verified_at = @Now
        WHERE id = @MemberId AND verified_at IS NULL AND deleted_at IS NULL
        """;

    private const string Close = """
        UPDATE membership_application
        SET status = 'approved', open_id_hash = NULL, open_member_id = NULL, decided_by = @StaffId, decided_at = @Now, updated_at = @Now
        WHERE id = @Id AND status = 'pending'
        """;

    public static async Task<Results<Ok<Application>, ProblemHttpResult>> Handle(
        string id, HttpContext http, Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var applicationId = Ids.Parse(id);
        var now = clock.GetUtcNow();
        return await transactions.RunAsync<Results<Ok<Application>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await FindForUpdateAsync(conn, tx, scope, applicationId, ct) is not { } row)
            {
                return Problems.NotFound("membership application");
            }

            if (row.Status != Pending)
            {
                return Decided(row.Status);
            }

            var at = now.UtcDateTime;
            await conn.ExecuteAsync(new CommandDefinition(InsertRoster, new
            {
                row.OrgId, row.IdHash, row.NameHash, row.IdEnc, row.NameEnc, row.PhoneHash, row.PhoneEnc, Now = at,
            }, tx, cancellationToken: ct));
            for (var attempt = 1; ; attempt++)
            {
                int changed;
                try
                {
                    changed = await conn.ExecuteAsync(new CommandDefinition(Bind, new
                    {
                        row.IdHash, row.IdEnc, row.NameEnc, row.OrgId, Card = VerifyRealName.CardNumber(now), Now = at, row.MemberId,
                    }, tx, cancellationToken: ct));
                }
                catch (MySqlException ex) when (ex.IsDuplicateKey() && ex.Message.Contains("ux_member_card", StringComparison.Ordinal) && attempt < 5)
                {
                    continue; // a card number collision: draw another
                }
                catch (MySqlException ex) when (ex.IsDuplicateKey())
                {
                    return Problems.Create(409, MemberProblems.RealnameIdAlreadyBound, "This ID number is bound to another member's account.",
                        "Refuse the application with the reason.");
                }

                if (changed == 0)
                {
                    return Problems.Create(409, MemberProblems.RealnameAlreadyVerified, "The applicant's account is already a member's (or was deleted).",
                        "Refuse the application with the reason.");
                }

                break;
            }

            await Hardship.Households.LinkOnVerificationAsync(conn, tx, http, row.MemberId, row.IdHash, row.OrgId, at, ct);
            await conn.ExecuteAsync(new CommandDefinition(Close, new { row.Id, StaffId = http.User.StaffId(), Now = at }, tx, cancellationToken: ct));
            await RecordAsync(conn, tx, http, pii, at, row.MemberId, "joined", null, row.OrgId, null, ct);
            await Audit.WriteAsync(conn, tx, http, "membership.approve", "membership_application", row.Id.Text(),
                new { orgId = row.OrgId.Text(), memberId = row.MemberId.Text() }, ct);
            await NotifyAsync(conn, tx, at, row.MemberId, "join_approved", row.Id, row.OrgName, ct);
            return TypedResults.Ok(await ViewAsync(conn, tx, pii, row.Id, ct));
        }, ct);
    }

    internal static ProblemHttpResult Decided(string status) =>
        Problems.Create(409, MembershipProblems.ApplicationDecided, "This application has already been decided or withdrawn.",
            extra: new Dictionary<string, object?> { ["applicationStatus"] = status });
}
