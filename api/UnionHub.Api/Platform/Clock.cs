namespace UnionHub.Api.Platform;

/// <summary>The platform's local zone is Asia/Shanghai (UTC+8, no daylight saving). The database stores UTC.</summary>
public static class Clock
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static DateTimeOffset ToChina(this DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(ChinaOffset);

    public static DateTimeOffset? ToChina(this DateTime? utc) => utc?.ToChina();

    public static DateTimeOffset ToChina(this DateTimeOffset value) => value.ToOffset(ChinaOffset);
}
