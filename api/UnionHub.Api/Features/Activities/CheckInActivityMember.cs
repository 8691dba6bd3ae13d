using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Activities;

/// <summary>
/// POST /admin/activities/{id}/check-ins: staff scan the code a member's phone shows (GET /activities/{id}/check-in-code).
/// The code must be genuine, unexpired and for a confirmed place of this activity; check-in is open from two hours before
/// the start until the end. A second scan answers the first check-in (<c>alreadyCheckedIn</c>) and changes nothing.
/// </summary>
public static class CheckInActivityMember
{
    public sealed record Request(string? Code);

    public sealed record Response(string SignupId, string MemberId, string MemberName, DateTimeOffset CheckedInAt, string CheckInMethod,
        bool AlreadyCheckedIn);

    private sealed record MemberName(byte[]? NameEnc);

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        string id, Request request, HttpContext http, Transactions transactions, VoucherSigner signer, PiiProtector pii, TimeProvider clock,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Code))
        {
            return new Validator().Required(request.Code, "code", 400).Problem();
        }

        if (ActivityRules.ReadCheckInCode(signer, request.Code) is not { } code)
        {
            return Problems.Create(422, ActivityProblems.ActivityCheckInCodeInvalid, "This is not a check-in code of this service.");
        }

        var now = clock.GetUtcNow();
        if (code.ExpiresAt <= now)
        {
            return Problems.Create(422, ActivityProblems.ActivityCheckInCodeExpired, "The check-in code has expired.",
                "Ask the member to refresh the code on their phone.");
        }

        return await transactions.RunAsync<Results<Ok<Response>, ProblemHttpResult>>(async (conn, tx) =>
        {
            if (await GetActivity.StaffActivityAsync(conn, http, id, ct, tx) is not { } activity)
            {
                return Problems.NotFound("activity");
            }

            if (activity.IsCancelled)
            {
                return ActivityRules.CancelledProblem(activity);
            }

            var signup = await conn.QuerySingleOrDefaultAsync<ActivityRules.SignupRow>(new CommandDefinition(
                ActivityRules.SignupColumns + " WHERE s.id = @id FOR UPDATE", new { id = code.SignupId }, tx, cancellationToken: ct));
            if (signup is null || signup.ActivityId != activity.Id)
            {
                return Problems.Create(422, ActivityProblems.ActivityCheckInCodeInvalid, "This code is for another activity.");
            }

            if (signup.Status != ActivityRules.Confirmed)
            {
                return ActivityRules.NotConfirmed();
            }

            if (ActivityRules.CheckInWindow(activity, now.UtcDateTime) is { } closed)
            {
                return closed;
            }

            var at = IdempotencyGate.Micros(now.UtcDateTime); // what DATETIME(6) keeps, so this answer and later reads agree
            var first = await ActivityRules.MarkCheckedInAsync(conn, tx, signup.Id, ActivityRules.StaffScan, http.User.StaffId(), at, ct);
            if (first)
            {
                await Audit.WriteAsync(conn, tx, http, "activity.check_in", "activity_signup", signup.Id.Text(),
                    new { activityId = activity.Id, signup.MemberId }, ct);
            }

            var name = await conn.QuerySingleAsync<MemberName>(new CommandDefinition("SELECT name_enc AS NameEnc FROM member WHERE id = @id",
                new { id = signup.MemberId }, tx, cancellationToken: ct));
            return TypedResults.Ok(new Response(signup.Id.Text(), signup.MemberId.Text(),
                pii.DecryptOrNull(name.NameEnc) is { } n ? Mask.Name(n) : "",
                first ? at.ToChina() : signup.CheckedInAt!.Value.ToChina(),
                first ? ActivityRules.StaffScan : signup.CheckInMethod ?? ActivityRules.StaffScan, !first));
        }, ct);
    }
}
