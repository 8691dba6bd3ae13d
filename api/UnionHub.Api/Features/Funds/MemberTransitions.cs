using System.Data.Common;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

/// <summary>
/// The applicant's own moves: submit a draft, withdraw (draft/submitted/returned), correct a returned application.
/// Each is a conditional UPDATE on the current status plus a history row, in one transaction.
/// </summary>
public static class MemberTransitions
{
    internal static readonly string[] Withdrawable = [FundRules.Draft, FundRules.Submitted, FundRules.Returned];

    /// <summary>The applicant's application, locked for the transition; null when it is not theirs.</summary>
    /// <remarks>
    /// Only the application row is locked: a FOR UPDATE over a join would lock the fund row too, after the application,
    /// the reverse of a review meeting's order (fund, then applications), and the two would deadlock.
    /// </remarks>
    internal static async Task<Locked?> LockAsync(DbConnection conn, DbTransaction tx, long id, long? memberId, CancellationToken ct)
    {
        var app = await conn.QuerySingleOrDefaultAsync<Locked>(new CommandDefinition("""
            SELECT id, fund_id AS FundId, status, requested_fen AS RequestedFen
            FROM fund_application
            WHERE id = @Id AND (@MemberId IS NULL OR member_id = @MemberId)
            FOR UPDATE
            """, new { Id = id, MemberId = memberId }, tx, cancellationToken: ct));
        if (app is not null)
        {
            var window = await conn.QuerySingleAsync<Apply.FundWindow>(new CommandDefinition(Apply.SelectFundWindow,
                new { app.FundId }, tx, cancellationToken: ct));
            app.OpensAt = window.OpensAt;
            app.ClosesAt = window.ClosesAt;
            app.FundKind = window.Kind;
        }

        return app;
    }

    internal sealed class Locked
    {
        public long Id { get; set; }
        public long FundId { get; set; }
        public string Status { get; set; } = "";
        public long RequestedFen { get; set; }
        public DateTime? OpensAt { get; set; }
        public DateTime? ClosesAt { get; set; }
        public string FundKind { get; set; } = "";
    }

    /// <summary>Locks the caller's application, runs the conditional update, writes history; rolls back on a problem.</summary>
    internal static async Task<Results<Ok<Applications.Application>, ProblemHttpResult>> TransitionAsync(
        string id, HttpContext http, Transactions transactions, PiiProtector pii, CancellationToken ct, string to,
        Func<DbConnection, DbTransaction, Locked, Task<ProblemHttpResult?>> change, DateTime now, string? note)
    {
        if (Ids.Parse(id) is not { } appId)
        {
            return Problems.NotFound("application");
        }

        var memberId = http.User.MemberId();
        return await transactions.RunAsync<Results<Ok<Applications.Application>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var app = await LockAsync(conn, tx, appId, memberId, ct);
            if (app is null)
            {
                return Problems.NotFound("application");
            }

            if (await change(conn, tx, app) is { } problem)
            {
                return problem;
            }

            await FundRules.HistoryAsync(conn, tx, appId, now, http, app.Status, to, note, ct);
            var view = (await Applications.LoadAsync(conn, tx, appId, memberId, null, pii, ct))!;
            return TypedResults.Ok(view);
        }, ct);
    }
}
