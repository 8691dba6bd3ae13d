import { describe, expect, it } from "vitest";
import { declarationStep, mergeRoundIds, roundAmounts } from "./hardship";

const t = (tier: string, standardYuan: string, capYuan = "", enabled = true) => ({ tier, enabled, standardYuan, capYuan });

describe("declarationStep", () => {
  const now = new Date("2026-06-10T00:00:00+08:00");
  it("follows the review chain", () => {
    expect(declarationStep({ status: "submitted" }, now)).toBe("grassroots");
    expect(declarationStep({ status: "grassroots_approved" }, now)).toBe("district");
    expect(declarationStep({ status: "approved" }, now)).toBe("done");
    expect(declarationStep({ status: "rejected" }, now)).toBe("done");
  });
  it("waits for the notice to end and for every objection before the approval", () => {
    expect(declarationStep({ status: "in_notice", noticeEndsAt: "2026-06-11T00:00:00+08:00" }, now)).toBe("notice");
    expect(declarationStep({ status: "in_notice", noticeEndsAt: "2026-06-10T00:00:00+08:00" }, now)).toBe("approve");
    expect(declarationStep({ status: "in_notice", noticeEndsAt: "2026-06-01T00:00:00+08:00", openObjections: 1 }, now)).toBe("notice");
  });
});

describe("roundAmounts", () => {
  it("turns yuan into fen, the cap defaulting to the standard, and splits package items", () => {
    expect(roundAmounts([t("deep", "2000", "3000"), t("relative", "800.5"), t("emergency", "", "", false)],
      [{ name: "米面油", items: "大米 10kg\n食用油，面粉" }, { name: " ", items: "" }])).toEqual({
      tiers: [{ tier: "deep", standardFen: 200000, capFen: 300000 }, { tier: "relative", standardFen: 80050, capFen: 80050 }],
      packages: [{ name: "米面油", items: ["大米 10kg", "食用油", "面粉"] }],
    });
  });
  it("names the first problem", () => {
    expect(roundAmounts([t("deep", "", "", false)], [])).toEqual({ error: "请至少设置一个档次的救助标准" });
    expect(roundAmounts([t("deep", "abc")], [])).toEqual({ error: "救助标准请填写大于 0 的金额（元）" });
    expect(roundAmounts([t("deep", "100", "50")], [])).toEqual({ error: "上限不能低于救助标准" });
    expect(roundAmounts([t("deep", "100")], [{ name: "", items: "米" }])).toEqual({ error: "每个物资包都要有名称" });
    expect(roundAmounts([t("deep", "100")], [{ name: "A", items: " " }])).toEqual({ error: "物资包「A」至少要有一项物品" });
    expect(roundAmounts([t("deep", "100")], [{ name: "A", items: "x" }, { name: "A", items: "y" }])).toEqual({ error: "物资包名称不能重复" });
  });
});

describe("mergeRoundIds", () => {
  it("merges without repeats, newest id first", () => {
    expect(mergeRoundIds(["3", "12"], [null, "3", "7", undefined])).toEqual(["12", "7", "3"]);
  });
});

describe("remembered rounds", () => {
  it("keeps ids across calls and ignores a damaged value", async () => {
    const { rememberRoundId, rememberedRoundIds } = await import("./hardship");
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
    rememberRoundId("5", storage); rememberRoundId("9", storage); rememberRoundId("5", storage);
    expect(rememberedRoundIds(storage)).toEqual(["9", "5"]);
    data.set("unionhub.console.hardshipRounds", "{oops");
    expect(rememberedRoundIds(storage)).toEqual([]);
  });
});
