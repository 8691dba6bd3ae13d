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
      { id: "8", applicationId: "42", amountFen: 12000, proposedBy: "2", proposedAt: "2026-06-02T09:00:00+08:00", confirmed: false },
      { id: "7", applicationId: "41", amountFen: 5000, proposedBy: "2", proposedAt: "2026-06-01T09:00:00+08:00", confirmed: true },
    ]);
  });
});
