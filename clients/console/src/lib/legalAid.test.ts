import { describe, expect, it } from "vitest";
import { nextStages } from "./legalAid";

describe("nextStages", () => {
  it("moves forward only, skipping allowed", () => {
    expect(nextStages("contract", "consultation")).toEqual(["mediation", "arbitration", "litigation"]);
    expect(nextStages("contract", "arbitration")).toEqual(["litigation"]);
    expect(nextStages("contract", "litigation")).toEqual([]);
  });
  it("takes a labour dispute to court only through arbitration", () => {
    expect(nextStages("wage_arrears", "consultation")).toEqual(["mediation", "arbitration"]);
    expect(nextStages("dismissal", "mediation")).toEqual(["arbitration"]);
    expect(nextStages("injury", "arbitration")).toEqual(["litigation"]);
  });
  it("offers nothing for cases that are not open", () => {
    expect(nextStages("contract", "submitted")).toEqual([]);
    expect(nextStages("contract", "closed")).toEqual([]);
    expect(nextStages("contract", null)).toEqual([]);
  });
});
