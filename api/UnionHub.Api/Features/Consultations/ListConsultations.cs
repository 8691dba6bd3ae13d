using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Consultations;

/// <summary>
/// GET /admin/consultations: the consultation ledger (台账) of the caller's subtree, newest first, filtered by channel, category,
/// status, member and China dates (<c>from</c>, <c>to</c> inclusive); <c>dueBy</c> lists follow-ups due by that date.
/// <c>Accept: text/csv</c> gives every match (at most <see cref="MaxCsvRows"/>), masked as the JSON is.
/// </summary>
public static class ListConsultations
{
    public const int MaxCsvRows = 10_000;

    public static async Task<Results<Ok<Page<Consultations.Consultation>>, FileContentHttpResult, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct, string? channel = null, string? category = null,
        string? status = null, string? memberId = null, DateOnly? from = null, DateOnly? to = null, DateOnly? dueBy = null, int? limit = null,
        string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var v = new Validator()
            .Check(channel is null || ConsultationRules.Channels.Contains(channel), "channel", $"must be one of: {ConsultationRules.Join(ConsultationRules.Channels)}")
            .Check(category is null || ConsultationRules.Categories.Contains(category), "category",
                $"must be one of: {ConsultationRules.Join(ConsultationRules.Categories)}")
            .Check(status is null || ConsultationRules.Statuses.Contains(status), "status", $"must be one of: {ConsultationRules.Join(ConsultationRules.Statuses)}")
            .Check(memberId is null || Ids.Parse(memberId) is not null, "memberId", "is not a valid id")
            .Check(from is null || to is null || from <= to, "to", "must not be before from");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        DateTime? Utc(DateOnly? day) => day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), Clock.ChinaOffset).UtcDateTime : null;
        var csv = Csv.Wanted(http.Request);
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        var rows = (await conn.QueryAsync<Consultations.Row>(new CommandDefinition($"""
            {Consultations.Select}
            WHERE c.id < @After AND {ConsultationRules.InScopeSql}
              AND (@Channel IS NULL OR c.channel = @Channel) AND (@Category IS NULL OR c.category = @Category)
              AND (@Status IS NULL OR c.status = @Status) AND (@MemberId IS NULL OR c.member_id = @MemberId)
              AND (@From IS NULL OR c.consulted_at >= @From) AND (@To IS NULL OR c.consulted_at < @To)
              AND (@DueBy IS NULL OR (c.status = 'follow_up' AND c.follow_up_on <= @DueBy))
            ORDER BY c.id DESC LIMIT @Take
            """,
            new
            {
                After = csv ? long.MaxValue : paging.After, ScopePath = scope.Path, Channel = channel, Category = category, Status = status,
                MemberId = Ids.Parse(memberId), From = Utc(from), To = Utc(to?.AddDays(1)), DueBy = dueBy?.ToDateTime(TimeOnly.MinValue),
                Take = csv ? MaxCsvRows : paging.Fetch,
            }, cancellationToken: ct))).ToList();
        if (csv)
        {
            var text = new StringBuilder("编号,时间,渠道,类别,主题,来访人,联系电话,会员编号,值班律师,状态,回访日期,转办类型,转办编号,所属组织\r\n");
            foreach (var c in rows.Select(r => Consultations.ToView(r, pii, withOutcome: false)))
            {
                text.AppendJoin(',', new[]
                {
                    c.Id, c.ConsultedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), c.Channel, c.Category, c.Topic, c.CallerName ?? "",
                    c.CallerPhone ?? "", c.MemberId ?? "", c.LawyerId ?? "", c.Status,
                    c.FollowUpOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", c.ConvertedKind ?? "", c.ConvertedId ?? "", c.OrgName ?? "",
                }.Select(Csv.Cell)).Append("\r\n");
            }

            return Csv.File(text.ToString(), "consultations.csv");
        }

        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<Consultations.Consultation>(
            page.Items.Select(r => Consultations.ToView(r, pii, withOutcome: false)).ToList(), page.NextCursor));
    }
}
