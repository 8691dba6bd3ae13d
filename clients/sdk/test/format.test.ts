import { describe, expect, it } from "vitest";
import { chinaTime, groupCode, yuan } from "../src/index.js";

describe("formatting", () => {
  it("shows fen as yuan without floats", () => {
    expect(yuan(1050)).toBe("10.50");
    expect(yuan(5)).toBe("0.05");
    expect(yuan(0)).toBe("0.00");
    expect(yuan(null)).toBe("");
  });
  it("shows times in China time whatever the offset they come with", () => {
    expect(chinaTime("2026-06-01T10:00:00+08:00")).toBe("2026-06-01 10:00");
    expect(chinaTime("2026-06-01T02:00:00Z")).toBe("2026-06-01 10:00");
    expect(chinaTime("nonsense")).toBe("");
  });
  it("groups codes by four", () => {
    expect(groupCode("ABCDEFGHJKLMN")).toBe("ABCD EFGH JKLM N");
  });
});
