using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MemberCard;

/// <summary>
/// The electronic member card. Its QR payload is <c>UC1.&lt;memberId&gt;.&lt;minute&gt;.&lt;signature&gt;</c>: the minute it was
/// issued (Unix seconds / 60) and an ECDSA P-256 signature with the voucher key over <c>UC1.&lt;memberId&gt;.&lt;minute&gt;</c>
/// (<see cref="VoucherSigner.SignatureOf"/>). The prefix is the card's own (vouchers sign <c>UH1.</c>, activity check-ins
/// <c>UA1.</c>), so a card never passes as a voucher and a voucher never as a card.
/// <para>A payload verifies during the minute it was issued and the next one (<see cref="Tolerance"/>: the phone refreshes at the
/// minute, the scan may land just after it, and instances' clocks differ by a little), and also one minute early (a fast
/// instance's clock). Older ones are <c>card.expired</c>: a screenshot stops working within two minutes at most.</para>
/// </summary>
public static class MemberCardRules
{
    public const string Prefix = "UC1.";

    /// <summary>Minutes after its issue minute a payload still verifies (and minutes before it, for clock skew between instances).</summary>
    public const int Tolerance = 1;

    public const string Ok = "ok";
    public const string Expired = "expired";
    public const string Invalid = "invalid";
    public const string Inactive = "inactive";

    public static long MinuteOf(DateTimeOffset at) => at.ToUnixTimeSeconds() / 60;

    public static DateTimeOffset StartOf(long minute) => DateTimeOffset.FromUnixTimeSeconds(minute * 60);

    public static string Payload(VoucherSigner signer, long memberId, long minute)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{Prefix}{memberId}.{minute}");
        return text + "." + signer.SignatureOf(text);
    }

    /// <summary>The member id and issue minute of a genuine payload; null when it is malformed or not signed by this service.</summary>
    public static (long MemberId, long Minute)? Read(VoucherSigner signer, string? payload)
    {
        var parts = (payload ?? "").Trim().Split('.');
        if (parts.Length != 4 || parts[0] + "." != Prefix || parts[1].Length > 19 || parts[2].Length > 12
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var memberId) || memberId <= 0
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var minute)
            || !signer.HasSignature($"{parts[0]}.{parts[1]}.{parts[2]}", parts[3]))
        {
            return null;
        }

        return (memberId, minute);
    }

    /// <summary>The card as its holder and a checker see it: the member row with its organisation; null for no live member.</summary>
    public sealed record CardRow(long Id, byte[]? NameEnc, long? OrgId, string? OrgName, string? MemberCardNo, DateTime? VerifiedAt, DateTime? DeletedAt)
    {
        public bool Active => DeletedAt is null && VerifiedAt is not null && OrgId is not null;
    }

    private const string SelectCard = """
        SELECT m.id, m.name_enc AS NameEnc, m.org_id AS OrgId, o.name AS OrgName, m.member_card_no AS MemberCardNo,
               m.verified_at AS VerifiedAt, m.deleted_at AS DeletedAt
        FROM member m LEFT JOIN org o ON o.id = m.org_id WHERE m.id = @Id
        """;

    public static Task<CardRow?> LoadAsync(DbConnection conn, DbTransaction? tx, long memberId, CancellationToken ct) =>
        conn.QuerySingleOrDefaultAsync<CardRow>(new CommandDefinition(SelectCard, new { Id = memberId }, tx, cancellationToken: ct));

    /// <param name="CheckId">The card_check row that recorded this check.</param>
    /// <param name="Active">Always true in a 200 answer: a card of someone who is no member now is 409 <c>card.inactive</c>.</param>
    /// <param name="IssuedAt">The start of the minute the QR was issued.</param>
    public sealed record VerifyResponse(string CheckId, bool Active, string NameMasked, string CardNo, string OrgName, DateTimeOffset IssuedAt,
        DateTimeOffset CheckedAt);

    public sealed record VerifyRequest(string? Payload);

    private const string InsertCheck = """
        INSERT INTO card_check (member_id, result, checker_kind, merchant_id, api_key_id, staff_id, checked_at)
        VALUES (@MemberId, @Result, @Kind, @MerchantId, @KeyId, @StaffId, @Now);
        SELECT LAST_INSERT_ID();
        """;

    /// <summary>
    /// Checks a payload and records the check (one card_check row, whatever the result), for a merchant or a staff desk alike.
    /// The answer names the person (masked) only when the card is genuine, live and of a member now.
    /// </summary>
    public static async Task<Results<Ok<VerifyResponse>, ProblemHttpResult>> VerifyAsync(VerifyRequest request, HttpContext http,
        Transactions transactions, VoucherSigner signer, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().Required(request.Payload, "payload", 512);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var at = clock.GetUtcNow();
        var now = at.UtcDateTime;
        var read = Read(signer, request.Payload);
        var user = http.User;
        var (kind, merchantId, keyId, staffId) = user.MerchantKeyId() is { } key ? ("merchant_key", user.MerchantId(), (long?)key, (long?)null)
            : user.MerchantId() is { } merchant ? ("merchant_staff", (long?)merchant, (long?)null, user.StaffId())
            : ("staff", (long?)null, (long?)null, user.StaffId());

        // The check and its log row in one transaction that always commits (a refusal is an answer here, and is logged too):
        // Transactions rolls back a transaction whose result is a problem, so the answer is built after it.
        var (result, card, checkId) = await transactions.RunAsync(async (conn, tx) =>
        {
            CardRow? row = null;
            string outcome;
            if (read is not { } r)
            {
                outcome = Invalid;
            }
            else
            {
                var current = MinuteOf(at);
                if (r.Minute > current + Tolerance)
                {
                    outcome = Invalid; // signed by us, yet from the future: no instance's clock is that far ahead
                }
                else if (r.Minute < current - Tolerance)
                {
                    outcome = Expired;
                }
                else
                {
                    row = await LoadAsync(conn, tx, r.MemberId, ct);
                    outcome = row is { Active: true } ? Ok : Inactive;
                }
            }

            var id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(InsertCheck, new
            {
                MemberId = read?.MemberId, Result = outcome, Kind = kind, MerchantId = merchantId, KeyId = keyId, StaffId = staffId, Now = now,
            }, tx, cancellationToken: ct));
            return (outcome, row, id);
        }, ct);

        var extensions = new Dictionary<string, object?> { ["checkId"] = checkId.Text() };
        return result switch
        {
            Ok => TypedResults.Ok(new VerifyResponse(checkId.Text(), true,
                pii.DecryptOrNull(card!.NameEnc) is { } name ? Mask.Name(name) : "", card.MemberCardNo ?? "", card.OrgName ?? "",
                StartOf(read!.Value.Minute).ToChina(), now.ToChina())),
            Expired => Problems.Create(409, MemberCardProblems.Expired, "This card code has expired.",
                "A card code is valid for about a minute; ask the member to show the live card in the app.", extensions),
            Inactive => Problems.Create(409, MemberCardProblems.Inactive, "This card is not a valid membership now.",
                "The account is no member of any organisation (left or closed).", extensions),
            _ => Problems.Create(422, MemberCardProblems.Invalid, "This is not a member card code.",
                "The code is damaged, altered or of another kind (a voucher is redeemed on the redemption screen).", extensions),
        };
    }
}
