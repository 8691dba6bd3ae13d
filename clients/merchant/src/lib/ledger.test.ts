import { describe, expect, it } from "vitest";
import { chinaDate, period, periodProblem, standing, voidState } from "./ledger";

// Wednesday 2026-07-01 00:30 in China is still 2026-06-30 in UTC
const now = Date.parse("2026-07-01T00:30:00+08:00");

describe("settlement periods (China calendar days)", () => {
  it("takes the day in China time, not UTC", () => {
    expect(chinaDate(now)).toBe("2026-07-01");
    expect(chinaDate(Date.parse("2026-06-30T23:59:00+08:00"))).toBe("2026-06-30");
  });
  it("builds the presets", () => {
    expect(period("today", now)).toEqual({ from: "2026-07-01", to: "2026-07-01" });
    expect(period("yesterday", now)).toEqual({ from: "2026-06-30", to: "2026-06-30" });
    expect(period("thisWeek", now)).toEqual({ from: "2026-06-29", to: "2026-07-01" }); // Monday
    expect(period("thisWeek", Date.parse("2026-07-05T12:00:00+08:00"))).toEqual({ from: "2026-06-29", to: "2026-07-05" }); // Sunday
    expect(period("thisMonth", now)).toEqual({ from: "2026-07-01", to: "2026-07-01" });
    expect(period("lastMonth", now)).toEqual({ from: "2026-06-01", to: "2026-06-30" });
    expect(period("lastMonth", Date.parse("2026-03-15T12:00:00+08:00"))).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(period("lastMonth", Date.parse("2026-01-15T12:00:00+08:00"))).toEqual({ from: "2025-12-01", to: "2025-12-31" });
  });
  it("refuses what the API refuses", () => {
    expect(periodProblem("2026-06-01", "2026-06-30")).toBeNull();
    expect(periodProblem("", "2026-06-30")).toBe("请选择开始和结束日期");
    expect(periodProblem("2026-06-30", "2026-06-01")).toBe("结束日期不能早于开始日期");
    expect(periodProblem("2026-01-01", "2026-04-03")).toBeNull(); // 93 days
    expect(periodProblem("2026-01-01", "2026-04-04")).toBe("一次最多查询 93 天");
  });
});

describe("today's list", () => {
  it("tells voided, voidable (with minutes left) and final apart", () => {
    expect(voidState({ voidedAt: "2026-07-01T00:10:00+08:00", voidableUntil: null }, now)).toEqual({ kind: "voided" });
    expect(voidState({ voidedAt: null, voidableUntil: "2026-07-01T00:41:30+08:00" }, now)).toEqual({ kind: "voidable", minutesLeft: 12 });
    expect(voidState({ voidedAt: null, voidableUntil: "2026-07-01T00:30:10+08:00" }, now)).toEqual({ kind: "voidable", minutesLeft: 1 });
    expect(voidState({ voidedAt: null, voidableUntil: "2026-07-01T00:29:59+08:00" }, now)).toEqual({ kind: "final" });
    expect(voidState({ voidedAt: null, voidableUntil: null }, now)).toEqual({ kind: "final" });
  });
  it("counts only the redemptions that stand", () => {
    expect(standing([
      { voidedAt: null, faceValueFen: 5000 }, { voidedAt: "2026-07-01T00:10:00+08:00", faceValueFen: 800 }, { voidedAt: null, faceValueFen: 725 },
    ])).toEqual({ count: 2, totalFen: 5725 });
    expect(standing([])).toEqual({ count: 0, totalFen: 0 });
  });
});
