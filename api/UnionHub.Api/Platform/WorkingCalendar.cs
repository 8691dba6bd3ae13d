using System.Globalization;

namespace UnionHub.Api.Platform;

/// <summary>
/// Working days in mainland China: Monday to Friday, minus the statutory holidays, plus the weekend days made into
/// working days (调休) that the State Council announces each year. The lists come from configuration
/// (<c>WorkingCalendar:Holidays</c>, <c>WorkingCalendar:Workdays</c>, ISO dates) so next year's announcement is a
/// settings change, not a release. Deadlines such as "accept within 7 working days" and a 5-working-day public notice
/// are counted with it.
/// </summary>
public sealed class WorkingCalendar
{
    public const string Section = "WorkingCalendar";

    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _workdays;

    public WorkingCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> workdays)
    {
        _holidays = [.. holidays];
        _workdays = [.. workdays];
        var both = _holidays.Intersect(_workdays).ToList();
        if (both.Count > 0)
        {
            throw new InvalidOperationException($"WorkingCalendar lists {both[0]:yyyy-MM-dd} as both a holiday and a working day.");
        }
    }

    public static WorkingCalendar FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        return new WorkingCalendar(Dates(section, "Holidays"), Dates(section, "Workdays"));

        static IEnumerable<DateOnly> Dates(IConfigurationSection section, string key) =>
            section.GetSection(key).GetChildren().Select(c => DateOnly.ParseExact(c.Value ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    public bool IsWorkingDay(DateOnly day) =>
        _workdays.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day));

    /// <summary>The n-th working day after <paramref name="start"/> (start itself is not counted; n >= 1).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var day = start;
        for (var counted = 0; counted < n;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>
    /// The deadline n working days after an event: the end of the n-th working day after the event's China date
    /// (the event's own day does not count), returned as the first instant after it (exclusive end) in UTC.
    /// </summary>
    public DateTimeOffset DeadlineAfter(DateTimeOffset eventAt, int n)
    {
        var day = AddWorkingDays(DateOnly.FromDateTime(eventAt.ToChina().DateTime), n);
        return new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), Clock.ChinaOffset).ToUniversalTime();
    }

    /// <summary>Working days in (from, to]: how many working days have passed since <paramref name="from"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }
}
