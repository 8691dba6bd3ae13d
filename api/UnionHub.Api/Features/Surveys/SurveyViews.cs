using System.Data.Common;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Surveys;

/// <summary>Shapes and reads shared by the survey use cases, and who may see a survey.</summary>
public static class SurveyViews
{
    public const string Draft = "draft";
    public const string Open = "open";
    public const string Closed = "closed";

    public const string SingleChoice = "single";
    public const string MultipleChoice = "multiple";
    public const string FreeText = "text";

    public const string Online = "online";
    public const string Paper = "paper";

    public sealed record OptionResponse(string Id, string Label);

    /// <summary>A question: <c>maxSelections</c> only for multiple choice (null: any number), <c>maxLength</c> only for text.</summary>
    public sealed record QuestionResponse(string Id, string Kind, string Prompt, bool Required, IReadOnlyList<OptionResponse> Options,
        int? MaxSelections, int? MaxLength);

    /// <summary>A survey as staff see it; <c>acceptingAnswers</c>: open and now within [opensAt, closesAt).</summary>
    public sealed record SurveyResponse(string Id, string OrgId, string Title, string? Description, DateTimeOffset OpensAt, DateTimeOffset ClosesAt,
        string Status, bool AcceptingAnswers, IReadOnlyList<QuestionResponse> Questions, long ResponseCount, DateTimeOffset CreatedAt,
        DateTimeOffset? OpenedAt, DateTimeOffset? ClosedAt);

    /// <summary>A survey as a member sees it, with when they answered (null: not yet).</summary>
    public sealed record MemberSurveyResponse(string Id, string Title, string? Description, DateTimeOffset OpensAt, DateTimeOffset ClosesAt,
        string Status, bool AcceptingAnswers, IReadOnlyList<QuestionResponse> Questions, DateTimeOffset? AnsweredAt);

    /// <summary>A stored response: who (null for a paper response naming no member), how (online | paper), who entered it.</summary>
    public sealed record AnswerReceipt(string Id, string SurveyId, string? MemberId, string Source, string? EnteredBy, int AnsweredQuestions,
        DateTimeOffset AnsweredAt);

    internal sealed record SurveyRow(long Id, long OrgId, string OrgPath, string Title, string? Description, DateTime OpensAt, DateTime ClosesAt,
        string Status, DateTime CreatedAt, DateTime? OpenedAt, DateTime? ClosedAt) : IOrgOwned;

    internal sealed record QuestionRow(long Id, string Kind, string Prompt, bool Required, int? MaxSelections, int? MaxLength);

    internal sealed record OptionRow(long Id, long QuestionId, string Label);

    /// <summary>A question with its options, as the answer rules read it.</summary>
    internal sealed record Question(QuestionRow Row, IReadOnlyList<OptionRow> Options);

    internal const string SurveyColumns = """
        SELECT s.id, s.org_id AS OrgId, o.path AS OrgPath, s.title, s.description, s.opens_at AS OpensAt, s.closes_at AS ClosesAt, s.status,
               s.created_at AS CreatedAt, s.opened_at AS OpenedAt, s.closed_at AS ClosedAt
        FROM survey s JOIN org o ON o.id = s.org_id
        """;

    internal static Task<SurveyRow?> LoadRowAsync(DbConnection conn, DbTransaction? tx, long id, CancellationToken ct) =>
        conn.QuerySingleOrDefaultAsync<SurveyRow>(new CommandDefinition(SurveyColumns + " WHERE s.id = @id", new { id }, tx, cancellationToken: ct));

    /// <summary>For staff: the survey when its organisation lies inside the caller's subtree; null otherwise (404).</summary>
    internal static async Task<SurveyRow?> FindVisibleAsync(DbConnection conn, DbTransaction? tx, Scope scope, string id, CancellationToken ct) =>
        Ids.Parse(id) is { } surveyId && await LoadRowAsync(conn, tx, surveyId, ct) is { } row && scope.Contains(row.OrgPath) ? row : null;

    /// <summary>The organisation path of a member: a survey is theirs when it targets that organisation or one above it.</summary>
    internal static Task<string?> MemberOrgPathAsync(DbConnection conn, DbTransaction? tx, long memberId, CancellationToken ct) =>
        conn.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT o.path FROM member m JOIN org o ON o.id = m.org_id WHERE m.id = @memberId", new { memberId }, tx, cancellationToken: ct));

    /// <summary>For a member: the survey when it is no longer a draft and targets the member's organisation subtree; null otherwise (404).</summary>
    internal static async Task<SurveyRow?> FindForMemberAsync(DbConnection conn, DbTransaction? tx, long memberId, string id, CancellationToken ct) =>
        Ids.Parse(id) is { } surveyId && await LoadRowAsync(conn, tx, surveyId, ct) is { } row && row.Status != Draft
        && await MemberOrgPathAsync(conn, tx, memberId, ct) is { } path && Scope.IsInside(path, row.OrgPath) ? row : null;

    internal static async Task<List<Question>> QuestionsAsync(DbConnection conn, DbTransaction? tx, long surveyId, CancellationToken ct)
    {
        var questions = await conn.QueryAsync<QuestionRow>(new CommandDefinition("""
            SELECT id, kind, prompt, required, max_selections AS MaxSelections, max_length AS MaxLength
            FROM survey_question WHERE survey_id = @surveyId ORDER BY position
            """, new { surveyId }, tx, cancellationToken: ct));
        var options = (await conn.QueryAsync<OptionRow>(new CommandDefinition(
            "SELECT id, question_id AS QuestionId, label FROM survey_option WHERE survey_id = @surveyId ORDER BY question_id, position",
            new { surveyId }, tx, cancellationToken: ct))).ToLookup(o => o.QuestionId);
        return questions.Select(q => new Question(q, options[q.Id].ToList())).ToList();
    }

    internal static bool Accepting(SurveyRow s, DateTime now) => s.Status == Open && now >= s.OpensAt && now < s.ClosesAt;

    internal static IReadOnlyList<QuestionResponse> ToResponse(IEnumerable<Question> questions) => questions.Select(q => new QuestionResponse(
        q.Row.Id.Text(), q.Row.Kind, q.Row.Prompt, q.Row.Required, q.Options.Select(o => new OptionResponse(o.Id.Text(), o.Label)).ToList(),
        q.Row.MaxSelections, q.Row.MaxLength)).ToList();

    internal static async Task<SurveyResponse> LoadAsync(DbConnection conn, DbTransaction? tx, SurveyRow s, DateTime now, CancellationToken ct)
    {
        var questions = await QuestionsAsync(conn, tx, s.Id, ct);
        var responses = await conn.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM survey_response WHERE survey_id = @Id",
            new { s.Id }, tx, cancellationToken: ct));
        return new SurveyResponse(s.Id.Text(), s.OrgId.Text(), s.Title, s.Description, s.OpensAt.ToChina(), s.ClosesAt.ToChina(), s.Status,
            Accepting(s, now), ToResponse(questions), responses, s.CreatedAt.ToChina(), s.OpenedAt.ToChina(), s.ClosedAt.ToChina());
    }

    internal static async Task<MemberSurveyResponse> LoadForMemberAsync(DbConnection conn, DbTransaction? tx, SurveyRow s, long memberId,
        DateTime now, CancellationToken ct)
    {
        var questions = await QuestionsAsync(conn, tx, s.Id, ct);
        var answeredAt = await conn.ExecuteScalarAsync<DateTime?>(new CommandDefinition(
            "SELECT created_at FROM survey_response WHERE survey_id = @Id AND member_id = @memberId", new { s.Id, memberId }, tx,
            cancellationToken: ct));
        return new MemberSurveyResponse(s.Id.Text(), s.Title, s.Description, s.OpensAt.ToChina(), s.ClosesAt.ToChina(), s.Status,
            Accepting(s, now), ToResponse(questions), answeredAt.ToChina());
    }
}
