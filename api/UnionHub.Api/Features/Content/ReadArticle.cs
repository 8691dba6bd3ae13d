using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Content;

/// <summary>
/// GET /articles/{id}: a member opens an article they may read (else 404: a draft, a scheduled, an archived article, or one
/// aimed at another organisation's subtree). The first open by a member counts one read: the (article, member) primary key
/// of <c>article_read</c> decides, so a re-open or racing opens count once, and the counter moves in the same transaction.
/// </summary>
public static class ReadArticle
{
    private static readonly string SelectVisible = Articles.Columns + $" WHERE a.id = @Id AND {Articles.VisibleToMember}";

    private const string InsertRead = """
        INSERT IGNORE INTO article_read (article_id, member_id, first_read_at) VALUES (@Id, @MemberId, @Now)
        """;

    private const string CountRead = "UPDATE article SET read_count = read_count + 1 WHERE id = @Id";

    public static async Task<Results<Ok<Articles.ArticleView>, ProblemHttpResult>> Handle(
        string id, HttpContext http, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var memberId = http.User.MemberId()!.Value;
        if (Ids.Parse(id) is not { } articleId)
        {
            return Problems.NotFound("article");
        }

        return await transactions.RunAsync<Results<Ok<Articles.ArticleView>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var memberPath = await Articles.MemberPathAsync(conn, tx, memberId, ct);
            var row = await conn.QuerySingleOrDefaultAsync<Articles.ArticleRow>(new CommandDefinition(SelectVisible,
                new { Id = articleId, MemberOrgIds = OrgAncestors.Of(memberPath), Now = now }, tx, cancellationToken: ct));
            if (row is null)
            {
                return Problems.NotFound("article");
            }

            var first = await conn.ExecuteAsync(new CommandDefinition(InsertRead, new { row.Id, MemberId = memberId, Now = now }, tx,
                cancellationToken: ct));
            if (first == 1)
            {
                await conn.ExecuteAsync(new CommandDefinition(CountRead, new { row.Id }, tx, cancellationToken: ct));
            }

            return TypedResults.Ok(Articles.ToView(row, row.ReadCount + first));
        }, ct);
    }
}
