using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Consultations;

/// <summary>
/// POST /admin/consultations (idempotent): staff record a consultation on their desk (the organisation given, else the member's,
/// else the caller's own; a federation desk only for callers who see every organisation).
/// </summary>
public static partial class RecordConsultation
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^[0-9][0-9\-]{5,19}$")]
    internal static partial System.Text.RegularExpressions.Regex Landline();

    public sealed record Request(string? Channel, string? Category, string? Topic, DateTimeOffset? ConsultedAt = null, string? MemberId = null,
        string? CallerName = null, string? CallerPhone = null, string? LawyerId = null, string? Outcome = null, DateOnly? FollowUpOn = null,
        string? Status = null, string? OrgId = null);

    private const string Insert = """
        INSERT INTO consultation (org_id, channel, category, member_id, caller_name_enc, caller_phone_enc, lawyer_id, topic_enc, outcome_enc,
                                  follow_up_on, status, consulted_at, recorded_by, created_at, updated_at)
        VALUES (@OrgId, @Channel, @Category, @MemberId, @CallerNameEnc, @CallerPhoneEnc, @LawyerId, @TopicEnc, @OutcomeEnc, @FollowUpOn, @Status,
                @ConsultedAt, @StaffId, @Now, @Now);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Created<Consultations.Consultation>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, PiiProtector pii, TimeProvider clock,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var consultedAt = request.ConsultedAt ?? now;
        var v = new Validator()
            .Check(request.Channel is not null && ConsultationRules.Channels.Contains(request.Channel), "channel",
                $"must be one of: {ConsultationRules.Join(ConsultationRules.Channels)}")
            .Check(request.Category is not null && ConsultationRules.Categories.Contains(request.Category), "category",
                $"must be one of: {ConsultationRules.Join(ConsultationRules.Categories)}")
            .Required(request.Topic, "topic", ConsultationRules.MaxTopicChars)
            .Check(consultedAt <= now.AddMinutes(5), "consultedAt", "must not be in the future")
            .Check(request.MemberId is null || Ids.Parse(request.MemberId) is not null, "memberId", "is not a valid id")
            .Check(request.MemberId is null || (string.IsNullOrWhiteSpace(request.CallerName) && string.IsNullOrWhiteSpace(request.CallerPhone)),
                "callerName", "give memberId or the caller's name and phone, not both")
            .Check(request.CallerName is null || request.CallerName.Trim().Length <= ConsultationRules.MaxCallerNameChars, "callerName",
                $"must be at most {ConsultationRules.MaxCallerNameChars} characters")
            .Check(string.IsNullOrWhiteSpace(request.CallerPhone) || MemberLookup.NormalisePhone(request.CallerPhone) is not null
                || Landline().IsMatch(request.CallerPhone.Trim()), "callerPhone", "is not a phone number")
            .Check(request.LawyerId is null || Ids.Parse(request.LawyerId) is not null, "lawyerId", "is not a valid id")
            .Check(request.Outcome is null || request.Outcome.Length <= ConsultationRules.MaxOutcomeChars, "outcome",
                $"must be at most {ConsultationRules.MaxOutcomeChars} characters")
            .Check(request.FollowUpOn is null || request.FollowUpOn >= DateOnly.FromDateTime(consultedAt.ToChina().DateTime), "followUpOn",
                "must not be before the consultation")
            .Check(request.Status is null || ConsultationRules.EditableStatuses.Contains(request.Status), "status",
                $"must be one of: {ConsultationRules.Join(ConsultationRules.EditableStatuses)}")
            .Check(request.OrgId is null || Ids.Parse(request.OrgId) is not null, "orgId", "is not a valid id");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        return await transactions.RunAsync<Results<Created<Consultations.Consultation>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            MemberLookup.Row? member = null;
            if (Ids.Parse(request.MemberId) is { } memberId)
            {
                member = await MemberLookup.FindVisibleAsync(conn, tx, scope, memberId, ct);
                if (member is null || member.DeletedAt is not null)
                {
                    return await idem.RefuseAsync(Problems.NotFound("member"), ct);
                }
            }

            var orgId = Ids.Parse(request.OrgId) ?? member?.OrgId ?? http.User.OrgId();
            if (orgId is null ? !scope.SeesEverything : await Orgs.FindVisibleAsync(conn, tx, scope, orgId, ct) is null)
            {
                return await idem.RefuseAsync(Problems.NotFound("organisation"), ct);
            }

            if (Ids.Parse(request.LawyerId) is { } lawyerId && !await conn.ExecuteScalarAsync<bool>(new CommandDefinition(
                    "SELECT EXISTS (SELECT 1 FROM legal_lawyer WHERE id = @Id)", new { Id = lawyerId }, tx, cancellationToken: ct)))
            {
                return await idem.RefuseAsync(Problems.NotFound("lawyer"), ct);
            }

            var id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
            {
                OrgId = orgId,
                request.Channel,
                request.Category,
                MemberId = member?.Id,
                CallerNameEnc = string.IsNullOrWhiteSpace(request.CallerName) ? null : pii.Encrypt(request.CallerName.Trim()),
                CallerPhoneEnc = string.IsNullOrWhiteSpace(request.CallerPhone) ? null : pii.Encrypt(request.CallerPhone.Trim()),
                LawyerId = Ids.Parse(request.LawyerId),
                TopicEnc = pii.Encrypt(request.Topic!.Trim()),
                OutcomeEnc = string.IsNullOrWhiteSpace(request.Outcome) ? null : pii.Encrypt(request.Outcome.Trim()),
                FollowUpOn = request.FollowUpOn?.ToDateTime(TimeOnly.MinValue),
                Status = request.Status ?? (request.FollowUpOn is null ? ConsultationRules.Open : ConsultationRules.FollowUp),
                ConsultedAt = consultedAt.UtcDateTime,
                StaffId = http.User.StaffId(),
                Now = now.UtcDateTime,
            }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "consultation.record", "consultation", ConsultationRules.Id(id),
                new { orgId, request.Channel, request.Category, memberId = member?.Id }, ct);
            var view = await Consultations.LoadAsync(conn, tx, id, pii, withOutcome: true, ct);
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, view, ct);
            return TypedResults.Created($"/api/v1/admin/consultations/{view.Id}", view);
        }, ct);
    }
}
