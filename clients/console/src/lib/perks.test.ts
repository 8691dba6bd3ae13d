import { describe, expect, it } from "vitest";
import { claimedPercent, perkState } from "./perks";

const now = Date.parse("2026-06-01T12:00:00+08:00");

describe("perkState", () => {
  it("tells ended, upcoming, sold out and live apart", () => {
    expect(perkState({ startsAt: "2026-05-01T00:00:00+08:00", endsAt: "2026-06-01T12:00:00+08:00" }, now).text).toBe("已结束");
    expect(perkState({ startsAt: "2026-06-02T00:00:00+08:00", endsAt: "2026-06-03T00:00:00+08:00" }, now).text).toBe("未开始");
    expect(perkState({ startsAt: "2026-05-01T00:00:00+08:00", endsAt: "2026-07-01T00:00:00+08:00", stock: 5, claimed: 5 }, now).text).toBe("已领完");
    expect(perkState({ startsAt: "2026-05-01T00:00:00+08:00", endsAt: "2026-07-01T00:00:00+08:00", stock: 5, claimed: 4 }, now).text).toBe("进行中");
  });
});

describe("claimedPercent", () => {
  it("is a whole share of stock, capped at 100, 0 without stock", () => {
    expect(claimedPercent(3, 1)).toBe(33);
    expect(claimedPercent(10, 10)).toBe(100);
    expect(claimedPercent(0, 0)).toBe(0);
    expect(claimedPercent(undefined, 4)).toBe(0);
  });
});
