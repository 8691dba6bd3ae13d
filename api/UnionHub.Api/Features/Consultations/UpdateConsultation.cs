using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Consultations;

/// <summary>
/// PUT /admin/consultations/{id}: the follow-up: outcome, follow-up date, status (open, follow_up, closed) and lawyer on duty.
/// Fields left out keep their value. A converted consultation is settled (409 <c>consultation.already_converted</c>).
/// </summary>
public static class UpdateConsultation
{
    public sealed record Request(string? Outcome = null, DateOnly? FollowUpOn = null, string? Status = null, string? LawyerId = null);

    private const string Update = """
        UPDATE consultation
        SET outcome_enc = COALESCE(@OutcomeEnc, outcome_enc), follow_up_on = COALESCE(@FollowUpOn, follow_up_on),
            status = COALESCE(@Status, status), lawyer_id = COALESCE(@LawyerId, lawyer_id), updated_at = @Now
        WHERE id = @Id AND status <> 'converted'
        """;

    public static async Task<Results<Ok<Consultations.Consultation>, ProblemHttpResult>> Handle(string id, Request request, HttpContext http,
        Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } consultationId)
        {
            return Problems.NotFound("consultation");
        }

        var v = new Validator()
            .Check(request.Outcome is null || request.Outcome.Length <= ConsultationRules.MaxOutcomeChars, "outcome",
                $"must be at most {ConsultationRules.MaxOutcomeChars} characters")
            .Check(request.Status is null || ConsultationRules.EditableStatuses.Contains(request.Status), "status",
                $"must be one of: {ConsultationRules.Join(ConsultationRules.EditableStatuses)}")
            .Check(request.Status != ConsultationRules.FollowUp || request.FollowUpOn is not null, "followUpOn", "is required for status follow_up")
            .Check(request.LawyerId is null || Ids.Parse(request.LawyerId) is not null, "lawyerId", "is not a valid id");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Ok<Consultations.Consultation>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var row = await Consultations.FindVisibleAsync(conn, tx, await Scope.OfAsync(conn, tx, http.User, ct), consultationId, ct);
            if (row is null)
            {
                return Problems.NotFound("consultation");
            }

            if (Ids.Parse(request.LawyerId) is { } lawyerId && !await conn.ExecuteScalarAsync<bool>(new CommandDefinition(
                    "SELECT EXISTS (SELECT 1 FROM legal_lawyer WHERE id = @Id)", new { Id = lawyerId }, tx, cancellationToken: ct)))
            {
                return Problems.NotFound("lawyer");
            }

            if (await conn.ExecuteAsync(new CommandDefinition(Update, new
                {
                    Id = consultationId,
                    OutcomeEnc = string.IsNullOrWhiteSpace(request.Outcome) ? null : pii.Encrypt(request.Outcome.Trim()),
                    FollowUpOn = request.FollowUpOn?.ToDateTime(TimeOnly.MinValue),
                    request.Status,
                    LawyerId = Ids.Parse(request.LawyerId),
                    Now = now,
                }, tx, cancellationToken: ct)) != 1)
            {
                return Problems.Create(409, ConsultationProblems.AlreadyConverted, "A converted consultation cannot be changed.",
                    $"It became {row.ConvertedKind} {row.ConvertedId}.");
            }

            await Audit.WriteAsync(conn, tx, http, "consultation.update", "consultation", ConsultationRules.Id(consultationId),
                new { request.Status, request.FollowUpOn, outcome = request.Outcome is not null }, ct);
            return TypedResults.Ok(await Consultations.LoadAsync(conn, tx, consultationId, pii, withOutcome: true, ct));
        }, ct);
    }
}
