using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Funds;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MemberTags;

/// <summary>
/// POST /admin/orgs/{orgId}/member-tags?mode=add|replace (org_admin over the organisation, super_admin): tags many members of
/// the organisation's subtree from one CSV file (the dialect of the other batch uploads: UTF-8, comma-separated, a header naming
/// the columns in any order). Columns: 会员卡号 (member card number) and/or 身份证号 (resident ID number, matched through the blind
/// index), optionally 姓名 (then it must be the member's name), and 标签: the tags, by code or Chinese label, separated by 、 ; or |
/// (an empty cell is allowed in mode=replace: it clears the member's tags). mode=add (default) adds the row's tags to those the
/// member has; mode=replace sets them to exactly the row's. All or nothing: any bad row and nothing is written, the answer is 422
/// <c>member_tag.batch_rows_invalid</c> with the per-row report. Setting the same tags again changes nothing (idempotent by
/// nature); the upload is audited (<c>member_tags.bulk</c>) with the members changed.
/// </summary>
public static class UploadMemberTags
{
    public const string TagsColumn = "标签";

    public const string ModeAdd = "add";
    public const string ModeReplace = "replace";

    private const int Chunk = MemberListFile.Chunk;

    private static readonly MemberListFile.Codes FileCodes = new(MemberTagProblems.BatchEmpty, MemberTagProblems.BatchInvalidHeader,
        MemberTagProblems.BatchTooManyRows, MemberTagProblems.BatchRowsInvalid, "member_tag_batch");

    private static readonly char[] TagSeparators = ['、', ';', '；', '|', '，', ','];

    /// <summary>Why a row was refused: the <c>code</c> of each entry of the report (<see cref="MemberListFile.Codes"/> with this prefix, and two of its own).</summary>
    public static class Rejections
    {
        public const string LineTooLong = "member_tag_batch.line_too_long";
        public const string Unreadable = "member_tag_batch.unreadable";
        public const string WrongFieldCount = "member_tag_batch.wrong_field_count";
        public const string MemberMissing = "member_tag_batch.member_missing";
        public const string IdNumberInvalid = "member_tag_batch.id_number_invalid";
        /// <summary>No verified member of the organisation's subtree has this card or ID number (and this name, when given).</summary>
        public const string MemberNotFound = "member_tag_batch.member_not_found";
        public const string Duplicate = "member_tag_batch.duplicate_member";
        /// <summary>A tag that is neither a code nor a label of the vocabulary (<c>args.tag</c> is not given back: the report names the column).</summary>
        public const string TagUnknown = "member_tag_batch.tag_unknown";
        /// <summary>mode=add with an empty 标签 cell: nothing to add.</summary>
        public const string TagsMissing = "member_tag_batch.tags_missing";
    }

    /// <summary>A committed upload: rows read, members whose tags changed, tags added and removed.</summary>
    public sealed record Report(string OrgId, string Mode, int Rows, int MembersChanged, int TagsAdded, int TagsRemoved);

    private sealed class Row(int line) : MemberListFile.Row(line)
    {
        public List<string> Tags { get; } = [];
    }

    public static async Task<Results<Ok<Report>, ProblemHttpResult>> Handle(string orgId, string? mode, FundBatchFile file, HttpContext http,
        MySqlDataSource db, Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var m = (mode ?? ModeAdd).Trim().ToLowerInvariant();
        if (m is not (ModeAdd or ModeReplace))
        {
            return new Validator().Check(false, "mode", "must be add or replace").Problem();
        }

        if (file.Problem is { } refused)
        {
            return refused;
        }

        Orgs.OrgRow? org;
        await using (var conn = await db.OpenConnectionAsync(ct))
        {
            org = await Orgs.FindVisibleAsync(conn, null, await Scope.OfAsync(conn, null, http.User, ct), Ids.Parse(orgId), ct);
        }

        if (org is null)
        {
            return Problems.NotFound("organisation");
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToChina().DateTime);
        var (rows, problem) = await MemberListFile.LoadAsync(db, file.Text!, org.Path, Layout(m), FileCodes,
            "Some rows of the file are not valid; no tag was changed.", pii, today, ct);
        if (problem is not null)
        {
            return problem;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Ok<Report>, ProblemHttpResult>>(async (c, tx) =>
        {
            var existing = new Dictionary<long, List<string>>();
            foreach (var chunk in rows.Select(r => r.MemberId).Order().Chunk(Chunk))
            {
                foreach (var (memberId, tag) in await c.QueryAsync<(long, string)>(new CommandDefinition(
                             "SELECT member_id, tag FROM member_tag WHERE member_id IN @Ids ORDER BY member_id, tag FOR UPDATE",
                             new { Ids = chunk }, tx, cancellationToken: ct)))
                {
                    (existing.TryGetValue(memberId, out var list) ? list : existing[memberId] = []).Add(tag);
                }
            }

            var removals = new List<(long MemberId, string Tag)>();
            var insert = new List<(long MemberId, string Tag)>();
            var changed = new List<long>();
            foreach (var row in rows.OrderBy(r => r.MemberId))
            {
                var before = existing.GetValueOrDefault(row.MemberId) ?? [];
                var after = m == ModeAdd ? before.Union(row.Tags, StringComparer.Ordinal).ToList() : row.Tags;
                var added = after.Except(before, StringComparer.Ordinal).ToList();
                var removed = before.Except(after, StringComparer.Ordinal).ToList();
                insert.AddRange(added.Select(t => (row.MemberId, t)));
                removals.AddRange(removed.Select(t => (row.MemberId, t)));
                if (added.Count + removed.Count > 0)
                {
                    changed.Add(row.MemberId);
                }
            }

            foreach (var group in removals.GroupBy(r => r.Tag))
            {
                foreach (var chunk in group.Select(r => r.MemberId).Chunk(Chunk))
                {
                    await c.ExecuteAsync(new CommandDefinition("DELETE FROM member_tag WHERE tag = @Tag AND member_id IN @Ids",
                        new { Tag = group.Key, Ids = chunk }, tx, cancellationToken: ct));
                }
            }

            var staffId = http.User.StaffId();
            foreach (var chunk in insert.Chunk(Chunk))
            {
                var rowsInsert = new MultiRowInsert("member_tag", "member_id", "tag", "source", "set_by", "set_at") { Ignore = true };
                foreach (var (memberId, tag) in chunk)
                {
                    rowsInsert.Row(memberId, tag, MemberTagRules.SourceBulk, staffId, now);
                }

                await rowsInsert.ExecuteAsync(c, tx, ct);
            }

            var report = new Report(org.Id.Text(), m, rows.Count, changed.Count, insert.Count, removals.Count);
            await Audit.WriteAsync(c, tx, http, "member_tags.bulk", "org", org.Id.Text(), new
            {
                mode = m, rows = rows.Count, tagsAdded = insert.Count, tagsRemoved = removals.Count, file = Convert.ToHexStringLower(file.Sha256),
                changedMemberIds = changed.Select(id => id.Text()).ToList(),
            }, ct);
            return TypedResults.Ok(report);
        }, ct);
    }

    /// <summary>The file: the member columns and 标签 (tags by code or label; an empty cell clears the tags in mode=replace only).</summary>
    private static MemberListFile.Layout<Row> Layout(string mode) => new([TagsColumn], [TagsColumn],
        "会员卡号 or 身份证号, and 标签 (and may name 姓名)", line => new Row(line), (row, cell, rejected) =>
        {
            var tags = cell(TagsColumn).Split(TagSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var found = tags.Select(MemberTagRules.Find).ToList();
            if (found.Any(t => t is null))
            {
                rejected.Add(new MemberListFile.Rejection(row.Line, TagsColumn, Rejections.TagUnknown));
            }
            else if (found.Count == 0 && mode == ModeAdd)
            {
                rejected.Add(new MemberListFile.Rejection(row.Line, TagsColumn, Rejections.TagsMissing));
            }
            else
            {
                row.Tags.AddRange(MemberTagRules.Ordered(found.Select(t => t!.Code)));
            }
        });
}
