using UnionHub.Api.Features.Notifications;

namespace UnionHub.UnitTests.Features.Notifications;

public sealed class QuietHoursTests
{
    private static readonly QuietHours Night = new(22 * 60, 8 * 60); // 22:00-08:00 Beijing

    /// <summary>A Beijing wall-clock time as the UTC instant the dispatcher sees.</summary>
    private static DateTimeOffset Beijing(int day, int hour, int minute = 0) =>
        new DateTimeOffset(2026, 12, day, hour, minute, 0, TimeSpan.FromHours(8)).ToUniversalTime();

    [TestCase(21, 59, false)]
    [TestCase(22, 0, true)]
    [TestCase(23, 30, true)]
    [TestCase(0, 0, true)]
    [TestCase(7, 59, true)]
    [TestCase(8, 0, false)]
    [TestCase(12, 0, false)]
    public void A_window_across_midnight_holds_from_its_start_up_to_its_end(int hour, int minute, bool quiet) =>
        Assert.That(Night.Contains(Beijing(3, hour, minute)), Is.EqualTo(quiet));

    [Test]
    public void What_is_held_goes_out_when_the_window_ends_in_Beijing_time()
    {
        Assert.That(Night.End(Beijing(3, 23, 10)), Is.EqualTo(Beijing(4, 8)), "before midnight: the next morning");
        Assert.That(Night.End(Beijing(4, 2, 0)), Is.EqualTo(Beijing(4, 8)), "after midnight: the same morning");
    }

    [Test]
    public void A_window_within_one_day_and_an_empty_window()
    {
        var lunch = new QuietHours(12 * 60, 14 * 60);
        Assert.That((lunch.Contains(Beijing(3, 11, 59)), lunch.Contains(Beijing(3, 12)), lunch.Contains(Beijing(3, 14))), Is.EqualTo((false, true, false)));
        Assert.That(lunch.End(Beijing(3, 13)), Is.EqualTo(Beijing(3, 14)));
        Assert.That(new QuietHours(8 * 60, 8 * 60).Contains(Beijing(3, 8)), Is.False, "from = to: never quiet");
    }

    [TestCase("22:00", 1320)]
    [TestCase("08:00", 480)]
    [TestCase("00:00", 0)]
    [TestCase("23:59", 1439)]
    [TestCase("24:00", null)]
    [TestCase("8:00", null)]
    [TestCase("ab:cd", null)]
    [TestCase("", null)]
    public void Times_are_read_as_HH_mm(string text, int? minutes) => Assert.That(QuietHours.ParseTime(text), Is.EqualTo(minutes));
}
