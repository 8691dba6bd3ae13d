using System.Globalization;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Funds;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Privacy;

/// <summary>
/// GET /me/export: one JSON document with everything the platform holds about the caller, read in one snapshot
/// (REPEATABLE READ transaction). Personal data is masked exactly as in every other answer: the full ID number, name
/// and phone are never returned. Hardship (register entries, declarations, objections lodged) and legal aid cases (with notes
/// and history) and membership (applications to join, transfer requests, history) are included, and so is engagement (activity
/// sign-ups, survey answers with their free text, donations, consultations at the 12351 desk), mutual-aid cover (enrolments with
/// their certificates, claims with descriptions, decisions and documents listed) the checks of the member's card and the member's tags. Evidence files and case documents are listed (type, size, time), not their bytes: those are downloaded
/// one by one from /me/fund-applications/{id}/evidence/{fileId}.
/// </summary>
public static class ExportMyData
{
    public sealed record Export(string Format, DateTimeOffset ExportedAt, Account Account, RealName RealName,
        IReadOnlyList<WeChatBinding> WeChatBindings, IReadOnlyList<Voucher> Vouchers, IReadOnlyList<Applications.Application> FundApplications,
        Sessions Sessions, Casework.HardshipData Hardship, IReadOnlyList<LegalAid.Cases.Case> LegalAidCases, Casework.MembershipData Membership,
        Engagement.EngagementData Engagement, CoverAndCard.MutualAidData MutualAid, IReadOnlyList<CoverAndCard.CardCheck> CardChecks,
        IReadOnlyList<MemberTags.MemberTagRules.ExportedTag> Tags);

    public sealed record Account(string Id, string? PhoneMasked, DateTimeOffset CreatedAt);

    public sealed record RealName(string Status, string? NameMasked, string? IdNumberMasked, string? OrgId, string? OrgName,
        string? EnterpriseId, string? EnterpriseName, string? MemberCardNo, DateTimeOffset? VerifiedAt);

    public sealed record WeChatBinding(string AppId, string OpenIdMasked, bool HasUnionId, DateTimeOffset BoundAt);

    /// <summary>A voucher with its redemption in force (where and when it was redeemed), as the wallet shows it.</summary>
    public sealed record Voucher(string Id, string PerkId, string PerkKind, string PerkTitle, long? FaceValueFen, string Code,
        string? PartnerCode, string Status, DateTimeOffset ValidUntil, DateTimeOffset ClaimedAt, MyVouchers.VoucherRedemption? Redemption);

    /// <summary>Signed-in devices: refresh tokens that are neither spent, revoked nor expired.</summary>
    public sealed record Sessions(int Active);

    public const string FormatName = "unionhub.member-export.v1";

    private sealed record MemberRow(long Id, byte[]? PhoneEnc, byte[]? IdEnc, byte[]? NameEnc, long? OrgId, string? OrgName,
        long? EnterpriseId, string? EnterpriseName, string? MemberCardNo, DateTime? VerifiedAt, DateTime CreatedAt, DateTime? DeletedAt);

    private sealed record WeChatRow(string AppId, string OpenId, string? UnionId, DateTime CreatedAt);

    private sealed record VoucherRow(long Id, long PerkId, string PerkKind, string PerkTitle, long? FaceValueFen, string Code,
        string? PartnerCode, string Status, DateTime ValidUntil, DateTime CreatedAt,
        long? RedemptionId, long? MerchantId, string? MerchantName, DateTime? RedemptionAt);

    private const string SelectMember = """
        SELECT m.id, m.phone_enc AS PhoneEnc, m.id_enc AS IdEnc, m.name_enc AS NameEnc, m.org_id AS OrgId, o.name AS OrgName,
               m.enterprise_id AS EnterpriseId, e.name AS EnterpriseName, m.member_card_no AS MemberCardNo, m.verified_at AS VerifiedAt,
               m.created_at AS CreatedAt, m.deleted_at AS DeletedAt
        FROM member m LEFT JOIN org o ON o.id = m.org_id LEFT JOIN enterprise e ON e.id = m.enterprise_id
        WHERE m.id = @Id
        """;

    private const string SelectWeChat = """
        SELECT app_id AS AppId, open_id AS OpenId, union_id AS UnionId, created_at AS CreatedAt
        FROM member_wechat WHERE member_id = @Id ORDER BY created_at, app_id
        """;

    private const string SelectVouchers = """
        SELECT v.id, v.perk_id AS PerkId, p.kind AS PerkKind, p.title AS PerkTitle, p.face_value_fen AS FaceValueFen, v.code,
               v.partner_code AS PartnerCode, v.status, v.valid_until AS ValidUntil, v.created_at AS CreatedAt,
               r.id AS RedemptionId, r.merchant_id AS MerchantId, mc.name AS MerchantName, r.redeemed_at AS RedemptionAt
        FROM voucher v JOIN perk p ON p.id = v.perk_id
        LEFT JOIN redemption r ON r.voucher_id = v.id AND r.voided_at IS NULL
        LEFT JOIN merchant mc ON mc.id = r.merchant_id
        WHERE v.member_id = @Id ORDER BY v.id DESC
        """;

    private const string SelectApplicationIds = "SELECT id FROM fund_application WHERE member_id = @Id ORDER BY id DESC";

    private const string CountSessions = """
        SELECT COUNT(*) FROM refresh_token
        WHERE subject_kind = 'member' AND subject_id = @Id AND spent_at IS NULL AND revoked_at IS NULL AND expires_at > @Now
        """;

    public static async Task<Results<Ok<Export>, ProblemHttpResult>> Handle(
        HttpContext http, Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        if (http.User.MemberId() is not { } memberId)
        {
            return Problems.NotFound("member");
        }

        var now = clock.GetUtcNow();
        return await transactions.RunAsync<Results<Ok<Export>, ProblemHttpResult>>(async (conn, tx) =>
        {
            // one consistent snapshot
            var member = await conn.QuerySingleOrDefaultAsync<MemberRow>(new CommandDefinition(SelectMember, new { Id = memberId }, tx, cancellationToken: ct));
            if (member is null)
            {
                return Problems.NotFound("member");
            }

            if (member.DeletedAt is not null)
            {
                return PrivacyApi.Deleted();
            }

            var args = new { Id = memberId, Now = now.UtcDateTime };
            var phone = pii.DecryptOrNull(member.PhoneEnc);
            var verified = member.VerifiedAt is not null;
            var realName = verified
                ? new RealName("verified",
                    pii.DecryptOrNull(member.NameEnc) is { } name ? Mask.Name(name) : null,
                    pii.DecryptOrNull(member.IdEnc) is { } id ? Mask.IdNumber(id) : null,
                    Text(member.OrgId), member.OrgName, Text(member.EnterpriseId), member.EnterpriseName, member.MemberCardNo,
                    member.VerifiedAt.ToChina())
                : new RealName("unverified", null, null, null, null, null, null, null, null);

            var wechat = (await conn.QueryAsync<WeChatRow>(new CommandDefinition(SelectWeChat, args, tx, cancellationToken: ct)))
                .Select(w => new WeChatBinding(w.AppId, PrivacyApi.MaskOpaque(w.OpenId), w.UnionId is not null, w.CreatedAt.ToChina())).ToList();

            var vouchers = (await conn.QueryAsync<VoucherRow>(new CommandDefinition(SelectVouchers, args, tx, cancellationToken: ct)))
                .Select(v => new Voucher(Text(v.Id), Text(v.PerkId), v.PerkKind, v.PerkTitle, v.FaceValueFen, v.Code, v.PartnerCode,
                    VoucherStatus.Effective(v.Status, v.ValidUntil, now.UtcDateTime), v.ValidUntil.ToChina(), v.CreatedAt.ToChina(),
                    v is { RedemptionId: { } rid, MerchantId: { } mid, RedemptionAt: { } at }
                        ? new MyVouchers.VoucherRedemption(Text(rid), Text(mid), v.MerchantName ?? "", at.ToChina())
                        : null))
                .ToList();

            var applications = new List<Applications.Application>();
            foreach (var appId in await conn.QueryAsync<long>(new CommandDefinition(SelectApplicationIds, args, tx, cancellationToken: ct)))
            {
                if (await Applications.LoadAsync(conn, tx, appId, memberId, null, pii, ct) is { } view)
                {
                    applications.Add(view);
                }
            }

            var sessions = await conn.ExecuteScalarAsync<int>(new CommandDefinition(CountSessions, args, tx, cancellationToken: ct));
            var hardship = await Casework.HardshipAsync(conn, tx, memberId, pii, ct);
            var legalAid = await Casework.LegalAidAsync(conn, tx, memberId, pii, now.UtcDateTime, ct);
            var membership = await Casework.MembershipAsync(conn, tx, memberId, pii, ct);
            var engagement = await Engagement.ExportAsync(conn, tx, memberId, pii, ct);
            var mutualAid = await CoverAndCard.MutualAidAsync(conn, tx, memberId, pii, ct);
            var cardChecks = await CoverAndCard.CardChecksAsync(conn, tx, memberId, ct);
            var tags = await MemberTags.MemberTagRules.ExportAsync(conn, tx, memberId, ct);

            http.Response.Headers.ContentDisposition =
                $"attachment; filename=\"unionhub-my-data-{Text(memberId)}-{now.ToChina():yyyyMMdd}.json\"";
            http.Response.Headers.CacheControl = "private, no-store";
            return TypedResults.Ok(new Export(FormatName, now.ToChina(),
                new Account(Text(memberId), phone is null ? null : Mask.Phone(phone), member.CreatedAt.ToChina()),
                realName, wechat, vouchers, applications, new Sessions(sessions), hardship, legalAid, membership, engagement, mutualAid, cardChecks, tags));
        }, ct, System.Data.IsolationLevel.RepeatableRead);
    }

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string? Text(long? id) => id?.ToString(CultureInfo.InvariantCulture);
}
