using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Funds;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>
/// POST /admin/orgs/{orgId}/mutual-aid-plans/{planId}/enrolments (idempotent; org_admin over the organisation, super_admin): a
/// unit enrols many of its members in an open plan from one CSV file (the dialect of batch declarations: UTF-8, comma-separated,
/// a header naming the columns in any order). Columns: 会员卡号 (member card number) and/or 身份证号 (resident ID number, matched
/// through the blind index), optionally 姓名 (then it must be the member's name). Each row names one verified member of the
/// organisation's subtree. All or nothing: any bad row and nothing is written, the answer is 422
/// <c>mutual_aid.batch_rows_invalid</c> with the per-row report; members enrolled already are counted, not enrolled again.
/// </summary>
public static class EnrolMutualAidBatch
{
    private const int Chunk = MemberListFile.Chunk;

    private static readonly MemberListFile.Codes FileCodes = new(MutualAidProblems.BatchEmpty, MutualAidProblems.BatchInvalidHeader,
        MutualAidProblems.BatchTooManyRows, MutualAidProblems.BatchRowsInvalid, "mutual_aid_batch");

    private static readonly MemberListFile.Layout<MemberListFile.Row> FileLayout =
        new([], [], "会员卡号 or 身份证号 (and may name 姓名)", line => new MemberListFile.Row(line));

    /// <summary>Why a row was refused: the <c>code</c> of each entry of the report (<see cref="MemberListFile.Codes"/> with this prefix).</summary>
    public static class Rejections
    {
        public const string LineTooLong = "mutual_aid_batch.line_too_long";
        public const string Unreadable = "mutual_aid_batch.unreadable";
        public const string WrongFieldCount = "mutual_aid_batch.wrong_field_count";
        public const string MemberMissing = "mutual_aid_batch.member_missing";
        public const string IdNumberInvalid = "mutual_aid_batch.id_number_invalid";
        /// <summary>No verified member of the organisation's subtree has this card or ID number (and this name, when given).</summary>
        public const string MemberNotFound = "mutual_aid_batch.member_not_found";
        public const string Duplicate = "mutual_aid_batch.duplicate_member";
    }

    /// <summary>A committed bulk enrolment: rows read, members enrolled by it, members who were enrolled already.</summary>
    public sealed record Batch(string Id, string PlanId, string OrgId, int Rows, int Enrolled, int AlreadyEnrolled, DateTimeOffset CreatedAt);

    private const string InsertBatch = """
        INSERT INTO mutual_aid_batch (plan_id, org_id, staff_id, row_count, enrolled, file_sha256, created_at)
        VALUES (@PlanId, @OrgId, @StaffId, @Rows, @Enrolled, @Sha256, @Now);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Created<Batch>, ProblemHttpResult>> Handle(string orgId, string planId, FundBatchFile file, HttpContext http,
        MySqlDataSource db, Transactions transactions, IdempotencyScope idem, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        if (file.Problem is { } refused)
        {
            return refused;
        }

        Orgs.OrgRow? org;
        MutualAid.PlanRow? plan;
        await using (var conn = await db.OpenConnectionAsync(ct))
        {
            org = await Orgs.FindVisibleAsync(conn, null, await Scope.OfAsync(conn, null, http.User, ct), Ids.Parse(orgId), ct);
            plan = org is null || Ids.Parse(planId) is not { } id
                ? null
                : await conn.QuerySingleOrDefaultAsync<MutualAid.PlanRow>(new CommandDefinition($"{MutualAid.SelectPlan} WHERE p.id = @Id", new { Id = id },
                    cancellationToken: ct));
        }

        if (org is null)
        {
            return Problems.NotFound("organisation");
        }

        if (plan is null || !MutualAidRules.IsMembersPlan(plan.OrgPath, org.Path))
        {
            return Problems.NotFound("plan");
        }

        if (!IsOpen(plan, clock))
        {
            return Problems.Create(409, MutualAidProblems.PlanNotOpen, "The plan is not open for enrolment.");
        }

        if (!Funds.FundRules.Pays(plan.FundKind, mutualAidClaim: true))
        {
            return MutualAidRules.PlanFundNotMutualAid();
        }

        var (rows, problem) = await MemberListFile.LoadAsync(db, file.Text!, org.Path, FileLayout, FileCodes,
            "Some rows of the file are not valid; nobody was enrolled.", pii, MutualAidRules.Today(clock), ct);
        if (problem is not null)
        {
            return problem;
        }

        return await transactions.RunAsync<Results<Created<Batch>, ProblemHttpResult>>(async (c, tx) =>
        {
            // the plan row written first (RowLocks), as a change of its benefits writes it: the enrolments copy the benefits the plan has
            // when they commit, also on a cluster, where the change's lock of the enrolments is node-local (DESIGN 12; ADR 0016, 2026-12-04)
            await RowLocks.WriteAsync(c, tx, RowLocks.MutualAidPlan, plan.Id, ct);
            var current = await c.QuerySingleAsync<MutualAid.PlanRow>(new CommandDefinition($"{MutualAid.SelectPlan} WHERE p.id = @Id", new { plan.Id }, tx,
                cancellationToken: ct));
            if (!IsOpen(current, clock))
            {
                return Problems.Create(409, MutualAidProblems.PlanNotOpen, "The plan is not open for enrolment.");
            }

            if (!Funds.FundRules.Pays(current.FundKind, mutualAidClaim: true))
            {
                return MutualAidRules.PlanFundNotMutualAid();
            }

            var enrolled = new HashSet<long>();
            foreach (var chunk in rows.Select(r => r.MemberId).Chunk(Chunk))
            {
                enrolled.UnionWith(await c.QueryAsync<long>(new CommandDefinition(
                    "SELECT member_id FROM mutual_aid_enrolment WHERE plan_id = @PlanId AND member_id IN @MemberIds",
                    new { PlanId = plan.Id, MemberIds = chunk }, tx, cancellationToken: ct)));
            }

            var fresh = rows.Where(r => !enrolled.Contains(r.MemberId)).Select(r => r.MemberId).Order().ToList();
            var now = clock.GetUtcNow().UtcDateTime;
            var staffId = http.User.StaffId() ?? 0;
            var batchId = await c.ExecuteScalarAsync<long>(new CommandDefinition(InsertBatch, new
            {
                PlanId = plan.Id, OrgId = org.Id, StaffId = staffId, Rows = rows.Count, Enrolled = fresh.Count, file.Sha256, Now = now,
            }, tx, cancellationToken: ct));
            foreach (var chunk in fresh.Chunk(Chunk))
            {
                var insert = new MultiRowInsert("mutual_aid_enrolment", "plan_id", "member_id", "source", "batch_id", "enrolled_by", "created_at");
                foreach (var memberId in chunk)
                {
                    insert.Row(plan.Id, memberId, "batch", batchId, staffId, now);
                }

                try
                {
                    await insert.ExecuteAsync(c, tx, ct);
                }
                catch (MySqlException ex) when (ex.IsDuplicateKey())
                {
                    return Problems.Create(409, MutualAidProblems.BatchRaced, "A member of the file enrolled meanwhile; nobody was enrolled.",
                        "Upload the same file again: members enrolled already are counted, not enrolled twice.");
                }
            }

            await c.ExecuteAsync(new CommandDefinition(MutualAidRules.InsertBatchCover, new { BatchId = batchId }, tx, cancellationToken: ct));
            await Audit.WriteAsync(c, tx, http, "mutual_aid_batch.create", "mutual_aid_batch", batchId.Text(),
                new { planId = plan.Id, orgId = org.Id, rows = rows.Count, enrolled = fresh.Count }, ct);
            var view = new Batch(batchId.Text(), plan.Id.Text(), org.Id.Text(), rows.Count, fresh.Count, rows.Count - fresh.Count, now.ToChina());
            await idem.CompleteAsync(c, tx, StatusCodes.Status201Created, view, ct);
            return TypedResults.Created($"/api/v1/admin/mutual-aid/plans/{view.PlanId}", view);
        }, ct);
    }

    private static bool IsOpen(MutualAid.PlanRow plan, TimeProvider clock) =>
        plan.Status == MutualAidRules.Open && DateOnly.FromDateTime(plan.CoversTo) >= MutualAidRules.Today(clock);
}
