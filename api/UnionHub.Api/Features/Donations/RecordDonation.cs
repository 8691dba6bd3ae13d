using System.Text.RegularExpressions;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Features.Funds;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Donations;

/// <summary>
/// POST /admin/donations: record money received for a fund (idempotent). The donation takes the next receipt number of the
/// year it was received (a counter row updated under its lock, so parallel recordings never share a number), is booked on the
/// fund's ledger and raises the fund's donated total, all in one transaction. It must be received in the fund's year.
/// </summary>
public static partial class RecordDonation
{
    public sealed record Request(string? FundId, string? DonorKind, long? AmountFen, string? Channel, DateOnly? ReceivedOn,
        string? EnterpriseId = null, string? EnterpriseName = null, string? MemberId = null, string? ContactName = null,
        string? ContactPhone = null, string? Note = null);

    private sealed record FundRow(long Id, int Year);

    [GeneratedRegex(@"^\+?[0-9][0-9 \-]{4,19}$")]
    private static partial Regex PhonePattern();

    private const string EnsureCounter = "INSERT IGNORE INTO donation_receipt_counter (year, last_seq) VALUES (@Year, 0)";
    private const string NextSeq = "UPDATE donation_receipt_counter SET last_seq = last_seq + 1 WHERE year = @Year";
    private const string ReadSeq = "SELECT last_seq FROM donation_receipt_counter WHERE year = @Year";

    private const string Insert = """
        INSERT INTO donation (fund_id, receipt_year, receipt_seq, donor_kind, enterprise_id, enterprise_name, member_id, contact_name_enc,
                              contact_phone_enc, amount_fen, channel, received_on, note_enc, status, recorded_by, recorded_at)
        VALUES (@FundId, @Year, @Seq, @DonorKind, @EnterpriseId, @EnterpriseName, @MemberId, @ContactNameEnc, @ContactPhoneEnc, @AmountFen,
                @Channel, @ReceivedOn, @NoteEnc, 'recorded', @StaffId, @Now);
        SELECT LAST_INSERT_ID();
        """;

    internal const string InsertLedger = """
        INSERT INTO fund_ledger (fund_id, entry, amount_fen, application_id, donation_id, staff_id, at)
        VALUES (@FundId, @Entry, @Amount, NULL, @DonationId, @StaffId, @Now)
        """;

    private const string AddDonated = "UPDATE fund SET donated_fen = donated_fen + @Amount WHERE id = @FundId";

    internal static Validator Validate(Request r, DateOnly today)
    {
        static bool Blank(string? s) => string.IsNullOrWhiteSpace(s);
        var kind = r.DonorKind;
        var v = new Validator()
            .Check(Ids.Parse(r.FundId) is not null, "fundId", "is required (a fund id)")
            .Check(kind is not null && DonationRules.DonorKinds.Contains(kind), "donorKind", $"must be one of: {DonationRules.Join(DonationRules.DonorKinds)}")
            .Check(r.AmountFen is > 0, "amountFen", "must be a positive number of fen")
            .Check(r.AmountFen is null or <= DonationRules.MaxAmountFen, "amountFen", $"must be at most {DonationRules.MaxAmountFen} fen")
            .Check(r.Channel is not null && DonationRules.Channels.Contains(r.Channel), "channel", $"must be one of: {DonationRules.Join(DonationRules.Channels)}")
            .Check(r.ReceivedOn is not null, "receivedOn", "is required (yyyy-MM-dd)")
            .Check(r.ReceivedOn is null || r.ReceivedOn <= today, "receivedOn", "must not be in the future")
            .Check(r.Note is null || r.Note.Length <= DonationRules.MaxNoteChars, "note", $"must be at most {DonationRules.MaxNoteChars} characters")
            .Check(r.ContactName is null || r.ContactName.Trim().Length <= DonationRules.MaxContactNameChars, "contactName",
                $"must be at most {DonationRules.MaxContactNameChars} characters")
            .Check(Blank(r.ContactPhone) || PhonePattern().IsMatch(r.ContactPhone!.Trim()), "contactPhone", "is not a phone number");
        switch (kind)
        {
            case DonationRules.EnterpriseDonor:
                v.Check(Blank(r.EnterpriseId) != Blank(r.EnterpriseName), "enterpriseId", "give either enterpriseId (a registered enterprise) or enterpriseName")
                    .Check(Blank(r.EnterpriseId) || Ids.Parse(r.EnterpriseId) is not null, "enterpriseId", "is not a valid id")
                    .Check(r.EnterpriseName is null || r.EnterpriseName.Trim().Length <= DonationRules.MaxEnterpriseNameChars, "enterpriseName",
                        $"must be at most {DonationRules.MaxEnterpriseNameChars} characters")
                    .Check(Blank(r.MemberId), "memberId", "must be empty for an enterprise donor");
                break;
            case DonationRules.MemberDonor:
                v.Check(Ids.Parse(r.MemberId) is not null, "memberId", "is required for a member donor")
                    .Check(Blank(r.EnterpriseId) && Blank(r.EnterpriseName), "enterpriseId", "must be empty for a member donor");
                break;
            case DonationRules.AnonymousDonor:
                v.Check(Blank(r.EnterpriseId) && Blank(r.EnterpriseName) && Blank(r.MemberId), "donorKind", "an anonymous donor names no enterprise or member")
                    .Check(Blank(r.ContactName) && Blank(r.ContactPhone), "contactName", "an anonymous donor leaves no contact");
                break;
        }

        return v;
    }

    public static async Task<Results<Created<Donations.Donation>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, PiiProtector pii, TimeProvider clock,
        CancellationToken ct)
    {
        var v = Validate(request, DonationRules.TodayInChina(clock));
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var staffId = http.User.StaffId()!.Value;
        var fundId = Ids.Parse(request.FundId)!.Value;
        var year = request.ReceivedOn!.Value.Year;
        // The year's counter row exists before the recording transaction takes its lock (creating it there would let two first
        // donations of a year deadlock on the insert); this statement changes nothing once the row is there.
        await transactions.RunAsync((conn, tx) => conn.ExecuteAsync(new CommandDefinition(EnsureCounter, new { Year = year }, tx, cancellationToken: ct)), ct);

        return await transactions.RunAsync<Results<Created<Donations.Donation>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            var fund = await conn.QuerySingleOrDefaultAsync<FundRow>(new CommandDefinition(
                $"SELECT f.id AS Id, f.year AS Year FROM fund f WHERE f.id = @FundId AND {FundRules.InScopeSql}",
                new { FundId = fundId, ScopePath = scope.Path }, tx, cancellationToken: ct));
            if (fund is null)
            {
                return await idem.RefuseAsync(Problems.NotFound("fund"), ct);
            }

            if (fund.Year != year)
            {
                return await idem.RefuseAsync(Problems.Create(422, DonationProblems.FundYearMismatch,
                    "A donation counts for the fund of the year it was received.",
                    $"The fund is the {fund.Year} fund; the donation was received in {year}. Record it against that year's fund.",
                    new Dictionary<string, object?> { ["fundYear"] = fund.Year, ["receivedYear"] = year }), ct);
            }

            long? enterpriseId = null;
            long? memberId = null;
            if (request.DonorKind == DonationRules.EnterpriseDonor && Ids.Parse(request.EnterpriseId) is { } eid)
            {
                if (!await conn.ExecuteScalarAsync<bool>(new CommandDefinition("SELECT EXISTS (SELECT 1 FROM enterprise WHERE id = @Id)",
                        new { Id = eid }, tx, cancellationToken: ct)))
                {
                    return await idem.RefuseAsync(Problems.NotFound("enterprise"), ct);
                }

                enterpriseId = eid;
            }

            if (request.DonorKind == DonationRules.MemberDonor)
            {
                var member = await MemberLookup.FindVisibleAsync(conn, tx, scope, Ids.Parse(request.MemberId), ct);
                if (member is null || member.DeletedAt is not null)
                {
                    return await idem.RefuseAsync(Problems.NotFound("member"), ct);
                }

                memberId = member.Id;
            }

            // the counter row's lock serialises the year's recordings until this transaction ends; the seq is this transaction's own write
            await conn.ExecuteAsync(new CommandDefinition(NextSeq, new { Year = year }, tx, cancellationToken: ct));
            var seq = await conn.ExecuteScalarAsync<int>(new CommandDefinition(ReadSeq, new { Year = year }, tx, cancellationToken: ct));
            var donationId = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
            {
                FundId = fundId,
                Year = year,
                Seq = seq,
                request.DonorKind,
                EnterpriseId = enterpriseId,
                EnterpriseName = enterpriseId is null && request.DonorKind == DonationRules.EnterpriseDonor ? request.EnterpriseName!.Trim() : null,
                MemberId = memberId,
                ContactNameEnc = string.IsNullOrWhiteSpace(request.ContactName) ? null : pii.Encrypt(request.ContactName.Trim()),
                ContactPhoneEnc = string.IsNullOrWhiteSpace(request.ContactPhone) ? null : pii.Encrypt(request.ContactPhone.Trim()),
                request.AmountFen,
                request.Channel,
                ReceivedOn = request.ReceivedOn!.Value.ToDateTime(TimeOnly.MinValue),
                NoteEnc = string.IsNullOrWhiteSpace(request.Note) ? null : pii.Encrypt(request.Note.Trim()),
                StaffId = staffId,
                Now = now,
            }, tx, cancellationToken: ct));
            await conn.ExecuteAsync(new CommandDefinition(InsertLedger, new
            {
                FundId = fundId, Entry = "donation", Amount = request.AmountFen, DonationId = donationId, StaffId = staffId, Now = now,
            }, tx, cancellationToken: ct));
            await conn.ExecuteAsync(new CommandDefinition(AddDonated, new { FundId = fundId, Amount = request.AmountFen }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "donation.record", "donation", DonationRules.Id(donationId), new
            {
                fundId = DonationRules.Id(fundId), receiptNo = DonationRules.ReceiptNo(year, seq), request.AmountFen, request.DonorKind, request.Channel,
            }, ct);
            var view = await Donations.LoadAsync(conn, tx, donationId, pii, ct);
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, view, ct);
            return TypedResults.Created($"/api/v1/admin/donations/{view.Id}", view);
        }, ct);
    }
}
