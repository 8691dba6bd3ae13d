using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using UnionHub.Api.Features.Identity;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Notifications;

/// <summary>One subscribe-message template: its id and how the outbox payload fills its fields.</summary>
public sealed class NotificationTemplate
{
    public string? TemplateId { get; set; }
    /// <summary>Mini-program page opened from the message (e.g. <c>pages/wallet/index</c>).</summary>
    public string? Page { get; set; }
    /// <summary>Template field (e.g. <c>thing1</c>) to payload property (e.g. <c>perkTitle</c>). Empty: payload properties as they are.</summary>
    public Dictionary<string, string> Fields { get; set; } = new(StringComparer.Ordinal);
}

public sealed class NotificationOptions
{
    public const string Section = "Notifications";
    /// <summary><c>fake</c> (Development and tests: records what it "sent") or <c>http</c> (WeChat subscribe messages). Default: as Wechat:Provider.</summary>
    public string? Provider { get; set; }
    /// <summary>Run the delivery worker in this instance (every instance may; they share the outbox safely).</summary>
    public bool WorkerEnabled { get; set; } = true;
    public int PollMilliseconds { get; set; } = 2000;
    public int BatchSize { get; set; } = 50;
    /// <summary>Sends in flight at once per worker.</summary>
    public int SendConcurrency { get; set; } = 8;
    /// <summary>Attempts before a notification is dead (the dead-letter list).</summary>
    public int MaxAttempts { get; set; } = 8;
    /// <summary>First retry after this; then doubling, capped at <see cref="RetryMaxSeconds"/>.</summary>
    public int RetryBaseSeconds { get; set; } = 30;
    public int RetryMaxSeconds { get; set; } = 3600;
    /// <summary>How long a claimed row is reserved for its worker; after that another worker may take it.</summary>
    public int LeaseSeconds { get; set; } = 120;
    public int ExpiryScanMinutes { get; set; } = 10;
    /// <summary>Vouchers expiring within this many days are announced (once).</summary>
    public int ExpiryNoticeDays { get; set; } = 3;
    /// <summary>Sent, skipped and dead outbox rows are deleted this many days after they were created (never fewer than <see cref="ExpiryNoticeDays"/> + 1).</summary>
    public int OutboxRetentionDays { get; set; } = 30;
    /// <summary>How often the worker runs the outbox retention sweep (one instance at a time).</summary>
    public int RetentionSweepMinutes { get; set; } = 60;
    /// <summary>Rows one delete of the retention sweep removes at most (each batch its own short transaction).</summary>
    public int RetentionBatchSize { get; set; } = 1000;
    /// <summary>Default SMS quiet hours (Beijing time, HH:mm; a member may set their own): SMS notices due inside are held until the end.</summary>
    public string QuietHoursFrom { get; set; } = "22:00";
    public string QuietHoursTo { get; set; } = "08:00";
    /// <summary>SMS notices one member receives per day (Beijing day) at most; beyond it they wait for the next day.</summary>
    public int SmsDailyCapPerMember { get; set; } = 3;
    /// <summary>Prefix of every SMS notice (the signature the SMS gateway requires).</summary>
    public string SmsSignature { get; set; } = "【工会服务】";
    /// <summary>Staff broadcasts one organisation may send per day (Beijing day).</summary>
    public int BroadcastsPerOrgPerDay { get; set; } = 3;
    /// <summary>Template per notification kind (<see cref="NotificationKinds"/>).</summary>
    public Dictionary<string, NotificationTemplate> Templates { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>A notification ready to go: who (the mini-program openid), what kind, and its payload (JSON, no personal data).</summary>
public sealed record OutgoingNotification(long OutboxId, string OpenId, string Kind, string Payload);

public enum SendOutcome
{
    Sent,
    /// <summary>Try again later (provider unavailable, rate limited, token trouble).</summary>
    Retry,
    /// <summary>The member cannot receive it (not subscribed, openid unknown to WeChat): skipped, never retried.</summary>
    Refused,
    /// <summary>Will never succeed as configured (no template, template rejected): dead at once, requeue after fixing.</summary>
    Permanent,
}

public sealed record SendResult(SendOutcome Outcome, string? Reason = null)
{
    public static readonly SendResult Ok = new(SendOutcome.Sent);
}

/// <summary>Delivers one notification. Never logs the openid.</summary>
public interface INotificationSender
{
    Task<SendResult> SendAsync(OutgoingNotification notification, CancellationToken ct);
}

/// <summary>Development and test provider: records what it sent; can be told to fail (k times, or always).</summary>
public sealed class FakeNotificationSender : INotificationSender
{
    private readonly ConcurrentQueue<OutgoingNotification> _sent = new();
    private int _failNext;
    private volatile bool _failAlways;

    public IReadOnlyList<OutgoingNotification> Sent => _sent.ToArray();

    /// <summary>The next <paramref name="count"/> sends fail (as if WeChat were unavailable).</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref _failNext, count);

    public bool FailAlways { get => _failAlways; set => _failAlways = value; }

    /// <summary>Simulated provider latency, so that concurrent workers really overlap.</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;

    public void Reset()
    {
        _sent.Clear();
        Interlocked.Exchange(ref _failNext, 0);
        _failAlways = false;
        Latency = TimeSpan.Zero;
    }

    private bool TakeFailure()
    {
        while (true)
        {
            var n = Volatile.Read(ref _failNext);
            if (n <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _failNext, n - 1, n) == n)
            {
                return true;
            }
        }
    }

    public async Task<SendResult> SendAsync(OutgoingNotification notification, CancellationToken ct)
    {
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency, ct);
        }

        if (_failAlways || TakeFailure())
        {
            return new SendResult(SendOutcome.Retry, "fake provider told to fail");
        }

        _sent.Enqueue(notification);
        return SendResult.Ok;
    }
}

/// <summary>
/// WeChat subscribe messages: <c>POST cgi-bin/message/subscribe/send?access_token=</c> through the <see cref="ClientName"/> client, resilient as WeChat logins (the <c>Wechat</c> settings).
/// The access token comes from <c>POST cgi-bin/stable_token</c> (the same token for every instance until it expires, so
/// several API instances do not invalidate each other's tokens) and is cached until shortly before it expires.
/// Neither URLs (they carry the token or secret) nor openids are logged.
/// </summary>
public sealed partial class WeChatSubscribeSender : INotificationSender
{
    public const string ClientName = "wechat-subscribe";
    private readonly IHttpClientFactory _clients;
    private readonly WeChatOptions _wechat;
    private readonly NotificationOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<WeChatSubscribeSender> _logger;
    private readonly SemaphoreSlim _tokenLock = new(1, 1);
    private (string Token, DateTimeOffset Until)? _token;

    public WeChatSubscribeSender(IHttpClientFactory clients, WeChatOptions wechat, NotificationOptions options, TimeProvider clock,
        ILogger<WeChatSubscribeSender> logger)
    {
        _clients = clients;
        _wechat = wechat;
        _options = options;
        _clock = clock;
        _logger = logger;
        if (string.IsNullOrWhiteSpace(wechat.AppId) || string.IsNullOrWhiteSpace(wechat.AppSecret))
        {
            throw new InvalidOperationException("Wechat:AppId and Wechat:AppSecret must be set when Notifications:Provider is http.");
        }
    }

    private sealed record TokenBody(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int? ExpiresIn,
        [property: JsonPropertyName("errcode")] int? ErrCode);

    private sealed record SendBody([property: JsonPropertyName("errcode")] int? ErrCode);

    public async Task<SendResult> SendAsync(OutgoingNotification notification, CancellationToken ct)
    {
        if (!_options.Templates.TryGetValue(notification.Kind, out var template) || string.IsNullOrWhiteSpace(template.TemplateId))
        {
            return new SendResult(SendOutcome.Permanent, $"no template configured for {notification.Kind}");
        }

        var token = await AccessTokenAsync(ct);
        if (token is null)
        {
            return new SendResult(SendOutcome.Retry, "access token unavailable");
        }

        var message = new JsonObject
        {
            ["touser"] = notification.OpenId,
            ["template_id"] = template.TemplateId,
            ["data"] = Fields(template, notification.Payload),
            ["lang"] = "zh_CN",
        };
        if (!string.IsNullOrWhiteSpace(template.Page))
        {
            message["page"] = template.Page;
        }

        var client = _clients.CreateClient(ClientName);
        SendBody? body;
        try
        {
            using var response = await client.PostAsync("cgi-bin/message/subscribe/send?access_token=" + Uri.EscapeDataString(token),
                JsonContent.Create(message), ct);
            if (!response.IsSuccessStatusCode)
            {
                return new SendResult(SendOutcome.Retry, $"WeChat answered HTTP {(int)response.StatusCode}");
            }

            body = JsonSerializer.Deserialize<SendBody>(await response.Content.ReadAsStringAsync(ct));
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && (OutboundHttp.IsUnavailable(ex) || ex is JsonException))
        {
            return new SendResult(SendOutcome.Retry, $"WeChat unavailable: {ex.GetType().Name}");
        }

        return body?.ErrCode switch
        {
            null or 0 => SendResult.Ok,
            // token expired or invalid: forget it, fetch another next time
            40001 or 40014 or 42001 => ForgetToken(body.ErrCode.Value),
            // system busy, rate limits
            -1 or 45009 or 45011 => new SendResult(SendOutcome.Retry, $"WeChat errcode {body.ErrCode}"),
            // the user has not subscribed (or refused) / openid not of this app
            43101 or 40003 => new SendResult(SendOutcome.Refused, $"WeChat errcode {body.ErrCode}"),
            // template id or data rejected: retrying will not help
            _ => new SendResult(SendOutcome.Permanent, $"WeChat errcode {body.ErrCode}"),
        };
    }

    private SendResult ForgetToken(int errCode)
    {
        _token = null;
        return new SendResult(SendOutcome.Retry, $"WeChat errcode {errCode} (access token)");
    }

    /// <summary>Template data: <c>{ "thing1": { "value": "..." } }</c>, from the payload by the configured field map.</summary>
    internal static JsonObject Fields(NotificationTemplate template, string payload)
    {
        var source = JsonNode.Parse(payload) as JsonObject ?? [];
        var map = template.Fields.Count > 0 ? template.Fields : source.ToDictionary(p => p.Key, p => p.Key);
        var data = new JsonObject();
        foreach (var (field, property) in map)
        {
            var value = source[property];
            var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString() ?? "";
            data[field] = new JsonObject { ["value"] = text.Length > 20 ? text[..20] : text }; // thing.DATA: at most 20 characters
        }

        return data;
    }

    private async Task<string?> AccessTokenAsync(CancellationToken ct)
    {
        var now = _clock.GetUtcNow();
        if (_token is { } cached && cached.Until > now)
        {
            return cached.Token;
        }

        await _tokenLock.WaitAsync(ct);
        try
        {
            if (_token is { } again && again.Until > now)
            {
                return again.Token;
            }

            var client = _clients.CreateClient(ClientName);
            using var response = await client.PostAsync("cgi-bin/stable_token", JsonContent.Create(new
            {
                grant_type = "client_credential", appid = _wechat.AppId, secret = _wechat.AppSecret, force_refresh = false,
            }), ct);
            if (!response.IsSuccessStatusCode)
            {
                LogTokenFailed(_logger, (int)response.StatusCode, null);
                return null;
            }

            var body = JsonSerializer.Deserialize<TokenBody>(await response.Content.ReadAsStringAsync(ct));
            if (body is not { AccessToken.Length: > 0, ExpiresIn: > 0 })
            {
                LogTokenFailed(_logger, 200, body?.ErrCode);
                return null;
            }

            // renew five minutes early (at least half-way through short lifetimes)
            var life = TimeSpan.FromSeconds(body.ExpiresIn.Value);
            _token = (body.AccessToken, now + life - TimeSpan.FromSeconds(Math.Min(300, life.TotalSeconds / 2)));
            return body.AccessToken;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && (OutboundHttp.IsUnavailable(ex) || ex is JsonException))
        {
            LogTokenFailed(_logger, 0, null);
            return null;
        }
        finally
        {
            _tokenLock.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "WeChat stable_token failed (HTTP {Status}, errcode {ErrCode})")]
    private static partial void LogTokenFailed(ILogger logger, int status, int? errCode);
}
