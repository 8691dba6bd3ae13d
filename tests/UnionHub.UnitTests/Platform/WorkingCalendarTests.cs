using Microsoft.Extensions.Configuration;
using UnionHub.Api.Platform;

namespace UnionHub.UnitTests.Platform;

public sealed class WorkingCalendarTests
{
    // The calendar the API ships with (appsettings.json), so the tests check the real 2026 schedule.
    private static readonly WorkingCalendar Calendar = WorkingCalendar.FromConfiguration(new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory).AddJsonFile("appsettings.json").Build());

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [TestCase("2026-11-23", true, TestName = "An ordinary Monday works")]
    [TestCase("2026-11-22", false, TestName = "An ordinary Sunday rests")]
    [TestCase("2026-10-05", false, TestName = "A National Day weekday rests")]
    [TestCase("2026-10-10", true, TestName = "The Saturday worked for National Day works")]
    [TestCase("2026-02-14", true, TestName = "The Saturday worked before Spring Festival works")]
    public void Knows_working_days(string day, bool working) => Assert.That(Calendar.IsWorkingDay(D(day)), Is.EqualTo(working));

    [Test]
    public void Counts_working_days_across_weekends_and_holidays()
    {
        // Friday + 1 working day = Monday
        Assert.That(Calendar.AddWorkingDays(D("2026-11-20"), 1), Is.EqualTo(D("2026-11-23")));
        // Monday + 5 = next Monday
        Assert.That(Calendar.AddWorkingDays(D("2026-11-23"), 5), Is.EqualTo(D("2026-11-30")));
        // 2026-09-30 (Wed) + 1: Oct 1-7 rest, Oct 8 (Thu) works
        Assert.That(Calendar.AddWorkingDays(D("2026-09-30"), 1), Is.EqualTo(D("2026-10-08")));
        // 2026-10-08 (Thu) + 2: Fri 9th, then Saturday 10th is a make-up working day
        Assert.That(Calendar.AddWorkingDays(D("2026-10-08"), 2), Is.EqualTo(D("2026-10-10")));
        // 7 working days from the eve of Spring Festival's make-up Saturday
        Assert.That(Calendar.AddWorkingDays(D("2026-02-13"), 7), Is.EqualTo(D("2026-03-02")));
        Assert.That(Calendar.WorkingDaysBetween(D("2026-09-30"), D("2026-10-10")), Is.EqualTo(3));
        Assert.That(Calendar.WorkingDaysBetween(D("2026-11-23"), D("2026-11-23")), Is.Zero);
    }

    [Test]
    public void A_deadline_ends_at_midnight_china_time_after_the_last_counted_day()
    {
        // applied Friday 2026-11-20 23:30 in Beijing (15:30 UTC); 7 working days -> Tuesday 2026-12-01 ends
        var applied = new DateTimeOffset(2026, 11, 20, 15, 30, 0, TimeSpan.Zero);
        Assert.That(Calendar.DeadlineAfter(applied, 7), Is.EqualTo(new DateTimeOffset(2026, 12, 1, 16, 0, 0, TimeSpan.Zero)));
        // the same instant seen as Saturday in Beijing would start counting from Saturday: same result here
        var saturdayEarly = new DateTimeOffset(2026, 11, 20, 16, 30, 0, TimeSpan.Zero);
        Assert.That(Calendar.DeadlineAfter(saturdayEarly, 7), Is.EqualTo(new DateTimeOffset(2026, 12, 1, 16, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void A_day_listed_as_both_holiday_and_working_day_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => _ = new WorkingCalendar([D("2026-10-10")], [D("2026-10-10")]));
}
