namespace UnionHub.Api.Features.LegalAid;

/// <summary>
/// GET /admin/legal-aid/figures?year=2026&amp;orgId=..: the figures the union reports each year, for an organisation and
/// everything below it (default: the caller's own organisation; super_admin: every case). Each figure counts the event
/// it names inside the year (China time): applications and amount at stake by submission, accepted by acceptance,
/// closed, the outcomes and the amount recovered by closing. "97 applications, 88 closed, 61 won, 2.69 million yuan at stake".
/// </summary>
public static class Figures
{
    public sealed record Response(int Year, string? OrgId, int Applications, int Accepted, int Refused, int Closed, int Won, int PartlyWon,
        int Lost, int Settled, int Withdrawn, long AmountAtStakeFen, long RecoveredFen);
}
