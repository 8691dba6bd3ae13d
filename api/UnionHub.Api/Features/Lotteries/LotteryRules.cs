using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Features.MemberTags;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Lotteries;

/// <summary>
/// The rules of lottery drops, shared by the routes. The draw (ADR 0019): for every application id, its ticket is
/// HMAC-SHA256(key = the seed's bytes, message = the id in decimal ASCII) as lower-case hex; the applications ordered by their
/// weighted Efraimidis-Spirakis key (<see cref="Order(byte[], IEnumerable{ValueTuple{long, int}})"/>; all weights 1: by ticket
/// ascending, ties by id) are the ordering; the first <c>places</c> win, the rest are the waiting order. An application's
/// weight is the highest weight the lottery gives one of the member's tags (1 without), fixed when the member applied.
/// The seed is published after the draw and must hash (SHA-256 of its bytes) to the commitment published before the window
/// opened, so anyone can recompute the winners from the public record (tools/verify-lottery.mjs).
/// </summary>
public static class LotteryRules
{
    public const string Draft = "draft";
    public const string Open = "open";
    public const string Closed = "closed";
    public const string Drawn = "drawn";

    public const int MaxPlaces = 100_000;

    public const string PrizePerk = "perk";
    public const string PrizeFundGrant = "fund_grant";

    /// <summary>Seeds are 16-64 bytes, written as hex.</summary>
    public const int MinSeedBytes = 16;
    public const int MaxSeedBytes = 64;

    public const string Algorithm =
        "ticket = HMAC-SHA256(key = seed bytes (hex-decoded), message = application id in decimal ASCII), lower-case hex; "
        + "h = the ticket's first 13 hex digits (52 bits) as an integer; u = (2^53 - 1 - 2h) / 2^53, in (0,1); "
        + "key = ln(u) / weight (Efraimidis-Spirakis; compared exactly as u_a^(w_b) vs u_b^(w_a) in integers); "
        + "order applications by key descending, ties by ticket ascending then id ascending (all weights 1: ticket ascending); "
        + "the first `places` win, the rest form the waiting order";

    /// <summary>Tag weights are whole numbers 1-10 (a tag without one weighs 1).</summary>
    public const int MaxWeight = 10;

    // ---- commitment and draw ----

    /// <summary>A fresh seed: 32 bytes from the system CSPRNG, as lower-case hex.</summary>
    public static string NewSeed() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>The seed's bytes when <paramref name="seed"/> is 16-64 bytes of hex (either case); null otherwise.</summary>
    public static byte[]? SeedBytes(string? seed)
    {
        var text = seed?.Trim() ?? "";
        if (text.Length % 2 != 0 || text.Length < MinSeedBytes * 2 || text.Length > MaxSeedBytes * 2 || !text.All(Uri.IsHexDigit))
        {
            return null;
        }

        return Convert.FromHexString(text);
    }

    /// <summary>SHA-256 of the seed's bytes, lower-case hex.</summary>
    public static string Commitment(byte[] seed) => Convert.ToHexStringLower(SHA256.HashData(seed));

    /// <summary>A commitment as given by staff, normalised to lower case; null unless it is 64 hex characters.</summary>
    public static string? NormaliseCommitment(string? commitment)
    {
        var text = commitment?.Trim() ?? "";
        return text.Length == 64 && text.All(Uri.IsHexDigit) ? text.ToLowerInvariant() : null;
    }

    public static bool Matches(byte[] seed, string commitment) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Commitment(seed)), Encoding.ASCII.GetBytes(commitment));

    public sealed record Ticket(long ApplicationId, string Hash, int Weight = 1);

    /// <summary>The draw's ordering of <paramref name="applicationIds"/>, every application weighing 1: winners are the first <c>places</c>.</summary>
    public static List<Ticket> Order(byte[] seed, IEnumerable<long> applicationIds) => Order(seed, applicationIds.Select(id => (id, 1)));

    /// <summary>
    /// The draw's ordering of weighted applications (ADR 0019, 2026-12-03): weighted sampling without replacement by
    /// Efraimidis-Spirakis keys. Each application's u in (0,1) comes from its ticket: h = the first 52 bits of the HMAC,
    /// u = (2^53 - 1 - 2h) / 2^53 (a half-step inside the 2^52 cells, reversed so that all weights 1 keep the ticket-ascending
    /// order of the unweighted draw). The key is ln(u)/w, ordered descending; to stay exact on every platform keys are compared
    /// without floating point: u_a^(1/w_a) &gt; u_b^(1/w_b) exactly when m_a^(w_b) * 2^(53 w_a) &gt; m_b^(w_a) * 2^(53 w_b), m = 2^53 u.
    /// Ties (same weight and same 52 bits) fall to the ticket ascending, then the id ascending.
    /// </summary>
    public static List<Ticket> Order(byte[] seed, IEnumerable<(long Id, int Weight)> applications)
    {
        using var hmac = new HMACSHA256(seed);
        var tickets = applications
            .Select(a => new Ticket(a.Id, Convert.ToHexStringLower(hmac.ComputeHash(Encoding.ASCII.GetBytes(a.Id.ToString(CultureInfo.InvariantCulture)))),
                a.Weight))
            .ToList();
        var m = tickets.ToDictionary(t => t.ApplicationId, t => KeyNumerator(t.Hash));
        var weights = tickets.Select(t => t.Weight).Distinct().ToList();
        var powers = tickets.ToDictionary(t => t.ApplicationId,
            t => weights.ToDictionary(w => w, w => System.Numerics.BigInteger.Pow(m[t.ApplicationId], w)));
        tickets.Sort((a, b) =>
        {
            int byKey;
            if (a.Weight == b.Weight)
            {
                byKey = m[b.ApplicationId].CompareTo(m[a.ApplicationId]); // descending u
            }
            else
            {
                var left = powers[a.ApplicationId][b.Weight] << (53 * a.Weight);
                var right = powers[b.ApplicationId][a.Weight] << (53 * b.Weight);
                byKey = right.CompareTo(left); // descending key
            }

            return byKey != 0 ? byKey : string.CompareOrdinal(a.Hash, b.Hash) is var byHash && byHash != 0 ? byHash : a.ApplicationId.CompareTo(b.ApplicationId);
        });
        return tickets;
    }

    /// <summary>m = 2^53 u = 2^53 - 1 - 2h, h = the ticket's first 13 hex digits (52 bits): an odd integer in [1, 2^53 - 1].</summary>
    public static long KeyNumerator(string ticketHex) =>
        (1L << 53) - 1 - 2 * long.Parse(ticketHex.AsSpan(0, 13), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    /// <summary>u = m / 2^53 as a double (exact: m has at most 53 significant bits), for display and the documentation's ln(u)/w.</summary>
    public static double U(string ticketHex) => KeyNumerator(ticketHex) / (double)(1L << 53);

    // ---- weights by member tag ----

    /// <summary>A tag's weight in a lottery.</summary>
    public sealed record TagWeight(string Code, string Label, int Weight);

    /// <summary>The lottery's weights by tag code (tags not listed weigh 1).</summary>
    public static async Task<Dictionary<string, int>> TagWeightsAsync(DbConnection conn, DbTransaction? tx, long lotteryId, CancellationToken ct) =>
        (await conn.QueryAsync<(string Tag, int Weight)>(new CommandDefinition(
            "SELECT tag, weight FROM lottery_tag_weight WHERE lottery_id = @lotteryId", new { lotteryId }, tx, cancellationToken: ct)))
        .ToDictionary(r => r.Tag, r => r.Weight, StringComparer.Ordinal);

    public static List<TagWeight> WeightViews(IReadOnlyDictionary<string, int> weights) =>
        MemberTagRules.Views(weights.Keys).Select(t => new TagWeight(t.Code, t.Label, weights[t.Code])).ToList();

    /// <summary>Weights as given by staff: known tag codes (422 <c>member_tag.unknown</c>), whole numbers 1-10 (422 validation).</summary>
    public static (Dictionary<string, int>? Weights, ProblemHttpResult? Problem) ParseWeights(IReadOnlyDictionary<string, int>? given)
    {
        if (given is null)
        {
            return (null, null);
        }

        var (codes, problem) = MemberTagRules.Parse(given.Keys.ToList(), "tagWeights");
        if (problem is not null)
        {
            return (null, problem);
        }

        var v = new Validator().Check(given.Values.All(w => w is >= 1 and <= MaxWeight), "tagWeights", $"weights are whole numbers 1-{MaxWeight}");
        return v.IsValid ? (codes!.ToDictionary(c => c, c => given[given.Keys.First(k => k.Trim() == c)], StringComparer.Ordinal), null) : (null, v.Problem());
    }

    /// <summary>Replaces the lottery's weights (weight-1 entries are dropped: 1 is the default).</summary>
    public static async Task SaveWeightsAsync(DbConnection conn, DbTransaction tx, long lotteryId, IReadOnlyDictionary<string, int> weights,
        CancellationToken ct)
    {
        await conn.ExecuteAsync(new CommandDefinition("DELETE FROM lottery_tag_weight WHERE lottery_id = @lotteryId", new { lotteryId }, tx,
            cancellationToken: ct));
        var kept = weights.Where(w => w.Value > 1).ToList();
        if (kept.Count > 0)
        {
            var insert = new MultiRowInsert("lottery_tag_weight", "lottery_id", "tag", "weight");
            foreach (var (tag, weight) in kept)
            {
                insert.Row(lotteryId, tag, weight);
            }

            await insert.ExecuteAsync(conn, tx, ct);
        }
    }

    // ---- rows ----

    /// <param name="PerkId">The prize perk; null when the prize is a fund grant (<paramref name="FundId"/>).</param>
    /// <param name="PerkTitle">The prize's title: the perk's, or the fund's name for a grant.</param>
    /// <param name="DrawnBy">The staff user who drew: grants booked by later promotions are booked under the draw's authority.</param>
    /// <param name="FundKind">The prize fund's kind (fund_grant); null for a perk.</param>
    public sealed record LotteryRow(long Id, long OrgId, string OrgPath, string OrgName, long? PerkId, string PerkTitle, string? PerkKind,
        long? FundId, long? GrantFen, string Title, string? Description, int Places, DateTime OpensAt, DateTime ClosesAt, string Status,
        string Commitment, byte[]? SeedEnc, string? Seed, int? Winners, int? Applications, DateTime? OpenedAt, DateTime? DrawnAt, DateTime CreatedAt,
        long? DrawnBy, string? FundKind) : IOrgOwned
    {
        /// <summary>perk (vouchers of a perk) | fund_grant (an approved application of a relief fund for <c>GrantFen</c>).</summary>
        public string PrizeKind => FundId is null ? PrizePerk : PrizeFundGrant;

        public bool IsGrant => FundId is not null;

        /// <summary>draft | open | closed | drawn: an open lottery is closed once its window has passed.</summary>
        public string StatusAt(DateTime now) => Status == Open && now >= ClosesAt ? Closed : Status;

        public bool Accepting(DateTime now) => Status == Open && now >= OpensAt && now < ClosesAt && BlockedBy is null;

        /// <summary>
        /// The problem code that refuses this lottery's applications and its draw now, or null: <c>fund.mutual_aid_only</c> for a grant
        /// lottery not yet drawn whose fund pays mutual-aid claims only (published before the rule, or its fund's kind changed since).
        /// </summary>
        public string? BlockedBy => IsGrant && Status != Drawn && !Funds.FundRules.TakesReliefCases(FundKind ?? "") ? Funds.FundProblems.FundMutualAidOnly : null;
    }

    public const string LotteryColumns = """
        SELECT l.id, l.org_id AS OrgId, o.path AS OrgPath, o.name AS OrgName, l.perk_id AS PerkId, COALESCE(p.title, f.name) AS PerkTitle,
               p.kind AS PerkKind, l.fund_id AS FundId, l.grant_fen AS GrantFen,
               l.title, l.description, l.places, l.opens_at AS OpensAt, l.closes_at AS ClosesAt, l.status, l.commitment,
               l.seed_enc AS SeedEnc, l.seed, l.winners, l.applications, l.opened_at AS OpenedAt, l.drawn_at AS DrawnAt,
               l.created_at AS CreatedAt, l.drawn_by AS DrawnBy, f.kind AS FundKind
        FROM lottery l JOIN org o ON o.id = l.org_id LEFT JOIN perk p ON p.id = l.perk_id LEFT JOIN fund f ON f.id = l.fund_id
        """;

    /// <summary>
    /// The lottery; with <paramref name="forUpdate"/> its row is locked first by a statement of its own (a locking read of the
    /// join would lock the organisation's and the perk's rows too). Callers that lock run at READ COMMITTED.
    /// </summary>
    public static async Task<LotteryRow?> LoadAsync(DbConnection conn, DbTransaction? tx, long id, bool forUpdate, CancellationToken ct)
    {
        if (forUpdate && await conn.ExecuteScalarAsync<long?>(new CommandDefinition("SELECT id FROM lottery WHERE id = @id FOR UPDATE", new { id }, tx,
                cancellationToken: ct)) is null)
        {
            return null;
        }

        return await conn.QuerySingleOrDefaultAsync<LotteryRow>(new CommandDefinition(LotteryColumns + " WHERE l.id = @id", new { id }, tx,
            cancellationToken: ct));
    }

    /// <summary>The lottery when it lies in the staff caller's subtree; null otherwise (answer 404).</summary>
    public static async Task<LotteryRow?> FindVisibleAsync(DbConnection conn, DbTransaction? tx, Scope scope, string id, bool forUpdate,
        CancellationToken ct) =>
        Ids.Parse(id) is { } lotteryId && await LoadAsync(conn, tx, lotteryId, forUpdate, ct) is { } row && scope.Contains(row.OrgPath) ? row : null;

    public static Task<int> CountApplicationsAsync(DbConnection conn, DbTransaction? tx, long lotteryId, CancellationToken ct) =>
        conn.ExecuteScalarAsync<int>(new CommandDefinition("SELECT COUNT(*) FROM lottery_application WHERE lottery_id = @lotteryId",
            new { lotteryId }, tx, cancellationToken: ct));

    // ---- staff view ----

    /// <param name="SeedHeldByServer">Whether the server generated the seed and keeps it encrypted (else staff reveal it at the draw).</param>
    /// <param name="Applications">Applications so far (the drawn list once drawn).</param>
    /// <param name="TagWeights">Weights by member tag (a member weighs the highest of their tags' weights; 1 without).</param>
    /// <param name="PerkId">The prize perk; null when the prize is a fund grant.</param>
    /// <param name="PerkTitle">The prize's title: the perk's, or the fund's name for a fund grant.</param>
    /// <param name="PrizeKind">perk (winners get a voucher of the perk) | fund_grant (winners get an approved grant of <c>grantFen</c> from the fund).</param>
    /// <param name="FundId">The fund granting the prize (fund_grant); null for a perk.</param>
    /// <param name="GrantFen">Each winner's grant in fen (fund_grant); null for a perk.</param>
    /// <param name="BlockedBy">The problem code members' applications and the draw get now, or null: <c>fund.mutual_aid_only</c> when the
    /// prize fund pays mutual-aid claims only (the lottery is hidden from members who have not applied and cannot be drawn).</param>
    public sealed record LotteryResponse(string Id, string OrgId, string OrgName, string? PerkId, string PerkTitle, string Title, string? Description,
        int Places, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, string Status, string Commitment, bool SeedHeldByServer, string? Seed,
        int Applications, int? Winners, DateTimeOffset? OpenedAt, DateTimeOffset? DrawnAt, DateTimeOffset CreatedAt, IReadOnlyList<TagWeight> TagWeights,
        string PrizeKind, string? FundId, long? GrantFen, string? BlockedBy);

    public static async Task<LotteryResponse> StaffViewAsync(DbConnection conn, DbTransaction? tx, LotteryRow l, DateTime now, CancellationToken ct)
    {
        var applications = l.Applications ?? await CountApplicationsAsync(conn, tx, l.Id, ct);
        return new LotteryResponse(l.Id.Text(), l.OrgId.Text(), l.OrgName, l.PerkId?.Text(), l.PerkTitle, l.Title, l.Description, l.Places,
            l.OpensAt.ToChina(), l.ClosesAt.ToChina(), l.StatusAt(now), l.Commitment, l.SeedEnc is not null, l.Seed, applications, l.Winners,
            l.OpenedAt.ToChina(), l.DrawnAt.ToChina(), l.CreatedAt.ToChina(), WeightViews(await TagWeightsAsync(conn, tx, l.Id, ct)),
            l.PrizeKind, l.FundId?.Text(), l.GrantFen, l.BlockedBy);
    }

    // ---- member view ----

    /// <param name="Result">pending until the draw; then won, waiting, declined (a winner who gave the place up), lapsed (a won voucher
    /// expired unused; the place went to the waiting order) or passed_over (skipped in the waiting order: not shown to a live account).</param>
    /// <param name="Position">Waiting: 1 for the next to be promoted when a winner declines; null otherwise.</param>
    /// <param name="VoucherId">Won: the voucher issued (see /me/vouchers/{id}).</param>
    /// <param name="Promoted">Won from the waiting order after a winner declined.</param>
    /// <param name="Weight">The application's weight in the draw, fixed when the member applied.</param>
    /// <param name="FundApplicationId">Won a fund grant: the approved fund application (see /me/fund-applications/{id}); paid through it.</param>
    /// <param name="WeightTags">The member's tags that carry <paramref name="Weight"/> in this lottery now (empty at weight 1).</param>
    public sealed record MyApplication(string Id, DateTimeOffset AppliedAt, string Result, int? Position, string? VoucherId, bool Promoted, int Weight,
        string? FundApplicationId, IReadOnlyList<TagWeight> WeightTags);

    /// <param name="Status">open | closed | drawn (drafts are not shown to members).</param>
    /// <param name="Accepting">Whether an application is taken now (false for a grant lottery whose fund pays mutual-aid claims only).</param>
    public sealed record MemberLotteryResponse(string Id, string OrgName, string PerkTitle, string Title, string? Description, int Places,
        DateTimeOffset OpensAt, DateTimeOffset ClosesAt, string Status, bool Accepting, string Commitment, int Applications, int? Winners,
        DateTimeOffset? DrawnAt, MyApplication? MyApplication, IReadOnlyList<TagWeight> TagWeights, string PrizeKind, long? GrantFen);

    private sealed record MineRow(long Id, DateTime AppliedAt, int? DrawRank, bool? Won, long? VoucherId, DateTime? DeclinedAt, DateTime? PromotedAt,
        string? PassedOver, long Ahead, int Weight, long? FundApplicationId, DateTime? LapsedAt);

    // Ahead: waiting applications before this one that are still waiting (the position in the live waiting order, minus one)
    private const string MineSql = """
        SELECT a.id, a.applied_at AS AppliedAt, r.draw_rank AS DrawRank, r.won, r.voucher_id AS VoucherId, r.declined_at AS DeclinedAt,
               r.promoted_at AS PromotedAt, r.passed_over AS PassedOver,
               (SELECT COUNT(*) FROM lottery_outcome w WHERE w.lottery_id = a.lottery_id AND w.won = 0 AND w.promoted_at IS NULL
                  AND w.passed_over IS NULL AND w.draw_rank < r.draw_rank) AS Ahead, a.weight, r.fund_application_id AS FundApplicationId,
               r.lapsed_at AS LapsedAt
        FROM lottery_application a LEFT JOIN lottery_outcome r ON r.application_id = a.id
        WHERE a.lottery_id = @lotteryId AND a.member_id = @memberId
        """;

    public static async Task<MemberLotteryResponse> MemberViewAsync(DbConnection conn, DbTransaction? tx, LotteryRow l, long memberId, DateTime now,
        CancellationToken ct)
    {
        var applications = l.Applications ?? await CountApplicationsAsync(conn, tx, l.Id, ct);
        var mine = await conn.QuerySingleOrDefaultAsync<MineRow>(new CommandDefinition(MineSql, new { lotteryId = l.Id, memberId }, tx,
            cancellationToken: ct));
        var weights = WeightViews(await TagWeightsAsync(conn, tx, l.Id, ct));
        MyApplication? my = null;
        if (mine is not null)
        {
            var result = mine.Won is null ? "pending"
                : mine.DeclinedAt is not null ? "declined"
                : mine.LapsedAt is not null ? "lapsed"
                : mine.Won.Value || mine.PromotedAt is not null ? "won"
                : mine.PassedOver is not null ? "passed_over"
                : "waiting";
            var held = mine.Weight > 1 ? await MemberTagRules.OfMemberAsync(conn, tx, memberId, ct) : [];
            my = new MyApplication(mine.Id.Text(), mine.AppliedAt.ToChina(), result, result == "waiting" ? (int)mine.Ahead + 1 : null,
                result == "won" ? mine.VoucherId?.Text() : null, mine.PromotedAt is not null, mine.Weight,
                result == "won" ? mine.FundApplicationId?.Text() : null,
                weights.Where(w => w.Weight == mine.Weight && held.Contains(w.Code)).ToList());
        }

        return new MemberLotteryResponse(l.Id.Text(), l.OrgName, l.PerkTitle, l.Title, l.Description, l.Places, l.OpensAt.ToChina(),
            l.ClosesAt.ToChina(), l.StatusAt(now), l.Accepting(now), l.Commitment, applications, l.Winners, l.DrawnAt.ToChina(), my,
            weights, l.PrizeKind, l.GrantFen);
    }

    // ---- the member and what they may see ----

    public sealed record MemberRow(long Id, DateTime? VerifiedAt, string? OrgPath)
    {
        public bool Verified => VerifiedAt is not null;
    }

    private const string MemberSql = """
        SELECT m.id, m.verified_at AS VerifiedAt, o.path AS OrgPath
        FROM member m LEFT JOIN org o ON o.id = m.org_id WHERE m.id = @memberId AND m.deleted_at IS NULL
        """;

    public static Task<MemberRow?> MemberAsync(DbConnection conn, DbTransaction? tx, long memberId, CancellationToken ct) =>
        conn.QuerySingleOrDefaultAsync<MemberRow>(new CommandDefinition(MemberSql, new { memberId }, tx, cancellationToken: ct));

    /// <summary>The lottery when the member may see it: published (not a draft) and their organisation lies in its subtree; else null (404).</summary>
    public static async Task<LotteryRow?> FindForMemberAsync(DbConnection conn, DbTransaction? tx, string id, MemberRow? member, CancellationToken ct) =>
        Ids.Parse(id) is { } lotteryId && await LoadAsync(conn, tx, lotteryId, false, ct) is { } l && l.Status != Draft
        && member?.OrgPath is { } path && Scope.IsInside(path, l.OrgPath) ? l : null;

    // ---- the public record of the draw ----

    /// <param name="Id">The application id: the draw's input, sorted ascending (numerically) in the list.</param>
    /// <param name="NameMasked">The applicant's name masked (王*明).</param>
    /// <param name="Ticket">Once drawn: HMAC-SHA256(seed, id) as hex.</param>
    /// <param name="Rank">Once drawn: the position in the draw's ordering (1-based).</param>
    /// <param name="Won">Once drawn: whether the application won the draw.</param>
    /// <param name="Declined">A winner (or a promoted application) that gave the place up.</param>
    /// <param name="Promoted">A waiting application given a declined place.</param>
    /// <param name="PassedOver">Why a waiting application was skipped when its turn came (account_deleted); null otherwise.</param>
    /// <param name="Weight">The application's weight (1 unless the member held a weighted tag when applying).</param>
    /// <param name="Lapsed">A winner (or promoted application) whose prize voucher expired unused: the place went to the waiting order.</param>
    public sealed record DrawEntry(string Id, string NameMasked, string? Ticket, int? Rank, bool? Won, bool Declined, bool Promoted,
        string? PassedOver, int Weight, bool Lapsed);

    /// <param name="Seed">The revealed seed (hex); null until the draw.</param>
    /// <param name="Winners">The winning application ids in draw order; empty until the draw.</param>
    /// <param name="WaitingOrder">The other application ids in draw order (the published waiting order); empty until the draw.</param>
    /// <param name="Declined">Ids that gave their place up, in draw order.</param>
    /// <param name="Promoted">Waiting ids given a declined or lapsed place, in the order promoted: always the waiting order's first ones,
    /// apart from those passed over.</param>
    /// <param name="Lapsed">Ids whose prize voucher expired unused and whose place was re-offered, in draw order.</param>
    /// <param name="PrizeKind">perk | fund_grant.</param>
    public sealed record DrawRecord(string LotteryId, string Title, string OrgName, string PerkTitle, int Places, DateTimeOffset OpensAt,
        DateTimeOffset ClosesAt, string Status, string Commitment, string? Seed, string Algorithm, DateTimeOffset? DrawnAt,
        IReadOnlyList<DrawEntry> Applications, IReadOnlyList<string> Winners, IReadOnlyList<string> WaitingOrder, IReadOnlyList<string> Declined,
        IReadOnlyList<string> Promoted, IReadOnlyList<TagWeight> TagWeights, IReadOnlyList<string> Lapsed, string PrizeKind);

    private sealed record EntryRow(long Id, byte[]? NameEnc, string? Ticket, int? DrawRank, bool? Won, DateTime? DeclinedAt, DateTime? PromotedAt,
        string? PassedOver, int Weight, DateTime? LapsedAt);

    private const string EntriesSql = """
        SELECT a.id, m.name_enc AS NameEnc, r.ticket, r.draw_rank AS DrawRank, r.won, r.declined_at AS DeclinedAt, r.promoted_at AS PromotedAt,
               r.passed_over AS PassedOver, a.weight, r.lapsed_at AS LapsedAt
        FROM lottery_application a JOIN member m ON m.id = a.member_id LEFT JOIN lottery_outcome r ON r.application_id = a.id
        WHERE a.lottery_id = @lotteryId ORDER BY a.id
        """;

    public static async Task<DrawRecord> DrawRecordAsync(DbConnection conn, DbTransaction? tx, PiiProtector pii, LotteryRow l, DateTime now,
        CancellationToken ct)
    {
        var rows = (await conn.QueryAsync<EntryRow>(new CommandDefinition(EntriesSql, new { lotteryId = l.Id }, tx, cancellationToken: ct))).ToList();
        var entries = rows.Select(r => new DrawEntry(r.Id.Text(), pii.DecryptOrNull(r.NameEnc) is { } name ? Mask.Name(name) : "*", r.Ticket,
            r.DrawRank, r.Won, r.DeclinedAt is not null, r.PromotedAt is not null, r.PassedOver, r.Weight, r.LapsedAt is not null)).ToList();
        var ranked = rows.Where(r => r.DrawRank is not null).OrderBy(r => r.DrawRank).ToList();
        return new DrawRecord(l.Id.Text(), l.Title, l.OrgName, l.PerkTitle, l.Places, l.OpensAt.ToChina(), l.ClosesAt.ToChina(), l.StatusAt(now),
            l.Commitment, l.Seed, Algorithm, l.DrawnAt.ToChina(), entries,
            ranked.Where(r => r.Won == true).Select(r => r.Id.Text()).ToList(), ranked.Where(r => r.Won == false).Select(r => r.Id.Text()).ToList(),
            ranked.Where(r => r.DeclinedAt is not null).Select(r => r.Id.Text()).ToList(),
            ranked.Where(r => r.PromotedAt is not null).Select(r => r.Id.Text()).ToList(),
            WeightViews(await TagWeightsAsync(conn, tx, l.Id, ct)),
            ranked.Where(r => r.LapsedAt is not null).Select(r => r.Id.Text()).ToList(), l.PrizeKind);
    }

    // ---- prizes ----

    /// <summary>Days a prize voucher stays valid when the perk's own validity has already passed (a place re-offered late).</summary>
    public const int LatePrizeValidDays = 30;

    /// <summary>Rows per multi-row insert of vouchers, outcomes and notices.</summary>
    public const int Chunk = 1000;

    private sealed record PrizePerkRow(string Title, DateTime EndsAt, DateTime? ValidUntil, int? ValidDays);

    private const string HeldClaimNos = """
        SELECT v.member_id, MAX(v.claim_no)
        FROM voucher v JOIN lottery_application a ON a.member_id = v.member_id AND a.lottery_id = @LotteryId
        WHERE v.perk_id = @PerkId GROUP BY v.member_id
        """;

    /// <summary>One voucher of the perk per winning member (claim_no after any the member holds), in chunked multi-row inserts.</summary>
    public static async Task<Dictionary<long, long>> IssueVouchersAsync(DbConnection conn, DbTransaction tx, LotteryRow lottery,
        List<long> members, VoucherSigner signer, DateTime now, CancellationToken ct)
    {
        var perk = await conn.QuerySingleAsync<PrizePerkRow>(new CommandDefinition(
            "SELECT title, ends_at AS EndsAt, valid_until AS ValidUntil, valid_days AS ValidDays FROM perk WHERE id = @PerkId",
            new { PerkId = lottery.PerkId!.Value }, tx, cancellationToken: ct));
        var held = (await conn.QueryAsync<(long MemberId, int ClaimNo)>(new CommandDefinition(HeldClaimNos,
            new { LotteryId = lottery.Id, lottery.PerkId }, tx, cancellationToken: ct))).ToDictionary(r => r.MemberId, r => r.ClaimNo);
        // valid from now: a voucher given by a late promotion after the perk's fixed validity passed still gets a usable period
        var validUntil = PerkRules.VoucherValidUntil(perk.ValidUntil, perk.ValidDays, perk.EndsAt, now) is var until && until > now
            ? until : now.AddDays(LatePrizeValidDays);
        var ids = new Dictionary<long, long>(members.Count);
        foreach (var part in members.Chunk(Chunk))
        {
            var insert = new MultiRowInsert("voucher", "perk_id", "member_id", "claim_no", "code", "qr_payload", "partner_code", "status",
                "valid_until", "created_at");
            var codes = new Dictionary<string, long>(part.Length, StringComparer.Ordinal);
            foreach (var memberId in part)
            {
                var code = VoucherSigner.NewCode();
                codes[code] = memberId;
                insert.Row(lottery.PerkId.Value, memberId, held.GetValueOrDefault(memberId) + 1, code, signer.Sign(code), null, VoucherStatus.Unused,
                    validUntil, now);
            }

            await insert.ExecuteAsync(conn, tx, ct);
            foreach (var (voucherId, code) in await conn.QueryAsync<(long, string)>(new CommandDefinition(
                         "SELECT id, code FROM voucher WHERE code IN @Codes", new { Codes = codes.Keys.ToArray() }, tx, cancellationToken: ct)))
            {
                ids[codes[code]] = voucherId;
            }
        }

        return ids;
    }
}
