using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Identity;

/// <summary>POST /admin/users/{id}/disable: the account can no longer log in and every session of it ends at once.</summary>
public static class DisableStaffUser
{
    public static Task<Results<Ok<SetStaffUserDisabled.Response>, ProblemHttpResult>> Handle(string id, HttpContext http,
        Transactions transactions, TimeProvider clock, CancellationToken ct) => SetStaffUserDisabled.SetAsync(id, true, http, transactions, clock, ct);
}
