import type { Perk } from "@unionhub/sdk";

/** What the claim button of a perk shows. `claiming` is the moment the claim request is in flight. */
export type ClaimState = "not_started" | "open" | "claiming" | "claimed" | "sold_out" | "limit_reached" | "ended";

export const claimLabels: Record<ClaimState, string> = {
  not_started: "未开始",
  open: "立即领取",
  claiming: "抢购中",
  claimed: "已领取",
  sold_out: "已抢光",
  limit_reached: "已达上限",
  ended: "已结束",
};

/** The state at `now` (ms since epoch). What the member holds comes first: a claimed perk stays "claimed" when it sells out. */
export function claimState(perk: Pick<Perk, "startsAt" | "endsAt" | "remaining" | "perMemberLimit" | "claimedByMe">, now: number, claiming = false): ClaimState {
  if (claiming) return "claiming";
  const limit = Math.max(1, perk.perMemberLimit);
  if (perk.claimedByMe >= limit) return limit === 1 ? "claimed" : "limit_reached";
  if (now >= Date.parse(perk.endsAt)) return "ended";
  if (perk.remaining <= 0) return "sold_out";
  if (now < Date.parse(perk.startsAt)) return "not_started";
  return "open";
}

/** "2 天 03:04:05" or "03:04:05" for a time span in ms (never negative). */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(total / 86400);
  const pad = (n: number) => String(n).padStart(2, "0");
  const hms = `${pad(Math.floor((total % 86400) / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
  return days > 0 ? `${days} 天 ${hms}` : hms;
}
