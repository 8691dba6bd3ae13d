import { describe, expect, it } from "vitest";
import type { HardshipDeclaration, HardshipRound } from "@unionhub/sdk";
import { liveDeclaration, objectionProblem, reviewNote, roundOpen, surveyOpen, timeline } from "./hardship";

const at = (day: number) => `2026-09-${String(day).padStart(2, "0")}T10:00:00+08:00`;
const step = (to: string, day: number, from: string | null = null, note: string | null = null) =>
  ({ at: at(day), actorKind: "staff", actorId: "1", from, to, note });

function declaration(status: string, history: ReturnType<typeof step>[], extra: Partial<HardshipDeclaration> = {}): HardshipDeclaration {
  return {
    id: "7", roundId: "3", memberId: "9", memberNameMasked: "王*明", orgId: "2", tier: "deep", reason: "major_illness", status,
    declaredBy: "member", openObjections: 0, createdAt: at(1), updatedAt: at(1), history, ...extra,
  } as HardshipDeclaration;
}

describe("the declaration timeline", () => {
  it("waits on the grassroots review after the submission", () => {
    const t = timeline(declaration("submitted", [step("submitted", 1)]));
    expect(t.map((s) => [s.title, s.state])).toEqual([
      ["提交申报", "done"], ["基层工会审核", "current"], ["区级工会审核", "waiting"], ["公示", "waiting"], ["审批结果", "waiting"],
    ]);
  });

  it("shows the notice with its end date while it runs", () => {
    const t = timeline(declaration("in_notice", [step("submitted", 1), step("grassroots_approved", 2, "submitted"), step("in_notice", 3, "grassroots_approved", "public notice until 2026-09-11 00:00 (5 working days); 同意公示")],
      { noticeStartsAt: at(3), noticeEndsAt: "2026-09-11T00:00:00+08:00" }));
    expect(t.map((s) => s.state)).toEqual(["done", "done", "done", "current", "waiting"]);
    expect(t[3]!.detail).toBe("公示期至 2026-09-10 止");
    expect(t[2]!.detail).toBe("同意公示");
    expect(reviewNote("public notice until 2026-09-11 00:00 (5 working days)")).toBe("");
  });

  it("ends with the award once approved", () => {
    const t = timeline(declaration("approved", [step("submitted", 1), step("grassroots_approved", 2), step("in_notice", 3), step("approved", 12)],
      { noticeEndsAt: at(11), award: { id: "1", amountFen: 300_000, approvedAt: at(12) } }));
    expect(t.at(-1)).toMatchObject({ title: "审批通过", state: "done", detail: "救助金 ¥3000.00，将由工会拨付" });
  });

  it("stops where a review or an upheld objection rejected it", () => {
    const byDistrict = timeline(declaration("rejected", [step("submitted", 1), step("grassroots_approved", 2), step("rejected", 3, "grassroots_approved", "材料不全")]));
    expect(byDistrict.map((s) => [s.title, s.state])).toEqual([["提交申报", "done"], ["基层工会审核通过", "done"], ["区级工会审核未通过", "failed"]]);
    expect(byDistrict.at(-1)!.detail).toBe("材料不全");
    const inNotice = timeline(declaration("rejected", [step("submitted", 1), step("grassroots_approved", 2), step("in_notice", 3), step("rejected", 5, "in_notice", "objection 12 upheld: 有出租收入")]));
    expect(inNotice.map((s) => s.state)).toEqual(["done", "done", "done", "done", "failed"]);
    expect(inNotice.at(-1)!.detail).toBe("公示期间的异议经核实成立：有出租收入");
  });
});

describe("rounds", () => {
  const round = { id: "3", title: "2026 年下半年", kind: "regular", opensAt: at(1), closesAt: at(20), surveyStatus: "open", takesDeclarations: true, tiers: [],
    packages: [{ id: "1", name: "A 套餐", items: ["大米"] }] } as HardshipRound;

  it("takes declarations and package choices only while open", () => {
    expect(roundOpen(round, new Date(at(5)))).toBe(true);
    expect(roundOpen(round, new Date(at(21)))).toBe(false);
    expect(surveyOpen(round, new Date(at(5)))).toBe(true);
    expect(surveyOpen({ ...round, surveyStatus: "closed" }, new Date(at(5)))).toBe(false);
    expect(surveyOpen({ ...round, packages: [] }, new Date(at(5)))).toBe(false);
  });

  it("a rejected declaration leaves room for a new one; objections need a reason", () => {
    expect(liveDeclaration([declaration("rejected", [])], "3")).toBeUndefined();
    expect(liveDeclaration([declaration("in_notice", [])], "3")?.id).toBe("7");
    expect(objectionProblem("  ")).toBe("请写明异议理由");
    expect(objectionProblem("x".repeat(2001))).toBe("异议理由不能超过 2000 字");
    expect(objectionProblem("家里有门店")).toBeNull();
  });
});
