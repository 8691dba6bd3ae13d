import { describe, expect, it } from "vitest";
import { articleCategories, articleStatuses } from "./content";
import { named } from "./format";

describe("content names", () => {
  it("names every category and status the API answers", () => {
    expect(Object.keys(articleCategories).sort()).toEqual(["legal_qa", "news", "notice", "typical_case", "video"]);
    expect(Object.keys(articleStatuses)).toEqual(["draft", "scheduled", "published", "archived"]);
    expect(named(articleStatuses, "scheduled")).toBe("待发布");
    expect(named(articleCategories, "other")).toBe("other");
    expect(named(articleCategories, null)).toBe("");
  });
});
