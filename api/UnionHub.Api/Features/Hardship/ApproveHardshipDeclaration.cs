using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Funds;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Hardship.Approve;

namespace UnionHub.Api.Features.Hardship;

public static class ApproveHardshipDeclaration
{
    private sealed record Terms(string Title, long FundId, long? StandardFen, long? CapFen, long MaxGrantFen);

    private const string ApproveDeclaration = """
        UPDATE hardship_declaration SET status = 'approved', updated_at = @Now
        WHERE id = @Id AND status = 'in_notice' AND open_objections = 0 AND notice_ends_at <= @Now
        """;

    private const string InsertAward = """
        INSERT INTO hardship_award (round_id, member_id, declaration_id, tier, amount_fen, approved_by, approved_at)
        VALUES (@RoundId, @MemberId, @DeclarationId, @Tier, @Amount, @StaffId, @Now);
        SELECT LAST_INSERT_ID();
        """;

    private const string InsertApplication = """
        INSERT INTO fund_application (fund_id, member_id, category, requested_fen, reason_enc, contact_phone_enc, status, open_key, granted_fen,
                                      created_at, submitted_at, decided_at, updated_at)
        VALUES (@FundId, @MemberId, @Category, @Amount, @Reason, @Phone, 'approved', NULL, @Amount, @Now, @Now, @Now, @Now);
        SELECT LAST_INSERT_ID();
        """;

    private static ProblemHttpResult OverCap(long capFen, string detail) =>
        Problems.Create(422, HardshipProblems.AwardOverCap, "The award exceeds the tier's cap in this round (or the fund's maximum grant).",
            detail, new Dictionary<string, object?> { ["capFen"] = capFen });

    public static async Task<Results<Ok<Declarations.Declaration>, ProblemHttpResult>> Handle(
        string id, ApproveRequest request, HttpContext http, Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator()
            .Check(request.AmountFen is null or > 0, "amountFen", "must be a positive number of fen")
            .Check(request.Note is null || request.Note.Length <= 2000, "note", "must be at most 2000 characters");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var staffId = http.User.StaffId()!.Value;
        return await transactions.RunAsync<Results<Ok<Declarations.Declaration>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var (scope, row, refusal) = await Declarations.ForDistrictAsync(conn, tx, http.User, id, ct);
            if (row is null)
            {
                return refusal!;
            }

            var terms = await conn.QuerySingleAsync<Terms>(new CommandDefinition("""
                SELECT r.title, r.fund_id AS FundId, t.standard_fen AS StandardFen, t.cap_fen AS CapFen, f.max_grant_fen AS MaxGrantFen
                FROM hardship_round r JOIN fund f ON f.id = r.fund_id
                LEFT JOIN hardship_round_tier t ON t.round_id = r.id AND t.tier = @Tier
                WHERE r.id = @RoundId
                """, new { row.RoundId, row.Tier }, tx, cancellationToken: ct));
            if (!await Funds.FundRules.IsUsableAsync(conn, tx, scope, terms.FundId, ct))
            {
                return Problems.NotFound("fund"); // the round's fund belongs to an organisation above the caller's
            }

            if (terms.StandardFen is not { } standard || terms.CapFen is not { } tierCap)
            {
                return Problems.Create(422, HardshipProblems.AwardNoTierAmount, "The round sets no amount for the declaration's tier.", $"Tier {row.Tier}.");
            }

            var amount = request.AmountFen ?? standard;
            var cap = Math.Min(tierCap, terms.MaxGrantFen);
            if (amount > cap)
            {
                return OverCap(cap, $"At most {cap} fen.");
            }

            if (await conn.ExecuteAsync(new CommandDefinition(ApproveDeclaration, new { row.Id, Now = now }, tx, cancellationToken: ct)) != 1)
            {
                var current = await conn.QuerySingleAsync<(string Status, int OpenObjections, DateTime? NoticeEndsAt)>(new CommandDefinition(
                    "SELECT status, open_objections, notice_ends_at FROM hardship_declaration WHERE id = @Id FOR UPDATE", new { row.Id }, tx,
                    cancellationToken: ct));
                return current switch
                {
                    { Status: HardshipRules.Withdrawn } => Problems.Create(409, HardshipProblems.DeclarationWithdrawn,
                        "The declaration was withdrawn (the member deleted their account); it cannot be approved or paid."),
                    { Status: not HardshipRules.InNotice } => HardshipRules.WrongState(HardshipRules.InNotice, current.Status),
                    { OpenObjections: > 0 } => Problems.Create(409, HardshipProblems.DeclarationObjectionOpen,
                        "An objection to this declaration is still open; resolve it first.", $"{current.OpenObjections} open."),
                    _ => Problems.Create(409, HardshipProblems.DeclarationNoticeRunning, "The public notice has not ended yet.",
                        $"It ends at {current.NoticeEndsAt.ToChina():yyyy-MM-dd HH:mm}.",
                        new Dictionary<string, object?> { ["noticeEndsAt"] = current.NoticeEndsAt.ToChina() }),
                };
            }

            long awardId;
            try
            {
                awardId = await conn.ExecuteScalarAsync<long>(new CommandDefinition(InsertAward, new
                {
                    row.RoundId, row.MemberId, DeclarationId = row.Id, row.Tier, Amount = amount, StaffId = staffId, Now = now,
                }, tx, cancellationToken: ct));
            }
            catch (MySqlException ex) when (ex.IsDuplicateKey())
            {
                return Problems.Create(409, HardshipProblems.HardshipAlreadyAwarded, "The member already has an award from this round.");
            }

            // the money, as a review meeting books it (FundGrants): the fund row locked first (it also says the fund's kind: a round left on a
            // fund that pays mutual-aid claims only grants nothing from it), the approved application, then the booking, whose conditional
            // update is the one budget check (racing approvals queue on the fund row's lock and the later one sees the earlier's grant)
            // the fund's maximum grant is read again with the lock: the first read above is the transaction's snapshot, taken before
            // the lock, so a budget cut that lowered the maximum meanwhile would not be in it (ADR 0021)
            var fund = await conn.QuerySingleAsync<(string Kind, long MaxGrantFen)>(new CommandDefinition(
                "SELECT kind, max_grant_fen FROM fund WHERE id = @FundId FOR UPDATE", new { terms.FundId }, tx, cancellationToken: ct));
            if (!FundRules.TakesReliefCases(fund.Kind))
            {
                return FundRules.MutualAidOnly();
            }

            if (amount > fund.MaxGrantFen)
            {
                var lowered = Math.Min(tierCap, fund.MaxGrantFen);
                return OverCap(lowered, $"At most {lowered} fen (the fund's maximum grant was lowered while this approval waited).");
            }

            var phone = await conn.ExecuteScalarAsync<byte[]?>(new CommandDefinition("SELECT phone_enc FROM member WHERE id = @MemberId",
                new { row.MemberId }, tx, cancellationToken: ct)) ?? pii.Encrypt("");
            var applicationId = await conn.ExecuteScalarAsync<long>(new CommandDefinition(InsertApplication, new
            {
                terms.FundId, row.MemberId, Category = HardshipRules.FundCategory(row.Reason), Amount = amount,
                Reason = pii.Encrypt($"困难帮扶：{terms.Title}（申报 {row.Id.Text()}）"), Phone = phone, Now = now,
            }, tx, cancellationToken: ct));
            await FundRules.HistoryAsync(conn, tx, applicationId, now, http, null, FundRules.Approved,
                $"hardship award {awardId.Text()} (declaration {row.Id.Text()})", ct);
            if (await FundGrants.BookAsync(conn, tx, terms.FundId, amount, applicationId, null, staffId, now, ct) is { } refused)
            {
                // the money there but promised to published grant lotteries: 409 fund.promised_to_lottery (ADR 0018, 2026-12-04 evening)
                return refused.IsPromised
                    ? refused.PromisedProblem()
                    : Problems.Create(409, HardshipProblems.FundBudgetExceeded, "The round's fund has not enough budget left for this award.",
                        $"The fund can still grant {refused.RemainingFen} fen.", new Dictionary<string, object?> { ["remainingFen"] = refused.RemainingFen });
            }
            await conn.ExecuteAsync(new CommandDefinition("UPDATE hardship_award SET fund_application_id = @applicationId WHERE id = @awardId",
                new { applicationId, awardId }, tx, cancellationToken: ct));

            await HardshipRules.HistoryAsync(conn, tx, row.Id, now, http, HardshipRules.InNotice, HardshipRules.Approved,
                $"award {amount} fen" + (request.Note is null ? "" : $"; {request.Note}"), ct);
            await HardshipRules.NotifyAsync(conn, tx, now, row.MemberId, row.Id, row.RoundId, HardshipRules.Approved, amount, ct);
            await Audit.WriteAsync(conn, tx, http, "hardship_declaration.approve", "hardship_declaration", row.Id.Text(),
                new { awardId = awardId.Text(), amountFen = amount, fundApplicationId = applicationId.Text() }, ct);
            var view = (await Declarations.LoadAsync(conn, tx, row.Id, pii, ct))!;
            return TypedResults.Ok(view);
        }, ct, System.Data.IsolationLevel.ReadCommitted); // the lotteries' promises read after the fund's lock (FundGrants.BookAsync)
    }
}
