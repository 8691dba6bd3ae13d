using UnionHub.Api.Platform;

namespace UnionHub.UnitTests.Platform;

public sealed class RateWindowTests
{
    [Test]
    public void A_day_window_runs_from_midnight_to_midnight_in_beijing()
    {
        var day = TimeSpan.FromDays(1);
        // 2026-11-23 07:59 UTC is 15:59 in Beijing: the window began at 2026-11-22 16:00 UTC (midnight in Beijing)
        Assert.That(RateCounter.WindowStart(new DateTime(2026, 11, 23, 7, 59, 0, DateTimeKind.Utc), day),
            Is.EqualTo(new DateTime(2026, 11, 22, 16, 0, 0, DateTimeKind.Utc)));
        // one second before and after Beijing midnight fall in different windows
        Assert.That(RateCounter.WindowStart(new DateTime(2026, 11, 23, 15, 59, 59, DateTimeKind.Utc), day),
            Is.EqualTo(new DateTime(2026, 11, 22, 16, 0, 0, DateTimeKind.Utc)));
        Assert.That(RateCounter.WindowStart(new DateTime(2026, 11, 23, 16, 0, 1, DateTimeKind.Utc), day),
            Is.EqualTo(new DateTime(2026, 11, 23, 16, 0, 0, DateTimeKind.Utc)));
    }

    [Test]
    public void Minute_and_hour_windows_are_unchanged_by_the_zone() =>
        Assert.Multiple(() =>
        {
            Assert.That(RateCounter.WindowStart(new DateTime(2026, 11, 23, 7, 59, 42, DateTimeKind.Utc), TimeSpan.FromMinutes(1)),
                Is.EqualTo(new DateTime(2026, 11, 23, 7, 59, 0, DateTimeKind.Utc)));
            Assert.That(RateCounter.WindowStart(new DateTime(2026, 11, 23, 7, 59, 42, DateTimeKind.Utc), TimeSpan.FromHours(1)),
                Is.EqualTo(new DateTime(2026, 11, 23, 7, 0, 0, DateTimeKind.Utc)));
        });
}
