namespace UnionHub.Api.Features.Consultations;

/// <summary>Every error <c>code</c> the Consultations endpoints answer (the SDK's message table must cover each: ErrorCodesTests).</summary>
public static class ConsultationProblems
{
    /// <summary>The consultation was already converted (it names what it became) and cannot be changed or converted again.</summary>
    public const string AlreadyConverted = "consultation.already_converted";
    /// <summary>Only a consultation with a member (by id) can become a legal aid case or a relief application.</summary>
    public const string NoMember = "consultation.no_member";
}
