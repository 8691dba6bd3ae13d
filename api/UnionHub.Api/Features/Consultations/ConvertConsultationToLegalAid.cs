using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using UnionHub.Api.Features.LegalAid;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Consultations;

/// <summary>
/// POST /admin/consultations/{id}/legal-aid-case (idempotent): the consultation becomes a legal aid case filed for its member,
/// in one transaction: the case is submitted as a member's application is (verified member, the open-case limit, the
/// working-day deadline), its description carried over from the consultation's topic and outcome unless given, its
/// dispute type from the category when that is a legal aid dispute type; the consultation is marked converted and names the case.
/// </summary>
public static class ConvertConsultationToLegalAid
{
    public sealed record Request(string? DisputeType = null, string? EnterpriseId = null, string? EmployerName = null, long? AmountAtStakeFen = null,
        string? Description = null, bool? Urgent = null);

    private const string InsertCase = """
        INSERT INTO legal_case (member_id, org_id, dispute_type, enterprise_id, employer_name, amount_at_stake_fen, description_enc, urgent,
                                status, decide_by, submitted_at, updated_at)
        VALUES (@MemberId, @OrgId, @DisputeType, @EnterpriseId, @EmployerName, @AmountAtStakeFen, @Description, @Urgent,
                'submitted', @DecideBy, @Now, @Now);
        SELECT LAST_INSERT_ID();
        """;

    private const string MarkConverted = """
        UPDATE consultation SET status = 'converted', converted_kind = 'legal_aid_case', converted_id = @CaseId, updated_at = @Now
        WHERE id = @Id AND status <> 'converted'
        """;

    public static async Task<Results<Created<Consultations.Consultation>, ProblemHttpResult>> Handle(string id, Request request, HttpContext http,
        Transactions transactions, IdempotencyScope idem, PiiProtector pii, TimeProvider clock, WorkingCalendar calendar,
        IOptions<LegalAidOptions> options, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } consultationId)
        {
            return Problems.NotFound("consultation");
        }

        var enterpriseId = Ids.Parse(request.EnterpriseId);
        var v = new Validator()
            .Check(request.DisputeType is null || LegalAidRules.DisputeTypes.Contains(request.DisputeType), "disputeType",
                $"must be one of: {LegalAidRules.Join(LegalAidRules.DisputeTypes)}")
            .Check(request.EnterpriseId is null || enterpriseId is not null, "enterpriseId", "must be an enterprise id")
            .Check(request.EnterpriseId is not null || !string.IsNullOrWhiteSpace(request.EmployerName), "employerName",
                "is required when enterpriseId is not given")
            .Check(request.EmployerName is null || request.EmployerName.Length <= 200, "employerName", "must be at most 200 characters")
            .Check(request.AmountAtStakeFen is >= 0 and <= 1_000_000_000_00, "amountAtStakeFen", "must be a number of fen, 0 or more")
            .Check(request.Description is null || request.Description.Length <= 4000, "description", "must be at most 4000 characters");
        if (!v.IsValid)
        {
            return v.Problem();
        }

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

            if (row.MemberId is not { } memberId)
            {
                return await idem.RefuseAsync(Problems.Create(422, ConsultationProblems.NoMember,
                    "Only a consultation with a member can become a legal aid case.",
                    "Find the caller's member account and record the consultation with memberId, or have the member apply."), ct);
            }

            var disputeType = request.DisputeType ?? (LegalAidRules.DisputeTypes.Contains(row.Category) ? row.Category : null);
            if (disputeType is null)
            {
                return await idem.RefuseAsync(Problems.Validation(new Dictionary<string, string[]>
                    { ["disputeType"] = [$"is required: the category {row.Category} is not a legal aid dispute type"] }), ct);
            }

            var member = await conn.QuerySingleAsync<(bool Verified, long? OrgId)>(new CommandDefinition(
                "SELECT verified_at IS NOT NULL, org_id FROM member WHERE id = @MemberId", new { MemberId = memberId }, tx, cancellationToken: ct));
            if (!member.Verified)
            {
                return await idem.RefuseAsync(Problems.Create(403, LegalAidProblems.MemberNotVerified,
                    "Only members who passed real-name verification may have legal aid."), ct);
            }

            var employer = request.EmployerName?.Trim();
            if (enterpriseId is not null)
            {
                employer = await conn.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT name FROM enterprise WHERE id = @enterpriseId",
                    new { enterpriseId }, tx, cancellationToken: ct));
                if (employer is null)
                {
                    return await idem.RefuseAsync(Problems.Validation(new Dictionary<string, string[]> { ["enterpriseId"] = ["no such enterprise"] }), ct);
                }
            }

            await MemberQuota.LockAsync(conn, tx, memberId, ct);
            if (await conn.ExecuteScalarAsync<int>(new CommandDefinition(
                    "SELECT COUNT(*) FROM legal_case WHERE member_id = @MemberId AND status NOT IN ('closed', 'refused') LOCK IN SHARE MODE",
                    new { MemberId = memberId }, tx, cancellationToken: ct)) >= options.Value.MaxOpenCasesPerMember)
            {
                return await idem.RefuseAsync(Problems.Create(409, LegalAidProblems.LegalAidTooManyOpenCases,
                    "The member has as many open legal aid cases as one member may.", $"At most {options.Value.MaxOpenCasesPerMember} open cases.",
                    new Dictionary<string, object?> { ["maxOpenCases"] = options.Value.MaxOpenCasesPerMember }), ct);
            }

            var now = clock.GetUtcNow();
            var urgent = request.Urgent == true;
            var description = string.IsNullOrWhiteSpace(request.Description)
                ? string.Join("\n", new[] { $"【12351 咨询转入】{pii.Decrypt(row.TopicEnc)}", row.OutcomeEnc is { } o ? $"咨询答复：{pii.Decrypt(o)}" : null }
                    .Where(s => s is not null))
                : request.Description.Trim();
            var caseId = await conn.ExecuteScalarAsync<long>(new CommandDefinition(InsertCase, new
            {
                MemberId = memberId,
                member.OrgId,
                DisputeType = disputeType,
                EnterpriseId = enterpriseId,
                EmployerName = employer,
                request.AmountAtStakeFen,
                Description = pii.Encrypt(description.Length > 4000 ? description[..4000] : description),
                Urgent = urgent,
                DecideBy = calendar.DeadlineAfter(now, urgent ? options.Value.UrgentDecisionWorkingDays : options.Value.DecisionWorkingDays).UtcDateTime,
                Now = now.UtcDateTime,
            }, tx, cancellationToken: ct));
            await conn.ExecuteAsync(new CommandDefinition("UPDATE legal_case SET case_no = @CaseNo WHERE id = @Id",
                new { Id = caseId, CaseNo = LegalAidRules.CaseNo(now.ToChina().Year, caseId) }, tx, cancellationToken: ct));
            var legalCase = await Cases.FindVisibleAsync(conn, tx, new Scope("/"), caseId, ct);
            await Cases.RecordAsync(conn, tx, http, now.UtcDateTime, legalCase!, "submit", null, LegalAidRules.Submitted,
                $"由咨询 {ConsultationRules.Id(consultationId)} 转入", new { consultationId = ConsultationRules.Id(consultationId) }, ct);
            if (await conn.ExecuteAsync(new CommandDefinition(MarkConverted, new { Id = consultationId, CaseId = caseId, Now = now.UtcDateTime }, tx,
                    cancellationToken: ct)) != 1)
            {
                return await idem.RefuseAsync(Problems.Create(409, ConsultationProblems.AlreadyConverted, "The consultation was already converted."), ct);
            }

            await Audit.WriteAsync(conn, tx, http, "consultation.convert", "consultation", ConsultationRules.Id(consultationId),
                new { kind = ConsultationRules.ToLegalAidCase, caseId = ConsultationRules.Id(caseId) }, ct);
            var view = await Consultations.LoadAsync(conn, tx, consultationId, pii, withOutcome: true, ct);
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, view, ct);
            return TypedResults.Created($"/api/v1/admin/legal-aid/cases/{ConsultationRules.Id(caseId)}", view);
        }, ct);
    }
}
