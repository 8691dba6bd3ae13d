// moved to @unionhub/shared (the console scans members' vouchers too)
export { barcodeDetectorAvailable, scanQr } from "@unionhub/shared";
