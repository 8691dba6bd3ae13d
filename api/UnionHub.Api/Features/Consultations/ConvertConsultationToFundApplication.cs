using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Features.Funds;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Consultations;

/// <summary>
/// POST /admin/consultations/{id}/fund-application (idempotent): a member's consultation about hardship, illness or an accident
/// becomes a relief application filed for the member, in one transaction. The application follows the counter's rules
/// (<see cref="OnBehalf.FileAsync"/>: verified member, a fund of the member's organisation or above, open window, one open
/// application per fund); its reason is carried over from the consultation's topic and outcome unless given, its contact phone
/// is the member's own unless given. The consultation is marked converted and names the application.
/// </summary>
public static class ConvertConsultationToFundApplication
{
    /// <summary><c>fundId</c>, <c>category</c> and <c>requestedFen</c> are required; <c>reason</c> and <c>contactPhone</c> default as above.</summary>
    public sealed record Request(string? FundId, string? Category, long? RequestedFen, string? Reason = null, string? ContactPhone = null);

    private const string MarkConverted = """
        UPDATE consultation SET status = 'converted', converted_kind = 'fund_application', converted_id = @ApplicationId, updated_at = @Now
        WHERE id = @Id AND status <> 'converted'
        """;

    public static async Task<Results<Created<Consultations.Consultation>, ProblemHttpResult>> Handle(string id, Request request, HttpContext http,
        Transactions transactions, IdempotencyScope idem, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } consultationId)
        {
            return Problems.NotFound("consultation");
        }

        var fields = new Validator()
            .Check(Ids.Parse(request.FundId) is not null, "fundId", "is required")
            .Check(request.Reason is null || request.Reason.Trim().Length is > 0 and <= 2000, "reason", "must be 1-2000 characters when given")
            .Check(request.ContactPhone is null || Apply.PhonePattern().IsMatch(request.ContactPhone), "contactPhone",
                "must be an 11-digit mainland mobile number when given");
        if (!fields.IsValid)
        {
            return fields.Problem();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Created<Consultations.Consultation>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            var row = await Consultations.FindVisibleAsync(conn, tx, scope, consultationId, ct);
            if (row is null)
            {
                return await idem.RefuseAsync(Problems.NotFound("consultation"), ct);
            }

            if (row.Status == ConsultationRules.Converted)
            {
                return await idem.RefuseAsync(Problems.Create(409, ConsultationProblems.AlreadyConverted, "The consultation was already converted.",
                    $"It became {row.ConvertedKind} {row.ConvertedId}."), ct);
            }

            var member = row.MemberId is { } memberId ? await MemberLookup.FindVisibleAsync(conn, tx, scope, memberId, ct) : null;
            if (member is null || member.DeletedAt is not null)
            {
                return await idem.RefuseAsync(Problems.Create(422, ConsultationProblems.NoMember,
                    "Only a consultation with a member in your organisations can become a relief application.",
                    "Find the caller's member account and record the consultation with memberId, or file the application at the counter."), ct);
            }

            var reason = request.Reason?.Trim() ?? string.Join("\n", new[]
            {
                $"【12351 咨询转入】{pii.Decrypt(row.TopicEnc)}", row.OutcomeEnc is { } o ? $"咨询答复：{pii.Decrypt(o)}" : null,
            }.Where(s => s is not null));
            var phone = request.ContactPhone ?? pii.DecryptOrNull(member.PhoneEnc);
            var filing = new OnBehalf.Request(request.FundId, request.Category, request.RequestedFen, reason.Length > 2000 ? reason[..2000] : reason,
                phone, OnBehalf.ForMember, null);
            var (v, kind, contactPhone, _) = OnBehalf.Validate(filing, DateOnly.FromDateTime(now.ToChina().DateTime));
            if (!v.IsValid)
            {
                // the member has no phone on file and none was given, or the category or amount is wrong: the caller's fields
                return await idem.RefuseAsync(v.Problem(), ct);
            }

            var (application, problem) = await OnBehalf.FileAsync(conn, tx, http, pii, member.Id, member.OrgPath, filing, kind, contactPhone, null, now,
                $"由咨询 {ConsultationRules.Id(consultationId)} 转入", ct);
            if (problem is not null)
            {
                return await idem.RefuseAsync(problem, ct);
            }

            var applicationId = Ids.Parse(application!.Id)!.Value;
            if (await conn.ExecuteAsync(new CommandDefinition(MarkConverted, new { Id = consultationId, ApplicationId = applicationId, Now = now }, tx,
                    cancellationToken: ct)) != 1)
            {
                return await idem.RefuseAsync(Problems.Create(409, ConsultationProblems.AlreadyConverted, "The consultation was already converted."), ct);
            }

            await Audit.WriteAsync(conn, tx, http, "consultation.convert", "consultation", ConsultationRules.Id(consultationId),
                new { kind = ConsultationRules.ToFundApplication, applicationId = application.Id }, ct);
            var view = await Consultations.LoadAsync(conn, tx, consultationId, pii, withOutcome: true, ct);
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, view, ct);
            return TypedResults.Created($"/api/v1/admin/fund-applications/{application.Id}", view);
        }, ct);
    }
}
