using System.Text.Json;

namespace UnionHub.Bench;

/// <summary>One timed window of HTTP traffic: what came back, how fast, and what the database committed meanwhile.</summary>
public sealed record WindowResult(
    string Name, double Seconds, long Answers, double AnswersPerSecond, double P50Ms, double P99Ms,
    SortedDictionary<string, long> ByAnswer, long Retries, long Replays, long ReplayMismatches,
    long? ClaimedAtStart, long? ClaimedAtEnd)
{
    /// <summary>Vouchers committed in the window (perk.claimed at its end minus at its start), a second.</summary>
    public double? NewClaimsPerSecond => ClaimedAtEnd is { } e && ClaimedAtStart is { } s && Seconds > 0 ? (e - s) / Seconds : null;

    public long Count(Func<string, bool> match) => ByAnswer.Where(kv => match(kv.Key)).Sum(kv => kv.Value);

    /// <summary>Answers other than 201 and 409 (any code), network errors included.</summary>
    public long NotCreatedOrConflict => Count(k => !k.StartsWith("201", StringComparison.Ordinal) && !k.StartsWith("409", StringComparison.Ordinal));

    /// <summary>5xx answers and network errors (no answer at all).</summary>
    public long ServerErrors => Count(k => k.StartsWith('5') || k.StartsWith("error", StringComparison.Ordinal));
}

/// <summary>A phase of HTTP traffic (claims through the bench client, or wrk).</summary>
public sealed record PhaseResult(string Name, string Title, string Client, bool Claims, int Connections, int Taps, double RetryShare,
    IReadOnlyList<WindowResult> Windows, double Load1, double? ClientCpuSeconds = null)
{
    public WindowResult Window(string name) => Windows.First(w => w.Name == name);
}

/// <summary>One point of the naive sweep; the CPU seconds the database and this client used meanwhile (when --db-pid was given).</summary>
public sealed record NaivePoint(string Variant, int Clients, double Seconds, long Claims, double ClaimsPerSecond, double P50Ms, double P99Ms,
    long Errors, double? DbCpuSeconds = null, double? ClientCpuSeconds = null);

public sealed record NaiveResult(IReadOnlyList<NaivePoint> Points, double Load1)
{
    public NaivePoint Best => Points.MaxBy(p => p.ClaimsPerSecond)!;
}

public sealed record CheckResult(string Phase, long PerkId, long Vouchers, long Claimed, long Stock, int Limit, long MaxPerMember,
    long MembersOverLimit, long? KeysAnswered201, long? VouchersWithKey, long OrphanKeys201, bool UsesKeys,
    SortedDictionary<string, long> Outbox)
{
    public bool VouchersMatchClaimed => Vouchers == Claimed;
    public bool WithinStock => Claimed <= Stock && Vouchers <= Stock;
    public bool WithinLimit => MembersOverLimit == 0 && MaxPerMember <= Limit;
    public bool OneVoucherPerKey => !UsesKeys || (KeysAnswered201 == Vouchers && VouchersWithKey == Vouchers && OrphanKeys201 == 0);
    public bool Holds => VouchersMatchClaimed && WithinStock && WithinLimit && OneVoucherPerKey;
}

public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Save<T>(string path, T value) => File.WriteAllText(path, JsonSerializer.Serialize(value, Options));

    public static T? Load<T>(string path) where T : class =>
        File.Exists(path) ? JsonSerializer.Deserialize<T>(File.ReadAllText(path), Options) : null;

    public static double Load1() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}
