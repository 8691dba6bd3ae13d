using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Identity;

/// <summary>
/// POST /auth/wechat/login: exchanges a <c>wx.login</c> code for the openid and logs that WeChat user in,
/// creating a member (without phone) on first login. (app_id, open_id) is the key of a binding; a union_id
/// already bound to a member (another app of the same open platform) logs in as that member.
/// To become the same member as an SMS login, the member binds a phone with POST /me/phone (ADR 0004).
/// </summary>
public static class WeChatLogin
{
    public sealed record Request(string? Code);

    private const string FindByOpenId = "SELECT member_id FROM member_wechat WHERE app_id = @AppId AND open_id = @OpenId";
    private const string FindByUnionId = "SELECT member_id FROM member_wechat WHERE union_id = @UnionId";

    private const string InsertMember = "INSERT INTO member (created_at) VALUES (@Now); SELECT LAST_INSERT_ID();";

    private const string InsertBinding = """
        INSERT INTO member_wechat (app_id, open_id, union_id, member_id, created_at) VALUES (@AppId, @OpenId, @UnionId, @MemberId, @Now)
        """;

    private const string FillUnionId = """
        UPDATE member_wechat SET union_id = @UnionId WHERE app_id = @AppId AND open_id = @OpenId AND union_id IS NULL
        """;

    public static Task<Results<Ok<TokensResponse>, ProblemHttpResult>> Handle(
        Request request, MySqlDataSource db, Transactions transactions, IWeChatClient wechat, Sessions sessions, TimeProvider clock,
        CancellationToken ct) =>
        LoginAsync(request.Code, wechat.AppId, wechat.Code2SessionAsync, "Call wx.login again for a new code.", db, transactions, sessions, clock, ct);

    /// <summary>
    /// The WeChat login both routes share: validate the code, exchange it, map the outcome to 401/503,
    /// bind (or find) the member of (appId, openid) or of the unionid, and issue member tokens.
    /// </summary>
    internal static async Task<Results<Ok<TokensResponse>, ProblemHttpResult>> LoginAsync(string? code, string appId,
        Func<string, CancellationToken, Task<Code2SessionResult>> exchange, string rejectedHint,
        MySqlDataSource db, Transactions transactions, Sessions sessions, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().Required(code, "code", 128);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var result = await exchange(code!, ct);
        switch (result.Outcome)
        {
            case WeChatOutcome.Rejected:
                return Problems.Create(401, IdentityProblems.AuthWechatRejected, "WeChat did not accept the login code.", rejectedHint,
                    new Dictionary<string, object?> { ["wechatErrcode"] = result.ErrCode });
            case WeChatOutcome.Unavailable:
                return Problems.Create(503, IdentityProblems.AuthWechatUnavailable, "WeChat cannot be reached right now. Try again shortly.");
        }

        var now = clock.GetUtcNow();
        var memberId = await BindAsync(transactions, appId, result.Identity!, now, ct);
        await using var conn = await db.OpenConnectionAsync(ct);
        return TypedResults.Ok(await sessions.ForMemberAsync(conn, null, memberId, now, ct));
    }

    /// <summary>The member bound to this WeChat identity, binding a new member when none is. Races end in the unique keys.</summary>
    internal static async Task<long> BindAsync(Transactions transactions, string appId, WeChatIdentity identity, DateTimeOffset now,
        CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await transactions.RunAsync(async (conn, tx) =>
                {
                    var bound = await conn.ExecuteScalarAsync<long?>(new CommandDefinition(FindByOpenId,
                        new { AppId = appId, identity.OpenId }, tx, cancellationToken: ct));
                    if (bound is { } existing)
                    {
                        if (identity.UnionId is not null)
                        {
                            try
                            {
                                await conn.ExecuteAsync(new CommandDefinition(FillUnionId, new { AppId = appId, identity.OpenId, identity.UnionId },
                                    tx, cancellationToken: ct));
                            }
                            catch (MySqlException ex) when (ex.IsDuplicateKey())
                            {
                                // the union id is recorded on another binding of the same person
                            }
                        }

                        return existing;
                    }

                    var byUnion = identity.UnionId is null
                        ? null
                        : await conn.ExecuteScalarAsync<long?>(new CommandDefinition(FindByUnionId, new { identity.UnionId }, tx, cancellationToken: ct));
                    var memberId = byUnion ?? await conn.ExecuteScalarAsync<long>(new CommandDefinition(InsertMember,
                        new { Now = now.UtcDateTime }, tx, cancellationToken: ct));
                    await conn.ExecuteAsync(new CommandDefinition(InsertBinding, new
                    {
                        AppId = appId,
                        identity.OpenId,
                        UnionId = byUnion is null ? identity.UnionId : null, // union_id is unique: recorded once
                        MemberId = memberId,
                        Now = now.UtcDateTime,
                    }, tx, cancellationToken: ct));
                    return memberId;
                }, ct);
            }
            catch (MySqlException ex) when (ex.IsDuplicateKey() && attempt < 3)
            {
                // rolled back: a concurrent first login bound it; read that binding
            }
        }
    }
}
