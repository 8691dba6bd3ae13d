using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Surveys;

/// <summary>
/// GET /admin/surveys/{id}/results: responses in total and by source (online | paper); per question how many responses answered
/// it, and for a choice question the count of each option with its percentage of those answers (one decimal; for multiple
/// choice the percentages may sum to more than 100). Free texts are not in here (they are personal data: ListSurveyTextAnswers,
/// with a reason). <c>Accept: text/csv</c> gives the same figures as a spreadsheet.
/// </summary>
public static class GetSurveyResults
{
    public sealed record Totals(long Responses, long Online, long Paper);

    public sealed record OptionResult(string OptionId, string Label, long Count, decimal Percent);

    /// <summary><c>answered</c>: responses with an answer to this question; <c>options</c> empty for a text question.</summary>
    public sealed record QuestionResult(string QuestionId, int Position, string Kind, string Prompt, bool Required, long Answered,
        IReadOnlyList<OptionResult> Options);

    public sealed record SurveyResults(string SurveyId, string Title, string Status, Totals Totals, IReadOnlyList<QuestionResult> Questions);

    public static async Task<Results<Ok<SurveyResults>, FileContentHttpResult, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        if (await SurveyViews.FindVisibleAsync(conn, null, scope, id, ct) is not { } survey)
        {
            return Problems.NotFound("survey");
        }

        var results = await ComputeAsync(conn, survey, ct);
        if (Csv.Wanted(http.Request))
        {
            return Csv.File(ToCsv(results), $"survey-{results.SurveyId}-results.csv");
        }

        return TypedResults.Ok(results);
    }

    private static async Task<SurveyResults> ComputeAsync(MySqlConnection conn, SurveyViews.SurveyRow survey, CancellationToken ct)
    {
        var args = new { survey.Id };
        var sources = (await conn.QueryAsync<(string Source, long Count)>(new CommandDefinition(
            "SELECT source, COUNT(*) FROM survey_response WHERE survey_id = @Id GROUP BY source", args, cancellationToken: ct)))
            .ToDictionary(s => s.Source, s => s.Count);
        var optionCounts = (await conn.QueryAsync<(long OptionId, long Count)>(new CommandDefinition(
            "SELECT option_id, COUNT(*) FROM survey_response_choice WHERE survey_id = @Id GROUP BY option_id", args, cancellationToken: ct)))
            .ToDictionary(o => o.OptionId, o => o.Count);
        var answered = (await conn.QueryAsync<(long QuestionId, long Count)>(new CommandDefinition("""
            SELECT question_id, COUNT(DISTINCT response_id) FROM survey_response_choice WHERE survey_id = @Id GROUP BY question_id
            UNION ALL
            SELECT question_id, COUNT(*) FROM survey_response_text WHERE survey_id = @Id GROUP BY question_id
            """, args, cancellationToken: ct))).ToDictionary(a => a.QuestionId, a => a.Count);
        var questions = await SurveyViews.QuestionsAsync(conn, null, survey.Id, ct);
        var online = sources.GetValueOrDefault(SurveyViews.Online);
        var paper = sources.GetValueOrDefault(SurveyViews.Paper);
        return new SurveyResults(survey.Id.Text(), survey.Title, survey.Status, new Totals(online + paper, online, paper), questions.Select((q, i) =>
        {
            var n = answered.GetValueOrDefault(q.Row.Id);
            return new QuestionResult(q.Row.Id.Text(), i + 1, q.Row.Kind, q.Row.Prompt, q.Row.Required, n, q.Options.Select(o =>
            {
                var count = optionCounts.GetValueOrDefault(o.Id);
                return new OptionResult(o.Id.Text(), o.Label, count, n == 0 ? 0m : Math.Round(count * 100m / n, 1, MidpointRounding.AwayFromZero));
            }).ToList());
        }).ToList());
    }

    private static string ToCsv(SurveyResults r)
    {
        static string N(long v) => v.ToString(CultureInfo.InvariantCulture);
        var csv = new StringBuilder("row,questionNo,kind,question,option,count,percent\r\n");
        csv.Append("total,,,,all,").Append(N(r.Totals.Responses)).Append(",\r\n")
           .Append("total,,,,online,").Append(N(r.Totals.Online)).Append(",\r\n")
           .Append("total,,,,paper,").Append(N(r.Totals.Paper)).Append(",\r\n");
        foreach (var q in r.Questions)
        {
            csv.AppendJoin(',', ["question", N(q.Position), q.Kind, Csv.Cell(q.Prompt), "", N(q.Answered), ""]).Append("\r\n");
            foreach (var o in q.Options)
            {
                csv.AppendJoin(',', ["option", N(q.Position), q.Kind, Csv.Cell(q.Prompt), Csv.Cell(o.Label), N(o.Count),
                    o.Percent.ToString("0.0", CultureInfo.InvariantCulture)]).Append("\r\n");
            }
        }

        return csv.ToString();
    }
}
