import { parseYuan } from "./format";

/** The step a declaration waits for, as the console offers it (the API decides who may take it). */
export type DeclarationStep = "grassroots" | "district" | "notice" | "approve" | "done";

export interface DeclarationLike { status?: string | null; noticeEndsAt?: string | null; openObjections?: number }

/**
 * What can be done with a declaration now: grassroots review of a submitted one, district review after it, and in
 * notice either waiting (objections to resolve, or the notice still running) or the final approval.
 */
export function declarationStep(d: DeclarationLike, now: Date = new Date()): DeclarationStep {
  switch (d.status) {
    case "submitted": return "grassroots";
    case "grassroots_approved": return "district";
    case "in_notice":
      if ((d.openObjections ?? 0) > 0) return "notice";
      return d.noticeEndsAt && new Date(d.noticeEndsAt).getTime() <= now.getTime() ? "approve" : "notice";
    default: return "done";
  }
}

export interface TierInput { tier: string; enabled: boolean; standardYuan: string; capYuan: string }
export interface PackageInput { name: string; items: string }

/** The tiers and packages of the round form as the API takes them, or the first problem in Chinese. */
export function roundAmounts(tiers: readonly TierInput[], packages: readonly PackageInput[]):
  { tiers: { tier: string; standardFen: number; capFen: number }[]; packages: { name: string; items: string[] }[] } | { error: string } {
  const chosen = tiers.filter((t) => t.enabled);
  if (!chosen.length) return { error: "请至少设置一个档次的救助标准" };
  const outTiers = [];
  for (const t of chosen) {
    const standardFen = parseYuan(t.standardYuan);
    const capFen = parseYuan(t.capYuan || t.standardYuan);
    if (standardFen === null || standardFen <= 0) return { error: "救助标准请填写大于 0 的金额（元）" };
    if (capFen === null || capFen < standardFen) return { error: "上限不能低于救助标准" };
    outTiers.push({ tier: t.tier, standardFen, capFen });
  }
  const outPackages = [];
  for (const p of packages) {
    const name = p.name.trim();
    const items = p.items.split(/[\n,，、;；]+/).map((i) => i.trim()).filter(Boolean);
    if (!name && !items.length) continue;
    if (!name) return { error: "每个物资包都要有名称" };
    if (!items.length) return { error: `物资包「${name}」至少要有一项物品` };
    outPackages.push({ name, items });
  }
  if (new Set(outPackages.map((p) => p.name)).size !== outPackages.length) return { error: "物资包名称不能重复" };
  return { tiers: outTiers, packages: outPackages };
}

/** Round ids the console knows (created here, typed in, or seen in declarations), newest first, without repeats. */
export function mergeRoundIds(...lists: readonly (readonly (string | null | undefined)[])[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const list of lists) for (const id of list) if (id && !seen.has(id)) { seen.add(id); out.push(id); }
  return out.sort((a, b) => Number(b) - Number(a));
}

const ROUNDS_KEY = "unionhub.console.hardshipRounds";

/**
 * Rounds opened by number in this browser, shown beside those `GET /admin/hardship/rounds` lists (the caller's subtree).
 */
export function rememberedRoundIds(storage: Pick<Storage, "getItem"> = localStorage): string[] {
  try {
    const ids = JSON.parse(storage.getItem(ROUNDS_KEY) ?? "[]");
    return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === "string") : [];
  } catch { return []; }
}
export function rememberRoundId(id: string, storage: Pick<Storage, "getItem" | "setItem"> = localStorage): void {
  storage.setItem(ROUNDS_KEY, JSON.stringify(mergeRoundIds([id], rememberedRoundIds(storage)).slice(0, 50)));
}
