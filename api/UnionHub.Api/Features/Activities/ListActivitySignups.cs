using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Activities;

/// <summary>
/// GET /admin/activities/{id}/signups: every sign-up of the activity: confirmed places first (in the order they were
/// confirmed) with check-in and, once the activity has ended, no-show; then the waiting list in its order (position 1 first);
/// then cancellations. Names are masked. <c>Accept: text/csv</c> gives the same rows as the attendance report (UTF-8 with BOM).
/// </summary>
public static class ListActivitySignups
{
    public sealed record SignupResponse(string Id, string MemberId, string MemberName, string? MemberCardNo, string Status, int? Position,
        bool Promoted, DateTimeOffset SignedUpAt, DateTimeOffset? ConfirmedAt, DateTimeOffset? CancelledAt, DateTimeOffset? CheckedInAt,
        string? CheckInMethod, bool NoShow);

    public sealed record Response(ActivityRules.ActivityResponse Activity, IReadOnlyList<SignupResponse> Signups);

    private sealed record Row(long Id, long MemberId, byte[]? NameEnc, string? MemberCardNo, string Status, int? WaitSeq, bool Promoted,
        DateTime SignedUpAt, DateTime? ConfirmedAt, DateTime? CancelledAt, DateTime? CheckedInAt, string? CheckInMethod);

    private const string SelectSignups = """
        SELECT s.id, s.member_id AS MemberId, m.name_enc AS NameEnc, m.member_card_no AS MemberCardNo, s.status, s.wait_seq AS WaitSeq,
               s.promoted, s.signed_up_at AS SignedUpAt, s.confirmed_at AS ConfirmedAt, s.cancelled_at AS CancelledAt,
               s.checked_in_at AS CheckedInAt, s.check_in_method AS CheckInMethod
        FROM activity_signup s JOIN member m ON m.id = s.member_id
        WHERE s.activity_id = @id
        ORDER BY CASE s.status WHEN 'confirmed' THEN 0 WHEN 'waiting' THEN 1 ELSE 2 END, s.confirmed_at, s.wait_seq, s.id
        """;

    public static async Task<Results<Ok<Response>, FileContentHttpResult, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        if (await GetActivity.StaffActivityAsync(conn, http, id, ct) is not { } activity)
        {
            return Problems.NotFound("activity");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var ended = now > activity.EndsAt;
        var rows = (await conn.QueryAsync<Row>(new CommandDefinition(SelectSignups, new { id = activity.Id }, cancellationToken: ct))).ToList();
        var position = 0;
        var signups = rows.Select(r => new SignupResponse(r.Id.Text(), r.MemberId.Text(),
            pii.DecryptOrNull(r.NameEnc) is { } name ? Mask.Name(name) : "", r.MemberCardNo, r.Status,
            r.Status == ActivityRules.Waiting ? ++position : null, r.Promoted, r.SignedUpAt.ToChina(), r.ConfirmedAt.ToChina(),
            r.CancelledAt.ToChina(), r.CheckedInAt.ToChina(), r.CheckInMethod,
            ended && r.Status == ActivityRules.Confirmed && r.CheckedInAt is null)).ToList();

        if (!Csv.Wanted(http.Request))
        {
            return TypedResults.Ok(new Response(await ActivityRules.StaffViewAsync(conn, null, activity, ct), signups));
        }

        static string Time(DateTimeOffset? t) => t?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "";
        var csv = new StringBuilder();
        csv.Append("activityId,signupId,memberId,memberName,memberCardNo,status,position,signedUpAt,confirmedAt,checkedInAt,checkInMethod,noShow\r\n");
        foreach (var s in signups)
        {
            csv.AppendJoin(',', [
                activity.Id.Text(), s.Id, s.MemberId, Csv.Cell(s.MemberName), Csv.Cell(s.MemberCardNo ?? ""), s.Status,
                s.Position?.ToString(CultureInfo.InvariantCulture) ?? "", Time(s.SignedUpAt), Time(s.ConfirmedAt), Time(s.CheckedInAt),
                s.CheckInMethod ?? "", s.NoShow ? "yes" : "",
            ]).Append("\r\n");
        }

        return Csv.File(csv.ToString(), $"activity-{activity.Id.Text()}-attendance.csv");
    }
}
