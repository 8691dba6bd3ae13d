using System.Text.RegularExpressions;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

/// <summary>POST /fund-applications (idempotent): a verified member applies to an open fund.</summary>
/// <remarks>
/// One open application per member per fund is the UNIQUE index on (fund_id, open_key): open_key holds the
/// member id while the application is open and NULL once it is closed, so parallel submits cannot both land.
/// </remarks>
public static partial class Apply
{
    public sealed record Request(string? FundId, string? Category, long? RequestedFen, string? Reason, string? ContactPhone, bool? Draft);

    [GeneratedRegex("^1[3-9][0-9]{9}$")]
    internal static partial Regex PhonePattern();

    internal const string IsVerified = "SELECT verified_at IS NOT NULL FROM member WHERE id = @MemberId";

    internal const string SelectFundWindow = "SELECT opens_at AS OpensAt, closes_at AS ClosesAt, kind FROM fund WHERE id = @FundId";

    /// <summary>Field checks shared with the PUT of a returned application.</summary>
    internal static Validator Validate(string? category, long? requestedFen, string? reason, string? contactPhone) =>
        new Validator()
            .Check(category is not null && FundRules.Categories.Contains(category), "category",
                $"must be one of: {FundRules.Join(FundRules.Categories)}")
            .Check(requestedFen is > 0 and <= 100_000_000_00, "requestedFen", "must be a positive number of fen")
            .Required(reason, "reason", 2000)
            .Check(contactPhone is not null && PhonePattern().IsMatch(contactPhone), "contactPhone", "must be an 11-digit mainland mobile number");

    internal sealed record FundWindow(DateTime? OpensAt, DateTime? ClosesAt, string Kind);

    /// <summary>
    /// The insert of a new application, by the member or filed by staff (<c>FiledBy</c>, <c>OnBehalfOf</c>; NULL when the member
    /// applied). A duplicate key on (fund_id, open_key) is the one-open-application rule: answer <see cref="FundProblems.FundApplicationOpen"/>.
    /// </summary>
    internal const string Insert = """
        INSERT INTO fund_application (fund_id, member_id, filed_by, on_behalf_of, category, requested_fen, reason_enc, contact_phone_enc,
                                      status, open_key, created_at, submitted_at, updated_at)
        VALUES (@FundId, @MemberId, @FiledBy, @OnBehalfOf, @Category, @RequestedFen, @ReasonEnc, @PhoneEnc, @Status, @MemberId, @Now,
                @SubmittedAt, @Now);
        SELECT LAST_INSERT_ID();
        """;
}
