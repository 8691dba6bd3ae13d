using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.LegalAid;

/// <summary>
/// POST /legal-aid/cases (idempotent): a verified member applies. The acceptance deadline is fixed at submission:
/// <see cref="LegalAidOptions.DecisionWorkingDays"/> working days (<see cref="LegalAidOptions.UrgentDecisionWorkingDays"/>
/// when urgent) after the submission's China date, counted with the <see cref="WorkingCalendar"/>.
/// </summary>
public static class Apply
{
    /// <param name="EnterpriseId">The employer when it is a registered enterprise; else <paramref name="EmployerName"/> names it.</param>
    public sealed record Request(string? DisputeType, string? EnterpriseId, string? EmployerName, long? AmountAtStakeFen,
        string? Description, bool? Urgent);
}
