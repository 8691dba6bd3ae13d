using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Identity;

/// <summary>POST /admin/users/{id}/enable: a disabled account may log in again (sessions ended by the disable stay ended).</summary>
public static class EnableStaffUser
{
    public static Task<Results<Ok<SetStaffUserDisabled.Response>, ProblemHttpResult>> Handle(string id, HttpContext http,
        Transactions transactions, TimeProvider clock, CancellationToken ct) => SetStaffUserDisabled.SetAsync(id, false, http, transactions, clock, ct);
}
