using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.IntegrationTests.Features.Funds;

public sealed class ReviewMeetingTests : FundsTest
{
    [Test]
    public async Task A_meeting_approves_and_rejects_together_and_the_ledger_records_the_grants()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer, budgetFen: 1_000_000, maxGrantFen: 300_000);
        var a = await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 250_000);
        var b = await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 100_000);

        var response = await MeetingAsync(reviewer, fundId, Decision(a, "approve", 200_000), Decision(b, "reject", note: "不符合条件"));
        var meeting = await JsonAsync(response, 201);
        Assert.That(meeting.GetProperty("grantedFen").GetInt64(), Is.EqualTo(200_000));
        Assert.That(meeting.GetProperty("decisions").GetArrayLength(), Is.EqualTo(2));
        Assert.That(await StatusOfAsync(a), Is.EqualTo("approved"));
        Assert.That(await StatusOfAsync(b), Is.EqualTo("rejected"));

        var (granted, _) = await AssertLedgerMatchesAsync(reviewer, fundId);
        Assert.That(granted, Is.EqualTo(200_000));

        var fund = await JsonAsync(await reviewer.GetAsync($"/api/v1/admin/funds/{fundId}"), 200);
        Assert.That(fund.GetProperty("remainingFen").GetInt64(), Is.EqualTo(800_000));

        await using var db = await DbAsync();
        var history = (await db.QueryAsync<(string From, string To, string Kind)>(
            "SELECT from_status, to_status, actor_kind FROM fund_application_history WHERE application_id = @a ORDER BY id", new { a })).ToList();
        Assert.That(history, Is.EqualTo(new[] { ((string)null!, "submitted", "member"), ("submitted", "approved", "staff") }));
        var audit = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'review_meeting.create' AND entity_id = @id",
            new { id = meeting.GetProperty("id").GetString() });
        Assert.That(audit, Is.EqualTo(1));
    }

    [Test]
    public async Task Two_grants_that_together_exceed_the_budget_are_refused_and_neither_is_approved()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer, budgetFen: 500_000, maxGrantFen: 300_000);
        var a = await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 300_000);
        var b = await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 300_000);

        var response = await MeetingAsync(reviewer, fundId, Decision(a, "approve", 300_000), Decision(b, "approve", 250_000));
        await Problem.ExpectAsync(response, 409, "fund.budget_exceeded");

        Assert.That(await StatusOfAsync(a), Is.EqualTo("submitted"));
        Assert.That(await StatusOfAsync(b), Is.EqualTo("submitted"));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM review_meeting"), Is.Zero, "the meeting itself rolled back");
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_application_history WHERE to_status = 'approved'"), Is.Zero);
        var (granted, _) = await AssertLedgerMatchesAsync(reviewer, fundId);
        Assert.That(granted, Is.Zero);

        // within the budget the same meeting goes through
        var ok = await MeetingAsync(reviewer, fundId, Decision(a, "approve", 300_000), Decision(b, "approve", 200_000));
        await JsonAsync(ok, 201);
        (granted, _) = await AssertLedgerMatchesAsync(reviewer, fundId);
        Assert.That(granted, Is.EqualTo(500_000));
    }

    [Test]
    public async Task Meetings_racing_for_a_budget_that_fits_one_grant_let_exactly_one_through()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer, budgetFen: 300_000, maxGrantFen: 300_000);
        var applications = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            applications.Add(await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 250_000));
        }

        var token = reviewer.DefaultRequestHeaders.Authorization!.Parameter!;
        var responses = await Task.WhenAll(applications.Select(async app =>
        {
            using var client = WithToken(token);
            return await MeetingAsync(client, fundId, Decision(app, "approve", 200_000));
        }));

        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        Assert.That(statuses.Count(s => s == 201), Is.EqualTo(1), string.Join(",", statuses));
        Assert.That(statuses.Count(s => s == 409), Is.EqualTo(2), string.Join(",", statuses));
        foreach (var refused in responses.Where(r => (int)r.StatusCode == 409))
        {
            await Problem.ExpectAsync(refused, 409, "fund.budget_exceeded");
        }

        var appStatuses = new List<string>();
        foreach (var app in applications)
        {
            appStatuses.Add(await StatusOfAsync(app));
        }

        Assert.That(appStatuses.Count(s => s == "approved"), Is.EqualTo(1));
        Assert.That(appStatuses.Count(s => s == "submitted"), Is.EqualTo(2));
        var (granted, _) = await AssertLedgerMatchesAsync(reviewer, fundId);
        Assert.That(granted, Is.EqualTo(200_000));
    }

    [Test]
    public async Task A_meeting_chosen_as_a_deadlock_victim_is_run_again_and_completes()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer, budgetFen: 1_000_000, maxGrantFen: 300_000);
        var app = await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 250_000);
        var (fund, application) = (long.Parse(fundId, CultureInfo.InvariantCulture), long.Parse(app, CultureInfo.InvariantCulture));
        var deadlocks = 0L;
        using var retries = new MeterListener();
        retries.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == AppMetrics.MeterName && instrument.Name == "unionhub.db.retries")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        retries.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag is { Key: "error", Value: "LockDeadlock" })
                {
                    Interlocked.Add(ref deadlocks, value);
                }
            }
        });
        retries.Start();

        // Another transaction takes the locks in the reverse order of a meeting (application, then fund). It has written
        // more than the meeting, so InnoDB rolls the meeting back as the victim of the deadlock.
        await using var other = await DbAsync();
        await using var tx = await other.BeginTransactionAsync();
        await other.ExecuteAsync("INSERT INTO member (created_at) SELECT UTC_TIMESTAMP() FROM seq_1_to_500", transaction: tx);
        await other.ExecuteAsync("SELECT id FROM fund_application WHERE id = @application FOR UPDATE", new { application }, tx);

        var meeting = MeetingAsync(reviewer, fundId, Decision(app, "approve", 200_000)); // locks the fund, then wants the application
        await using (var probe = await DbAsync())
        {
            // wait until the meeting holds the fund's lock: a NOWAIT lock on it fails then
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (true)
            {
                await using var probeTx = await probe.BeginTransactionAsync();
                try
                {
                    await probe.ExecuteAsync("SELECT id FROM fund WHERE id = @fund FOR UPDATE NOWAIT", new { fund }, probeTx);
                }
                catch (MySqlConnector.MySqlException)
                {
                    break;
                }

                await probeTx.RollbackAsync();
                Assert.That(waited.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)), "the meeting never locked the fund");
                await Task.Delay(10);
            }
        }

        await other.ExecuteAsync("SELECT id FROM fund WHERE id = @fund FOR UPDATE", new { fund }, tx); // the deadlock
        await tx.RollbackAsync();

        var response = await meeting;
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        Assert.That(Interlocked.Read(ref deadlocks), Is.GreaterThanOrEqualTo(1), "the meeting was rolled back by a deadlock and run again");
        Assert.That(await StatusOfAsync(app), Is.EqualTo("approved"));
        var (granted, _) = await AssertLedgerMatchesAsync(reviewer, fundId);
        Assert.That(granted, Is.EqualTo(200_000));
    }

    [Test]
    public async Task Meetings_racing_over_the_same_application_decide_it_once()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer, budgetFen: 5_000_000, maxGrantFen: 300_000);
        var app = await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 300_000);
        var token = reviewer.DefaultRequestHeaders.Authorization!.Parameter!;
        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(async i =>
        {
            using var client = WithToken(token);
            return await MeetingAsync(client, fundId, Decision(app, i % 2 == 0 ? "approve" : "reject", i % 2 == 0 ? 100_000 + i : null));
        }));
        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        Assert.That(statuses.Count(s => s == 201), Is.EqualTo(1), string.Join(",", statuses));
        foreach (var refused in responses.Where(r => (int)r.StatusCode != 201))
        {
            await Problem.ExpectAsync(refused, 409, "application.not_reviewable");
        }

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM review_decision WHERE application_id = @app", new { app }), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM review_meeting"), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM fund_application_history WHERE application_id = @app AND from_status = 'submitted'", new { app }), Is.EqualTo(1));
        await AssertLedgerMatchesAsync(reviewer, fundId);
    }

    [Test]
    public async Task A_withdrawal_racing_a_meeting_leaves_exactly_one_of_them_done()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer);
        var token = reviewer.DefaultRequestHeaders.Authorization!.Parameter!;
        for (var round = 0; round < 5; round++)
        {
            var memberId = await NewVerifiedMemberAsync();
            var app = await ApplyAsync(memberId, fundId, 100_000);
            using var member = WithToken(MemberToken(memberId));
            using var staff = WithToken(token);
            var withdraw = member.PostAsync($"/api/v1/me/fund-applications/{app}/withdraw", null);
            var meeting = MeetingAsync(staff, fundId, Decision(app, "approve", 100_000));
            await Task.WhenAll(withdraw, meeting);
            var withdrawn = (int)withdraw.Result.StatusCode == 200;
            var approved = (int)meeting.Result.StatusCode == 201;
            Assert.That(withdrawn ^ approved, Is.True, $"withdraw {(int)withdraw.Result.StatusCode}, meeting {(int)meeting.Result.StatusCode}");
            Assert.That(await StatusOfAsync(app), Is.EqualTo(withdrawn ? "withdrawn" : "approved"));
            if (withdrawn)
            {
                await Problem.ExpectAsync(meeting.Result, 409, "application.not_reviewable");
            }
            else
            {
                await Problem.ExpectAsync(withdraw.Result, 409, "application.not_withdrawable");
            }
        }

        await AssertLedgerMatchesAsync(reviewer, fundId);
    }

    [Test]
    public async Task A_grant_over_the_maximum_or_over_the_request_is_422_and_nothing_is_decided()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer, budgetFen: 1_000_000, maxGrantFen: 100_000);
        var big = await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 500_000);
        var small = await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 50_000);
        var fine = await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 80_000);

        await Problem.ExpectAsync(await MeetingAsync(reviewer, fundId, Decision(fine, "approve", 80_000), Decision(big, "approve", 100_001)),
            422, "grant.over_max");
        await Problem.ExpectAsync(await MeetingAsync(reviewer, fundId, Decision(small, "approve", 60_000)), 422, "grant.over_max");

        Assert.That(await StatusOfAsync(fine), Is.EqualTo("submitted"), "the valid decision of the refused meeting was rolled back");
        Assert.That(await StatusOfAsync(big), Is.EqualTo("submitted"));
        var (granted, _) = await AssertLedgerMatchesAsync(reviewer, fundId);
        Assert.That(granted, Is.Zero);
    }

    [Test]
    public async Task Deciding_an_application_that_is_not_submitted_is_409_and_rolls_back_the_whole_meeting()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer);
        var member = await NewVerifiedMemberAsync();
        var draft = await ApplyAsync(member, fundId, 100_000, draft: true);
        var submitted = await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 100_000);

        await Problem.ExpectAsync(await MeetingAsync(reviewer, fundId, Decision(submitted, "approve", 100_000), Decision(draft, "approve", 50_000)),
            409, "application.not_reviewable");
        Assert.That(await StatusOfAsync(submitted), Is.EqualTo("submitted"));

        // an application of another fund is not reviewable in this fund's meeting
        var otherFund = await CreateFundAsync(reviewer);
        await Problem.ExpectAsync(await MeetingAsync(reviewer, otherFund, Decision(submitted, "approve", 100_000)), 409, "application.not_reviewable");

        // decided once: deciding again is refused
        await JsonAsync(await MeetingAsync(reviewer, fundId, Decision(submitted, "approve", 100_000)), 201);
        await Problem.ExpectAsync(await MeetingAsync(reviewer, fundId, Decision(submitted, "reject")), 409, "application.not_reviewable");
        await AssertLedgerMatchesAsync(reviewer, fundId);
    }

    [Test]
    public async Task Only_reviewers_and_super_admins_hold_meetings_and_bad_requests_are_422()
    {
        using var admin = await AdminAsync();
        var fundId = await CreateFundAsync(admin);
        var app = await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 100_000);

        using var orgAdmin = await NewStaffAsync("org_admin", (await Seed.OrgAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.That((int)(await MeetingAsync(orgAdmin, fundId, Decision(app, "approve", 1))).StatusCode, Is.EqualTo(403));
        using var member = WithToken(MemberToken(await NewVerifiedMemberAsync()));
        Assert.That((int)(await MeetingAsync(member, fundId, Decision(app, "approve", 1))).StatusCode, Is.EqualTo(403));

        var invalid = await Problem.ExpectAsync(await MeetingAsync(admin, fundId, Decision(app, "maybe"), Decision(app, "approve")),
            422, "validation.failed");
        Assert.That(invalid.Raw.GetProperty("errors").EnumerateObject().Select(p => p.Name),
            Is.SupersetOf(new[] { "decisions[0].decision", "decisions[1].applicationId", "decisions[1].grantedFen" }));
        await Problem.ExpectAsync(await MeetingAsync(admin, "999999", Decision(app, "approve", 1)), 404, "not_found");

        await JsonAsync(await MeetingAsync(admin, fundId, Decision(app, "approve", 100_000)), 201);
        await AssertLedgerMatchesAsync(admin, fundId);
    }

    [Test]
    public async Task A_meeting_reads_back_as_json_and_its_decisions_export_as_csv_with_a_bom()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer);
        var a = await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 100_000);
        var b = await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 100_000);
        var created = await JsonAsync(await MeetingAsync(reviewer, fundId, Decision(a, "approve", 90_000, "同意，\"按标准\""),
            Decision(b, "reject", note: "=HYPERLINK(\"x\")")), 201);
        var id = created.GetProperty("id").GetString();

        var json = await JsonAsync(await reviewer.GetAsync($"/api/v1/admin/review-meetings/{id}"), 200);
        Assert.That(json.GetProperty("minutes").GetString(), Does.Contain("评审会"));

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/admin/review-meetings/{id}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var csv = await reviewer.SendAsync(request);
        Assert.That((int)csv.StatusCode, Is.EqualTo(200));
        Assert.That(csv.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 BOM so spreadsheet programs read Chinese text");
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(3));
        Assert.That(lines[0], Does.StartWith("meetingId,fundId,heldAt,applicationId"));
        Assert.That(lines[1], Does.Contain($",{a},major_illness,100000,approve,90000,\"同意，\"\"按标准\"\"\""));
        Assert.That(lines[2], Does.EndWith(",reject,,\"'=HYPERLINK(\"\"x\"\")\""), "formulas are defused");
        Assert.That(string.Join("\n", lines), Does.Not.Contain("13812345678"), "no personal data in the export");
    }
}
