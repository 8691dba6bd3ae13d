using System.Globalization;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MySqlConnector;
using UnionHub.Api.Features.Funds;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Privacy;

/// <summary>
/// DELETE /me with body <c>{"confirm": "DELETE"}</c>: erases the caller's personal data in ONE transaction and keeps the
/// financial and audit records under the bare member id, which becomes a pseudonym.
/// <list type="bullet">
/// <item>Refused with 409 <c>member.has_pending_payment</c> while an approved application awaits (part of) its payment, so no money is lost.</item>
/// <item>Open applications (draft, submitted, returned) are withdrawn first, each with a history row.</item>
/// <item>Erased: phone, ID number, name (ciphertexts and blind indexes), member card number, organisation and verification;
///   WeChat bindings; fund-application reasons and contact phones; evidence files; the member's stored idempotent answers
///   (they can hold a reason or masked phone) and pending SMS codes of the phone.</item>
/// <item>Casework (<see cref="Casework.EraseAsync"/>): open hardship declarations and objections are withdrawn, open legal aid
///   cases closed as withdrawn, the household leaves the register; their free text is erased and their documents deleted.</item>
/// <item>Engagement (<see cref="Engagement.EraseAsync"/>): sign-ups to activities not yet started are cancelled (the waiting
///   list moves up), free-text survey answers deleted, donation contacts and notes and consultation topics, outcomes and
///   caller details erased.</item>
/// <item>Mutual aid (<see cref="CoverAndCard.EraseMutualAidAsync"/>): an approved claim not yet paid (or with a payment proposed)
///   refuses the deletion like an approved grant (409 <c>member.has_pending_payment</c>, <c>mutualAidClaimIds</c>); claims awaiting
///   review are withdrawn; descriptions, rejection reasons and documents are erased; enrolments and amounts stay.</item>
/// <item>Member tags (劳模, 女职工...) are deleted.</item>
/// <item>Kept (they name the member id only): vouchers, redemptions, fund applications' amounts, statuses, history and
///   decisions, disbursements, the ledger and the audit trail.</item>
/// <item>Every refresh token is revoked; <c>deleted_at</c> is set, so refresh and the member routes that change things refuse
///   the id, and an SMS login with the same phone creates a new member.</item>
/// </list>
/// The member row is locked first, so parallel deletions run one after the other: the second finds the account deleted (410).
/// </summary>
public static class DeleteMyAccount
{
    public const string Confirmation = "DELETE";

    /// <summary>What an erased free-text field reads afterwards.</summary>
    public const string ErasedText = "[erased]";

    public sealed record Request(string? Confirm);

    private sealed record MemberRow(long Id, byte[]? PhoneHash, DateTime? DeletedAt);

    private sealed record ApplicationRow(long Id, string Status);

    private const string LockMember = "SELECT id, phone_hash AS PhoneHash, deleted_at AS DeletedAt FROM member WHERE id = @Id FOR UPDATE";

    private const string LockApplications = "SELECT id, status FROM fund_application WHERE member_id = @Id ORDER BY id FOR UPDATE";

    private const string Withdraw = """
        UPDATE fund_application SET status = 'withdrawn', open_key = NULL, updated_at = @Now
        WHERE id = @AppId AND status IN ('draft', 'submitted', 'returned')
        """;

    private const string EraseApplications = """
        UPDATE fund_application SET reason = @Erased, reason_enc = NULL, contact_phone_enc = @ErasedPhone, updated_at = @Now WHERE member_id = @Id
        """;

    private const string DeleteEvidence = """
        DELETE e FROM fund_evidence e JOIN fund_application a ON a.id = e.application_id WHERE a.member_id = @Id
        """;

    private const string DeleteWeChat = "DELETE FROM member_wechat WHERE member_id = @Id";

    // the member's inbox and notification choices go with the account (the outbox keeps what was sent, for delivery records)
    private const string DeleteInbox = """
        DELETE FROM member_inbox WHERE member_id = @Id;
        DELETE FROM member_notification_settings WHERE member_id = @Id;
        DELETE FROM membership_application WHERE member_id = @Id;
        DELETE FROM membership_transfer_request WHERE member_id = @Id
        """;

    private const string RevokeTokens = """
        UPDATE refresh_token SET revoked_at = @Now WHERE subject_kind = 'member' AND subject_id = @Id AND revoked_at IS NULL
        """;

    private const string DeleteIdempotency = "DELETE FROM idempotency_key WHERE caller = @Caller";

    private const string DeleteSmsCodes = "DELETE FROM sms_code WHERE phone_hash = @PhoneHash";

    private const string EraseMember = """
        UPDATE member SET phone_hash = NULL, phone_enc = NULL, id_hash = NULL, id_enc = NULL, name_enc = NULL, member_card_no = NULL,
               org_id = NULL, enterprise_id = NULL, verified_at = NULL, deleted_at = @Now
        WHERE id = @Id AND deleted_at IS NULL
        """;

    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        [FromBody] Request? request, HttpContext http, Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        if (http.User.MemberId() is not { } memberId)
        {
            return Problems.NotFound("member");
        }

        if (!string.Equals(request?.Confirm, Confirmation, StringComparison.Ordinal))
        {
            return Problems.Validation(new Dictionary<string, string[]>
            {
                ["confirm"] = [$"must be \"{Confirmation}\" to delete the account; this cannot be undone"],
            });
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<NoContent, ProblemHttpResult>>(async (conn, tx) =>
        {
            var member = await conn.QuerySingleOrDefaultAsync<MemberRow>(new CommandDefinition(LockMember, new { Id = memberId }, tx, cancellationToken: ct));
            if (member is null)
            {
                return Problems.NotFound("member");
            }

            if (member.DeletedAt is not null)
            {
                return PrivacyApi.Deleted();
            }

            var casework = await Casework.EraseAsync(conn, tx, http, memberId, now, ct);
            var engagement = await Engagement.EraseAsync(conn, tx, memberId, pii, clock.GetUtcNow(), ct);
            var tags = await MemberTags.MemberTagRules.EraseAsync(conn, tx, memberId, ct);
            var applications = (await conn.QueryAsync<ApplicationRow>(new CommandDefinition(LockApplications, new { Id = memberId }, tx,
                cancellationToken: ct))).ToList();
            var mutualAid = await CoverAndCard.EraseMutualAidAsync(conn, tx, memberId, now, ct);
            var unpaid = applications.Where(a => a.Status == FundRules.Approved).Select(a => a.Id).ToList();
            if (unpaid.Count > 0 || mutualAid.Unpaid.Count > 0)
            {
                return Problems.Create(409, PrivacyProblems.MemberHasPendingPayment, "An approved grant or mutual-aid claim is still being paid to this account.",
                    "The account can be deleted once it is paid in full.", new Dictionary<string, object?>
                    {
                        ["applicationIds"] = unpaid.Select(FundRules.Id).ToArray(),
                        ["mutualAidClaimIds"] = mutualAid.Unpaid.Select(FundRules.Id).ToArray(),
                    });
            }

            var withdrawn = 0;
            foreach (var app in applications.Where(a => MemberTransitionsWithdrawable.Contains(a.Status)))
            {
                if (await conn.ExecuteAsync(new CommandDefinition(Withdraw, new { AppId = app.Id, Now = now }, tx, cancellationToken: ct)) == 1)
                {
                    await FundRules.HistoryAsync(conn, tx, app.Id, now, http, app.Status, FundRules.Withdrawn, "account deleted by the member", ct);
                    withdrawn++;
                }
            }

            var args = new { Id = memberId, Now = now };
            await conn.ExecuteAsync(new CommandDefinition(EraseApplications,
                new { Id = memberId, Now = now, Erased = ErasedText, ErasedPhone = pii.Encrypt("") }, tx, cancellationToken: ct));
            var evidence = await conn.ExecuteAsync(new CommandDefinition(DeleteEvidence, args, tx, cancellationToken: ct));
            var wechat = await conn.ExecuteAsync(new CommandDefinition(DeleteWeChat, args, tx, cancellationToken: ct));
            await conn.ExecuteAsync(new CommandDefinition(DeleteInbox, args, tx, cancellationToken: ct));
            var revoked = await conn.ExecuteAsync(new CommandDefinition(RevokeTokens, args, tx, cancellationToken: ct));
            await conn.ExecuteAsync(new CommandDefinition(DeleteIdempotency,
                new { Caller = "member:" + memberId.ToString(CultureInfo.InvariantCulture) }, tx, cancellationToken: ct));
            if (member.PhoneHash is not null)
            {
                await conn.ExecuteAsync(new CommandDefinition(DeleteSmsCodes, new { member.PhoneHash }, tx, cancellationToken: ct));
            }

            if (await conn.ExecuteAsync(new CommandDefinition(EraseMember, args, tx, cancellationToken: ct)) != 1)
            {
                await tx.RollbackAsync(ct); // cannot happen under the row lock; never report a deletion that did not happen
                return PrivacyApi.Deleted();
            }

            await Audit.WriteAsync(conn, tx, http, "member.delete", "member", memberId.ToString(CultureInfo.InvariantCulture), new
            {
                applications = applications.Count,
                withdrawnApplications = withdrawn,
                erasedEvidenceFiles = evidence,
                removedWeChatBindings = wechat,
                revokedRefreshTokens = revoked,
                casework,
                engagement,
                mutualAid = mutualAid.Done,
                removedTags = tags,
            }, ct);
            return TypedResults.NoContent();
        }, ct);
    }

    private static readonly HashSet<string> MemberTransitionsWithdrawable =
        new([FundRules.Draft, FundRules.Submitted, FundRules.Returned], StringComparer.Ordinal);
}
