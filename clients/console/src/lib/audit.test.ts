import { describe, expect, it } from "vitest";
import { auditDetails, proposalsFromAudit } from "./audit";

describe("auditDetails", () => {
  it("parses JSON objects only", () => {
    expect(auditDetails('{"a":1}')).toEqual({ a: 1 });
    expect(auditDetails("[1]")).toEqual({});
    expect(auditDetails("not json")).toEqual({});
    expect(auditDetails(null)).toEqual({});
  });
});

describe("proposalsFromAudit", () => {
  it("lists proposed payments and marks the confirmed ones", () => {
    const entries = [
      { action: "disbursement.confirm", entityId: "7", at: "2026-06-02T10:00:00+08:00", actorId: "3", details: '{"applicationId":"41","amountFen":5000}' },
      { action: "disbursement.propose", entityId: "8", at: "2026-06-02T09:00:00+08:00", actorId: "2", details: '{"applicationId":"42","AmountFen":12000}' },
      { action: "disbursement.propose", entityId: "7", at: "2026-06-01T09:00:00+08:00", actorId: "2", details: '{"applicationId":"41","amountFen":5000}' },
    ];
    expect(proposalsFromAudit(entries)).toEqual([
      { id: "8", applicationId: "42", mutualAidClaimId: "", caseLabel: "帮扶申请 42", amountFen: 12000, proposedBy: "2", proposedAt: "2026-06-02T09:00:00+08:00", confirmed: false },
      { id: "7", applicationId: "41", mutualAidClaimId: "", caseLabel: "帮扶申请 41", amountFen: 5000, proposedBy: "2", proposedAt: "2026-06-01T09:00:00+08:00", confirmed: true },
    ]);
  });

  it("names a mutual-aid claim a payment is for", () => {
    const entries = [
      { action: "disbursement.propose", entityId: "9", at: "2026-12-03T09:00:00+08:00", actorId: "2",
        details: '{"applicationId":null,"mutualAidClaimId":"15","amountFen":8000}' },
    ];
    expect(proposalsFromAudit(entries)).toEqual([
      { id: "9", applicationId: "", mutualAidClaimId: "15", caseLabel: "互助保障理赔 15", amountFen: 8000, proposedBy: "2", proposedAt: "2026-12-03T09:00:00+08:00", confirmed: false },
    ]);
  });
});
