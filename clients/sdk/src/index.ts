export { UnionHubClient, REFRESH_PATH, CONSISTENCY_HEADER, randomUuid } from "./client.js";
export type { CallOptions, ClientOptions, QueryValue, ResponseOf, BodyOf } from "./client.js";
export { ApiError, defaultCode, toApiError } from "./errors.js";
export { fetchTransport } from "./transport.js";
export type { Transport, TransportRequest, TransportResponse } from "./transport.js";
export { storageTokenStore, memoryStorage, browserStorage } from "./storage.js";
export type { KeyValueStorage, TokenStore, Tokens } from "./storage.js";
export { memberApi, merchantApi } from "./api.js";
export type {
  MemberApi, MerchantApi, LegalCase, LegalAidRequest, LegalCaseDocument, InboxPage, InboxItem, NotificationSettings, NotificationSettingsUpdate,
  HardshipHousehold, HardshipRound, HardshipDeclaration, HardshipDocument, HardshipNotice, HardshipObjection, HardshipPackageChoice,
  JoinableOrg, MembershipApplication, JoinRequest, MembershipTransferRequest, PublicFundAccount,
  MutualAidOpenPlan, MutualAidEnrolment, MutualAidClaim, MutualAidClaimRequest, MutualAidClaimDocument,
} from "./api.js";
export { wxTransport, wxStorage, wxUuid } from "./wx.js";
export type { WxLike, WxRequestOptions } from "./wx.js";
export * from "./contract.js";
export type { paths, components, operations } from "./generated/api.js";
export { errorMessagesZh, describeError, staffErrorMessagesZh, describeStaffError } from "./messages.js";
export { yuan, chinaTime, groupCode } from "./format.js";
