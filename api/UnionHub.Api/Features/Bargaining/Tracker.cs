using System.Data.Common;
using Dapper;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Bargaining;

/// <summary>GET /admin/enterprises/{id}/bargaining: the eight steps with their state, dates and documents; the enterprise's headcount (null: not set).</summary>
public static class Tracker
{
    public sealed record DocumentView(string Id, int Step, string ContentType, int SizeBytes, DateTimeOffset CreatedAt);

    /// <summary><c>status</c>: done, next (the one that may be completed now) or pending.</summary>
    public sealed record StepView(int Step, string Key, string Title, string Status, DateOnly? CompletedOn, string? Note, string? CompletedBy,
        IReadOnlyList<DocumentView> Documents);

    public sealed record Response(string EnterpriseId, string EnterpriseName, string OrgId, bool IsUnionised, bool HasWorkersCongress,
        int CompletedSteps, bool AgreementSigned, string? NextStep, IReadOnlyList<StepView> Steps, int? Headcount);

    private sealed class StepRow
    {
        public int Step { get; set; }
        public DateTime CompletedOn { get; set; }
        public string? Note { get; set; }
        public long CompletedBy { get; set; }
    }

    private sealed class DocumentRow
    {
        public long Id { get; set; }
        public int Step { get; set; }
        public string ContentType { get; set; } = "";
        public int SizeBytes { get; set; }
        public DateTime CreatedAt { get; set; }
    }

    public static async Task<Response> LoadAsync(DbConnection conn, DbTransaction? tx, BargainingRules.EnterpriseRow e, CancellationToken ct)
    {
        var steps = (await conn.QueryAsync<StepRow>(new CommandDefinition("""
            SELECT step, completed_on AS CompletedOn, note, completed_by AS CompletedBy FROM bargaining_step WHERE enterprise_id = @Id
            """, new { e.Id }, tx, cancellationToken: ct))).ToDictionary(s => s.Step);
        var documents = (await conn.QueryAsync<DocumentRow>(new CommandDefinition("""
            SELECT id, step, content_type AS ContentType, size_bytes AS SizeBytes, created_at AS CreatedAt
            FROM bargaining_document WHERE enterprise_id = @Id ORDER BY step, id
            """, new { e.Id }, tx, cancellationToken: ct))).ToLookup(d => d.Step);
        var views = BargainingRules.Steps.Select(s =>
        {
            steps.TryGetValue(s.Number, out var done);
            var status = s.Number <= e.BargainingStep ? "done" : s.Number == e.BargainingStep + 1 ? "next" : "pending";
            return new StepView(s.Number, s.Key, s.Title, status, done is null ? null : DateOnly.FromDateTime(done.CompletedOn), done?.Note,
                done?.CompletedBy.Text(),
                documents[s.Number].Select(d => new DocumentView(d.Id.Text(), d.Step, d.ContentType, d.SizeBytes, d.CreatedAt.ToChina())).ToList());
        }).ToList();
        var next = BargainingRules.Steps.FirstOrDefault(s => s.Number == e.BargainingStep + 1)?.Key;
        return new Response(e.Id.Text(), e.Name, e.OrgId.Text(), e.IsUnionised, e.HasWorkersCongress, e.BargainingStep,
            e.BargainingStep >= BargainingRules.SignedStep, next, views, e.Headcount);
    }
}
