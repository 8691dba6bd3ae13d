/** A perk's state for staff at a given time. */
export function perkState(p: { startsAt?: string; endsAt?: string; stock?: number; claimed?: number }, now = Date.now()): { text: string; type: "info" | "success" | "warning" | "danger" } {
  const start = Date.parse(p.startsAt ?? "");
  const end = Date.parse(p.endsAt ?? "");
  if (!Number.isNaN(end) && end <= now) return { text: "已结束", type: "info" };
  if (!Number.isNaN(start) && start > now) return { text: "未开始", type: "warning" };
  if ((p.stock ?? 0) > 0 && (p.claimed ?? 0) >= (p.stock ?? 0)) return { text: "已领完", type: "danger" };
  return { text: "进行中", type: "success" };
}

/** Claimed as a share of stock, 0-100 (whole numbers), for a progress bar. */
export function claimedPercent(stock: number | undefined, claimed: number | undefined): number {
  if (!stock || stock <= 0) return 0;
  return Math.min(100, Math.floor(((claimed ?? 0) / stock) * 100));
}
