using System.Text.RegularExpressions;

namespace UnionHub.UnitTests.Platform;

/// <summary>
/// DESIGN 12: "a <c>FOR UPDATE</c> only serialises if the locked row is also written" (ADR 0016, 2026-12-04). Every locking read in
/// the API (<c>FOR UPDATE</c>, <c>LOCK IN SHARE MODE</c>) names a table its own source file also writes (<c>UPDATE t SET</c>,
/// <c>DELETE FROM t</c>, <c>RowLocks.WriteAsync(..., RowLocks.T</c>, or <c>MemberQuota.LockAsync</c> for <c>member</c>), or it has an
/// entry below saying why it needs no write there. What this can check statically, and what not: the table is the last
/// <c>FROM t</c> of the string literal that holds the lock (<c>?</c> when the literal is built from a constant, as
/// <c>Columns + " WHERE ... FOR UPDATE"</c>); a write of the same table anywhere in the file counts, not necessarily of the same row, nor in
/// every path of that transaction; writes in another file (FundGrants.BookAsync's) need an entry. So a new lock in a file that writes its
/// table passes unread: the rule catches a lock of a table the file never writes, and makes the reason for each exception explicit.
/// </summary>
public sealed partial class RowLockRuleTests
{
    /// <summary>"Features/Dir/File.cs table" of a lock whose file does not write that table, and why that is safe on a cluster.</summary>
    private static readonly Dictionary<string, string> Unwritten = new()
    {
        ["Features/Activities/ActivityRules.cs ?"] = "activity_signup rows, taken under the activity row's lock, which every sign-up and cancellation writes (revision)",
        ["Features/Activities/CheckInActivityMember.cs ?"] = "activity_signup: the check-in's conditional UPDATE of the row (ActivityRules) writes it",
        ["Features/Bargaining/UploadBargainingDocument.cs bargaining_document"] = "counted under the enterprise row, written by BargainingRules.LockAsync",
        ["Features/Donations/Reversals.cs donation"] = "state transition: the callers' conditional UPDATE donation writes the row",
        ["Features/Funds/CreateReviewMeeting.cs fund"] = "FundGrants.BookAsync writes granted_fen when the meeting grants; a meeting that grants nothing spends nothing",
        ["Features/Funds/MemberTransitions.cs fund_application"] = "state transition: the callers' conditional UPDATE fund_application writes the row",
        ["Features/GroupBuys/GroupBuyViews.cs ?"] = "group_buy: the same command bumps version (UPDATE group_buy SET version = version + 1) before locking",
        ["Features/Hardship/ApproveHardshipDeclaration.cs fund"] = "the award books its grant through FundGrants.BookAsync, which writes granted_fen",
        ["Features/Hardship/ChooseHardshipPackage.cs ?"] = "hardship_round: the same command bumps version before locking",
        ["Features/Hardship/Households.cs ?"] = "hardship_household: the caller's UPDATE hardship_household writes the row",
        ["Features/Hardship/ObjectToHardshipDeclaration.cs hardship_objection"] = "counted under MemberQuota.LockAsync (the member row, written)",
        ["Features/Hardship/RegisterHardshipHousehold.cs member"] = "NOT safe on a multi-primary cluster: a gap lock against a verification binding the ID number (ADR 0016, 2026-12-04, left open)",
        ["Features/Hardship/Reviews.cs hardship_declaration"] = "state transition: the callers' conditional UPDATE hardship_declaration writes the row",
        ["Features/Identity/ChangeOwnPassword.cs ?"] = "staff_user: the change writes password_hash of the same row",
        ["Features/LegalAid/UploadLegalAidDocument.cs legal_case_document"] = "counted under MemberQuota.LockAsync (the member row, written)",
        ["Features/Lotteries/LotteryRules.cs lottery"] = "LoadAsync's lock: draw, publication and edits write the lottery row; applications write it (RowLocks)",
        ["Features/Membership/ApplyToJoin.cs membership_application"] = "the UNIQUE key open_member_id decides, and a unique key conflicts at certification",
        ["Features/Membership/MembershipRules.cs ?"] = "membership_application: state transitions, the callers' conditional UPDATE writes the row",
        ["Features/Membership/WithdrawMembershipApplication.cs ?"] = "membership_application: the withdrawal's conditional UPDATE writes the row",
        ["Features/MutualAid/PatchMutualAidPlan.cs mutual_aid_enrolment"] = "enrolments write the plan row (RowLocks), as this patch does",
        ["Features/MutualAid/SetMutualAidPlanFund.cs mutual_aid_claim"] = "counted under the plan row, written here and by every approval (RowLocks)",
        ["Features/Perks/ClaimEngine.cs member"] = "a claim that read the old organisation orders before the move; the move reads nothing a claim writes; no write on the hot path (ADR 0008)",
        ["Features/Stations/ImportStations.cs station"] = "the UNIQUE key (org_id, name) decides",
        ["Features/Stations/StationRules.cs ?"] = "station: the callers' UPDATE station writes the row",
    };

    private static readonly Dictionary<string, string> RowLockTables = new()
    {
        ["Fund"] = "fund", ["StaffUser"] = "staff_user", ["Enterprise"] = "enterprise", ["Member"] = "member", ["Org"] = "org",
        ["Lottery"] = "lottery", ["MutualAidPlan"] = "mutual_aid_plan",
    };

    [GeneratedRegex(@"FOR UPDATE|LOCK IN SHARE MODE")]
    private static partial Regex LockingRead();

    [GeneratedRegex(@"\bFROM\s+(\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex From();

    [GeneratedRegex(@"\b(?:UPDATE\s+(\w+)\s+SET|DELETE\s+FROM\s+(\w+))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SqlWrite();

    [GeneratedRegex(@"RowLocks\.WriteAsync\([^;]*?RowLocks\.(\w+)")]
    private static partial Regex RowLockWrite();

    /// <summary>Each locking read of <paramref name="source"/>: the table it locks (<c>?</c>: unknown) and whether the file writes it.</summary>
    internal static List<(string Table, bool Written)> Locks(string source)
    {
        var code = string.Join('\n', source.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        var written = SqlWrite().Matches(code).Select(m => (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToLowerInvariant())
            .Concat(RowLockWrite().Matches(code).Select(m => RowLockTables.GetValueOrDefault(m.Groups[1].Value, "?")))
            .Concat(code.Contains("MemberQuota.LockAsync", StringComparison.Ordinal) ? ["member"] : Array.Empty<string>())
            .ToHashSet();
        return LockingRead().Matches(code).Select(m =>
        {
            // the string literal that holds the lock: cut at its start (raw literal, a concatenation, an argument or an assignment)
            var before = code[Math.Max(0, m.Index - 800)..m.Index];
            var start = new[] { "\"\"\"", "+ \"", "(\"", "= \"", "$\"", ", \"" }.Max(s => before.LastIndexOf(s, StringComparison.Ordinal));
            var froms = From().Matches(start >= 0 ? before[start..] : before);
            var table = froms.Count > 0 ? froms[^1].Groups[1].Value.ToLowerInvariant() : "?";
            return (table, written.Contains(table));
        }).ToList();
    }

    [Test]
    public void Every_lock_that_guards_a_rule_is_a_write_of_its_table_or_says_why_not()
    {
        var api = Repo.ApiDirectory();
        var files = Repo.ApiSources();
        Assert.That(files, Has.Count.GreaterThan(100), "the sources are found");
        var locks = files.SelectMany(f => Locks(File.ReadAllText(f))
                .Select(l => (Key: $"{Path.GetRelativePath(api, f).Replace('\\', '/')} {l.Table}", l.Written)))
            .ToList();
        Assert.That(locks, Has.Count.GreaterThan(60), "the locking reads are found");
        var unexplained = locks.Where(l => !l.Written && !Unwritten.ContainsKey(l.Key)).Select(l => l.Key).Distinct().ToList();
        Assert.That(unexplained, Is.Empty,
            "a FOR UPDATE / LOCK IN SHARE MODE of a row this file never writes serialises nothing on a multi-primary cluster (DESIGN 12): write the "
            + "row (Platform/RowLocks.WriteAsync), or add the lock to RowLockRuleTests.Unwritten with the reason it is safe");
        var stale = Unwritten.Keys.Where(k => !locks.Any(l => l.Key == k && !l.Written)).ToList();
        Assert.That(stale, Is.Empty, "entries for locks that are gone or now written: remove them");
    }

    [TestCase("""const string Lock = "SELECT kind FROM fund WHERE id = @Id FOR UPDATE";""", "fund", false)]
    [TestCase("""
        const string Lock = "SELECT kind FROM fund WHERE id = @Id FOR UPDATE";
        const string Book = "UPDATE fund SET granted_fen = granted_fen + @Sum WHERE id = @Id";
        """, "fund", true)]
    [TestCase("""
        var n = await conn.ExecuteScalarAsync<int>(new CommandDefinition("SELECT COUNT(*) FROM doc WHERE e = @Id LOCK IN SHARE MODE", args));
        await RowLocks.WriteAsync(conn, tx, RowLocks.Enterprise, id, ct);
        """, "doc", false)]
    [TestCase("""
        await RowLocks.WriteAsync(conn, tx, RowLocks.Lottery, id, ct);
        var row = await conn.QuerySingleAsync<Row>(new CommandDefinition("SELECT id FROM lottery WHERE id = @id FOR UPDATE", args));
        """, "lottery", true)]
    [TestCase("""
        // UPDATE member SET x = 1 (a comment is not a write)
        await MemberQuota.LockAsync(conn, tx, memberId, ct);
        var n = await conn.ExecuteScalarAsync<int>(new CommandDefinition("SELECT id FROM member WHERE id = @id FOR UPDATE", args));
        """, "member", true)]
    [TestCase("""var row = await conn.QuerySingleAsync<Row>(new CommandDefinition(Columns + " WHERE s.id = @Id FOR UPDATE", args));""", "?", false)]
    [TestCase("""
        // UPDATE station SET name = 'x' WHERE id = 1
        const string Lock = "SELECT name FROM station WHERE id = @Id FOR UPDATE";
        """, "station", false)]
    public void The_rule_finds_the_locked_table_and_a_write_of_it(string source, string table, bool written) =>
        Assert.That(Locks(source), Is.EqualTo(new[] { (table, written) }));
}
