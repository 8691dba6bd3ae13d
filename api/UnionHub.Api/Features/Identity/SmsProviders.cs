using System.Collections.Concurrent;
using System.Net.Http.Json;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Identity;

public sealed class SmsOptions : OutboundHttpOptions
{
    public const string Section = "Sms";
    /// <summary><c>fake</c> (Development and tests: messages kept in memory) or <c>http</c> (the gateway at BaseAddress).</summary>
    public string? Provider { get; set; }
    /// <summary>Sent as <c>Authorization: Bearer</c> to the gateway.</summary>
    public string? ApiKey { get; set; }
    /// <summary>Message template; <c>{code}</c> is replaced by the code.</summary>
    public string Template { get; set; } = "【工会服务】验证码 {code}，5分钟内有效。请勿告诉他人。";
    public int PerPhonePerMinute { get; set; } = 1;
    public int PerPhonePerDay { get; set; } = 10;
    public int PerAddressPerHour { get; set; } = 20;
    /// <summary>SMS login and phone-binding attempts per client address per hour (guessing codes, locking others' codes).</summary>
    public int LoginPerAddressPerHour { get; set; } = 60;
}

/// <summary>Sends one login code, or one notice, to one phone. Implementations never log the phone, the code or the text.</summary>
public interface ISmsSender
{
    /// <summary>Throws when the provider cannot be reached (see <see cref="OutboundHttp.IsUnavailable"/>).</summary>
    Task SendAsync(string phone, string code, CancellationToken ct);

    /// <summary>A member notice (the notification dispatcher's SMS fallback); throws as <see cref="SendAsync"/>.</summary>
    Task SendTextAsync(string phone, string text, CancellationToken ct);
}

/// <summary>Development and test provider: keeps messages in memory, read through /dev/sms-outbox or by tests.</summary>
public sealed class FakeSmsSender(TimeProvider clock) : ISmsSender
{
    public sealed record Message(string Code, DateTimeOffset SentAt);

    private readonly ConcurrentDictionary<string, ConcurrentStack<Message>> _outbox = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentStack<Message>> _notices = new(StringComparer.Ordinal);

    public Task SendAsync(string phone, string code, CancellationToken ct)
    {
        _outbox.GetOrAdd(phone, _ => new ConcurrentStack<Message>()).Push(new Message(code, clock.GetUtcNow().ToChina()));
        return Task.CompletedTask;
    }

    /// <summary>A notice: kept apart from the codes (its text in <see cref="Message.Code"/>).</summary>
    public Task SendTextAsync(string phone, string text, CancellationToken ct)
    {
        _notices.GetOrAdd(phone, _ => new ConcurrentStack<Message>()).Push(new Message(text, clock.GetUtcNow().ToChina()));
        return Task.CompletedTask;
    }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<Message> For(string phone) => _outbox.TryGetValue(phone, out var stack) ? stack.ToArray() : [];

    /// <summary>Notices sent to the phone, newest first.</summary>
    public IReadOnlyList<Message> NoticesFor(string phone) => _notices.TryGetValue(phone, out var stack) ? stack.ToArray() : [];

    public void Clear()
    {
        _outbox.Clear();
        _notices.Clear();
    }
}

/// <summary>Posts <c>{phone, text}</c> to <c>{Sms:BaseAddress}/send</c> through the <see cref="ClientName"/> client (see <see cref="OutboundHttp"/>).</summary>
public sealed class HttpSmsSender : ISmsSender
{
    public const string ClientName = "sms";
    private readonly IHttpClientFactory _clients;
    private readonly SmsOptions _options;

    public HttpSmsSender(IHttpClientFactory clients, SmsOptions options)
    {
        _clients = clients;
        _options = options;
        if (string.IsNullOrWhiteSpace(options.BaseAddress))
        {
            throw new InvalidOperationException("Sms:BaseAddress must be set when Sms:Provider is http.");
        }
    }

    public Task SendAsync(string phone, string code, CancellationToken ct) =>
        SendTextAsync(phone, _options.Template.Replace("{code}", code, StringComparison.Ordinal), ct);

    public async Task SendTextAsync(string phone, string text, CancellationToken ct)
    {
        var client = _clients.CreateClient(ClientName);
        using var request = new HttpRequestMessage(HttpMethod.Post, "send") { Content = JsonContent.Create(new { phone, text }) };
        if (!string.IsNullOrEmpty(_options.ApiKey))
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _options.ApiKey);
        }

        using var response = await client.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            // no phone, no code, no body in the message: it may be logged
            throw new HttpRequestException($"The SMS gateway answered {(int)response.StatusCode}.", null, response.StatusCode);
        }
    }
}
