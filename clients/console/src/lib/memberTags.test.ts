import { describe, expect, it } from "vitest";
import { tagLabels, tagRejectionReason, weightsBody } from "./memberTags";

describe("member tags", () => {
  it("joins labels as the member app shows them", () => {
    expect(tagLabels([{ code: "model_worker", label: "劳模" }, { code: "migrant_worker", label: "农民工" }])).toBe("劳模、农民工");
    expect(tagLabels([])).toBe("不限");
  });

  it("sends only weights above the default", () => {
    expect(weightsBody({ model_worker: 3, woman: 1, new_employment: 2 })).toEqual({ model_worker: 3, new_employment: 2 });
  });

  it("words each refused row", () => {
    expect(tagRejectionReason({ row: 3, code: "member_tag_batch.duplicate_member", args: { firstRow: 2 } })).toBe("与第 2 行是同一会员");
    expect(tagRejectionReason({ code: "member_tag_batch.tag_unknown" })).toContain("标签不正确");
    expect(tagRejectionReason({ code: "something.else" })).toBe("something.else");
  });
});
