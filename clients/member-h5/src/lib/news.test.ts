import { describe, expect, it } from "vitest";
import { categoryTitle, newsTabs, readCountText } from "./news";

describe("news", () => {
  it("names every category the API has, after 全部", () => {
    expect(newsTabs.map((t) => t.category)).toEqual(["", "notice", "news", "legal_qa", "typical_case", "video"]);
    expect(categoryTitle("legal_qa")).toBe("普法问答");
    expect(categoryTitle("unknown")).toBe("资讯");
    expect(categoryTitle("")).toBe("资讯");
  });

  it("shows read counts in 万 from ten thousand", () => {
    expect(readCountText(0)).toBe("阅读 0");
    expect(readCountText(9999)).toBe("阅读 9999");
    expect(readCountText(10000)).toBe("阅读 1万");
    expect(readCountText(12345)).toBe("阅读 1.2万");
    expect(readCountText(undefined)).toBe("阅读 0");
  });
});
