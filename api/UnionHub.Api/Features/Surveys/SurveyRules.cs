using System.Data.Common;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Surveys.SurveyViews;

namespace UnionHub.Api.Features.Surveys;

/// <summary>
/// The rules of a survey: what a definition may hold (kinds, bounds), what an answer to each kind of question must be, and
/// how a response is stored: one per member per survey (UNIQUE survey_id, member_id), so of racing submits exactly one is
/// stored and the others answer 409 <c>survey.already_answered</c>; free-text answers only as personal-data ciphertext.
/// </summary>
public static class SurveyRules
{
    public const int MaxQuestions = 50;
    public const int MinOptions = 2;
    public const int MaxOptions = 20;
    public const int MaxPromptLength = 500;
    public const int MaxOptionLength = 100;
    public const int MaxTextLength = 2000;
    public const int DefaultTextLength = 500;

    private static readonly string[] Kinds = [SingleChoice, MultipleChoice, FreeText];

    /// <summary>A question of a definition: <c>kind</c> single | multiple | text; options for choices; caps per kind.</summary>
    public sealed record QuestionRequest(string? Kind, string? Prompt, bool? Required, IReadOnlyList<string>? Options, int? MaxSelections,
        int? MaxLength);

    /// <summary>A survey's definition (create, and edit while a draft). <c>orgId</c> defaults to the caller's organisation.</summary>
    public sealed record DefinitionRequest(string? Title, string? Description, string? OrgId, DateTimeOffset? OpensAt, DateTimeOffset? ClosesAt,
        IReadOnlyList<QuestionRequest>? Questions);

    /// <summary>The answer to one question: option ids for a choice, text for a free-text question.</summary>
    public sealed record AnswerItem(string? QuestionId, IReadOnlyList<string>? OptionIds, string? Text);

    internal sealed record ValidAnswer(long QuestionId, IReadOnlyList<long> OptionIds, string? Text);

    internal static Validator CheckDefinition(DefinitionRequest r, long? orgId, DateTimeOffset now)
    {
        var questions = r.Questions ?? [];
        var v = new Validator()
            .Required(r.Title, "title")
            .Check(r.Description is null || r.Description.Length <= 4000, "description", "must be at most 4000 characters")
            .Check(orgId is not null, "orgId", r.OrgId is null ? "is required" : "is not a valid id")
            .Check(r.OpensAt is not null, "opensAt", "is required")
            .Check(r.ClosesAt is not null, "closesAt", "is required")
            .Check(r.ClosesAt is null || r.ClosesAt > now, "closesAt", "must be in the future")
            .Check(r.OpensAt is null || r.ClosesAt is null || r.ClosesAt > r.OpensAt, "closesAt", "must be after opensAt")
            .Check(questions.Count is > 0 and <= MaxQuestions, "questions", $"must list 1-{MaxQuestions} questions");
        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            var at = $"questions[{i}]";
            if (q is null)
            {
                v.Check(false, at, "is required");
                continue;
            }

            v.Check(q.Kind is not null && Kinds.Contains(q.Kind), $"{at}.kind", "must be single, multiple or text")
             .Required(q.Prompt, $"{at}.prompt", MaxPromptLength);
            var options = q.Options ?? [];
            if (q.Kind is SingleChoice or MultipleChoice)
            {
                v.Check(options.Count is >= MinOptions and <= MaxOptions, $"{at}.options", $"must list {MinOptions}-{MaxOptions} options");
                for (var o = 0; o < options.Count; o++)
                {
                    v.Required(options[o], $"{at}.options[{o}]", MaxOptionLength);
                }

                v.Check(options.Where(o => o is not null).Select(o => o.Trim()).Distinct(StringComparer.Ordinal).Count() == options.Count,
                    $"{at}.options", "options must differ");
                v.Check(q.MaxLength is null, $"{at}.maxLength", "is only for text questions");
                v.Check(q.Kind == MultipleChoice || q.MaxSelections is null, $"{at}.maxSelections", "is only for multiple choice questions");
                v.Check(q.MaxSelections is null || (q.MaxSelections >= 1 && q.MaxSelections <= options.Count), $"{at}.maxSelections",
                    "must be between 1 and the number of options");
            }
            else if (q.Kind == FreeText)
            {
                v.Check(options.Count == 0, $"{at}.options", "a text question has no options")
                 .Check(q.MaxSelections is null, $"{at}.maxSelections", "is only for multiple choice questions")
                 .Check(q.MaxLength is null || q.MaxLength is >= 1 and <= MaxTextLength, $"{at}.maxLength", $"must be 1-{MaxTextLength}");
            }
        }

        return v;
    }

    /// <summary>Replaces the survey's questions and options with the definition's (a draft's: nothing refers to them yet).</summary>
    internal static async Task WriteQuestionsAsync(DbConnection conn, DbTransaction tx, long surveyId, IReadOnlyList<QuestionRequest> questions,
        CancellationToken ct)
    {
        await conn.ExecuteAsync(new CommandDefinition("DELETE FROM survey_option WHERE survey_id = @surveyId; DELETE FROM survey_question WHERE survey_id = @surveyId",
            new { surveyId }, tx, cancellationToken: ct));
        var options = new MultiRowInsert("survey_option", "question_id", "survey_id", "position", "label");
        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            var questionId = await conn.ExecuteScalarAsync<long>(new CommandDefinition("""
                INSERT INTO survey_question (survey_id, position, kind, prompt, required, max_selections, max_length)
                VALUES (@surveyId, @Position, @Kind, @Prompt, @Required, @MaxSelections, @MaxLength);
                SELECT LAST_INSERT_ID();
                """, new
            {
                surveyId, Position = i + 1, q.Kind, Prompt = q.Prompt!.Trim(), Required = q.Required ?? false,
                MaxSelections = q.Kind == MultipleChoice ? q.MaxSelections : null,
                MaxLength = q.Kind == FreeText ? q.MaxLength ?? DefaultTextLength : (int?)null,
            }, tx, cancellationToken: ct));
            if (q.Kind is SingleChoice or MultipleChoice)
            {
                for (var o = 0; o < q.Options!.Count; o++)
                {
                    options.Row(questionId, surveyId, o + 1, q.Options[o].Trim());
                }
            }
        }

        if (options.Count > 0)
        {
            await options.ExecuteAsync(conn, tx, ct);
        }
    }

    /// <summary>
    /// Checks a response against the survey's questions: every required question answered; a single choice exactly one of its
    /// options; a multiple choice one or more distinct options of its own, at most maxSelections; a text question non-blank text
    /// of at most maxLength characters. Returns the answers to store, or the 422 <c>survey.answer_invalid</c> naming each question.
    /// </summary>
    internal static (List<ValidAnswer> Answers, ProblemHttpResult? Problem) CheckAnswers(IReadOnlyList<Question> questions,
        IReadOnlyList<AnswerItem>? items)
    {
        var v = new Validator();
        var byId = questions.ToDictionary(q => q.Row.Id);
        var given = new Dictionary<long, AnswerItem>();
        items ??= [];
        v.Check(items.Count <= questions.Count, "answers", "has more answers than the survey has questions");
        for (var i = 0; i < items.Count && i <= questions.Count; i++)
        {
            var id = Ids.Parse(items[i]?.QuestionId);
            if (id is null || !byId.ContainsKey(id.Value))
            {
                v.Check(false, $"answers[{i}].questionId", "is not a question of this survey");
            }
            else if (!given.TryAdd(id.Value, items[i]))
            {
                v.Check(false, $"answers[{i}].questionId", "answers the same question twice");
            }
        }

        var answers = new List<ValidAnswer>();
        foreach (var q in questions)
        {
            var field = $"questions.{q.Row.Id.Text()}";
            given.TryGetValue(q.Row.Id, out var item);
            var optionTexts = item?.OptionIds ?? [];
            var text = item?.Text;
            var empty = optionTexts.Count == 0 && string.IsNullOrWhiteSpace(text);
            if (empty)
            {
                v.Check(!q.Row.Required, field, "is required");
                continue;
            }

            if (q.Row.Kind == FreeText)
            {
                var max = q.Row.MaxLength ?? DefaultTextLength;
                var trimmed = text?.Trim() ?? "";
                var fits = trimmed.Length is > 0 && trimmed.Length <= max;
                v.Check(optionTexts.Count == 0, field, "a text question takes text, not options")
                 .Check(trimmed.Length > 0, field, "is required")
                 .Check(trimmed.Length <= max, field, $"must be at most {max} characters");
                if (optionTexts.Count == 0 && fits)
                {
                    answers.Add(new ValidAnswer(q.Row.Id, [], trimmed));
                }

                continue;
            }

            var known = q.Options.Select(o => o.Id).ToHashSet();
            var ids = optionTexts.Select(Ids.Parse).ToList();
            var valid = ids.All(o => o is not null && known.Contains(o.Value));
            var distinct = ids.Distinct().Count() == ids.Count;
            v.Check(text is null, field, "a choice question takes options, not text")
             .Check(valid, field, "names an option that is not one of this question's")
             .Check(distinct, field, "names an option twice");
            bool countOk;
            if (q.Row.Kind == SingleChoice)
            {
                countOk = ids.Count == 1;
                v.Check(countOk, field, "choose exactly one option");
            }
            else
            {
                countOk = q.Row.MaxSelections is null || ids.Count <= q.Row.MaxSelections;
                v.Check(countOk, field, $"choose at most {q.Row.MaxSelections} options");
            }

            if (text is null && valid && distinct && countOk)
            {
                answers.Add(new ValidAnswer(q.Row.Id, ids.Select(o => o!.Value).ToList(), null));
            }
        }

        return v.IsValid ? (answers, null) : ([], v.Problem(SurveyProblems.SurveyAnswerInvalid));
    }

    /// <summary>The refusal of a member's online answer: closed or past its closing time, or not yet at its opening time.</summary>
    internal static ProblemHttpResult? RefuseOnline(SurveyRow s, DateTime now)
    {
        if (s.Status == Closed || now >= s.ClosesAt)
        {
            return Problems.Create(409, SurveyProblems.SurveyClosed, "This survey is closed; it no longer takes answers.",
                $"Answers were taken until {s.ClosesAt.ToChina():yyyy-MM-dd HH:mm}.",
                new Dictionary<string, object?> { ["closesAt"] = s.ClosesAt.ToChina() });
        }

        return now < s.OpensAt
            ? Problems.Create(409, SurveyProblems.SurveyNotYetOpen, "This survey does not take answers yet.",
                $"Answers are taken from {s.OpensAt.ToChina():yyyy-MM-dd HH:mm}.", new Dictionary<string, object?> { ["opensAt"] = s.OpensAt.ToChina() })
            : null;
    }

    internal static ProblemHttpResult AlreadyAnswered() =>
        Problems.Create(409, SurveyProblems.SurveyAlreadyAnswered, "This member has already answered this survey; answers are final.");

    /// <summary>
    /// Stores a response and its answers; null when the member already has a response to the survey (the UNIQUE key refused
    /// it, also when another submit won a race a moment ago).
    /// </summary>
    internal static async Task<long?> StoreAsync(DbConnection conn, DbTransaction tx, long surveyId, long? memberId, string source, long? enteredBy,
        IReadOnlyList<ValidAnswer> answers, PiiProtector pii, DateTime now, CancellationToken ct)
    {
        long responseId;
        try
        {
            responseId = await conn.ExecuteScalarAsync<long>(new CommandDefinition("""
                INSERT INTO survey_response (survey_id, member_id, source, entered_by, created_at) VALUES (@surveyId, @memberId, @source, @enteredBy, @now);
                SELECT LAST_INSERT_ID();
                """, new { surveyId, memberId, source, enteredBy, now }, tx, cancellationToken: ct));
        }
        catch (MySqlException ex) when (ex.IsDuplicateKey())
        {
            return null;
        }

        var choices = new MultiRowInsert("survey_response_choice", "response_id", "survey_id", "question_id", "option_id");
        var texts = new MultiRowInsert("survey_response_text", "response_id", "survey_id", "question_id", "body_enc");
        foreach (var a in answers)
        {
            foreach (var option in a.OptionIds)
            {
                choices.Row(responseId, surveyId, a.QuestionId, option);
            }

            if (a.Text is not null)
            {
                texts.Row(responseId, surveyId, a.QuestionId, pii.Encrypt(a.Text));
            }
        }

        if (choices.Count > 0)
        {
            await choices.ExecuteAsync(conn, tx, ct);
        }

        if (texts.Count > 0)
        {
            await texts.ExecuteAsync(conn, tx, ct);
        }

        return responseId;
    }

    internal static AnswerReceipt Receipt(long responseId, long surveyId, long? memberId, string source, long? enteredBy, int answered, DateTime now) =>
        new(responseId.Text(), surveyId.Text(), memberId?.Text(), source, enteredBy?.Text(), answered, now.ToChina());
}
