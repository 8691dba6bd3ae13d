import { describe, expect, it } from "vitest";
import { mutualAidRejectionReason } from "./mutualAid";

describe("mutualAidRejectionReason", () => {
  it("words each refused row of a bulk enrolment in Chinese", () => {
    expect(mutualAidRejectionReason({ code: "mutual_aid_batch.duplicate_member", args: { firstRow: 2 } })).toBe("与第 2 行是同一会员");
    expect(mutualAidRejectionReason({ code: "mutual_aid_batch.member_not_found" })).toContain("已认证会员");
    expect(mutualAidRejectionReason({ code: "something.new" })).toBe("something.new");
  });
});
