using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Content;

/// <summary>
/// DELETE /admin/content/images/{id}: staff who may edit content delete an uploaded image (org_admin: one uploaded in their
/// subtree; super_admin: any). 409 <c>content.image_in_use</c> with <c>articleIds</c> while a published or scheduled article
/// shows it (as its cover or in its body): archive the article or change it first. Drafts and archived articles do not hold
/// an image (a draft then shows no image). Audited. Browsers and proxies may keep a copy they cached (the image URL is
/// cached for a year) but the API no longer serves it.
/// </summary>
/// <remarks>
/// Racing a publish (or a schedule, or an edit of a published article) that starts showing the image: both write the image's row
/// (the publish through <see cref="ContentImages.HoldAsync"/>, this delete by locking and deleting it), so one waits for the other
/// (or, on a cluster, loses certification and re-runs). The transaction is READ COMMITTED so that the articles are read when the
/// row is held, not from a snapshot taken before the wait: a publish that committed first is seen (409), and a publish that comes
/// second finds the image gone and is refused (409 <c>content.image_missing</c>). Either way no article shows a deleted image.
/// </remarks>
public static class DeleteContentImage
{
    private sealed record ImageRow(long Id, long OrgId, string OrgPath, int SizeBytes) : IOrgOwned;

    // the uploader's organisation (0 for a super_admin upload: no org, so only the whole-tree scope sees it); locked against a second
    // delete and against a publish or edit that holds it (ContentImages.HoldAsync writes this row in its transaction)
    private const string Select = """
        SELECT i.id, i.org_id AS OrgId, COALESCE(o.path, '') AS OrgPath, i.size_bytes AS SizeBytes
        FROM content_image i LEFT JOIN org o ON o.id = i.org_id WHERE i.id = @Id FOR UPDATE
        """;

    // candidates by substring (articles are few); whether the text really refers to our image is ContentImages.MentionedIds's call
    private const string Candidates = """
        SELECT id, cover_image_url AS CoverImageUrl, body_html AS BodyHtml FROM article
        WHERE status IN ('published', 'scheduled') AND (LOCATE(@Path, COALESCE(cover_image_url, '')) > 0 OR LOCATE(@Path, body_html) > 0)
        ORDER BY id
        """;

    private sealed record Candidate(long Id, string? CoverImageUrl, string BodyHtml);

    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(string id, HttpContext http, Transactions transactions, CancellationToken ct)
    {
        return await transactions.RunAsync<Results<NoContent, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await scope.FindAsync<ImageRow>(conn, tx, Select, Ids.Parse(id), ct) is not { } image)
            {
                return Problems.NotFound("image");
            }

            var path = ContentImages.PathPrefix + image.Id.Text();
            var users = (await conn.QueryAsync<Candidate>(new CommandDefinition(Candidates, new { Path = path }, tx, cancellationToken: ct)))
                .Where(a => ContentImages.MentionedIds(a.CoverImageUrl, a.BodyHtml).Contains(image.Id))
                .Select(a => a.Id.Text()).ToList();
            if (users.Count > 0)
            {
                return Problems.Create(409, ContentProblems.ContentImageInUse, "A published or scheduled article shows this image.",
                    "Archive the article or take the image out of it first.", new Dictionary<string, object?> { ["articleIds"] = users });
            }

            await conn.ExecuteAsync(new CommandDefinition("DELETE FROM content_image WHERE id = @Id", new { image.Id }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "content.image_delete", "content_image", image.Id.Text(), new { size = image.SizeBytes }, ct);
            return TypedResults.NoContent();
        }, ct, System.Data.IsolationLevel.ReadCommitted);
    }
}
