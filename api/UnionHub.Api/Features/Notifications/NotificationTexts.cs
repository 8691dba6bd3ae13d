using System.Globalization;
using System.Text.Json;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Notifications;

/// <summary>
/// What a notice says, in Chinese, rendered from its kind and payload when it is read (inbox) or sent (SMS): the payload holds
/// ids, titles, amounts and dates only, so the text carries no personal data. <see cref="Link"/> is a member H5 route.
/// </summary>
public static class NotificationTexts
{
    public sealed record Text(string Title, string Body, string? Link);

    /// <param name="extra">Kind-specific text kept outside the payload (a broadcast's body and link), when the caller loaded it.</param>
    public static Text Render(string kind, string payload, Text? extra = null)
    {
        JsonElement p;
        try
        {
            p = JsonDocument.Parse(payload).RootElement;
        }
        catch (JsonException)
        {
            p = default;
        }

        string S(string name) => p.ValueKind == JsonValueKind.Object && p.TryGetProperty(name, out var v)
            ? v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : v.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? "" : v.GetRawText()
            : "";
        string Yuan(string name) => long.TryParse(S(name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var fen)
            ? (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture) : "";

        return kind switch
        {
            NotificationKinds.ClaimSucceeded => new("领取成功", $"您已领取「{S("perkTitle")}」，有效期至 {S("validUntil")}，可在卡包中查看。", "/wallet"),
            NotificationKinds.VoucherExpiring => new("券即将到期", $"您的「{S("perkTitle")}」将于 {S("validUntil")} 到期，请尽快使用。", "/wallet"),
            NotificationKinds.FundDecided when S("decision") == "approved" =>
                new("帮扶申请已批准", $"您的帮扶申请已批准，核定金额 {Yuan("grantedFen")} 元，发放后另行通知。", $"/fund-applications/{S("applicationId")}"),
            NotificationKinds.FundDecided => new("帮扶申请未获批准", "您的帮扶申请经评审未获批准，详情请查看申请进度。", $"/fund-applications/{S("applicationId")}"),
            NotificationKinds.FundPaid => new("帮扶资金已发放",
                $"已向您发放帮扶资金 {Yuan("amountFen")} 元{(S("paidInFull") == "true" ? "，已全部发放" : "")}。", $"/fund-applications/{S("applicationId")}"),
            NotificationKinds.CaseProgress => new("法律援助案件进展", $"您的法律援助案件 {S("caseNo")} 有新进展：{CaseEvent(S("event"), S("status"))}。", null),
            NotificationKinds.HardshipDecided when S("status") == "approved" =>
                new("困难帮扶申报已通过", $"您的困难帮扶申报已审批通过{(Yuan("amountFen") is { Length: > 0 } y ? $"，帮扶金额 {y} 元" : "")}。", null),
            NotificationKinds.HardshipDecided => new("困难帮扶申报未通过", "您的困难帮扶申报未通过审核，如有疑问请联系所在工会。", null),
            NotificationKinds.SurveyOpened => new("物资需求调查已开始", $"「{S("roundTitle")}」需求调查已开始，请在 {S("closesAt")} 前选择物资套餐。", null),
            NotificationKinds.Broadcast => new(S("title"), extra?.Body ?? "", extra?.Link),
            NotificationKinds.MembershipChanged => S("event") switch
            {
                "join_approved" => new("入会申请已批准", $"您已成为「{S("orgName")}」会员，可在「我的」查看会员卡。", "/me"),
                "join_refused" => new("入会申请未获批准", $"「{S("orgName")}」未批准您的入会申请，原因请在入会申请中查看。", "/join"),
                "transferred" => new("会员关系已转移", $"您的会员关系已转入「{S("orgName")}」。", "/me"),
                "transfer_refused" => new("转会申请未获批准", $"「{S("orgName")}」未批准您的转会申请，原因请在转会申请中查看。", "/me/transfer"),
                "left" => new("已退出工会", $"您已退出「{S("orgName")}」，会员资格随之终止。", "/me"),
                _ => new("会员关系变动", "您的会员关系有变动，请在「我的」查看。", "/me"),
            },
            NotificationKinds.ActivityPromoted => new("活动候补转正",
                $"有人取消了报名，您已从候补转为正式报名「{S("activityTitle")}」，活动时间 {S("startsAt")}，请准时参加。", $"/activities/{S("activityId")}"),
            NotificationKinds.ActivityChanged => new("活动时间地点变更",
                $"您报名的「{S("activityTitle")}」时间或地点有变更：{S("startsAt")}，{S("venue")}。如不能参加，请在截止前取消报名。",
                $"/activities/{S("activityId")}"),
            NotificationKinds.ActivityCancelled => new("活动已取消",
                $"您报名的「{S("activityTitle")}」（{S("startsAt")}）已取消，原因请查看活动详情。", $"/activities/{S("activityId")}"),
            NotificationKinds.LotteryDrawn when S("won") == "true" && S("fundApplicationId") != "" => new(
                S("promoted") == "true" ? "抽签候补递补：中签" : "抽签结果：中签",
                $"{(S("promoted") == "true" ? "「" + S("lotteryTitle") + "」有名额空出，您按公示的候补顺序递补中签" : "恭喜！您在「" + S("lotteryTitle") + "」抽签中中签")}，"
                + $"「{S("perkTitle")}」补助 {Yuan("grantFen")} 元已核准，发放后另行通知。", $"/fund-applications/{S("fundApplicationId")}"),
            NotificationKinds.LotteryDrawn when S("promoted") == "true" => new("抽签候补递补：中签",
                $"「{S("lotteryTitle")}」有中签者放弃名额，您按公示的候补顺序递补中签，「{S("perkTitle")}」已发放到卡包。", $"/lotteries/{S("lotteryId")}"),
            NotificationKinds.LotteryDrawn when S("won") == "true" => new("抽签结果：中签",
                $"恭喜！您在「{S("lotteryTitle")}」抽签中中签，「{S("perkTitle")}」已发放到卡包。", $"/lotteries/{S("lotteryId")}"),
            NotificationKinds.LotteryDrawn => new("抽签结果：未中签",
                $"「{S("lotteryTitle")}」已开奖，您未中签（公示的候补顺序第 {S("position")} 位）。", $"/lotteries/{S("lotteryId")}"),
            NotificationKinds.MutualAidClaimProgress => S("event") switch
            {
                "approved" => new("互助保障理赔已核准",
                    $"您在「{S("planName")}」的理赔申请已核准，核定金额 {Yuan("amountFen")} 元，付款后另行通知。", MutualAidClaimLink(S("claimId"))),
                "rejected" => new("互助保障理赔未获核准",
                    $"您在「{S("planName")}」的理赔申请未获核准。{(extra is { Body.Length: > 0 } ? $"原因：{extra.Body}" : "原因请在理赔记录中查看。")}",
                    MutualAidClaimLink(S("claimId"))),
                "paid" => new("互助保障理赔款已支付", $"您在「{S("planName")}」的理赔款 {Yuan("amountFen")} 元已支付。", MutualAidClaimLink(S("claimId"))),
                _ => new("互助保障理赔进展", "您的理赔申请有新进展，请在互助保障中查看。", MutualAidClaimLink(S("claimId"))),
            },
            _ => new("通知", "您有一条新通知。", null),
        };
    }

    /// <summary>The member app's mutual-aid page, opened at the claim.</summary>
    private static string MutualAidClaimLink(string claimId) => $"/mutual-aid?claim={claimId}";

    private static string CaseEvent(string action, string status) => action switch
    {
        "accept" => "已受理",
        "refuse" => "不予受理",
        "assign" => "已指派律师",
        "close" => "已结案",
        "note" => "律师或工作人员给您留言",
        "stage" => "进入" + status switch
        {
            "consultation" => "咨询",
            "mediation" => "调解",
            "arbitration" => "仲裁",
            "litigation" => "诉讼",
            _ => "新",
        } + "阶段",
        _ => "状态已更新",
    };
}
