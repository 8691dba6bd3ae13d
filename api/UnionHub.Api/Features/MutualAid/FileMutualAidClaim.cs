using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>
/// POST /me/mutual-aid/claims (idempotent): an enrolled member claims a benefit of their plan for an event in its coverage period
/// (not in the future), asking at most what is left of that benefit. The description is about the member's health: encrypted at
/// rest. A plan whose fund is not a <c>mutual_aid</c> fund takes no claim (422 <c>mutual_aid.fund_not_mutual_aid</c>, nothing written:
/// it could never be approved). Documents are attached afterwards (<see cref="UploadMutualAidClaimDocument"/>) while the claim awaits review.
/// </summary>
public static class FileMutualAidClaim
{
    public sealed record Request(string? EnrolmentId, string? EventType, DateOnly? EventOn, long? AskedFen, string? Description);

    private sealed record Target(long Id, long PlanId, DateTime CoversFrom, DateTime CoversTo, long? CapFen, long? ApprovedFen, string FundKind);

    private const string SelectTarget = """
        SELECT e.id, e.plan_id AS PlanId, p.covers_from AS CoversFrom, p.covers_to AS CoversTo, c.cap_fen AS CapFen, c.approved_fen AS ApprovedFen,
               f.kind AS FundKind
        FROM mutual_aid_enrolment e JOIN mutual_aid_plan p ON p.id = e.plan_id JOIN fund f ON f.id = p.fund_id
        LEFT JOIN mutual_aid_cover c ON c.enrolment_id = e.id AND c.event_type = @EventType
        WHERE e.id = @Id AND e.member_id = @MemberId
        """;

    private const string Insert = """
        INSERT INTO mutual_aid_claim (enrolment_id, plan_id, member_id, event_type, event_on, asked_fen, description_enc, status, document_count,
                                      created_at, updated_at)
        VALUES (@EnrolmentId, @PlanId, @MemberId, @EventType, @EventOn, @AskedFen, @DescriptionEnc, 'submitted', 0, @Now, @Now);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Created<MutualAid.Claim>, ProblemHttpResult>> Handle(Request request, HttpContext http,
        Transactions transactions, IdempotencyScope idem, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var memberId = http.User.MemberId()!.Value;
        var today = MutualAidRules.Today(clock);
        var v = new Validator()
            .Check(Ids.Parse(request.EnrolmentId) is not null, "enrolmentId", "is required")
            .Check(request.EventType is not null && MutualAidRules.EventTypes.Contains(request.EventType), "eventType",
                $"must be one of: {MutualAidRules.Join(MutualAidRules.EventTypes)}")
            .Check(request.EventOn is not null && request.EventOn <= today, "eventOn", "is required and must not be in the future")
            .Check(request.AskedFen is > 0 and <= MutualAidRules.MaxFen, "askedFen", $"is required, 1 to {MutualAidRules.MaxFen}")
            .Required(request.Description, "description", MutualAidRules.MaxDescriptionChars);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        return await transactions.RunAsync<Results<Created<MutualAid.Claim>, ProblemHttpResult>>(async (conn, tx) =>
        {
            if (!await conn.ExecuteScalarAsync<bool>(new CommandDefinition(MutualAidRules.IsVerified, new { MemberId = memberId }, tx, cancellationToken: ct)))
            {
                return await idem.RefuseAsync(Problems.Create(403, MutualAidProblems.MemberNotVerified,
                    "Only members who passed real-name verification may claim."), ct);
            }

            var target = await conn.QuerySingleOrDefaultAsync<Target>(new CommandDefinition(SelectTarget,
                new { Id = Ids.Parse(request.EnrolmentId), MemberId = memberId, request.EventType }, tx, cancellationToken: ct));
            if (target is null)
            {
                return await idem.RefuseAsync(Problems.NotFound("enrolment"), ct);
            }

            // a plan left on a relief fund (ADR 0020, 2026-12-04): its claims could never be approved, so none is filed
            if (!Funds.FundRules.Pays(target.FundKind, mutualAidClaim: true))
            {
                return await idem.RefuseAsync(MutualAidRules.PlanFundNotMutualAid(), ct);
            }

            if (target.CapFen is not { } cap)
            {
                return await idem.RefuseAsync(Problems.Create(422, MutualAidProblems.EventNotCovered, "The plan has no benefit for this event type."), ct);
            }

            var eventOn = request.EventOn!.Value;
            if (eventOn < DateOnly.FromDateTime(target.CoversFrom) || eventOn > DateOnly.FromDateTime(target.CoversTo))
            {
                return await idem.RefuseAsync(Problems.Validation(new Dictionary<string, string[]>
                {
                    ["eventOn"] = [$"must be in the plan's coverage period, {DateOnly.FromDateTime(target.CoversFrom):yyyy-MM-dd} to {DateOnly.FromDateTime(target.CoversTo):yyyy-MM-dd}"],
                }), ct);
            }

            var left = cap - (target.ApprovedFen ?? 0);
            if (request.AskedFen > left)
            {
                return await idem.RefuseAsync(Problems.Create(422, MutualAidProblems.OverCap, "The amount is more than is left of this benefit.",
                    $"At most {left} fen is left.", new Dictionary<string, object?> { ["remainingFen"] = left }), ct);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
            {
                EnrolmentId = target.Id,
                target.PlanId,
                MemberId = memberId,
                request.EventType,
                EventOn = eventOn.ToDateTime(TimeOnly.MinValue),
                request.AskedFen,
                DescriptionEnc = pii.Encrypt(request.Description!.Trim()),
                Now = now,
            }, tx, cancellationToken: ct));
            var view = MutualAid.ToView(await MutualAid.LoadClaimAsync(conn, tx, id, ct), pii, withText: true);
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, view, ct);
            return TypedResults.Created($"/api/v1/me/mutual-aid/claims/{view.Id}", view);
        }, ct);
    }
}
