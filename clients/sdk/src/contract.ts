/**
 * Types of API.md endpoints that are not yet in the committed OpenAPI types (src/generated/api.d.ts). They follow
 * /work/shared/API.md word for word; once an endpoint lands, `./dev sdk` adds it to the generated types and the
 * matching type here can give way to `components["schemas"][...]`.
 */

export interface Page<T> { items: T[]; nextCursor: string | null }

export interface MemberSummary { id: string; phoneMasked?: string }

export interface TokensAnswer {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  member?: MemberSummary | null;
  roles: string[];
}

export type RealNameStatus = "unverified" | "verified";

export interface RealName {
  status: RealNameStatus;
  nameMasked?: string | null;
  idNumberMasked?: string | null;
  orgId?: string | null;
  orgName?: string | null;
  memberCardNo?: string | null;
}

export interface Me { id: string; phoneMasked: string; realName: RealName }

export type PerkKind = "voucher" | "movie_ticket" | "goods";

export interface Perk {
  id: string;
  kind: PerkKind;
  title: string;
  description?: string | null;
  startsAt: string;
  endsAt: string;
  remaining: number;
  perMemberLimit: number;
  claimedByMe: number;
  faceValueFen?: number | null;
  validUntil?: string | null;
}

export type VoucherStatus = "unused" | "redeemed" | "expired" | "void";

export interface Voucher {
  id: string;
  code: string;
  qrPayload: string;
  validUntil: string;
  status: VoucherStatus;
  perkId?: string;
  perkTitle?: string;
  kind?: PerkKind;
  faceValueFen?: number | null;
  issuedAt?: string;
  redemption?: { id?: string; merchantName?: string; redeemedAt: string } | null;
}

export interface ClaimAnswer { claimId: string; voucher: Voucher }

export interface SmsOutbox { messages: { code: string; sentAt: string }[] }

export interface MerchantMe { merchantId: string; name: string; via: string }

/** `{code}` or `{qrPayload}`: what the cashier typed or scanned. */
export type VoucherRef = { code: string } | { qrPayload: string };

export interface RedemptionPreview {
  voucherId: string;
  perkTitle: string;
  faceValueFen: number | null;
  validUntil: string;
  status: VoucherStatus;
  memberNameMasked: string;
}

export interface Redemption { redemptionId: string; voucherId: string; faceValueFen: number | null; redeemedAt: string }
