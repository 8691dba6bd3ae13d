import type { UnionHubClient } from "./client.js";
import type {
  ClaimAnswer, DayRedemption, EvidenceFile, FundApplication, FundApplicationRequest, Me, MerchantMe, OpenFund, Page, Perk, RealName,
  Redemption, RedemptionPreview, Settlement, SmsOutbox, TokensAnswer, VoidAnswer, Voucher, VoucherRef,
} from "./contract.js";
import type { components } from "./generated/api.js";

/** A legal aid case as its member sees it (status, stage history, lawyer, notes, documents). */
export type LegalCase = components["schemas"]["LegalAid.Cases.Case"];
export type LegalAidRequest = components["schemas"]["LegalAid.Apply.Request"];
export type LegalCaseDocument = components["schemas"]["LegalAid.Cases.Document"];
/** The member's inbox: a page of notices and how many are unread. */
export type InboxPage = components["schemas"]["Notifications.Inbox.InboxPage"];
export type InboxItem = components["schemas"]["Notifications.Inbox.Item"];
export type NotificationSettings = components["schemas"]["Notifications.NotificationSettings.Response"];
export type NotificationSettingsUpdate = components["schemas"]["Notifications.NotificationSettings.UpdateRequest"];
/** Joining online: a grassroots organisation with its area, an application (personal data masked) and the form. */
export type JoinableOrg = components["schemas"]["Membership.ListJoinableOrgs.JoinableOrg"];
export type MembershipApplication = components["schemas"]["Membership.MembershipRules.Application"];
export type JoinRequest = components["schemas"]["Membership.ApplyToJoin.Request"];
/** A transfer the member asked for (to another grassroots organisation), as the member and the deciding staff see it. */
export type MembershipTransferRequest = components["schemas"]["Membership.TransferRequests.TransferRequest"];

/** Hardship aid as the member sees it: their entry on the register, rounds, declarations (with the timeline), the public notice. */
export type HardshipHousehold = components["schemas"]["Hardship.Households.MyHousehold"];
export type HardshipRound = components["schemas"]["Hardship.MemberRounds.MemberRound"];
export type HardshipDeclaration = components["schemas"]["Hardship.Declarations.Declaration"];
export type HardshipDocument = components["schemas"]["Hardship.Households.DocumentFile"];
export type HardshipNotice = components["schemas"]["Hardship.PublicNotice.Notice"];
export type HardshipObjection = components["schemas"]["Hardship.Declarations.Objection"];
export type HardshipPackageChoice = components["schemas"]["Hardship.Packages.Choice"];
/** A relief fund's public account (no login): budget, donations raised, granted, paid, available, balance. */
export type PublicFundAccount = components["schemas"]["Donations.GetPublicFundFigures.FundAccount"];

/** Mutual-aid cover (互助保障): an open plan (with the caller's enrolment), an enrolment as its certificate, a claim, a claim document. */
export type MutualAidOpenPlan = components["schemas"]["MutualAid.ListOpenMutualAidPlans.OpenPlan"];
export type MutualAidEnrolment = components["schemas"]["MutualAid.MutualAid.Enrolment"];
export type MutualAidClaim = components["schemas"]["MutualAid.MutualAid.Claim"];
export type MutualAidClaimRequest = components["schemas"]["MutualAid.FileMutualAidClaim.Request"];
export type MutualAidClaimDocument = components["schemas"]["MutualAid.UploadMutualAidClaimDocument.Document"];

const V1 = "/api/v1";

/** Member calls (API.md: Identity, Members, Perks). Login calls keep the answered tokens in the client. */
export function memberApi(client: UnionHubClient) {
  const keep = (tokens: TokensAnswer) => { client.signIn(tokens); return tokens; };
  return {
    /** 202 `{expiresIn, resendAfter}` (seconds). */
    sendSmsCode: (phone: string) =>
      client.request<{ expiresIn?: number; resendAfter?: number } | undefined>("POST", `${V1}/auth/sms/send`, { body: { phone }, auth: false }),
    smsLogin: async (phone: string, code: string) =>
      keep(await client.request<TokensAnswer>("POST", `${V1}/auth/sms/login`, { body: { phone, code }, auth: false })),
    /** `code` from `wx.login()` inside WeChat. */
    wechatLogin: async (code: string) =>
      keep(await client.request<TokensAnswer>("POST", `${V1}/auth/wechat/login`, { body: { code }, auth: false })),
    /** The H5 app inside WeChat: `code` from the Official Account web OAuth redirect (snsapi_base). */
    wechatOAuthLogin: async (code: string) =>
      keep(await client.request<TokensAnswer>("POST", `${V1}/auth/wechat/oauth-login`, { body: { code }, auth: false })),
    /** Whether the H5 app may offer WeChat login, and the Official Account appid for the redirect. */
    wechatH5Config: () =>
      client.request<{ enabled: boolean; appId: string | null; scope: string; devRedirect: boolean }>("GET", `${V1}/auth/wechat/h5-config`, { auth: false }),
    logout: () => client.signOut(`${V1}/auth/logout`),
    me: () => client.request<Me>("GET", `${V1}/me`),
    /** The inbox, newest first, with `unreadCount`. */
    notifications: (query: { limit?: number; cursor?: string } = {}) =>
      client.request<InboxPage>("GET", `${V1}/me/notifications`, { query }),
    markNotificationRead: (id: string) =>
      client.request<{ notification: InboxItem; unreadCount: number }>("POST", `${V1}/me/notifications/{id}/read`, { path: { id } }),
    markAllNotificationsRead: () => client.request<{ unreadCount: number }>("POST", `${V1}/me/notifications/read-all`),
    notificationSettings: () => client.request<NotificationSettings>("GET", `${V1}/me/notification-settings`),
    updateNotificationSettings: (body: NotificationSettingsUpdate) =>
      client.request<NotificationSettings>("PUT", `${V1}/me/notification-settings`, { body }),
    /** The verified real-name record (the server may answer it alone or inside the whole `/me` document). */
    verifyRealName: async (name: string, idNumber: string): Promise<RealName> => {
      const answer = await client.request<RealName | Me>("POST", `${V1}/me/real-name`, { body: { name, idNumber } });
      return "realName" in answer ? answer.realName : answer;
    },
    perks: (query: { limit?: number; cursor?: string } = {}) => client.request<Page<Perk>>("GET", `${V1}/perks`, { query }),
    perk: (id: string) => client.request<Perk>("GET", `${V1}/perks/{id}`, { path: { id } }),
    /** Idempotent: pass the same `idempotencyKey` when the user retries the same claim. */
    claim: (perkId: string, idempotencyKey?: string) =>
      client.request<ClaimAnswer>("POST", `${V1}/perks/{id}/claims`, { path: { id: perkId }, idempotent: true, idempotencyKey }),
    vouchers: (query: { limit?: number; cursor?: string } = {}) => client.request<Page<Voucher>>("GET", `${V1}/me/vouchers`, { query }),
    voucher: (id: string) => client.request<Voucher>("GET", `${V1}/me/vouchers/{id}`, { path: { id } }),
    /** Relief funds open now, with their eligibility notes. */
    funds: () => client.request<Page<OpenFund>>("GET", `${V1}/funds`),
    /** Idempotent: keep one `idempotencyKey` per application form, so a retry after a failure never applies twice. */
    apply: (request: FundApplicationRequest, idempotencyKey?: string) =>
      client.request<FundApplication>("POST", `${V1}/fund-applications`, { body: request, idempotent: true, idempotencyKey }),
    myApplications: (query: { limit?: number; cursor?: string } = {}) =>
      client.request<Page<FundApplication>>("GET", `${V1}/me/fund-applications`, { query }),
    /** One application with its history (the status timeline) and its evidence list. */
    myApplication: (id: string) => client.request<FundApplication>("GET", `${V1}/me/fund-applications/{id}`, { path: { id } }),
    submitApplication: (id: string) => client.request<FundApplication>("POST", `${V1}/me/fund-applications/{id}/submit`, { path: { id } }),
    /** Corrects a returned application (all fields again; the phone in full); it is submitted again. */
    resubmitApplication: (id: string, request: Omit<FundApplicationRequest, "fundId" | "draft">) =>
      client.request<FundApplication>("PUT", `${V1}/me/fund-applications/{id}`, { path: { id }, body: request }),
    withdrawApplication: (id: string) =>
      client.request<FundApplication>("POST", `${V1}/me/fund-applications/{id}/withdraw`, { path: { id } }),
    /**
     * Attaches one evidence file (JPEG, PNG or PDF, at most 5 MiB, 5 files an application) as the raw request body.
     * In a browser pass `await file.arrayBuffer()`; in a mini-program the ArrayBuffer from `wx.getFileSystemManager().readFile`.
     */
    uploadEvidence: (applicationId: string, data: ArrayBuffer | ArrayBufferView, contentType = "application/octet-stream") =>
      client.request<EvidenceFile>("POST", `${V1}/me/fund-applications/{id}/evidence`, { path: { id: applicationId }, body: data, contentType }),
    /** Applies for legal aid. Idempotent: keep one `idempotencyKey` per filled-in form. */
    applyForLegalAid: (request: LegalAidRequest, idempotencyKey?: string) =>
      client.request<LegalCase>("POST", `${V1}/legal-aid/cases`, { body: request, idempotent: true, idempotencyKey }),
    myLegalAidCases: (query: { limit?: number; cursor?: string } = {}) =>
      client.request<Page<LegalCase>>("GET", `${V1}/me/legal-aid/cases`, { query }),
    /** One case with its notes, history and documents; the assigned lawyer with their phone. */
    myLegalAidCase: (id: string) => client.request<LegalCase>("GET", `${V1}/me/legal-aid/cases/{id}`, { path: { id } }),
    /** Withdraws an application not yet accepted (again: the same answer); 409 `legal_case.already_accepted` after. */
    withdrawLegalAidCase: (id: string) => client.request<LegalCase>("POST", `${V1}/me/legal-aid/cases/{id}/withdraw`, { path: { id } }),
    /** Attaches one JPEG, PNG or PDF (raw bytes, at most 5 MiB); `onProgress` follows the upload where the runtime can tell. */
    uploadLegalAidDocument: (caseId: string, data: ArrayBuffer | ArrayBufferView, contentType: string,
      onProgress?: (sent: number, total: number) => void) =>
      client.request<LegalCaseDocument>("POST", `${V1}/me/legal-aid/cases/{id}/documents`,
        { path: { id: caseId }, body: data, contentType, onUploadProgress: onProgress }),
    /** Open mutual-aid plans the caller may enrol in, each with `enrolmentId` when enrolled. */
    mutualAidPlans: () => client.request<MutualAidOpenPlan[]>("GET", `${V1}/mutual-aid/plans`),
    /** Enrols in a plan (idempotent); the answer is the certificate; 409 `mutual_aid.already_enrolled` the second time. */
    enrolInMutualAid: (planId: string, idempotencyKey?: string) =>
      client.request<MutualAidEnrolment>("POST", `${V1}/mutual-aid/enrolments`, { body: { planId }, idempotent: true, idempotencyKey }),
    myMutualAidEnrolments: () => client.request<MutualAidEnrolment[]>("GET", `${V1}/me/mutual-aid/enrolments`),
    /** One enrolment as its certificate (number, plan, period, what is left of each benefit). */
    myMutualAidEnrolment: (id: string) => client.request<MutualAidEnrolment>("GET", `${V1}/me/mutual-aid/enrolments/{id}`, { path: { id } }),
    /** Files a claim (idempotent: keep one `idempotencyKey` per filled-in form). */
    fileMutualAidClaim: (request: MutualAidClaimRequest, idempotencyKey?: string) =>
      client.request<MutualAidClaim>("POST", `${V1}/me/mutual-aid/claims`, { body: request, idempotent: true, idempotencyKey }),
    myMutualAidClaims: (query: { limit?: number; cursor?: string } = {}) =>
      client.request<Page<MutualAidClaim>>("GET", `${V1}/me/mutual-aid/claims`, { query }),
    /** Attaches one JPEG, PNG or PDF (raw bytes, at most 5 MiB) to the caller's claim while it awaits review. */
    uploadMutualAidClaimDocument: (claimId: string, data: ArrayBuffer | ArrayBufferView, contentType: string) =>
      client.request<MutualAidClaimDocument>("POST", `${V1}/me/mutual-aid/claims/{id}/documents`, { path: { id: claimId }, body: data, contentType }),
    /** The caller's entry on the hardship register (tier, reason); 404 `household.not_registered` when not on it. */
    myHardshipHousehold: () => client.request<HardshipHousehold>("GET", `${V1}/me/hardship/household`),
    /** Hardship rounds of the caller's organisations, with their packages and the caller's package choice. */
    hardshipRounds: (query: { limit?: number; cursor?: string } = {}) =>
      client.request<Page<HardshipRound>>("GET", `${V1}/hardship/rounds`, { query }),
    /** Declares in an open round. Idempotent: keep one `idempotencyKey` per filled-in form. */
    declareHardship: (request: { roundId: string; note?: string | null }, idempotencyKey?: string) =>
      client.request<HardshipDeclaration>("POST", `${V1}/hardship/declarations`, { body: request, idempotent: true, idempotencyKey }),
    /** The caller's declarations, newest first, each with its history (the timeline), documents and award. */
    myHardshipDeclarations: (query: { limit?: number; cursor?: string } = {}) =>
      client.request<Page<HardshipDeclaration>>("GET", `${V1}/me/hardship/declarations`, { query }),
    /** Attaches one JPEG, PNG or PDF (raw bytes, at most 5 MiB) to the caller's declaration while it is under review. */
    uploadHardshipDocument: (declarationId: string, data: ArrayBuffer | ArrayBufferView, contentType: string,
      onProgress?: (sent: number, total: number) => void) =>
      client.request<HardshipDocument>("POST", `${V1}/me/hardship/declarations/{id}/documents`,
        { path: { id: declarationId }, body: data, contentType, onUploadProgress: onProgress }),
    /** The public notice (公示) of a round: the declarations in notice, names masked. */
    hardshipNotice: (roundId: string) => client.request<HardshipNotice>("GET", `${V1}/hardship/rounds/{id}/notice`, { path: { id: roundId } }),
    /** A fund's public account; no login needed. */
    publicFundAccount: (fundId: string) =>
      client.request<PublicFundAccount>("GET", `${V1}/public/funds/{id}`, { path: { id: fundId }, auth: false }),
    /** Lodges an objection during the notice. Idempotent: keep one `idempotencyKey` per objection form. */
    objectToHardshipDeclaration: (declarationId: string, reason: string, idempotencyKey?: string) =>
      client.request<HardshipObjection>("POST", `${V1}/hardship/declarations/{id}/objections`,
        { path: { id: declarationId }, body: { reason }, idempotent: true, idempotencyKey }),
    /** Picks one package of a round's needs survey (may be changed until the round closes). */
    chooseHardshipPackage: (roundId: string, packageId: string) =>
      client.request<HardshipPackageChoice>("PUT", `${V1}/hardship/rounds/{id}/package-choice`, { path: { id: roundId }, body: { packageId } }),
    /** Grassroots organisations to join; `q` matches their name or their area's (a district lists its organisations). */
    joinableOrgs: (query: { q?: string; limit?: number; cursor?: string } = {}) =>
      client.request<Page<JoinableOrg>>("GET", `${V1}/membership/orgs`, { query }),
    /** Applies to join (workers no roster lists). Idempotent: keep one `idempotencyKey` per filled-in form. */
    applyToJoin: (request: JoinRequest, idempotencyKey?: string) =>
      client.request<MembershipApplication>("POST", `${V1}/membership/applications`, { body: request, idempotent: true, idempotencyKey }),
    myMembershipApplications: (query: { limit?: number; cursor?: string } = {}) =>
      client.request<Page<MembershipApplication>>("GET", `${V1}/membership/applications`, { query }),
    withdrawMembershipApplication: (id: string) =>
      client.request<MembershipApplication>("POST", `${V1}/membership/applications/{id}/withdraw`, { path: { id } }),
    /** Asks to move to another grassroots organisation (one pending request). Idempotent: keep one `idempotencyKey` per form. */
    requestMembershipTransfer: (toOrgId: string, reason: string, idempotencyKey?: string) =>
      client.request<MembershipTransferRequest>("POST", `${V1}/membership/transfer-requests`,
        { body: { toOrgId, reason }, idempotent: true, idempotencyKey }),
    myMembershipTransferRequests: (query: { limit?: number; cursor?: string } = {}) =>
      client.request<Page<MembershipTransferRequest>>("GET", `${V1}/membership/transfer-requests`, { query }),
    withdrawMembershipTransferRequest: (id: string) =>
      client.request<MembershipTransferRequest>("POST", `${V1}/membership/transfer-requests/{id}/withdraw`, { path: { id } }),
    /** Leaves the union: the membership ends (answers the `/me` document, now unverified). */
    leaveMembership: (reason?: string) => client.request<Me>("POST", `${V1}/membership/leave`, { body: { reason: reason ?? null } }),
    /** Moves the account to a new phone; `code` is the SMS code sent to the new phone. Answers the `/me` document. */
    changePhone: (phone: string, code: string) => client.request<Me>("PUT", `${V1}/me/phone`, { body: { phone, code } }),
    /** Everything the platform holds about the caller (personal data masked), as one JSON document. */
    exportMyData: () => client.request<Record<string, unknown>>("GET", `${V1}/me/export`),
    /** Deletes the caller's account for good (personal data erased), then forgets the tokens. */
    deleteMyAccount: async () => {
      await client.request<void>("DELETE", `${V1}/me`, { body: { confirm: "DELETE" } });
      await client.signOut(`${V1}/auth/logout`);
    },
    /** Development only: the codes the fake SMS provider "sent". */
    devSmsOutbox: (phone: string) => client.request<SmsOutbox>("GET", `${V1}/dev/sms-outbox`, { query: { phone }, auth: false }),
  };
}

/** Cashier calls (API.md: Merchants), as a merchant_staff user. */
export function merchantApi(client: UnionHubClient) {
  return {
    staffLogin: async (username: string, password: string) => {
      const tokens = await client.post("/api/v1/admin/auth/login", { body: { username, password }, auth: false });
      if (!tokens?.accessToken) throw new Error("login answered without a token");
      client.signIn({ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken ?? null, expiresIn: tokens.expiresIn, roles: tokens.roles ?? [] });
      return tokens;
    },
    me: () => client.get("/api/v1/merchant/me") as Promise<MerchantMe>,
    preview: (ref: VoucherRef) => client.request<RedemptionPreview>("POST", `${V1}/merchant/redemptions/preview`, { body: ref }),
    /** Idempotent: keep one `idempotencyKey` per voucher the cashier redeems, so a retry never redeems twice. */
    redeem: (ref: VoucherRef, idempotencyKey?: string) =>
      client.request<Redemption>("POST", `${V1}/merchant/redemptions`, { body: ref, idempotent: true, idempotencyKey }),
    /** Reverses a redemption within 30 minutes of it; the voucher is unused again. */
    voidRedemption: (id: string, reason: string) =>
      client.request<VoidAnswer>("POST", `${V1}/merchant/redemptions/{id}/void`, { path: { id }, body: { reason } }),
    /** The merchant's redemptions of one day (`date` yyyy-MM-dd, China time; today by default), newest first, voided ones included. */
    dayRedemptions: (query: { date?: string; limit?: number; cursor?: string } = {}) =>
      client.request<Page<DayRedemption>>("GET", `${V1}/merchant/redemptions`, { query }),
    /** The settlement of a period (yyyy-MM-dd, both days included, at most 93 days). */
    settlement: (from: string, to: string) => client.request<Settlement>("GET", `${V1}/merchant/settlements`, { query: { from, to } }),
    /** The same settlement as a UTF-8 CSV (with BOM) for a spreadsheet. */
    settlementCsv: (from: string, to: string) =>
      client.request<string>("GET", `${V1}/merchant/settlements`, { query: { from, to }, headers: { Accept: "text/csv" }, responseType: "text" }),
  };
}

export type MemberApi = ReturnType<typeof memberApi>;
export type MerchantApi = ReturnType<typeof merchantApi>;
