using System.Data.Common;
using System.Globalization;
using Dapper;
using UnionHub.Api.Features.Activities;
using UnionHub.Api.Features.Donations;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Privacy;

/// <summary>
/// The member's part in the union's engagement work (activity sign-ups, survey answers, donations, consultations at the
/// 12351 desk, lottery applications) as GET /me/export reads it and DELETE /me erases it.
/// </summary>
public static class Engagement
{
    public sealed record EngagementData(IReadOnlyList<ActivitySignup> ActivitySignups, IReadOnlyList<SurveyAnswer> SurveyAnswers,
        IReadOnlyList<Donation> Donations, IReadOnlyList<Consultation> Consultations, IReadOnlyList<LotteryApplication> LotteryApplications);

    /// <summary>An application to a lottery drop and how it came out.</summary>
    /// <param name="Result">pending | won | waiting | declined | passed_over (as the lottery's page shows it).</param>
    /// <param name="Promoted">Won from the waiting order after a winner declined.</param>
    public sealed record LotteryApplication(string Id, string LotteryId, string LotteryTitle, string PerkTitle, DateTimeOffset AppliedAt,
        string Result, bool Promoted);

    /// <summary>A sign-up as it stands: confirmed, waiting or cancelled, and whether the member was checked in.</summary>
    public sealed record ActivitySignup(string ActivityId, string ActivityTitle, DateTimeOffset StartsAt, string Status, bool Promoted,
        DateTimeOffset SignedUpAt, DateTimeOffset? CancelledAt, DateTimeOffset? CheckedInAt);

    /// <summary>One answered survey: the options chosen and the free text written, question by question.</summary>
    public sealed record SurveyAnswer(string SurveyId, string SurveyTitle, string Source, DateTimeOffset AnsweredAt,
        IReadOnlyList<SurveyAnswerItem> Answers);

    public sealed record SurveyAnswerItem(string QuestionId, string Prompt, IReadOnlyList<string> Choices, string? Text);

    /// <summary>A donation the member made (the contact details staff noted are personal data and shown masked).</summary>
    public sealed record Donation(string Id, string ReceiptNo, string FundId, string FundName, long AmountFen, string Channel,
        DateOnly ReceivedOn, string Status, string? ContactNameMasked, string? ContactPhoneMasked);

    /// <summary>A consultation recorded for the member at the 12351 desk (hotline, walk-in or online).</summary>
    public sealed record Consultation(string Id, string Channel, string Category, string Topic, string? Outcome, string Status,
        DateTimeOffset ConsultedAt);

    private sealed record SignupRow(long ActivityId, string Title, DateTime StartsAt, string Status, bool Promoted, DateTime SignedUpAt,
        DateTime? CancelledAt, DateTime? CheckedInAt);

    private sealed record ResponseRow(long Id, long SurveyId, string Title, string Source, DateTime CreatedAt);

    private sealed record ChoiceRow(long ResponseId, long QuestionId, string Prompt, int QuestionPosition, string Label);

    private sealed record TextRow(long ResponseId, long QuestionId, string Prompt, int QuestionPosition, byte[] BodyEnc);

    private sealed record DonationRow(long Id, int ReceiptYear, int ReceiptSeq, long FundId, string FundName, long AmountFen, string Channel,
        DateTime ReceivedOn, string Status, byte[]? ContactNameEnc, byte[]? ContactPhoneEnc);

    private sealed record ConsultationRow(long Id, string Channel, string Category, byte[] TopicEnc, byte[]? OutcomeEnc, string Status,
        DateTime ConsultedAt);

    private const string SelectSignups = """
        SELECT s.activity_id AS ActivityId, a.title, a.starts_at AS StartsAt, s.status, s.promoted, s.signed_up_at AS SignedUpAt,
               s.cancelled_at AS CancelledAt, s.checked_in_at AS CheckedInAt
        FROM activity_signup s JOIN activity a ON a.id = s.activity_id
        WHERE s.member_id = @MemberId ORDER BY s.id DESC
        """;

    private const string SelectResponses = """
        SELECT r.id, r.survey_id AS SurveyId, s.title, r.source, r.created_at AS CreatedAt
        FROM survey_response r JOIN survey s ON s.id = r.survey_id
        WHERE r.member_id = @MemberId ORDER BY r.id DESC
        """;

    private const string SelectChoices = """
        SELECT c.response_id AS ResponseId, c.question_id AS QuestionId, q.prompt, q.position AS QuestionPosition, o.label
        FROM survey_response_choice c JOIN survey_response r ON r.id = c.response_id
        JOIN survey_question q ON q.id = c.question_id JOIN survey_option o ON o.id = c.option_id
        WHERE r.member_id = @MemberId ORDER BY c.response_id, q.position, o.position
        """;

    private const string SelectTexts = """
        SELECT t.response_id AS ResponseId, t.question_id AS QuestionId, q.prompt, q.position AS QuestionPosition, t.body_enc AS BodyEnc
        FROM survey_response_text t JOIN survey_response r ON r.id = t.response_id JOIN survey_question q ON q.id = t.question_id
        WHERE r.member_id = @MemberId ORDER BY t.response_id, q.position
        """;

    private const string SelectDonations = """
        SELECT d.id, d.receipt_year AS ReceiptYear, d.receipt_seq AS ReceiptSeq, d.fund_id AS FundId, f.name AS FundName, d.amount_fen AS AmountFen,
               d.channel, d.received_on AS ReceivedOn, d.status, d.contact_name_enc AS ContactNameEnc, d.contact_phone_enc AS ContactPhoneEnc
        FROM donation d JOIN fund f ON f.id = d.fund_id
        WHERE d.member_id = @MemberId ORDER BY d.id DESC
        """;

    private sealed record LotteryRow(long Id, long LotteryId, string Title, string PerkTitle, DateTime AppliedAt, bool? Won,
        DateTime? DeclinedAt, DateTime? PromotedAt, string? PassedOver);

    private const string SelectLotteryApplications = """
        SELECT a.id, a.lottery_id AS LotteryId, l.title, COALESCE(p.title, f.name) AS PerkTitle, a.applied_at AS AppliedAt, r.won, r.declined_at AS DeclinedAt,
               r.promoted_at AS PromotedAt, r.passed_over AS PassedOver
        FROM lottery_application a JOIN lottery l ON l.id = a.lottery_id LEFT JOIN perk p ON p.id = l.perk_id LEFT JOIN fund f ON f.id = l.fund_id
        LEFT JOIN lottery_outcome r ON r.application_id = a.id
        WHERE a.member_id = @MemberId ORDER BY a.id DESC
        """;

    // applications to lotteries not drawn yet are withdrawn (a deleted account must not win a place); drawn ones stay in the
    // public record, the name shown as "*". The join reads the lottery row with a shared lock, as an application does, so the
    // withdrawal commits before a draw reads the list or finds the lottery drawn.
    private const string WithdrawLotteryApplications = """
        DELETE a FROM lottery_application a JOIN lottery l ON l.id = a.lottery_id
        WHERE a.member_id = @MemberId AND l.status IN ('draft', 'open')
        """;

    private const string SelectConsultations = """
        SELECT id, channel, category, topic_enc AS TopicEnc, outcome_enc AS OutcomeEnc, status, consulted_at AS ConsultedAt
        FROM consultation WHERE member_id = @MemberId ORDER BY id DESC
        """;

    /// <summary>Everything of the member's engagement for GET /me/export, read in the export's transaction.</summary>
    public static async Task<EngagementData> ExportAsync(DbConnection conn, DbTransaction tx, long memberId, PiiProtector pii,
        CancellationToken ct)
    {
        var args = new { MemberId = memberId };
        var signups = (await conn.QueryAsync<SignupRow>(new CommandDefinition(SelectSignups, args, tx, cancellationToken: ct)))
            .Select(s => new ActivitySignup(Text(s.ActivityId), s.Title, s.StartsAt.ToChina(), s.Status, s.Promoted, s.SignedUpAt.ToChina(),
                s.CancelledAt.ToChina(), s.CheckedInAt.ToChina()))
            .ToList();

        var responses = (await conn.QueryAsync<ResponseRow>(new CommandDefinition(SelectResponses, args, tx, cancellationToken: ct))).ToList();
        var choices = (await conn.QueryAsync<ChoiceRow>(new CommandDefinition(SelectChoices, args, tx, cancellationToken: ct))).ToList();
        var texts = (await conn.QueryAsync<TextRow>(new CommandDefinition(SelectTexts, args, tx, cancellationToken: ct))).ToList();
        var answers = responses.Select(r => new SurveyAnswer(Text(r.SurveyId), r.Title, r.Source, r.CreatedAt.ToChina(),
                choices.Where(c => c.ResponseId == r.Id).Select(c => (c.QuestionId, c.Prompt, c.QuestionPosition))
                    .Concat(texts.Where(t => t.ResponseId == r.Id).Select(t => (t.QuestionId, t.Prompt, t.QuestionPosition)))
                    .Distinct().OrderBy(q => q.QuestionPosition)
                    .Select(q => new SurveyAnswerItem(Text(q.QuestionId), q.Prompt,
                        choices.Where(c => c.ResponseId == r.Id && c.QuestionId == q.QuestionId).Select(c => c.Label).ToList(),
                        texts.FirstOrDefault(t => t.ResponseId == r.Id && t.QuestionId == q.QuestionId) is { } t ? pii.Decrypt(t.BodyEnc) : null))
                    .ToList()))
            .ToList();

        var donations = (await conn.QueryAsync<DonationRow>(new CommandDefinition(SelectDonations, args, tx, cancellationToken: ct)))
            .Select(d => new Donation(Text(d.Id), DonationRules.ReceiptNo(d.ReceiptYear, d.ReceiptSeq), Text(d.FundId), d.FundName, d.AmountFen,
                d.Channel, DateOnly.FromDateTime(d.ReceivedOn), d.Status,
                pii.DecryptOrNull(d.ContactNameEnc) is { Length: > 0 } name ? Mask.Name(name) : null,
                pii.DecryptOrNull(d.ContactPhoneEnc) is { Length: > 0 } phone ? Mask.Phone(phone) : null))
            .ToList();

        var consultations = (await conn.QueryAsync<ConsultationRow>(new CommandDefinition(SelectConsultations, args, tx, cancellationToken: ct)))
            .Select(c => new Consultation(Text(c.Id), c.Channel, c.Category, pii.Decrypt(c.TopicEnc), pii.DecryptOrNull(c.OutcomeEnc), c.Status,
                c.ConsultedAt.ToChina()))
            .ToList();

        var lotteries = (await conn.QueryAsync<LotteryRow>(new CommandDefinition(SelectLotteryApplications, args, tx, cancellationToken: ct)))
            .Select(a => new LotteryApplication(Text(a.Id), Text(a.LotteryId), a.Title, a.PerkTitle, a.AppliedAt.ToChina(),
                a.Won is null ? "pending" : a.DeclinedAt is not null ? "declined" : a.Won.Value || a.PromotedAt is not null ? "won"
                    : a.PassedOver is not null ? "passed_over" : "waiting",
                a.PromotedAt is not null))
            .ToList();

        return new EngagementData(signups, answers, donations, consultations, lotteries);
    }

    /// <summary>What the erasure did, for the audit row (counts only).</summary>
    public sealed record Erased(int CancelledSignups, int PromotedFromWaitingLists, int ErasedSurveyTexts, int ErasedDonationContacts,
        int ErasedConsultations, int WithdrawnLotteryApplications);

    private sealed record ActiveSignup(long Id, long ActivityId);

    private const string SelectActiveSignups = """
        SELECT s.id, s.activity_id AS ActivityId FROM activity_signup s JOIN activity a ON a.id = s.activity_id
        WHERE s.member_id = @MemberId AND s.status IN ('confirmed', 'waiting') AND a.starts_at > @Now
        ORDER BY s.activity_id
        """;

    private const string DeleteSurveyTexts = """
        DELETE t FROM survey_response_text t JOIN survey_response r ON r.id = t.response_id WHERE r.member_id = @MemberId
        """;

    private const string EraseDonationContacts = """
        UPDATE donation SET contact_name_enc = NULL, contact_phone_enc = NULL, note_enc = NULL
        WHERE member_id = @MemberId AND (contact_name_enc IS NOT NULL OR contact_phone_enc IS NOT NULL OR note_enc IS NOT NULL)
        """;

    private const string EraseConsultations = """
        UPDATE consultation SET caller_name_enc = NULL, caller_phone_enc = NULL, topic_enc = @Erased, outcome_enc = NULL, updated_at = @Now
        WHERE member_id = @MemberId
        """;

    /// <summary>
    /// Runs inside the deletion's transaction, after the member row is locked:
    /// <list type="bullet">
    /// <item>Sign-ups to activities that have not started are cancelled; each freed place goes to the first member of that
    ///   activity's waiting list, who is told (as when the member cancels). Past sign-ups stay under the bare member id
    ///   (attendance figures, the no-show rule).</item>
    /// <item>Free-text survey answers are deleted; the options chosen stay (they count in the results and say nothing of the
    ///   member once the account is erased).</item>
    /// <item>Donations keep their amount, fund and receipt (the fund's ledger); the contact name, phone and note are erased.</item>
    /// <item>Consultations keep their channel, category, date and status (the desk's yearly figures); the topic reads
    ///   "[erased]" and the caller's name, phone and outcome are erased.</item>
    /// <item>Applications to lotteries not drawn yet are withdrawn; applications to drawn lotteries stay in the public record
    ///   (the draw's input), the name shown as "*"; a winner's voucher is the member's like any other.</item>
    /// </list>
    /// </summary>
    public static async Task<Erased> EraseAsync(DbConnection conn, DbTransaction tx, long memberId, PiiProtector pii, DateTimeOffset now,
        CancellationToken ct)
    {
        var args = new { MemberId = memberId, Now = now.UtcDateTime };
        int cancelled = 0, promoted = 0;
        foreach (var active in await conn.QueryAsync<ActiveSignup>(new CommandDefinition(SelectActiveSignups, args, tx, cancellationToken: ct)))
        {
            if (await ActivityRules.LoadAsync(conn, tx, active.ActivityId, true, ct) is not { } activity
                || await ActivityRules.SignupAsync(conn, tx, activity.Id, memberId, true, ct) is not { Status: not ActivityRules.Cancelled } signup)
            {
                continue;
            }

            cancelled++;
            if (await ActivityRules.CancelAsync(conn, tx, activity, signup, now, ct))
            {
                promoted++;
            }
        }

        var texts = await conn.ExecuteAsync(new CommandDefinition(DeleteSurveyTexts, args, tx, cancellationToken: ct));
        var donations = await conn.ExecuteAsync(new CommandDefinition(EraseDonationContacts, args, tx, cancellationToken: ct));
        var consultations = await conn.ExecuteAsync(new CommandDefinition(EraseConsultations,
            new { MemberId = memberId, Now = now.UtcDateTime, Erased = pii.Encrypt(DeleteMyAccount.ErasedText) }, tx, cancellationToken: ct));
        var withdrawn = await conn.ExecuteAsync(new CommandDefinition(WithdrawLotteryApplications, args, tx, cancellationToken: ct));
        return new Erased(cancelled, promoted, texts, donations, consultations, withdrawn);
    }

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);
}
