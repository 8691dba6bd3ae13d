import { describe, expect, it } from "vitest";
import { ApiError } from "@unionhub/sdk";
import { errorText } from "./api";

describe("errorText", () => {
  it("shows the Chinese message, the fields to correct and the problem code", () => {
    const e = new ApiError({ status: 422, code: "merchant.invalid_credit_code", errors: { creditCode: ["must be 18 characters"] } });
    expect(errorText(e)).toBe("统一社会信用代码不正确（需更正：creditCode） [merchant.invalid_credit_code]");
  });
  it("uses the SDK's messages for the codes it knows, and the status for unknown codes", () => {
    expect(errorText(new ApiError({ status: 409, code: "disbursement.same_user" }))).toBe("拨付须由另一位工作人员确认 [disbursement.same_user]");
    expect(errorText(new ApiError({ status: 404, code: "something.new" }))).toBe("内容不存在或已删除 [something.new]");
    expect(errorText(new ApiError({ status: 0, code: "network.error" }))).toBe("网络连接失败，请检查网络后重试 [network.error]");
  });
  it("shows a plain message for errors that are not API errors", () => {
    expect(errorText(new Error("boom"))).toBe("系统开小差了，请稍后再试");
  });
});
