import { describe, expect, it } from "vitest";
import { applicationText, lotteryStateText, prizeText, weightText, type LotteryDrawRecord } from "./lotteries";
import { recompute } from "./lotteryVerify";

// The known answer of the documented draw (the API's unit test LotteryRulesTests holds the same vector).
const seed = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
const record = (winners: string[], waitingOrder: string[]) => ({
  lotteryId: "1", title: "抽签", orgName: "区总工会", perkTitle: "券", places: 3, opensAt: "", closesAt: "", status: "drawn",
  commitment: "630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd", seed, algorithm: "", drawnAt: null,
  applications: ["1", "2", "3", "10", "11", "12", "100"].map((id) => ({ id, nameMasked: "李*", ticket: null, rank: null, won: null, declined: false, promoted: false, passedOver: null })),
  winners, waitingOrder, declined: [], promoted: [],
}) as unknown as LotteryDrawRecord;

describe("lottery verification in the browser", () => {
  it("recomputes the published winners and waiting order", async () => {
    const r = await recompute(record(["3", "11", "10"], ["100", "1", "2", "12"]));
    expect(r.commitmentMatches).toBe(true);
    expect(r.winners).toEqual(["3", "11", "10"]);
    expect(r.matches).toBe(true);
  });

  it("flags winners that are not the recomputed ones", async () => {
    const r = await recompute(record(["3", "11", "100"], ["10", "1", "2", "12"]));
    expect(r.matches).toBe(false);
  });
});

describe("lottery texts", () => {
  it("says where the member stands", () => {
    expect(applicationText({ result: "pending", position: null })).toBe("已报名，待开奖");
    expect(applicationText({ result: "won", position: null })).toBe("中签");
    expect(applicationText({ result: "waiting", position: 3 })).toBe("未中签（候补第 3 位）");
    expect(applicationText({ result: "won", position: null, promoted: true })).toBe("候补递补中签");
    expect(applicationText({ result: "declined", position: null })).toBe("已放弃名额");
    expect(applicationText({ result: "lapsed", position: null })).toBe("奖品券逾期未使用，名额已转给候补");
    expect(lotteryStateText({ status: "open", accepting: true })).toBe("报名中");
    expect(lotteryStateText({ status: "closed", accepting: false })).toBe("报名已截止，待开奖");
  });
});

describe("prize and weight texts", () => {
  it("names a fund grant with its amount and a weight with the tags it came from", () => {
    expect(prizeText({ perkTitle: "游泳券", prizeKind: "perk", grantFen: null })).toBe("游泳券");
    expect(prizeText({ perkTitle: "学历提升补助", prizeKind: "fund_grant", grantFen: 50_000 })).toBe("学历提升补助 补助 500.00 元");
    expect(weightText({ weight: 3, weightTags: [{ label: "劳模" }] })).toBe("×3（劳模）");
    expect(weightText({ weight: 1, weightTags: [] })).toBe("×1");
  });
});
