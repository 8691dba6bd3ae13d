/** An audit entry's details (JSON text written by the API) as an object; {} when it is not JSON. */
export function auditDetails(details: string | null | undefined): Record<string, unknown> {
  if (!details) return {};
  try {
    const parsed: unknown = JSON.parse(details);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** A detail value by name, whatever the case of its first letter ("amountFen" or "AmountFen"). */
export function detail(details: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(details).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : details[key];
}

interface Entry { action?: string | null; entityId?: string | null; at?: string; actorId?: string | null; details?: string | null }

/** A proposed payment; it pays a relief application (applicationId) or a mutual-aid claim (mutualAidClaimId); caseLabel names it. */
export interface Proposal {
  id: string; applicationId: string; mutualAidClaimId: string; caseLabel: string; amountFen: number; proposedBy: string; proposedAt: string;
  confirmed: boolean;
}

/**
 * Proposed payments from the audit trail (disbursement.propose), each marked confirmed when a disbursement.confirm of the
 * same disbursement is there too; newest first.
 */
export function proposalsFromAudit(entries: readonly Entry[]): Proposal[] {
  const confirmed = new Set(entries.filter((e) => e.action === "disbursement.confirm").map((e) => e.entityId));
  return entries.filter((e) => e.action === "disbursement.propose" && e.entityId).map((e) => {
    const d = auditDetails(e.details);
    const applicationId = String(detail(d, "applicationId") ?? "");
    const mutualAidClaimId = String(detail(d, "mutualAidClaimId") ?? "");
    return {
      id: e.entityId!, applicationId, mutualAidClaimId, caseLabel: mutualAidClaimId ? `互助保障理赔 ${mutualAidClaimId}` : `帮扶申请 ${applicationId}`,
      amountFen: Number(detail(d, "amountFen") ?? 0),
      proposedBy: e.actorId ?? "", proposedAt: e.at ?? "", confirmed: confirmed.has(e.entityId),
    };
  });
}
