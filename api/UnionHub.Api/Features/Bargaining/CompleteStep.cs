namespace UnionHub.Api.Features.Bargaining;

/// <summary>
/// POST /admin/enterprises/{id}/bargaining/steps/{step}: completes the next step on a date (China calendar) no earlier
/// than the previous step's and not in the future. The order and the date rule are one conditional UPDATE of the
/// enterprise row; 0 rows means out of order (409 <c>bargaining.out_of_order</c>) or too early a date (422
/// <c>bargaining.date_before_previous</c>), decided from the row as it now stands.
/// </summary>
public static class CompleteStep
{
    public sealed record Request(DateOnly? CompletedOn, string? Note);
}
