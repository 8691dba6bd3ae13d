// moved to @unionhub/shared (the console takes typed or scanned voucher codes too)
export { toVoucherRef } from "@unionhub/shared";
