using Dapper;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MemberTags;

/// <summary>
/// Gives 女职工 (<see cref="MemberTagRules.Woman"/>) to the members verified before the tag was derived at verification (V139):
/// V152 queued them in <c>member_tag_backfill</c>; this drains the queue in batches of <see cref="BatchSize"/>, each one
/// transaction that decrypts the queued members' ID numbers, adds the tag (source <c>realname</c>, as verification adds it;
/// kept when held already) where the 17th digit is even, and deletes the batch from the queue, so a crash or a conflict
/// re-runs the batch whole and a finished queue is never looked at again. One instance at a time drains (the holder of
/// <see cref="LeaseName"/>); others look again later, in case the holder dies midway. Progress is logged with counts only.
/// </summary>
public sealed partial class WomanTagBackfill(Transactions transactions, Leases leases, PiiProtector pii, TimeProvider clock,
    ILogger<WomanTagBackfill> logger) : BackgroundService
{
    public const string LeaseName = "member-tag-woman-backfill";
    public const int BatchSize = 500;
    private static readonly TimeSpan LeaseTime = TimeSpan.FromMinutes(5);

    // the queue's rows are written (deleted) by the batch that locks them, so two cluster nodes' batches conflict (DESIGN 12);
    // the members' rows are read apart, unlocked (a join would lock them too)
    private const string NextBatch = "SELECT member_id FROM member_tag_backfill ORDER BY member_id LIMIT @Batch FOR UPDATE";
    private const string IdNumbers = "SELECT id AS MemberId, id_enc AS IdEnc FROM member WHERE id IN @Ids";

    // only a member still verified (not erased meanwhile) gets the tag
    private const string AddTag = """
        INSERT IGNORE INTO member_tag (member_id, tag, source, set_by, set_at)
        SELECT m.id, @Tag, @Source, NULL, @Now FROM member m WHERE m.id IN @Ids AND m.id_enc IS NOT NULL
        """;

    private sealed record Queued(long MemberId, byte[]? IdEnc);

    /// <summary>What one drain did: members taken off the queue, members tagged (not counting those who held the tag), left.</summary>
    public sealed record Progress(int Checked, int Tagged, long Left);

    /// <summary>Drains the whole queue, batch by batch; returns what it did.</summary>
    public async Task<Progress> DrainAsync(CancellationToken ct)
    {
        var (done, tagged) = (0, 0);
        while (!ct.IsCancellationRequested)
        {
            var (batch, added) = await transactions.RunAsync(async (conn, tx) =>
            {
                var ids = (await conn.QueryAsync<long>(new CommandDefinition(NextBatch, new { Batch = BatchSize }, tx, cancellationToken: ct))).ToList();
                if (ids.Count == 0)
                {
                    return (0, 0);
                }

                var queued = (await conn.QueryAsync<Queued>(new CommandDefinition(IdNumbers, new { Ids = ids }, tx, cancellationToken: ct))).ToList();
                var women = queued.Where(q => q.IdEnc is not null && MemberTagRules.IsFemaleIdNumber(pii.Decrypt(q.IdEnc))).Select(q => q.MemberId).ToList();
                var inserted = women.Count == 0 ? 0 : await conn.ExecuteAsync(new CommandDefinition(AddTag, new
                {
                    Tag = MemberTagRules.Woman, Source = MemberTagRules.SourceRealName, Now = clock.GetUtcNow().UtcDateTime, Ids = women,
                }, tx, cancellationToken: ct));
                await conn.ExecuteAsync(new CommandDefinition("DELETE FROM member_tag_backfill WHERE member_id IN @Ids", new { Ids = ids }, tx,
                    cancellationToken: ct));
                return (ids.Count, inserted);
            }, ct);
            if (batch == 0)
            {
                break;
            }

            (done, tagged) = (done + batch, tagged + added);
            var left = await LeftAsync(ct);
            LogProgress(logger, done, tagged, left);
            if (batch < BatchSize || !await leases.TryAcquireAsync(LeaseName, LeaseTime, ct))
            {
                break; // the queue ran dry, or the lease went to another instance while this one worked
            }
        }

        return new Progress(done, tagged, await LeftAsync(ct));
    }

    private Task<long> LeftAsync(CancellationToken ct) => transactions.RunAsync((conn, tx) =>
        conn.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM member_tag_backfill", transaction: tx, cancellationToken: ct)), ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // let start-up (migrations) finish
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await leases.TryAcquireAsync(LeaseName, LeaseTime, stoppingToken))
                {
                    var progress = await DrainAsync(stoppingToken);
                    if (progress.Left == 0)
                    {
                        await leases.ReleaseAsync(LeaseName, stoppingToken);
                        return; // nothing will ever be queued again
                    }
                }
            }
            catch (Exception ex) when (ex is MySqlException or TimeoutException or InvalidOperationException or DatabaseUnavailableException
                && !stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, ex);
            }

            try
            {
                await Task.Delay(LeaseTime, clock, stoppingToken); // another instance holds the lease, or the pass failed: look again later
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "女职工 back-fill: {Checked} members checked, {Tagged} tagged so far, {Left} left")]
    private static partial void LogProgress(ILogger logger, int @checked, int tagged, long left);

    [LoggerMessage(Level = LogLevel.Warning, Message = "女职工 back-fill pass failed; trying again later")]
    private static partial void LogFailed(ILogger logger, Exception ex);
}
