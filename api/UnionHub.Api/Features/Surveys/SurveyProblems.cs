namespace UnionHub.Api.Features.Surveys;

/// <summary>Every error <c>code</c> the Surveys endpoints answer (the SDK's message table must cover each: ErrorCodesTests).</summary>
public static class SurveyProblems
{
    /// <summary>422: an answer breaks its question's rules; <c>errors</c> names each question (<c>questions.{id}</c>) or item.</summary>
    public const string SurveyAnswerInvalid = "survey.answer_invalid";

    /// <summary>409: this member already answered the survey (answers are final; a raced second submit gets this too).</summary>
    public const string SurveyAlreadyAnswered = "survey.already_answered";

    /// <summary>409: the survey was closed or its closing time has passed.</summary>
    public const string SurveyClosed = "survey.closed";

    /// <summary>409: the survey is open but its opening time has not come yet.</summary>
    public const string SurveyNotYetOpen = "survey.not_yet_open";

    /// <summary>409: only a draft can be edited or opened.</summary>
    public const string SurveyNotDraft = "survey.not_draft";

    /// <summary>409: the survey is still a draft (it cannot be closed or take paper answers).</summary>
    public const string SurveyNotOpen = "survey.not_open";

    /// <summary>409: the survey is already closed.</summary>
    public const string SurveyAlreadyClosed = "survey.already_closed";

    /// <summary>409: the survey's closing time has passed; change the dates (a draft) before opening it.</summary>
    public const string SurveyWindowPassed = "survey.window_passed";
}
