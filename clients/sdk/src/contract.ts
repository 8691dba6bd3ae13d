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
  /** Drops as announced: "HH:mm" (Beijing) when each day's release opens; null when the perk is not released daily. */
  releaseTime?: string | null;
  /** Claims per member per release day (null: no daily limit). */
  memberDailyLimit?: number | null;
  /** When the next release day opens (null: not released daily, or the perk ends first). */
  nextReleaseAt?: string | null;
  /** first_come (claim it) or lottery (the prize of a lottery: apply there; claims are 409 perk.lottery_only). */
  mode?: "first_come" | "lottery";
  /** Members barred by the activities' no-show rule are refused this drop (403 perk.barred_no_shows). */
  barNoShows?: boolean;
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

export interface VoidAnswer { redemptionId: string; voucherId: string; voucherStatus: VoucherStatus; voidedAt: string; reason: string }

/** One redemption of the cashier's merchant on a day (GET /merchant/redemptions): voided ones stay, marked. */
export interface DayRedemption {
  redemptionId: string;
  voucherId: string;
  voucherCode: string;
  perkTitle: string;
  faceValueFen: number;
  redeemedAt: string;
  voidedAt: string | null;
  voidReason: string | null;
  /** Until when it may still be voided; null once voided or past the 30-minute window. */
  voidableUntil: string | null;
}

/** GET /merchant/settlements: the unvoided redemptions of a period (China calendar days, both inclusive). */
export interface Settlement {
  merchantId: string;
  merchantName: string;
  from: string;
  to: string;
  count: number;
  totalFen: number;
  items: { redemptionId: string; voucherId: string; voucherCode: string; perkTitle: string; faceValueFen: number; redeemedAt: string }[];
}

// ---------------------------------------------------------------- relief funds

export type FundKind = "warmth" | "hardship" | "epidemic";

/** A fund open for applications (GET /funds). */
export interface OpenFund {
  id: string;
  name: string;
  kind: FundKind | string;
  year: number;
  maxGrantFen: number;
  opensAt: string | null;
  closesAt: string | null;
  eligibilityNotes: string | null;
}

export type FundCategory = "major_illness" | "sudden_event" | "accident_disaster" | "low_income" | "temporary_hardship" | "epidemic";

export type ApplicationStatus = "draft" | "submitted" | "returned" | "approved" | "rejected" | "withdrawn" | "disbursed";

export interface FundApplicationRequest {
  fundId: string;
  category: FundCategory;
  requestedFen: number;
  reason: string;
  contactPhone: string;
  draft?: boolean;
}

/** One status change of an application, oldest first in `history`. */
export interface ApplicationHistoryEntry {
  at: string;
  actorKind: "member" | "staff" | string;
  actorId: string;
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  note: string | null;
}

export interface EvidenceFile { id: string; contentType: string; sizeBytes: number; uploadedAt: string }

export interface FundApplication {
  id: string;
  fundId: string;
  fundName: string;
  memberId: string;
  category: FundCategory;
  requestedFen: number;
  reason: string;
  contactPhoneMasked: string;
  status: ApplicationStatus;
  grantedFen: number | null;
  paidFen: number;
  evidenceCount: number;
  meetingId: string | null;
  createdAt: string;
  submittedAt: string | null;
  decidedAt: string | null;
  updatedAt: string;
  /** On single reads (GET /me/fund-applications/{id}) and on create. */
  history?: ApplicationHistoryEntry[] | null;
  evidence?: EvidenceFile[] | null;
  /** Filed by union staff (代为申请): "member", or "deceased_member_family"; null when the member applied. */
  onBehalfOf?: "member" | "deceased_member_family" | string | null;
  filedBy?: string | null;
  filedByName?: string | null;
  /** The lottery whose draw granted this application (a grant lottery's prize); null for an application the member filed. */
  lotteryId?: string | null;
}
