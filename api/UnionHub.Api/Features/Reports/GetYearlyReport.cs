using System.Globalization;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Reports.YearlyReport;

namespace UnionHub.Api.Features.Reports;

public static class GetYearlyReport
{
    // Row classes with setters, not positional records: Dapper then converts each column to the property's type (MariaDB
    // answers CAST(0 AS SIGNED) as INT, MySQL 8 as BIGINT; a record's constructor would have to match exactly).
    private sealed class MemberRow
    {
        public long NewMembers { get; set; }
        public long NewlyVerified { get; set; }
        public long MembersAtYearEnd { get; set; }
        public long VerifiedAtYearEnd { get; set; }
    }

    private sealed class KindRow
    {
        public string Kind { get; set; } = "";
        public long N { get; set; }
        public long Fen { get; set; }
    }

    private sealed class FundRow
    {
        public long Id { get; set; }
        public string Name { get; set; } = "";
        public string Kind { get; set; } = "";
        public int Year { get; set; }
        public long Applications { get; set; }
        public long Granted { get; set; }
        public long GrantedFen { get; set; }
        public long PaidFen { get; set; }
    }

    private sealed class PlanRow
    {
        public long Id { get; set; }
        public string Name { get; set; } = "";
        public long Claims { get; set; }
        public long Approved { get; set; }
        public long ApprovedFen { get; set; }
        public long Paid { get; set; }
        public long PaidFen { get; set; }
    }

    private sealed class TierRow
    {
        public string Tier { get; set; } = "";
        public long Entered { get; set; }
        public long Exited { get; set; }
        public long Registered { get; set; }
    }

    private sealed class CaseRow
    {
        public long Applications { get; set; }
        public long Closed { get; set; }
        public long Won { get; set; }
        public long PartlyWon { get; set; }
        public long RecoveredFen { get; set; }
    }

    private sealed class EnterpriseRow
    {
        public long Id { get; set; }
        public string Name { get; set; } = "";
        public long N { get; set; }
        public long Fen { get; set; }
    }

    private sealed class CoverageRow
    {
        public long Enterprises { get; set; }
        public long Unionised { get; set; }
        public long Signed { get; set; }
        public long WithCongress { get; set; }
        public long LargeEnterprises { get; set; }
        public long LargeUnionised { get; set; }
        public long LargeSigned { get; set; }
        public long LargeWithCongress { get; set; }
        public long UnknownHeadcount { get; set; }
    }

    // Every query: the rows inside the scope (ScopePath; '/' includes rows with no organisation) and the year [From, To) in
    // UTC, i.e. 1 January 00:00 to the next 1 January 00:00 China time; DATE columns (China dates) use [FirstDay, LastDay].
    private static readonly string Sql = $"""
        SELECT
          CAST(COALESCE(SUM(m.created_at >= @From AND m.created_at < @To), 0) AS SIGNED) AS NewMembers,
          CAST(COALESCE(SUM(m.verified_at >= @From AND m.verified_at < @To), 0) AS SIGNED) AS NewlyVerified,
          CAST(COALESCE(SUM(m.created_at < @To), 0) AS SIGNED) AS MembersAtYearEnd,
          CAST(COALESCE(SUM(m.verified_at < @To), 0) AS SIGNED) AS VerifiedAtYearEnd
        FROM member m LEFT JOIN org o ON o.id = m.org_id
        WHERE m.deleted_at IS NULL AND m.created_at < @To AND {Scope.Sql("o.path")};

        SELECT (SELECT COUNT(*) FROM voucher v JOIN member m ON m.id = v.member_id LEFT JOIN org o ON o.id = m.org_id
                WHERE v.created_at >= @From AND v.created_at < @To AND {Scope.Sql("o.path")})
             + (SELECT COUNT(*) FROM fund_application a JOIN member m ON m.id = a.member_id LEFT JOIN org o ON o.id = m.org_id
                WHERE a.status IN ('approved', 'disbursed') AND a.decided_at >= @From AND a.decided_at < @To AND {Scope.Sql("o.path")});

        SELECT p.kind AS Kind, COUNT(*) AS N, CAST(0 AS SIGNED) AS Fen
        FROM voucher v JOIN perk p ON p.id = v.perk_id JOIN member m ON m.id = v.member_id LEFT JOIN org o ON o.id = m.org_id
        WHERE v.created_at >= @From AND v.created_at < @To AND {Scope.Sql("o.path")}
        GROUP BY p.kind;

        SELECT p.kind AS Kind, COUNT(*) AS N, CAST(COALESCE(SUM(r.face_value_fen), 0) AS SIGNED) AS Fen
        FROM redemption r JOIN voucher v ON v.id = r.voucher_id JOIN perk p ON p.id = v.perk_id
        JOIN member m ON m.id = v.member_id LEFT JOIN org o ON o.id = m.org_id
        WHERE r.voided_at IS NULL AND r.redeemed_at >= @From AND r.redeemed_at < @To AND {Scope.Sql("o.path")}
        GROUP BY p.kind;

        SELECT f.id, f.name, f.kind, f.year,
          CAST(COALESCE(SUM(x.filed), 0) AS SIGNED) AS Applications,
          CAST(COALESCE(SUM(x.granted), 0) AS SIGNED) AS Granted,
          CAST(COALESCE(SUM(x.granted_fen), 0) AS SIGNED) AS GrantedFen,
          CAST(COALESCE(SUM(x.paid_fen), 0) AS SIGNED) AS PaidFen
        FROM (
          SELECT a.fund_id, a.member_id, a.created_at,
            CASE WHEN a.status <> 'draft' AND a.submitted_at >= @From AND a.submitted_at < @To THEN 1 ELSE 0 END AS filed,
            CASE WHEN a.status IN ('approved', 'disbursed') AND a.decided_at >= @From AND a.decided_at < @To THEN 1 ELSE 0 END AS granted,
            CASE WHEN a.status IN ('approved', 'disbursed') AND a.decided_at >= @From AND a.decided_at < @To THEN a.granted_fen ELSE 0 END AS granted_fen,
            COALESCE(d.paid_fen, 0) AS paid_fen
          FROM fund_application a
          LEFT JOIN (SELECT application_id, SUM(amount_fen) AS paid_fen FROM fund_disbursement
                     WHERE status = 'paid' AND application_id IS NOT NULL AND confirmed_at >= @From AND confirmed_at < @To
                     GROUP BY application_id) d ON d.application_id = a.id
          UNION ALL
          SELECT COALESCE(c.fund_id, p.fund_id), c.member_id, c.created_at,
            CASE WHEN c.created_at >= @From AND c.created_at < @To THEN 1 ELSE 0 END,
            CASE WHEN c.fund_id IS NOT NULL AND c.reviewed_at >= @From AND c.reviewed_at < @To THEN 1 ELSE 0 END,
            CASE WHEN c.fund_id IS NOT NULL AND c.reviewed_at >= @From AND c.reviewed_at < @To THEN c.approved_fen ELSE 0 END,
            COALESCE(d.paid_fen, 0)
          FROM mutual_aid_claim c JOIN mutual_aid_plan p ON p.id = c.plan_id
          LEFT JOIN (SELECT mutual_aid_claim_id, SUM(amount_fen) AS paid_fen FROM fund_disbursement
                     WHERE status = 'paid' AND mutual_aid_claim_id IS NOT NULL AND confirmed_at >= @From AND confirmed_at < @To
                     GROUP BY mutual_aid_claim_id) d ON d.mutual_aid_claim_id = c.id
        ) x JOIN fund f ON f.id = x.fund_id JOIN member m ON m.id = x.member_id LEFT JOIN org o ON o.id = m.org_id
        WHERE {Scope.Sql("o.path")} AND x.created_at < @To
        GROUP BY f.id, f.name, f.kind, f.year
        ORDER BY f.id;

        SELECT h.tier AS Tier,
          CAST(COALESCE(SUM(h.entered_on >= @FirstDay AND h.entered_on <= @LastDay), 0) AS SIGNED) AS Entered,
          CAST(COALESCE(SUM(h.exited_on >= @FirstDay AND h.exited_on <= @LastDay), 0) AS SIGNED) AS Exited,
          CAST(COALESCE(SUM(h.entered_on <= @LastDay AND (h.exited_on IS NULL OR h.exited_on > @LastDay)), 0) AS SIGNED) AS Registered
        FROM hardship_household h LEFT JOIN org o ON o.id = h.org_id
        WHERE {Scope.Sql("o.path")} AND h.entered_on <= @LastDay
        GROUP BY h.tier;

        SELECT
          CAST(COALESCE(SUM(c.submitted_at >= @From AND c.submitted_at < @To), 0) AS SIGNED) AS Applications,
          CAST(COALESCE(SUM(c.closed_at >= @From AND c.closed_at < @To), 0) AS SIGNED) AS Closed,
          CAST(COALESCE(SUM(c.closed_at >= @From AND c.closed_at < @To AND c.outcome = 'won'), 0) AS SIGNED) AS Won,
          CAST(COALESCE(SUM(c.closed_at >= @From AND c.closed_at < @To AND c.outcome = 'partly_won'), 0) AS SIGNED) AS PartlyWon,
          CAST(COALESCE(SUM(CASE WHEN c.closed_at >= @From AND c.closed_at < @To THEN COALESCE(c.recovered_fen, 0) ELSE 0 END), 0) AS SIGNED) AS RecoveredFen
        FROM legal_case c LEFT JOIN org o ON o.id = c.org_id
        WHERE {Scope.Sql("o.path")} AND c.submitted_at < @To;

        SELECT e.id, e.name, CAST(COALESCE(SUM(a.allocated), 0) AS SIGNED) AS N, CAST(0 AS SIGNED) AS Fen
        FROM distribution_allocation a JOIN enterprise e ON e.id = a.enterprise_id JOIN org o ON o.id = e.org_id
        WHERE a.created_at >= @From AND a.created_at < @To AND {Scope.Sql("o.path")}
        GROUP BY e.id, e.name;

        SELECT e.id, e.name, CAST(COALESCE(SUM(r.quantity), 0) AS SIGNED) AS N, CAST(0 AS SIGNED) AS Fen
        FROM distribution_receipt r JOIN distribution_allocation a ON a.id = r.allocation_id
        JOIN enterprise e ON e.id = a.enterprise_id JOIN org o ON o.id = e.org_id
        WHERE r.received_at >= @From AND r.received_at < @To AND {Scope.Sql("o.path")}
        GROUP BY e.id, e.name;

        SELECT e.id, e.name, COUNT(*) AS N, CAST(0 AS SIGNED) AS Fen
        FROM distribution_handout h JOIN distribution_allocation a ON a.id = h.allocation_id
        JOIN enterprise e ON e.id = a.enterprise_id JOIN org o ON o.id = e.org_id
        WHERE h.handed_at >= @From AND h.handed_at < @To AND {Scope.Sql("o.path")}
        GROUP BY e.id, e.name;

        SELECT e.id, e.name, COUNT(*) AS N, CAST(COALESCE(SUM(g.total_fen), 0) AS SIGNED) AS Fen
        FROM group_buy_order g JOIN enterprise e ON e.id = g.enterprise_id JOIN org o ON o.id = e.org_id
        WHERE g.created_at >= @From AND g.created_at < @To AND {Scope.Sql("o.path")}
        GROUP BY e.id, e.name;

        SELECT COUNT(*) AS Enterprises,
          CAST(COALESCE(SUM(e.is_unionised = 1), 0) AS SIGNED) AS Unionised,
          CAST(COALESCE(SUM(e.is_unionised = 1 AND s.enterprise_id IS NOT NULL), 0) AS SIGNED) AS Signed,
          CAST(COALESCE(SUM(e.is_unionised = 1 AND e.has_workers_congress = 1), 0) AS SIGNED) AS WithCongress,
          CAST(COALESCE(SUM(e.headcount >= @Large), 0) AS SIGNED) AS LargeEnterprises,
          CAST(COALESCE(SUM(e.headcount >= @Large AND e.is_unionised = 1), 0) AS SIGNED) AS LargeUnionised,
          CAST(COALESCE(SUM(e.headcount >= @Large AND e.is_unionised = 1 AND s.enterprise_id IS NOT NULL), 0) AS SIGNED) AS LargeSigned,
          CAST(COALESCE(SUM(e.headcount >= @Large AND e.is_unionised = 1 AND e.has_workers_congress = 1), 0) AS SIGNED) AS LargeWithCongress,
          CAST(COALESCE(SUM(e.headcount IS NULL), 0) AS SIGNED) AS UnknownHeadcount
        FROM enterprise e JOIN org o ON o.id = e.org_id
        LEFT JOIN bargaining_step s ON s.enterprise_id = e.id AND s.step = 6 AND s.completed_on <= @LastDay
        WHERE e.created_at < @To AND {Scope.Sql("o.path")};

        SELECT c.channel AS Kind, COUNT(*) AS N, CAST(COALESCE(SUM(c.status = 'converted'), 0) AS SIGNED) AS Fen
        FROM consultation c LEFT JOIN org o ON o.id = c.org_id
        WHERE c.consulted_at >= @From AND c.consulted_at < @To AND {Scope.Sql("o.path")}
        GROUP BY c.channel;

        SELECT p.id, p.name,
          CAST(COALESCE(SUM(c.created_at >= @From AND c.created_at < @To), 0) AS SIGNED) AS Claims,
          CAST(COALESCE(SUM(c.status IN ('approved', 'payment_proposed', 'paid') AND c.reviewed_at >= @From AND c.reviewed_at < @To), 0) AS SIGNED) AS Approved,
          CAST(COALESCE(SUM(CASE WHEN c.status IN ('approved', 'payment_proposed', 'paid') AND c.reviewed_at >= @From AND c.reviewed_at < @To
                                 THEN c.approved_fen ELSE 0 END), 0) AS SIGNED) AS ApprovedFen,
          CAST(COALESCE(SUM(c.status = 'paid' AND c.paid_at >= @From AND c.paid_at < @To), 0) AS SIGNED) AS Paid,
          CAST(COALESCE(SUM(CASE WHEN c.status = 'paid' AND c.paid_at >= @From AND c.paid_at < @To THEN c.approved_fen ELSE 0 END), 0) AS SIGNED) AS PaidFen
        FROM mutual_aid_claim c JOIN mutual_aid_plan p ON p.id = c.plan_id JOIN member m ON m.id = c.member_id LEFT JOIN org o ON o.id = m.org_id
        WHERE {Scope.Sql("o.path")} AND c.created_at < @To
        GROUP BY p.id, p.name
        ORDER BY p.id;
        """;

    public static async Task<Results<Ok<Response>, ProblemHttpResult, FileContentHttpResult>> Handle(
        string year, HttpContext http, Transactions transactions, CancellationToken ct, string? orgId = null)
    {
        var ok = int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y);
        var org = orgId is null ? null : Ids.Parse(orgId);
        var v = new Validator()
            .Check(ok && y is >= 2000 and <= 2100, "year", "must be a year between 2000 and 2100")
            .Check(orgId is null || org is not null, "orgId", "must be an organisation id");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var from = new DateTimeOffset(y, 1, 1, 0, 0, 0, Clock.ChinaOffset).UtcDateTime;
        var to = new DateTimeOffset(y + 1, 1, 1, 0, 0, 0, Clock.ChinaOffset).UtcDateTime;
        var report = await transactions.RunAsync<Response?>(async (conn, tx) =>
        {
            var caller = await Scope.OfAsync(conn, tx, http.User, ct);
            var shown = org ?? (http.User.IsInRole(Roles.SuperAdmin) ? null : http.User.OrgId());
            Orgs.OrgRow? row = null;
            if (shown is not null && (row = await Orgs.FindVisibleAsync(conn, tx, caller, shown, ct)) is null)
            {
                return null;
            }

            var scope = row is null ? caller : caller.Within(row.Path);
            if (scope.Path is null)
            {
                return null;
            }

            var args = new
            {
                ScopePath = scope.Path, From = from, To = to, FirstDay = new DateTime(y, 1, 1), LastDay = new DateTime(y, 12, 31),
                Large = LargeEnterpriseHeadcount,
            };

            // one snapshot: every figure is read as of the same moment
            await using var grid = await conn.QueryMultipleAsync(new CommandDefinition(Sql, args, tx, cancellationToken: ct));
            var m = await grid.ReadSingleAsync<MemberRow>();
            var served = await grid.ReadSingleAsync<long>();
            var claimed = (await grid.ReadAsync<KindRow>()).ToDictionary(k => k.Kind, StringComparer.Ordinal);
            var redeemed = (await grid.ReadAsync<KindRow>()).ToDictionary(k => k.Kind, StringComparer.Ordinal);
            var funds = (await grid.ReadAsync<FundRow>())
                .Where(f => f.Applications + f.Granted + f.PaidFen > 0)
                .Select(f => new FundFigures(f.Id.Text(), f.Name, f.Kind, f.Year, (int)f.Applications, (int)f.Granted, f.GrantedFen, f.PaidFen))
                .ToList();
            var tiers = (await grid.ReadAsync<TierRow>()).ToDictionary(t => t.Tier, StringComparer.Ordinal);
            var cases = await grid.ReadSingleAsync<CaseRow>();
            var allocated = (await grid.ReadAsync<EnterpriseRow>()).ToDictionary(e => e.Id);
            var received = (await grid.ReadAsync<EnterpriseRow>()).ToDictionary(e => e.Id);
            var handedOut = (await grid.ReadAsync<EnterpriseRow>()).ToDictionary(e => e.Id);
            var orders = (await grid.ReadAsync<EnterpriseRow>()).ToDictionary(e => e.Id);
            var cov = await grid.ReadSingleAsync<CoverageRow>();
            var consulted = (await grid.ReadAsync<KindRow>()).ToDictionary(k => k.Kind, StringComparer.Ordinal);
            var mutualAid = (await grid.ReadAsync<PlanRow>())
                .Where(p => p.Claims + p.Approved + p.Paid > 0)
                .Select(p => new MutualAidPlanFigures(p.Id.Text(), p.Name, (int)p.Claims, (int)p.Approved, p.ApprovedFen, (int)p.Paid, p.PaidFen))
                .ToList();

            var perks = PerkKinds.Concat(claimed.Keys).Concat(redeemed.Keys).Distinct(StringComparer.Ordinal)
                .Select(k => new PerkKindFigures(k, (int)(claimed.GetValueOrDefault(k)?.N ?? 0), (int)(redeemed.GetValueOrDefault(k)?.N ?? 0),
                    redeemed.GetValueOrDefault(k)?.Fen ?? 0))
                .ToList();
            var byKind = FundKinds.Concat(funds.Select(f => f.Kind)).Distinct(StringComparer.Ordinal)
                .Select(k =>
                {
                    var of = funds.Where(f => f.Kind == k).ToList();
                    return new FundKindFigures(k, of.Sum(f => f.Applications), of.Sum(f => f.Granted), of.Sum(f => f.GrantedFen), of.Sum(f => f.PaidFen));
                })
                .ToList();
            var hardship = HardshipTiers.Concat(tiers.Keys).Distinct(StringComparer.Ordinal)
                .Select(t => tiers.GetValueOrDefault(t) is { } r ? new TierFigures(t, (int)r.Entered, (int)r.Exited, (int)r.Registered) : new TierFigures(t, 0, 0, 0))
                .ToList();
            var enterprises = allocated.Values.Concat(received.Values).Concat(handedOut.Values).Concat(orders.Values)
                .GroupBy(e => e.Id).OrderBy(g => g.Key)
                .Select(g => new EnterpriseFigures(g.Key.Text(), g.First().Name,
                    (int)(allocated.GetValueOrDefault(g.Key)?.N ?? 0), (int)(received.GetValueOrDefault(g.Key)?.N ?? 0),
                    (int)(handedOut.GetValueOrDefault(g.Key)?.N ?? 0), (int)(orders.GetValueOrDefault(g.Key)?.N ?? 0),
                    orders.GetValueOrDefault(g.Key)?.Fen ?? 0))
                .ToList();
            return new Response(y, row?.Id.Text(), row?.Name ?? "全部",
                new MemberFigures((int)m.NewMembers, (int)m.NewlyVerified, (int)m.MembersAtYearEnd, (int)m.VerifiedAtYearEnd), served,
                perks, funds, byKind, hardship,
                new LegalAidFigures((int)cases.Applications, (int)cases.Closed, (int)cases.Won, (int)cases.PartlyWon, cases.RecoveredFen),
                enterprises,
                new Coverage(YearlyReport.Figures((int)cov.Enterprises, (int)cov.Unionised, (int)cov.Signed, (int)cov.WithCongress),
                    YearlyReport.Figures((int)cov.LargeEnterprises, (int)cov.LargeUnionised, (int)cov.LargeSigned, (int)cov.LargeWithCongress),
                    LargeEnterpriseHeadcount, (int)cov.UnknownHeadcount),
                global::UnionHub.Api.Features.Consultations.ConsultationRules.Channels.Concat(consulted.Keys).Distinct(StringComparer.Ordinal)
                    .Select(c => new ConsultationFigures(c, (int)(consulted.GetValueOrDefault(c)?.N ?? 0), (int)(consulted.GetValueOrDefault(c)?.Fen ?? 0)))
                    .ToList(),
                mutualAid);
        }, ct, System.Data.IsolationLevel.RepeatableRead);

        if (report is null)
        {
            return Problems.NotFound("organisation");
        }

        if (Csv.Wanted(http.Request))
        {
            return Csv.File(ToCsv(report), $"report-{y}-{report.OrgId ?? "all"}.csv");
        }

        return TypedResults.Ok(report);
    }
}
