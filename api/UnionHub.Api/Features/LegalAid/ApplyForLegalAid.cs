using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.LegalAid.Apply;

namespace UnionHub.Api.Features.LegalAid;

public static class ApplyForLegalAid
{
    private const string SelectMember = "SELECT verified_at IS NOT NULL AS Verified, org_id AS OrgId FROM member WHERE id = @MemberId";

    private const string Insert = """
        INSERT INTO legal_case (member_id, org_id, dispute_type, enterprise_id, employer_name, amount_at_stake_fen, description_enc, urgent,
                                status, decide_by, submitted_at, updated_at)
        VALUES (@MemberId, @OrgId, @DisputeType, @EnterpriseId, @EmployerName, @AmountAtStakeFen, @Description, @Urgent,
                'submitted', @DecideBy, @Now, @Now);
        SELECT LAST_INSERT_ID();
        """;

    private sealed class MemberRow
    {
        public bool Verified { get; set; }
        public long? OrgId { get; set; }
    }

    public static async Task<Results<Created<Cases.Case>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, PiiProtector pii, TimeProvider clock,
        WorkingCalendar calendar, IOptions<LegalAidOptions> options, CancellationToken ct)
    {
        var memberId = http.User.MemberId()!.Value;
        var enterpriseId = request.EnterpriseId is null ? null : Ids.Parse(request.EnterpriseId);
        var v = new Validator()
            .Check(request.DisputeType is not null && LegalAidRules.DisputeTypes.Contains(request.DisputeType), "disputeType",
                $"must be one of: {LegalAidRules.Join(LegalAidRules.DisputeTypes)}")
            .Check(request.EnterpriseId is null || enterpriseId is not null, "enterpriseId", "must be an enterprise id")
            .Check(request.EnterpriseId is not null || !string.IsNullOrWhiteSpace(request.EmployerName), "employerName",
                "is required when enterpriseId is not given")
            .Check(request.EmployerName is null || request.EmployerName.Length <= 200, "employerName", "must be at most 200 characters")
            .Check(request.AmountAtStakeFen is >= 0 and <= 1_000_000_000_00, "amountAtStakeFen", "must be a number of fen, 0 or more")
            .Required(request.Description, "description", 4000);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        return await transactions.RunAsync<Results<Created<Cases.Case>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var member = await conn.QuerySingleOrDefaultAsync<MemberRow>(new CommandDefinition(SelectMember, new { MemberId = memberId },
                transaction: tx, cancellationToken: ct));
            if (member is not { Verified: true })
            {
                return await idem.RefuseAsync(Problems.Create(403, LegalAidProblems.MemberNotVerified, "Only members who passed real-name verification may apply."), ct);
            }

            var employer = request.EmployerName?.Trim();
            if (enterpriseId is not null)
            {
                employer = await conn.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT name FROM enterprise WHERE id = @enterpriseId",
                    new { enterpriseId }, transaction: tx, cancellationToken: ct));
                if (employer is null)
                {
                    return await idem.RefuseAsync(Problems.Validation(new Dictionary<string, string[]> { ["enterpriseId"] = ["no such enterprise"] }), ct);
                }
            }

            await MemberQuota.LockAsync(conn, tx, memberId, ct);
            if (await conn.ExecuteScalarAsync<int>(new CommandDefinition(
                    "SELECT COUNT(*) FROM legal_case WHERE member_id = @MemberId AND status NOT IN ('closed', 'refused') LOCK IN SHARE MODE", new { MemberId = memberId }, tx,
                    cancellationToken: ct)) >= options.Value.MaxOpenCasesPerMember)
            {
                return await idem.RefuseAsync(Problems.Create(409, LegalAidProblems.LegalAidTooManyOpenCases,
                    "You have as many open legal aid cases as one member may.", $"At most {options.Value.MaxOpenCasesPerMember} open cases.",
                    new Dictionary<string, object?> { ["maxOpenCases"] = options.Value.MaxOpenCasesPerMember }), ct);
            }

            var now = clock.GetUtcNow();
            var urgent = request.Urgent == true;
            var days = urgent ? options.Value.UrgentDecisionWorkingDays : options.Value.DecisionWorkingDays;
            var decideBy = calendar.DeadlineAfter(now, days).UtcDateTime;
            var id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
            {
                MemberId = memberId,
                member.OrgId,
                request.DisputeType,
                EnterpriseId = enterpriseId,
                EmployerName = employer,
                request.AmountAtStakeFen,
                Description = pii.Encrypt(request.Description!.Trim()),
                Urgent = urgent,
                DecideBy = decideBy,
                Now = now.UtcDateTime,
            }, tx, cancellationToken: ct));
            await conn.ExecuteAsync(new CommandDefinition("UPDATE legal_case SET case_no = @CaseNo WHERE id = @Id",
                new { Id = id, CaseNo = LegalAidRules.CaseNo(now.ToChina().Year, id) }, tx, cancellationToken: ct));
            var row = (await Cases.FindVisibleAsync(conn, tx, await Scope.OfAsync(conn, tx, http.User, ct), id, ct))!;
            await Cases.RecordAsync(conn, tx, http, now.UtcDateTime, row, "submit", null, LegalAidRules.Submitted,
                urgent ? "urgent" : null, null, ct);
            var view = await Cases.DetailAsync(conn, tx, row, pii, now.UtcDateTime, ct);
            await idem.CompleteAsync(conn, tx, 201, view, ct);
            return TypedResults.Created($"/api/v1/me/legal-aid/cases/{view.Id}", view);
        }, ct);
    }
}
