export { createAsync, loadAll, useAsync, usePaged, type Describe, type PageLike } from "./async.js";
export { barcodeDetectorAvailable, scanQr } from "./scan.js";
export { toVoucherRef } from "./voucherRef.js";
