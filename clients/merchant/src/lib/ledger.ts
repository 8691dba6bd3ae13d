import type { DayRedemption } from "@unionhub/sdk";

/** A China calendar day, yyyy-MM-dd, of an instant (ms since epoch). */
export function chinaDate(ms: number): string {
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export type PeriodKey = "today" | "yesterday" | "thisWeek" | "thisMonth" | "lastMonth";

export const periodLabels: Record<PeriodKey, string> = {
  today: "今天", yesterday: "昨天", thisWeek: "本周", thisMonth: "本月", lastMonth: "上月",
};

/** The days of a preset period around `now` (China time; weeks start on Monday). */
export function period(key: PeriodKey, now: number): { from: string; to: string } {
  const today = chinaDate(now);
  switch (key) {
    case "today": return { from: today, to: today };
    case "yesterday": { const d = addDays(today, -1); return { from: d, to: d }; }
    case "thisWeek": {
      const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
      return { from: addDays(today, -weekday), to: today };
    }
    case "thisMonth": return { from: `${today.slice(0, 8)}01`, to: today };
    case "lastMonth": {
      const firstOfThis = `${today.slice(0, 8)}01`;
      const last = addDays(firstOfThis, -1);
      return { from: `${last.slice(0, 8)}01`, to: last };
    }
  }
}

export const maxSettlementDays = 93;

/** Why a chosen period cannot be asked for (the API's rules), or null. */
export function periodProblem(from: string, to: string): string | null {
  const re = /^\d{4}-\d{2}-\d{2}$/;
  if (!re.test(from) || !re.test(to) || Number.isNaN(Date.parse(`${from}T00:00:00Z`)) || Number.isNaN(Date.parse(`${to}T00:00:00Z`))) {
    return "请选择开始和结束日期";
  }
  if (to < from) return "结束日期不能早于开始日期";
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  if (days > maxSettlementDays) return `一次最多查询 ${maxSettlementDays} 天`;
  return null;
}

export type VoidState = { kind: "voided" } | { kind: "voidable"; minutesLeft: number } | { kind: "final" };

/** Whether a redemption of the list may still be voided at `now` (the API says until when; null means no more). */
export function voidState(item: Pick<DayRedemption, "voidedAt" | "voidableUntil">, now: number): VoidState {
  if (item.voidedAt) return { kind: "voided" };
  if (!item.voidableUntil) return { kind: "final" };
  const left = Date.parse(item.voidableUntil) - now;
  return left > 0 ? { kind: "voidable", minutesLeft: Math.max(1, Math.ceil(left / 60_000)) } : { kind: "final" };
}

/** Count and total of the redemptions that stand (voided ones left out), as the settlement counts them. */
export function standing(items: readonly Pick<DayRedemption, "voidedAt" | "faceValueFen">[]): { count: number; totalFen: number } {
  const kept = items.filter((i) => !i.voidedAt);
  return { count: kept.length, totalFen: kept.reduce((sum, i) => sum + i.faceValueFen, 0) };
}
