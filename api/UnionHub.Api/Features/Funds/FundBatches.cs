using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

/// <summary>
/// Batch declarations (issue 17 item 5): a unit declares fund applications for many of its members in one CSV file. The file
/// is read with the roster upload's CSV dialect (<see cref="RosterCsv"/>, <see cref="BoundedLineReader"/>): one record a
/// line, comma-separated, fields optionally quoted; UTF-8 with or without BOM. The header names the columns in Chinese, in
/// any order: 姓名, 身份证号, 申请金额 (yuan, up to 2 decimals), 事由 are required; 类别 (a category code or its Chinese name;
/// empty means <c>epidemic</c> for an epidemic fund) and 联系电话 (empty: the member's login phone) are optional.
/// </summary>
public static partial class FundBatches
{
    public const string NameColumn = "姓名";
    public const string IdNumberColumn = "身份证号";
    public const string AmountColumn = "申请金额";
    public const string ReasonColumn = "事由";
    public const string CategoryColumn = "类别";
    public const string PhoneColumn = "联系电话";

    public static readonly string[] Columns = [NameColumn, IdNumberColumn, AmountColumn, ReasonColumn, CategoryColumn, PhoneColumn];
    public static readonly string[] RequiredColumns = [NameColumn, IdNumberColumn, AmountColumn, ReasonColumn];

    /// <summary>The header of the template file.</summary>
    public static readonly string Header = string.Join(",", Columns);

    public const int MaxBodyBytes = 2 * 1024 * 1024;
    public const int MaxRows = 5000;
    public const int MaxLineChars = 8192;
    public const int MaxReportedRejections = 1000;
    public const int MaxFileNameChars = 200;

    /// <summary>
    /// One problem of one row: <c>row</c> is the line of the file (the header is line 1, as a spreadsheet numbers it),
    /// <c>column</c> the Chinese column name (null for the whole line), <c>code</c> a <see cref="FundBatchRejections"/> constant
    /// (the console words it in Chinese), <c>args</c> the numbers it quotes (maxGrantFen, firstRow, max).
    /// </summary>
    public sealed record Rejection(int Row, string? Column, string Code, IReadOnlyDictionary<string, long>? Args = null);

    /// <summary>
    /// A committed batch: who declared (the organisation, the staff user), into which fund, from which file, how many rows
    /// for how much, and the applications it filed (each also in the fund's review queue, <c>submitted</c>).
    /// </summary>
    public sealed record Batch(string Id, string FundId, string FundName, string OrgId, string OrgName, string StaffId, string? FileName, int Rows,
        long TotalRequestedFen, DateTimeOffset CreatedAt, IReadOnlyList<string> ApplicationIds);

    /// <summary>Category codes and the Chinese names units write in files (the console's and the member app's labels).</summary>
    private static readonly Dictionary<string, string> CategoryNames = new(StringComparer.Ordinal)
    {
        ["大病"] = "major_illness", ["大病医疗"] = "major_illness",
        ["突发事件"] = "sudden_event",
        ["意外灾害"] = "accident_disaster",
        ["低收入"] = "low_income", ["低收入困难"] = "low_income",
        ["临时困难"] = "temporary_hardship", ["临时生活困难"] = "temporary_hardship",
        ["疫情"] = "epidemic", ["疫情影响"] = "epidemic",
    };

    /// <summary>The category a cell names (a code or a Chinese name), or null.</summary>
    public static string? Category(string cell)
    {
        var text = cell.Trim();
        return FundRules.Categories.Contains(text) ? text : CategoryNames.GetValueOrDefault(text);
    }

    [GeneratedRegex(@"^[0-9]{1,10}(\.[0-9]{1,2})?$")]
    private static partial Regex YuanPattern();

    /// <summary>An amount in yuan as a unit writes it ("1500", "1,500.50", "1500元") in fen; null when it is not one.</summary>
    public static long? Fen(string cell)
    {
        var text = cell.Trim().Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal);
        if (text.EndsWith('元'))
        {
            text = text[..^1].TrimEnd();
        }

        if (!YuanPattern().IsMatch(text))
        {
            return null;
        }

        return (long)(decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * 100m);
    }
}

/// <summary>Why a row of a batch declaration was refused: the <c>code</c> of each entry of the report.</summary>
public static class FundBatchRejections
{
    public const string LineTooLong = "fund_batch.line_too_long";
    public const string UnterminatedQuote = "fund_batch.unterminated_quote";
    public const string TextAfterQuote = "fund_batch.text_after_quote";
    public const string WrongFieldCount = "fund_batch.wrong_field_count";
    public const string InvalidUtf8 = "fund_batch.invalid_utf8";
    public const string NameEmpty = "fund_batch.name_empty";
    public const string NameInvalid = "fund_batch.name_invalid";
    public const string IdNumberInvalid = "fund_batch.id_number_invalid";
    public const string DuplicateIdNumber = "fund_batch.duplicate_id_number";
    /// <summary>No verified member of the declaring organisation's subtree has this ID number and this name (one answer for
    /// an unknown ID number, a wrong name and a person outside the subtree: the report does not tell which IDs exist).</summary>
    public const string MemberNotFound = "fund_batch.member_not_found";
    public const string AmountInvalid = "fund_batch.amount_invalid";
    public const string AmountOverMax = "fund_batch.amount_over_max";
    public const string ReasonInvalid = "fund_batch.reason_invalid";
    public const string CategoryInvalid = "fund_batch.category_invalid";
    public const string CategoryRequired = "fund_batch.category_required";
    public const string PhoneInvalid = "fund_batch.contact_phone_invalid";
    public const string PhoneMissing = "fund_batch.contact_phone_missing";
    /// <summary>The member already has an open application to this fund (theirs, or an earlier batch's).</summary>
    public const string ApplicationOpen = "fund_batch.application_open";
}

/// <summary>
/// An uploaded CSV file (a fund batch declaration, a bulk mutual-aid enrolment, bulk member tags), read whole (at most <see cref="FundBatches.MaxBodyBytes"/>) before the handler
/// runs, so the idempotency filter keys the call by the file's hash and the query, and no database connection is held while
/// the body arrives. The bytes stay in memory only: they are the members' personal data in clear.
/// </summary>
public sealed class FundBatchFile : IIdempotentRequestPart
{
    private FundBatchFile(string? text, byte[] sha256, ProblemHttpResult? problem, object? fingerprint)
    {
        Text = text;
        Sha256 = sha256;
        Problem = problem;
        _fingerprint = fingerprint;
    }

    private readonly object? _fingerprint;

    /// <summary>The file as text (bytes that are not UTF-8 read as U+FFFD and refuse their row); null when refused.</summary>
    public string? Text { get; }

    public byte[] Sha256 { get; }

    /// <summary>Why the body was refused (413, 415); null when it was read.</summary>
    public ProblemHttpResult? Problem { get; }

    object? IIdempotentRequestPart.Fingerprint => _fingerprint;

    public static async ValueTask<FundBatchFile?> BindAsync(HttpContext http)
    {
        static FundBatchFile Refuse(ProblemHttpResult problem) => new(null, [], problem, null);
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var media)
            || !(media.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase) || media.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase))
            || (media.Charset.HasValue && !media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return Refuse(Problems.Create(415, PlatformProblems.RequestUnsupportedMediaType, "The file must be sent as text/csv in UTF-8.",
                "Send the spreadsheet saved as CSV (UTF-8) with Content-Type: text/csv."));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
            {
                if (buffer.Length + read > FundBatches.MaxBodyBytes)
                {
                    return Refuse(TooLarge());
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == 413)
        {
            return Refuse(TooLarge());
        }

        var bytes = buffer.ToArray();
        var sha = SHA256.HashData(bytes);
        var text = new UTF8Encoding(false).GetString(bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsSpan(3) : bytes);
        var query = http.Request.Query;
        var fingerprint = new
        {
            sha256 = Convert.ToHexString(sha),
            fundId = query["fundId"].ToString(),
            dryRun = query["dryRun"].ToString(),
            fileName = query["fileName"].ToString(),
        };
        return new FundBatchFile(text, sha, null, fingerprint);
    }

    private static ProblemHttpResult TooLarge() =>
        Problems.Create(413, PlatformProblems.RequestTooLarge, "The file is too large.",
            $"At most {FundBatches.MaxBodyBytes / (1024 * 1024)} MiB; split the file.");
}
