/**
 * Shapes API figures into ECharts options (pure functions, tested without a DOM). Money is fen in the API and yuan
 * (2 decimals) on the charts.
 */

export interface TimelinePoint { date?: string | null; newMembers?: number; newlyVerified?: number; members?: number; verifiedMembers?: number }
export interface PerkFigure { id?: string | null; title?: string | null; stock?: number; claimed?: number; redeemed?: number }
export interface FundFigure { id?: string | null; name?: string | null; budgetFen?: number; grantedFen?: number; disbursedFen?: number }

const palette = ["#c8161d", "#2f6fdb", "#e6a23c", "#67c23a", "#909399"];
const grid = { left: 56, right: 24, top: 48, bottom: 64, containLabel: true };

/** "2026-06-01" -> "6/1" for the x axis. */
export function shortDay(date: string): string {
  const m = /^\d{4}-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${Number(m[1])}/${Number(m[2])}` : date;
}

/** A long title cut for an axis label ("端午节粽子兑换券（限…"). */
export function clip(text: string, max = 8): string {
  return [...text].length > max ? [...text].slice(0, max).join("") + "…" : text;
}

export function fenToYuan(fen: number | null | undefined): number {
  return Math.round(fen ?? 0) / 100;
}

/** Members and verified members (running totals, lines) and new verifications per day (bars). */
export function membersTimelineOption(points: readonly TimelinePoint[]) {
  const days = points.map((p) => shortDay(p.date ?? ""));
  return {
    color: palette,
    tooltip: { trigger: "axis" },
    legend: { top: 8, data: ["会员总数", "已实名会员", "当日新增实名"] },
    grid,
    xAxis: { type: "category", data: days, boundaryGap: true },
    yAxis: [{ type: "value", name: "人", minInterval: 1 }, { type: "value", name: "当日", minInterval: 1, splitLine: { show: false } }],
    series: [
      { name: "会员总数", type: "line", symbolSize: 5, data: points.map((p) => p.members ?? 0) },
      { name: "已实名会员", type: "line", symbolSize: 5, data: points.map((p) => p.verifiedMembers ?? 0) },
      { name: "当日新增实名", type: "bar", yAxisIndex: 1, barMaxWidth: 14, data: points.map((p) => p.newlyVerified ?? 0) },
    ],
  };
}

/** How many perks and funds the dashboard's bar charts show (the CSV exports have them all). */
export const chartTop = 10;

const chineseCount: Record<number, string> = { 5: "五", 10: "十", 15: "十五", 20: "二十" };

/** 领取最多的前十项福利: the perk chart's title says it shows the `top` perks with the most claims only. */
export function perkChartTitle(top = chartTop): string {
  return `领取最多的前${chineseCount[top] ?? ` ${top} `}项福利：领取与核销`;
}

/** 预算前十的帮扶资金: the funds chart's title says it shows the `top` largest budgets only. */
export function fundChartTitle(top = chartTop): string {
  return `预算前${chineseCount[top] ?? ` ${top} `}的帮扶资金：预算与核定、拨付`;
}

/** Claimed, redeemed and stock per perk, the perks with the most claims first (at most `top`). */
export function perkClaimsOption(perks: readonly PerkFigure[], top = chartTop) {
  const shown = [...perks].sort((a, b) => (b.claimed ?? 0) - (a.claimed ?? 0)).slice(0, top);
  return {
    color: [palette[1], palette[0], "#dcdfe6"],
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 8, data: ["已领取", "已核销", "库存"] },
    grid,
    xAxis: { type: "category", data: shown.map((p) => clip(p.title ?? "")), axisLabel: { interval: 0, rotate: shown.length > 5 ? 30 : 0 } },
    yAxis: { type: "value", name: "张", minInterval: 1 },
    series: [
      { name: "已领取", type: "bar", barMaxWidth: 28, data: shown.map((p) => p.claimed ?? 0) },
      { name: "已核销", type: "bar", barMaxWidth: 28, data: shown.map((p) => p.redeemed ?? 0) },
      { name: "库存", type: "bar", barMaxWidth: 28, data: shown.map((p) => p.stock ?? 0) },
    ],
  };
}

/**
 * Budget, granted and disbursed yuan per fund, the largest budgets first (at most `top`: with every fund of a federation on
 * one axis the names ran into each other; the CSV export has them all).
 */
export function fundsOption(all: readonly FundFigure[], top = chartTop) {
  const funds = [...all].sort((a, b) => (b.budgetFen ?? 0) - (a.budgetFen ?? 0)).slice(0, top);
  return {
    color: ["#dcdfe6", palette[2], palette[3]],
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: (v: unknown) => `¥${Number(v).toFixed(2)}` },
    legend: { top: 8, data: ["预算", "已核定", "已拨付"] },
    grid,
    xAxis: { type: "category", data: funds.map((f) => clip(f.name ?? "")), axisLabel: { interval: 0, rotate: funds.length > 5 ? 30 : 0 } },
    yAxis: { type: "value", name: "元" },
    series: [
      { name: "预算", type: "bar", barMaxWidth: 28, data: funds.map((f) => fenToYuan(f.budgetFen)) },
      { name: "已核定", type: "bar", barMaxWidth: 28, data: funds.map((f) => fenToYuan(f.grantedFen)) },
      { name: "已拨付", type: "bar", barMaxWidth: 28, data: funds.map((f) => fenToYuan(f.disbursedFen)) },
    ],
  };
}

/** Share of verified members, 0-100 with one decimal (0 when there are no members). */
export function verifiedShare(members: number, verified: number): number {
  return members > 0 ? Math.round((verified / members) * 1000) / 10 : 0;
}

export interface DeclarationFigure { status?: string | null; award?: { amountFen?: number } | null }

const declarationOrder = ["submitted", "grassroots_approved", "in_notice", "approved", "rejected"] as const;
const declarationNames: Record<string, string> = {
  submitted: "待基层审核", grassroots_approved: "待区级审核", in_notice: "公示中", approved: "已批准", rejected: "未通过",
};

/** Hardship declarations per status (in review order) and the awarded total in fen. */
export function declarationOutcomes(items: readonly DeclarationFigure[]) {
  const counts = new Map<string, number>(declarationOrder.map((s) => [s, 0]));
  let awardedFen = 0;
  for (const d of items) {
    const s = d.status ?? "";
    counts.set(s, (counts.get(s) ?? 0) + 1);
    awardedFen += d.award?.amountFen ?? 0;
  }
  return { counts: [...counts].map(([status, count]) => ({ status, name: declarationNames[status] ?? status, count })), awardedFen };
}

/** Bars of declarations per status: the casework outcome of hardship aid. */
export function declarationOutcomesOption(items: readonly DeclarationFigure[]) {
  const { counts } = declarationOutcomes(items);
  const colors: Record<string, string> = { approved: palette[3]!, rejected: palette[4]!, in_notice: palette[2]! };
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    grid,
    xAxis: { type: "category", data: counts.map((c) => c.name), axisLabel: { interval: 0 } },
    yAxis: { type: "value", name: "件", minInterval: 1 },
    series: [{
      name: "申报", type: "bar", barMaxWidth: 36,
      data: counts.map((c) => ({ value: c.count, itemStyle: { color: colors[c.status] ?? palette[1] } })),
      label: { show: true, position: "top" },
    }],
  };
}

export interface ProgressFigure { name?: string | null; enterpriseName?: string | null; allocated?: number; received?: number; handedOut?: number }

/** Allocated, received and handed out per enterprise (or per distribution): how far goods have reached the workers. */
export function distributionProgressOption(rows: readonly ProgressFigure[], top = 15) {
  const shown = rows.slice(0, top);
  const label = (r: ProgressFigure) => clip(r.name ?? r.enterpriseName ?? "");
  return {
    color: ["#dcdfe6", palette[1], palette[3]],
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 8, data: ["已分配", "已签收", "已发放"] },
    grid,
    xAxis: { type: "category", data: shown.map(label), axisLabel: { interval: 0, rotate: shown.length > 5 ? 30 : 0 } },
    yAxis: { type: "value", name: "份", minInterval: 1 },
    series: [
      { name: "已分配", type: "bar", barMaxWidth: 28, data: shown.map((r) => r.allocated ?? 0) },
      { name: "已签收", type: "bar", barMaxWidth: 28, data: shown.map((r) => r.received ?? 0) },
      { name: "已发放", type: "bar", barMaxWidth: 28, data: shown.map((r) => r.handedOut ?? 0) },
    ],
  };
}

export interface LegalFigures { won?: number; partlyWon?: number; lost?: number; settled?: number; withdrawn?: number; refused?: number }

/** Legal aid cases by outcome in a year (closed ones by outcome, and the refused applications). */
export function legalOutcomesOption(f: LegalFigures | null | undefined) {
  const data = [
    { name: "胜诉", value: f?.won ?? 0 }, { name: "部分胜诉", value: f?.partlyWon ?? 0 }, { name: "调解和解", value: f?.settled ?? 0 },
    { name: "败诉", value: f?.lost ?? 0 }, { name: "撤回", value: f?.withdrawn ?? 0 }, { name: "不予受理", value: f?.refused ?? 0 },
  ];
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    grid,
    xAxis: { type: "category", data: data.map((d) => d.name), axisLabel: { interval: 0 } },
    yAxis: { type: "value", name: "件", minInterval: 1 },
    series: [{ name: "案件", type: "bar", barMaxWidth: 36, label: { show: true, position: "top" },
      data: data.map((d, i) => ({ value: d.value, itemStyle: { color: [palette[3], "#95d475", palette[1], palette[0], palette[4], "#c0c4cc"][i] } })) }],
  };
}

export interface CoverageFigure { name?: string | null; signedShare?: number | null; workersCongressShare?: number | null }

/** Per organisation: the share of unionised enterprises with a signed agreement and with a workers' congress (%). */
export function coverageOption(rows: readonly CoverageFigure[]) {
  const pct = (v: number | null | undefined) => (v == null ? 0 : Math.round(v * 1000) / 10);
  return {
    color: [palette[0], palette[1]],
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: (v: unknown) => `${v}%` },
    legend: { top: 8, data: ["集体合同签订率", "职代会覆盖率"] },
    grid,
    xAxis: { type: "category", data: rows.map((r) => clip(r.name ?? "")), axisLabel: { interval: 0, rotate: rows.length > 5 ? 30 : 0 } },
    yAxis: { type: "value", name: "%", max: 100 },
    series: [
      { name: "集体合同签订率", type: "bar", barMaxWidth: 28, data: rows.map((r) => pct(r.signedShare)) },
      { name: "职代会覆盖率", type: "bar", barMaxWidth: 28, data: rows.map((r) => pct(r.workersCongressShare)) },
    ],
  };
}

export interface SurveyOptionFigure { label?: string | null; count?: number; percent?: number }

/** One survey question's answers: a horizontal bar per option (in the question's order, top down) with its count and share. */
export function surveyQuestionOption(options: readonly SurveyOptionFigure[]) {
  const shown = [...options].reverse(); // a category axis draws its first entry at the bottom
  return {
    color: [palette[0]],
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    grid: { left: 16, right: 72, top: 16, bottom: 16, containLabel: true },
    xAxis: { type: "value", name: "人", minInterval: 1 },
    yAxis: { type: "category", data: shown.map((o) => clip(o.label ?? "", 12)), axisLabel: { interval: 0 } },
    series: [{
      name: "人数", type: "bar", barMaxWidth: 24,
      label: { show: true, position: "right", formatter: (p: { dataIndex: number }) => `${shown[p.dataIndex]?.count ?? 0}（${shown[p.dataIndex]?.percent ?? 0}%）` },
      data: shown.map((o) => o.count ?? 0),
    }],
  };
}
