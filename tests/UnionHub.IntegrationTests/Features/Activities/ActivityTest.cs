using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace UnionHub.IntegrationTests.Features.Activities;

/// <summary>Helpers for the activity tests: staff that can log in again after the clock moves, activities, member requests.</summary>
public abstract class ActivityTest : ApiTest
{
    protected const string StaffPassword = "correct horse battery";

    protected static DateTimeOffset Now => Api.Clock.GetUtcNow();

    protected static string S(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Creates a staff user and returns its username (log in again with <see cref="StaffAsync"/> after moving the clock).</summary>
    protected static async Task<string> NewStaffUserAsync(string role, long orgId)
    {
        using var admin = await AdminAsync();
        var username = $"{role}-{Guid.NewGuid():N}"[..30];
        await JsonAsync(await admin.PostAsJsonAsync("/api/v1/admin/users", new { username, password = StaffPassword, role, orgId = S(orgId) }), 201);
        return username;
    }

    protected static Task<HttpClient> StaffAsync(string username) => StaffClientAsync(username, StaffPassword);

    protected static HttpClient Member(long memberId) => WithToken(MemberToken(memberId));

    /// <summary>An activity of <paramref name="orgId"/> starting in an hour and lasting an hour; sign-ups open now.</summary>
    protected static async Task<JsonElement> CreateActivityAsync(HttpClient staff, long orgId, int places, string title = "职工羽毛球赛",
        TimeSpan? startsIn = null)
    {
        var starts = Now + (startsIn ?? TimeSpan.FromHours(1));
        return await JsonAsync(await staff.PostAsJsonAsync("/api/v1/admin/activities", new
        {
            title,
            description = "限额报名，先到先得",
            venue = "市工人文化宫体育馆",
            orgId = S(orgId),
            startsAt = starts,
            endsAt = starts.AddHours(1),
            places,
        }), 201);
    }

    protected static HttpRequestMessage SignUpRequest(string activityId, long memberId)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/activities/{activityId}/signup");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", MemberToken(memberId));
        return request;
    }

    /// <summary>Fires all the sign-ups at once (real parallel HTTP requests); (status, body) in the order of <paramref name="memberIds"/>.</summary>
    protected static async Task<List<(int Status, JsonElement Body)>> SignUpAllAsync(string activityId, IEnumerable<long> memberIds)
    {
        using var client = Anonymous();
        return await ParallelAsync(memberIds.Select(m => (Func<Task<HttpResponseMessage>>)(async () =>
        {
            using var request = SignUpRequest(activityId, m);
            return await client.SendAsync(request);
        })));
    }

    protected static async Task<JsonElement> SignUpAsync(string activityId, long memberId, int expectedStatus = 200)
    {
        using var client = Anonymous();
        using var request = SignUpRequest(activityId, memberId);
        return await JsonAsync(await client.SendAsync(request), expectedStatus);
    }
}
