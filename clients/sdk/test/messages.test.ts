import { describe, expect, it } from "vitest";
import { ApiError, describeError, describeStaffError, errorMessagesZh, staffErrorMessagesZh } from "../src/index.js";
import { serverErrorCodes } from "../src/generated/error-codes.js";

// Every error code written in API.md (shared/API.md), plus the platform's defaults.
const apiMdCodes = [
  "request.malformed", "request.too_large", "rate_limited", "idempotency.key_reused", "idempotency.in_progress",
  "auth.invalid_phone", "auth.invalid_code", "auth.wechat_rejected", "auth.wechat_unavailable", "auth.invalid_refresh",
  "auth.invalid_credentials", "realname.invalid_id", "realname.not_in_roster", "realname.id_already_bound",
  "realname.already_verified", "enterprise.invalid_credit_code", "perk.stock_below_claimed", "member.not_verified",
  "perk.not_eligible", "perk.not_started", "perk.ended", "perk.sold_out", "perk.limit_reached", "voucher.not_found",
  "voucher.wrong_merchant", "voucher.already_redeemed", "voucher.expired", "voucher.void", "voucher.bad_signature",
  "redemption.void_window_passed", "fund.closed", "fund.application_open", "application.not_withdrawable",
  "fund.budget_exceeded", "application.not_reviewable", "grant.over_max", "disbursement.over_grant",
  "disbursement.same_user", "disbursement.not_proposed", "validation.failed",
];
// Codes the relief-fund screens and the cashier's void and list meet (from Features/Funds and Features/Merchants).
const screenCodes = ["application.not_editable", "application.not_draft", "application.not_returned", "evidence.too_large",
  "evidence.unsupported_type", "evidence.limit_reached", "redemption.not_found", "redemption.already_void", "redemption.not_voidable",
  "voucher.changed", "request.bad_cursor"];
const platformDefaults = ["request.invalid", "auth.unauthenticated", "auth.forbidden", "not_found", "request.method_not_allowed",
  "conflict", "request.unsupported_media_type", "service.unavailable", "server.error", "request.error", "network.error"];

describe("error messages", () => {
  it.each([...apiMdCodes, ...screenCodes, ...platformDefaults])("has a Chinese message for %s", (code) => {
    expect(errorMessagesZh[code]).toMatch(/[\u4e00-\u9fa5]/);
  });

  it("describes an ApiError by its code, an unknown code by its status, and anything else generically", () => {
    expect(describeError(new ApiError({ status: 409, code: "perk.sold_out" }))).toBe("手慢了，福利已被抢光");
    expect(describeError(new ApiError({ status: 404, code: "some.future_code" }))).toBe(errorMessagesZh["not_found"]);
    expect(describeError(new ApiError({ status: 0, code: "whatever" }))).toBe(errorMessagesZh["network.error"]);
    expect(describeError(new Error("boom"))).toBe(errorMessagesZh["server.error"]);
  });

  it("says how long to wait when rate limited", () => {
    expect(describeError(new ApiError({ status: 429, code: "rate_limited", retryAfter: 42 }))).toBe("操作太频繁，请 42 秒后再试");
    expect(describeError(new ApiError({ status: 429, code: "rate_limited", retryAfter: 3600 }))).toBe("操作太频繁，请 60 分钟后再试");
  });

  it("says the size limit of a refused image", () => {
    expect(describeError(new ApiError({ status: 413, code: "content.image_too_large", problem: { maxBytes: 5 * 1024 * 1024 } })))
      .toBe("图片超过 5 MB 上限，请压缩后再上传");
    expect(describeError(new ApiError({ status: 413, code: "content.image_too_large", problem: { maxBytes: 512 * 1024 } })))
      .toBe("图片超过 512 KB 上限，请压缩后再上传");
    expect(describeStaffError(new ApiError({ status: 413, code: "content.image_too_large", problem: { maxBytes: 5 * 1024 * 1024 } })))
      .toBe("图片超过 5 MB 上限，请压缩后再上传");
    expect(describeStaffError(new ApiError({ status: 413, code: "content.image_too_large" }))).toBe(staffErrorMessagesZh["content.image_too_large"]);
  });
});

describe("staff error messages", () => {
  it.each(["auth.account_locked", "enterprise.duplicate", "roster.invalid_header", "household.already_registered",
    "declaration.wrong_state", "hardship.not_district", "hardship.same_reviewer", "award.over_cap", "survey.deadline_not_reached"])(
    "has a Chinese staff message for %s", (code) => {
      expect(staffErrorMessagesZh[code]).toMatch(/[\u4e00-\u9fa5]/);
    });

  it("prefers the staff wording, then falls back to the member-facing message and the status", () => {
    expect(describeStaffError(new ApiError({ status: 404, code: "redemption.not_found" }))).toBe("核销记录不存在");
    expect(describeError(new ApiError({ status: 404, code: "redemption.not_found" }))).toBe("未找到本商户的这笔核销记录");
    expect(describeStaffError(new ApiError({ status: 409, code: "perk.sold_out" }))).toBe("手慢了，福利已被抢光");
    expect(describeStaffError(new ApiError({ status: 403, code: "some.future_code" }))).toBe(errorMessagesZh["auth.forbidden"]);
    expect(describeStaffError(new Error("boom"))).toBe(errorMessagesZh["server.error"]);
  });
});

// Every code the server can answer (generated from the API's *Problems classes by ./dev sdk; a unit test keeps it current).
describe("every server error code", () => {
  it("is generated and not empty", () => {
    expect(serverErrorCodes.length).toBeGreaterThan(100);
  });

  it.each([...serverErrorCodes])("has a Chinese message for %s", (code) => {
    expect(errorMessagesZh[code] ?? staffErrorMessagesZh[code]).toMatch(/[\u4e00-\u9fa5]/);
  });
});
