using System.Globalization;

namespace UnionHub.Api.Features.LegalAid;

/// <summary>
/// A case's statuses and the moves between them. Allowed moves:
/// <list type="bullet">
/// <item>submitted -> consultation (accept) or refused (refuse); only staff.</item>
/// <item>consultation -> mediation, arbitration, or litigation; mediation -> arbitration or litigation;
/// arbitration -> litigation: always forward, a stage may be skipped (mediation is voluntary). A labour dispute
/// (wage arrears, dismissal, injury) cannot reach litigation without arbitration first (arbitration before
/// litigation, Labour Dispute Mediation and Arbitration Law art. 5); contract and other disputes may go to court directly.</item>
/// <item>any open stage -> closed with an outcome; closed and refused cases are archived: nothing changes them.</item>
/// </list>
/// </summary>
public static class LegalAidRules
{
    public const string Submitted = "submitted";

    public const string Refused = "refused";
    public const string Consultation = "consultation";
    public const string Mediation = "mediation";
    public const string Arbitration = "arbitration";
    public const string Litigation = "litigation";
    public const string Closed = "closed";

    /// <summary>The open stages, in order.</summary>
    public static readonly string[] Stages = [Consultation, Mediation, Arbitration, Litigation];

    public static readonly string[] Statuses = [Submitted, Refused, Consultation, Mediation, Arbitration, Litigation, Closed];

    public static readonly string[] DisputeTypes = ["wage_arrears", "dismissal", "injury", "contract", "other"];

    /// <summary>Disputes under the labour arbitration law: arbitration comes before any lawsuit.</summary>
    public static readonly string[] LabourDisputes = ["wage_arrears", "dismissal", "injury"];

    public static readonly string[] Outcomes = ["won", "partly_won", "lost", "settled", "withdrawn"];

    public static bool IsOpen(string status) => Array.IndexOf(Stages, status) >= 0;

    /// <summary>Null when the move is allowed, else why not.</summary>
    public static string? StageMoveRefusal(string disputeType, string from, string to)
    {
        var (i, j) = (Array.IndexOf(Stages, from), Array.IndexOf(Stages, to));
        if (i < 0)
        {
            return $"The case is {from}: only an open case changes stage.";
        }

        if (j <= i)
        {
            return $"Stages only move forward: the case is in {from}.";
        }

        return to == Litigation && i < Array.IndexOf(Stages, Arbitration) && LabourDisputes.Contains(disputeType)
            ? "A labour dispute goes to arbitration before litigation."
            : null;
    }

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    public static string CaseNo(int year, long id) => $"LA-{year}-{id:D6}";

    public static string Join(IEnumerable<string> values) => string.Join(", ", values);
}
