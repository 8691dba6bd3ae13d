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
  if (a.result === "passed_over") return "候补资格已失效";
  if (a.result === "waiting") return a.position ? `未中签（候补第 ${a.position} 位）` : "未中签";
  return "已报名，待开奖";
}
