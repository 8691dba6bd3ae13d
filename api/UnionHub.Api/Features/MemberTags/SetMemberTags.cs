using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MemberTags;

/// <summary>
/// PUT /admin/members/{id}/tags: staff of the member's subtree set the member's tags to exactly the list given (an empty list
/// clears them). Unknown codes are 422 <c>member_tag.unknown</c>; a member outside the caller's subtree (or erased) is 404.
/// Idempotent by nature; every call is audited (<c>member_tags.set</c>) with the tags added and removed.
/// </summary>
public static class SetMemberTags
{
    /// <param name="Tags">The member's tags after the call: codes of the vocabulary (GET /admin/member-tags).</param>
    public sealed record Request(IReadOnlyList<string?>? Tags);

    public sealed record MemberTagsResponse(string MemberId, IReadOnlyList<MemberTagRules.Tag> Tags);

    public static async Task<Results<Ok<MemberTagsResponse>, ProblemHttpResult>> Handle(
        string id, Request request, HttpContext http, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        if (request.Tags is null)
        {
            return new Validator().Check(false, "tags", "is required (an empty list clears the member's tags)").Problem();
        }

        var (codes, problem) = MemberTagRules.Parse(request.Tags, "tags");
        if (problem is not null)
        {
            return problem;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Ok<MemberTagsResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await MemberLookup.FindVisibleAsync(conn, tx, scope, Ids.Parse(id), ct) is not { DeletedAt: null } member)
            {
                return Problems.NotFound("member");
            }

            var change = await MemberTagRules.ReplaceAsync(conn, tx, member.Id, codes!, MemberTagRules.SourceStaff, http.User.StaffId(), now, ct);
            await Audit.WriteAsync(conn, tx, http, "member_tags.set", "member", member.Id.Text(),
                new { tags = change.After, added = change.Added, removed = change.Removed }, ct);
            return TypedResults.Ok(new MemberTagsResponse(member.Id.Text(), MemberTagRules.Views(change.After)));
        }, ct);
    }
}
