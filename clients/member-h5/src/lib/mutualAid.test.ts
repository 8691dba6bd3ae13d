import { describe, expect, it } from "vitest";
import { parseYuan } from "./funds";
import { validateClaim } from "./mutualAid";

describe("validateClaim", () => {
  const remaining = { accident: 500_000 };
  it("accepts a claim within what is left of the benefit", () => {
    expect(validateClaim({ eventType: "accident", eventOn: "2026-11-30", amount: "1200.50", description: "摔伤" }, remaining, "2026-12-03", parseYuan))
      .toEqual({});
  });
  it("names every missing or wrong field in Chinese", () => {
    const errors = validateClaim({ eventType: "accident", eventOn: "2026-12-09", amount: "5000.01", description: " " }, remaining, "2026-12-03", parseYuan);
    expect(errors.eventOn).toBe("出险日期不能晚于今天");
    expect(errors.amount).toBe("超过该项剩余额度 5000.00 元");
    expect(errors.description).toBeDefined();
    expect(validateClaim({ eventType: "", eventOn: "", amount: "", description: "" }, remaining, "2026-12-03", parseYuan).eventType).toBe("请选择出险类型");
  });
});
