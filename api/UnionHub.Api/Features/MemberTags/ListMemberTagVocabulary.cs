using Microsoft.AspNetCore.Http.HttpResults;

namespace UnionHub.Api.Features.MemberTags;

/// <summary>GET /admin/member-tags: the tags staff may set, with their Chinese labels, in display order.</summary>
public static class ListMemberTagVocabulary
{
    public static Ok<IReadOnlyList<MemberTagRules.Tag>> Handle() => TypedResults.Ok(MemberTagRules.Vocabulary);
}
