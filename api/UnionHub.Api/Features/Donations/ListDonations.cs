using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Funds;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Donations;

/// <summary>
/// GET /admin/donations?fundId=&amp;year=&amp;status=: donations to the funds the caller may use, newest first, paged;
/// <c>Accept: text/csv</c> gives every matching donation (at most <see cref="MaxCsvRows"/>) as a UTF-8 CSV with BOM, masked as the JSON is.
/// </summary>
public static class ListDonations
{
    public const int MaxCsvRows = 10_000;

    public static async Task<Results<Ok<Page<Donations.Donation>>, FileContentHttpResult, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct, string? fundId = null, int? year = null,
        string? status = null, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var v = new Validator()
            .Check(fundId is null || Ids.Parse(fundId) is not null, "fundId", "is not a valid id")
            .Check(status is null || DonationRules.Statuses.Contains(status), "status", $"must be one of: {DonationRules.Join(DonationRules.Statuses)}")
            .Check(year is null or (>= 2000 and <= 2100), "year", "must be between 2000 and 2100");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var csv = Csv.Wanted(http.Request);
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        var rows = (await conn.QueryAsync<Donations.Row>(new CommandDefinition($"""
            {Donations.Select}
            WHERE d.id < @After AND (@FundId IS NULL OR d.fund_id = @FundId) AND (@Year IS NULL OR d.receipt_year = @Year)
              AND (@Status IS NULL OR d.status = @Status) AND {FundRules.InScopeSql}
            ORDER BY d.id DESC LIMIT @Take
            """,
            new { After = csv ? long.MaxValue : paging.After, FundId = Ids.Parse(fundId), Year = year, Status = status,
                Take = csv ? MaxCsvRows : paging.Fetch, ScopePath = scope.Path }, cancellationToken: ct))).ToList();
        if (csv)
        {
            var text = new StringBuilder("收据编号,基金,捐赠方类型,捐赠方,联系人,联系电话,金额(元),渠道,到账日期,状态,备注\r\n");
            foreach (var d in rows.Select(r => Donations.ToView(r, pii)))
            {
                text.AppendJoin(',', new[]
                {
                    d.ReceiptNo, d.FundName, d.DonorKind, d.DonorName ?? "匿名", d.ContactName ?? "", d.ContactPhone ?? "",
                    (d.AmountFen / 100m).ToString("0.00", CultureInfo.InvariantCulture), d.Channel,
                    d.ReceivedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Status, d.Note ?? "",
                }.Select(Csv.Cell)).Append("\r\n");
            }

            return Csv.File(text.ToString(), "donations.csv");
        }

        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<Donations.Donation>(page.Items.Select(r => Donations.ToView(r, pii)).ToList(), page.NextCursor));
    }
}
