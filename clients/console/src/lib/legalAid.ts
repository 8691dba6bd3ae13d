const order = ["consultation", "mediation", "arbitration", "litigation"] as const;
const labourDisputes = new Set(["wage_arrears", "dismissal", "injury"]);

/**
 * The stages an open case may move to (docs/features/legal-aid.md): forward only, a stage may be skipped, but a labour dispute
 * (wage arrears, dismissal, injury) reaches litigation only through arbitration. The API decides again.
 */
export function nextStages(disputeType: string | null | undefined, status: string | null | undefined): string[] {
  const at = order.indexOf(status as (typeof order)[number]);
  if (at < 0) return [];
  return order.slice(at + 1).filter((s) => !(s === "litigation" && labourDisputes.has(disputeType ?? "") && status !== "arbitration"));
}
