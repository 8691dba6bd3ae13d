using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Funds.ReviewMeetings;

namespace UnionHub.Api.Features.Funds;

public static class GetReviewMeeting
{
    /// <summary>GET /admin/review-meetings/{id}: JSON, or the decisions as CSV (UTF-8 with BOM) for <c>Accept: text/csv</c>.</summary>
    public static async Task<Results<Ok<Meeting>, FileContentHttpResult, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } meetingId)
        {
            return Problems.NotFound("review meeting");
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var meeting = await LoadAsync(conn, null, meetingId, pii, ct);
        if (meeting is null || Ids.Parse(meeting.FundId) is not { } fundId
            || !await FundRules.IsUsableAsync(conn, null, await Scope.OfAsync(conn, null, http.User, ct), fundId, ct))
        {
            return Problems.NotFound("review meeting");
        }

        if (!Csv.Wanted(http.Request))
        {
            return TypedResults.Ok(meeting);
        }

        var csv = new StringBuilder();
        csv.Append("meetingId,fundId,heldAt,applicationId,category,requestedFen,decision,grantedFen,note\r\n");
        foreach (var d in meeting.Decisions)
        {
            csv.AppendJoin(',', [
                meeting.Id, meeting.FundId, meeting.HeldAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                d.ApplicationId, d.Category, d.RequestedFen.ToString(CultureInfo.InvariantCulture), d.Decision,
                d.GrantedFen?.ToString(CultureInfo.InvariantCulture) ?? "", Csv.Cell(d.Note ?? ""),
            ]).Append("\r\n");
        }

        return Csv.File(csv.ToString(), $"review-meeting-{meeting.Id}.csv");
    }
}
