import type { components } from "@unionhub/sdk";

export type MemberLottery = components["schemas"]["Lotteries.LotteryRules.MemberLotteryResponse"];
export type MyLotteryApplication = NonNullable<MemberLottery["myApplication"]>;
export type LotteryDrawRecord = components["schemas"]["Lotteries.LotteryRules.DrawRecord"];

/** The lottery's state for a member: "报名中", "已截止，待开奖", "已开奖". */
export function lotteryStateText(l: Pick<MemberLottery, "status" | "accepting">): string {
  if (l.status === "drawn") return "已开奖";
  if (l.status === "closed") return "报名已截止，待开奖";
  return l.accepting ? "报名中" : "报名尚未开始";
}

/** The member's application in words: "已报名，待开奖", "中签", "未中签（候补第 3 位）", "已放弃名额". */
export function applicationText(a: Pick<MyLotteryApplication, "result" | "position"> & { promoted?: boolean }): string {
  if (a.result === "won") return a.promoted ? "候补递补中签" : "中签";
  if (a.result === "declined") return "已放弃名额";
  if (a.result === "lapsed") return "奖品券逾期未使用，名额已转给候补";
  if (a.result === "passed_over") return "候补资格已失效";
  if (a.result === "waiting") return a.position ? `未中签（候补第 ${a.position} 位）` : "未中签";
  return "已报名，待开奖";
}

/** The prize in words: "体育消费券", or for a fund grant "学历提升补助 补助 500.00 元". */
export function prizeText(l: { perkTitle: string; prizeKind?: string; grantFen?: number | null }): string {
  return l.prizeKind === "fund_grant" && l.grantFen != null ? `${l.perkTitle} 补助 ${(l.grantFen / 100).toFixed(2)} 元` : l.perkTitle;
}

/** The member's weight in the draw: "×3（劳模）", "×1". */
export function weightText(a: Pick<MyLotteryApplication, "weight"> & { weightTags?: { label: string }[] }): string {
  const tags = (a.weightTags ?? []).map((t) => t.label).join("、");
  return tags ? `×${a.weight}（${tags}）` : `×${a.weight}`;
}
