import type { VoucherRef } from "@unionhub/sdk";

/**
 * What the cashier typed or scanned, as the API's `{code}` or `{qrPayload}`. A scanned QR carries the signed payload;
 * a typed code is the voucher code, read aloud in groups (spaces and dashes dropped, upper-cased).
 */
export function toVoucherRef(text: string, scanned: boolean): VoucherRef | null {
  const raw = text.trim();
  if (!raw) return null;
  if (scanned) return { qrPayload: raw };
  const code = raw.replace(/[\s-]/g, "").toUpperCase();
  return code.length >= 6 ? { code } : null;
}
