import { describe, expect, it } from "vitest";
import { toVoucherRef } from "./voucherRef";

describe("voucher reference from the cashier's input", () => {
  it("sends a scanned QR as qrPayload, untouched", () => {
    expect(toVoucherRef(" uh1.ABCD.sig-_x ", true)).toEqual({ qrPayload: "uh1.ABCD.sig-_x" });
  });
  it("normalises a typed code", () => {
    expect(toVoucherRef("abcd efgh-jklm", false)).toEqual({ code: "ABCDEFGHJKLM" });
  });
  it("refuses empty and too short input", () => {
    expect(toVoucherRef("  ", false)).toBeNull();
    expect(toVoucherRef("abc", false)).toBeNull();
  });
});
