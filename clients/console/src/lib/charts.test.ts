import { describe, expect, it } from "vitest";
import { chartTop, clip, fenToYuan, fundChartTitle, fundsOption, membersTimelineOption, perkChartTitle, perkClaimsOption, shortDay, surveyQuestionOption, verifiedShare } from "./charts";

describe("membersTimelineOption", () => {
  it("puts one x label per day and the running totals and daily verifications in their series", () => {
    const option = membersTimelineOption([
      { date: "2026-05-31", newMembers: 2, newlyVerified: 1, members: 10, verifiedMembers: 4 },
      { date: "2026-06-01", newMembers: 0, newlyVerified: 3, members: 10, verifiedMembers: 7 },
    ]);
    expect(option.xAxis.data).toEqual(["5/31", "6/1"]);
    expect(option.series.map((s) => s.name)).toEqual(["会员总数", "已实名会员", "当日新增实名"]);
    expect(option.series[0]!.data).toEqual([10, 10]);
    expect(option.series[1]!.data).toEqual([4, 7]);
    expect(option.series[2]!.data).toEqual([1, 3]);
    expect(option.series[2]!.yAxisIndex).toBe(1);
  });
  it("treats missing counts as 0", () => {
    expect(membersTimelineOption([{ date: "2026-06-01" }]).series.map((s) => s.data)).toEqual([[0], [0], [0]]);
  });
});

describe("perkClaimsOption", () => {
  it("shows the most claimed perks first, at most `top`, with claimed, redeemed and stock", () => {
    const perks = [
      { id: "1", title: "端午粽子", stock: 100, claimed: 5, redeemed: 1 },
      { id: "2", title: "夏日清凉超市代金券", stock: 50, claimed: 50, redeemed: 20 },
      { id: "3", title: "电影票", stock: 10, claimed: 7, redeemed: 0 },
    ];
    const option = perkClaimsOption(perks, 2);
    expect(option.xAxis.data).toEqual(["夏日清凉超市代金…", "电影票"]);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([["已领取", [50, 7]], ["已核销", [20, 0]], ["库存", [50, 10]]]);
    expect(perks.map((p) => p.id)).toEqual(["1", "2", "3"]); // the input is not reordered
  });
});

describe("fundsOption", () => {
  it("turns fen into yuan for budget, granted and disbursed", () => {
    const option = fundsOption([{ name: "金秋助学", budgetFen: 100_000_00, grantedFen: 12_345, disbursedFen: 5 }]);
    expect(option.xAxis.data).toEqual(["金秋助学"]);
    expect(option.series.map((s) => s.data)).toEqual([[100000], [123.45], [0.05]]);
    expect(option.tooltip.valueFormatter(123.4)).toBe("¥123.40");
    expect(option.xAxis.axisLabel.rotate).toBe(0);
  });

  it("shows the largest budgets first, at most `top`, with the names slanted when there are more than five", () => {
    const funds = Array.from({ length: 14 }, (_, i) => ({ name: `资金${i}`, budgetFen: (i % 7) * 100_00 + i, grantedFen: 0, disbursedFen: 0 }));
    const option = fundsOption(funds);
    expect(option.xAxis.data).toEqual(["资金13", "资金6", "资金12", "资金5", "资金11", "资金4", "资金10", "资金3", "资金9", "资金2"]);
    expect(option.series[0]!.data).toEqual([600.13, 600.06, 500.12, 500.05, 400.11, 400.04, 300.1, 300.03, 200.09, 200.02]);
    expect(option.xAxis.axisLabel.rotate).toBe(30);
    expect(funds[0]!.name).toBe("资金0"); // the input is not reordered
  });
});

describe("chart titles", () => {
  it("say that the perk and funds charts show the top ten only", () => {
    expect(chartTop).toBe(10);
    expect(perkChartTitle()).toBe("领取最多的前十项福利：领取与核销");
    expect(fundChartTitle()).toBe("预算前十的帮扶资金：预算与核定、拨付");
    expect(fundChartTitle(7)).toBe("预算前 7 的帮扶资金：预算与核定、拨付");
    const many = Array.from({ length: 12 }, (_, i) => ({ id: String(i), title: `福利${i}`, stock: 10, claimed: i, redeemed: 0 }));
    expect(perkClaimsOption(many).xAxis.data).toHaveLength(chartTop); // the number the title names
  });
});

describe("helpers", () => {
  it("shortDay, clip, fenToYuan and verifiedShare", () => {
    expect(shortDay("2026-12-09")).toBe("12/9");
    expect(shortDay("not a date")).toBe("not a date");
    expect(clip("一二三四五六七八", 8)).toBe("一二三四五六七八");
    expect(clip("一二三四五六七八九", 8)).toBe("一二三四五六七八…");
    expect(fenToYuan(undefined)).toBe(0);
    expect(fenToYuan(199)).toBe(1.99);
    expect(verifiedShare(0, 0)).toBe(0);
    expect(verifiedShare(3, 1)).toBe(33.3);
    expect(verifiedShare(300_000, 300_000)).toBe(100);
  });
});

describe("declarationOutcomes", () => {
  it("counts declarations per status in review order and sums the awards", async () => {
    const { declarationOutcomes, declarationOutcomesOption } = await import("./charts");
    const items = [
      { status: "approved", award: { amountFen: 200000 } }, { status: "approved", award: { amountFen: 150050 } },
      { status: "submitted" }, { status: "rejected", award: null }, { status: "in_notice" },
    ];
    const o = declarationOutcomes(items);
    expect(o.awardedFen).toBe(350050);
    expect(o.counts.map((c) => `${c.name}:${c.count}`)).toEqual(["待基层审核:1", "待区级审核:0", "公示中:1", "已批准:2", "未通过:1"]);
    const option = declarationOutcomesOption(items);
    expect(option.xAxis.data).toEqual(["待基层审核", "待区级审核", "公示中", "已批准", "未通过"]);
    expect(option.series[0]!.data.map((d) => d.value)).toEqual([1, 0, 1, 2, 1]);
  });
});

describe("distributionProgressOption and legalOutcomesOption", () => {
  it("puts allocated, received and handed out side by side per enterprise", async () => {
    const { distributionProgressOption } = await import("./charts");
    const o = distributionProgressOption([{ enterpriseName: "第一机床厂", allocated: 120, received: 100, handedOut: 37 }, { name: "春节慰问", allocated: 5 }]);
    expect(o.xAxis.data).toEqual(["第一机床厂", "春节慰问"]);
    expect(o.series.map((s) => s.data)).toEqual([[120, 5], [100, 0], [37, 0]]);
  });
  it("counts legal aid cases by outcome, refused applications last", async () => {
    const { legalOutcomesOption } = await import("./charts");
    const o = legalOutcomesOption({ won: 3, partlyWon: 1, settled: 2, lost: 0, withdrawn: 1, refused: 4 });
    expect(o.xAxis.data).toEqual(["胜诉", "部分胜诉", "调解和解", "败诉", "撤回", "不予受理"]);
    expect(o.series[0]!.data.map((d) => d.value)).toEqual([3, 1, 2, 0, 1, 4]);
    expect(legalOutcomesOption(null).series[0]!.data.every((d) => d.value === 0)).toBe(true);
  });
});

describe("coverageOption", () => {
  it("shows shares as percentages with one decimal, a missing share as 0", async () => {
    const { coverageOption } = await import("./charts");
    const o = coverageOption([{ name: "东城区总工会", signedShare: 0.6667, workersCongressShare: null }]);
    expect(o.series.map((s) => s.data)).toEqual([[66.7], [0]]);
  });
});

describe("surveyQuestionOption", () => {
  it("draws the first option on top with its count and share, missing counts as 0", () => {
    const option = surveyQuestionOption([{ label: "国有", count: 3, percent: 60 }, { label: "民营", count: 2, percent: 40 }, { label: "外资" }]);
    expect(option.yAxis.data).toEqual(["外资", "民营", "国有"]);
    expect(option.series[0]!.data).toEqual([0, 2, 3]);
    expect(option.series[0]!.label.formatter({ dataIndex: 2 })).toBe("3（60%）");
  });
});
