using System.Data.Common;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MemberTags;

/// <summary>
/// Member tags: the one list of codes (stable, English) and their Chinese labels, and the reads and writes other features
/// share (activity eligibility, lottery weights, the member's export and erasure). A tag says something about a person
/// (劳模, 农民工, 女职工...): it is personal data, though not secret; it is shown to the member and to staff of the subtree.
/// </summary>
public static class MemberTagRules
{
    public const string ModelWorker = "model_worker";
    public const string MigrantWorker = "migrant_worker";
    public const string NewEmployment = "new_employment";
    public const string Woman = "woman";
    public const string ParentUnder14 = "parent_under_14";

    /// <summary>The vocabulary, in display order: code and Chinese label.</summary>
    public static readonly IReadOnlyList<Tag> Vocabulary =
    [
        new(ModelWorker, "劳模"),
        new(MigrantWorker, "农民工"),
        new(NewEmployment, "新就业形态"),
        new(Woman, "女职工"),
        new(ParentUnder14, "14岁以下儿童家长"),
    ];

    private static readonly Dictionary<string, Tag> ByCode = Vocabulary.ToDictionary(t => t.Code, StringComparer.Ordinal);
    private static readonly Dictionary<string, Tag> ByLabel = Vocabulary.ToDictionary(t => t.Label, StringComparer.Ordinal);

    public const string SourceStaff = "staff";
    public const string SourceBulk = "bulk";
    public const string SourceRealName = "realname";

    /// <summary>A tag: its stable <c>code</c> and Chinese <c>label</c>.</summary>
    public sealed record Tag(string Code, string Label);

    public static bool IsKnown(string code) => ByCode.ContainsKey(code);

    /// <summary>The tag for a code or a Chinese label (as a CSV cell may give it); null when it is neither.</summary>
    public static Tag? Find(string text)
    {
        var t = text.Trim();
        return ByCode.GetValueOrDefault(t.ToLowerInvariant()) ?? ByLabel.GetValueOrDefault(t);
    }

    /// <summary>The codes in vocabulary order, each once.</summary>
    public static List<string> Ordered(IEnumerable<string> codes)
    {
        var set = codes.ToHashSet(StringComparer.Ordinal);
        return Vocabulary.Where(t => set.Contains(t.Code)).Select(t => t.Code).ToList();
    }

    public static List<Tag> Views(IEnumerable<string> codes) => Ordered(codes).Select(c => ByCode[c]).ToList();

    /// <summary>
    /// Reads a list of codes given by a client: each code once, in vocabulary order. An unknown code (or more than the
    /// vocabulary holds) is a 422 <c>member_tag.unknown</c> naming the field, the unknown codes and the allowed ones.
    /// </summary>
    public static (List<string>? Codes, ProblemHttpResult? Problem) Parse(IReadOnlyList<string?>? given, string field)
    {
        var list = given ?? [];
        var unknown = list.Where(c => c is null || !IsKnown(c.Trim())).Select(c => c ?? "null").Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0 || list.Count > 20)
        {
            return (null, Problems.Create(422, MemberTagProblems.TagUnknown, "Unknown member tag.",
                unknown.Count > 0
                    ? $"'{field}' holds unknown tag(s): {string.Join(", ", unknown)}; the tags are {string.Join(", ", Vocabulary.Select(t => t.Code))}."
                    : $"'{field}' names more tags than there are.",
                new Dictionary<string, object?>
                {
                    ["field"] = field, ["unknown"] = unknown, ["allowed"] = Vocabulary.Select(t => t.Code).ToList(),
                }));
        }

        return (Ordered(list.Select(c => c!.Trim())), null);
    }

    /// <summary>The member's tag codes, in vocabulary order.</summary>
    public static async Task<List<string>> OfMemberAsync(DbConnection conn, DbTransaction? tx, long memberId, CancellationToken ct) =>
        Ordered(await conn.QueryAsync<string>(new CommandDefinition("SELECT tag FROM member_tag WHERE member_id = @memberId",
            new { memberId }, tx, cancellationToken: ct)));

    public sealed record Change(List<string> Before, List<string> After, List<string> Added, List<string> Removed);

    /// <summary>Sets the member's tags to exactly <paramref name="codes"/> (rows added and removed; tags kept keep their origin).</summary>
    public static async Task<Change> ReplaceAsync(DbConnection conn, DbTransaction tx, long memberId, IReadOnlyCollection<string> codes, string source,
        long? staffId, DateTime now, CancellationToken ct)
    {
        var before = (await conn.QueryAsync<string>(new CommandDefinition("SELECT tag FROM member_tag WHERE member_id = @memberId FOR UPDATE",
            new { memberId }, tx, cancellationToken: ct))).ToList();
        var added = codes.Except(before, StringComparer.Ordinal).ToList();
        var removed = before.Except(codes, StringComparer.Ordinal).ToList();
        if (removed.Count > 0)
        {
            await conn.ExecuteAsync(new CommandDefinition("DELETE FROM member_tag WHERE member_id = @memberId AND tag IN @removed",
                new { memberId, removed }, tx, cancellationToken: ct));
        }

        if (added.Count > 0)
        {
            var insert = new MultiRowInsert("member_tag", "member_id", "tag", "source", "set_by", "set_at");
            foreach (var tag in added)
            {
                insert.Row(memberId, tag, source, staffId, now);
            }

            await insert.ExecuteAsync(conn, tx, ct);
        }

        return new Change(Ordered(before), Ordered(codes), Ordered(added), Ordered(removed));
    }

    /// <summary>Whether a valid 18-character resident ID number is a woman's: its 17th character (the sequence's last digit) is even.</summary>
    public static bool IsFemaleIdNumber(string idNumber) => idNumber.Length == 18 && char.IsAsciiDigit(idNumber[16]) && (idNumber[16] - '0') % 2 == 0;

    /// <summary>Adds a tag derived at real-name verification (kept when the member holds it already).</summary>
    public static async Task AddFromRealNameAsync(DbConnection conn, DbTransaction tx, long memberId, string tag, DateTime now, CancellationToken ct)
    {
        var insert = new MultiRowInsert("member_tag", "member_id", "tag", "source", "set_by", "set_at") { Ignore = true };
        insert.Row(memberId, tag, SourceRealName, null, now);
        await insert.ExecuteAsync(conn, tx, ct);
    }

    // ---- the member's own data ----

    /// <summary>A tag as the member's export shows it: what, since when, set by staff one by one or by a bulk upload.</summary>
    public sealed record ExportedTag(string Code, string Label, string Source, DateTimeOffset SetAt);

    private sealed record TagRow(string Tag, string Source, DateTime SetAt);

    public static async Task<IReadOnlyList<ExportedTag>> ExportAsync(DbConnection conn, DbTransaction? tx, long memberId, CancellationToken ct)
    {
        var rows = (await conn.QueryAsync<TagRow>(new CommandDefinition(
            "SELECT tag, source, set_at AS SetAt FROM member_tag WHERE member_id = @memberId", new { memberId }, tx, cancellationToken: ct))).ToList();
        return Ordered(rows.Select(r => r.Tag)).Select(code => rows.First(r => r.Tag == code))
            .Select(r => new ExportedTag(r.Tag, ByCode[r.Tag].Label, r.Source, r.SetAt.ToChina())).ToList();
    }

    /// <summary>DELETE /me: the member's tags are removed (returns how many).</summary>
    public static Task<int> EraseAsync(DbConnection conn, DbTransaction tx, long memberId, CancellationToken ct) =>
        conn.ExecuteAsync(new CommandDefinition("DELETE FROM member_tag WHERE member_id = @memberId", new { memberId }, tx, cancellationToken: ct));

    // ---- uses ----

    /// <summary>Whether a member holding <paramref name="memberTags"/> may take part where <paramref name="required"/> are listed (any one; none listed: everyone).</summary>
    public static bool Satisfies(IReadOnlyCollection<string> required, IReadOnlyCollection<string> memberTags) =>
        required.Count == 0 || required.Any(memberTags.Contains);

    /// <summary>The member's weight: the highest weight among their tags, 1 when none of their tags has one.</summary>
    public static int WeightOf(IReadOnlyDictionary<string, int> weights, IEnumerable<string> memberTags) =>
        memberTags.Select(t => weights.GetValueOrDefault(t, 1)).Append(1).Max();
}
