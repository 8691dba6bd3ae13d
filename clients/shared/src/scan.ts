/** Camera scanning (the merchant page and the console's hand-out screen) with the browser's BarcodeDetector (Chrome/Edge on Android, Safari 17+); null where it is missing. */
interface DetectedBarcode { rawValue: string }
interface BarcodeDetectorLike { detect(source: CanvasImageSource): Promise<DetectedBarcode[]> }
type BarcodeDetectorCtor = new (options?: { formats?: string[] }) => BarcodeDetectorLike;

export function barcodeDetectorAvailable(): boolean {
  return typeof window !== "undefined" && "BarcodeDetector" in window && !!navigator.mediaDevices?.getUserMedia;
}

/** Starts the back camera in `video` and resolves with the first QR code read; `stop()` ends it early. */
export function scanQr(video: HTMLVideoElement): { result: Promise<string>; stop: () => void } {
  let stopped = false;
  let stream: MediaStream | null = null;
  const stop = () => {
    stopped = true;
    stream?.getTracks().forEach((t) => t.stop());
    video.srcObject = null;
  };
  const result = (async () => {
    const Detector = (window as unknown as { BarcodeDetector: BarcodeDetectorCtor }).BarcodeDetector;
    const detector = new Detector({ formats: ["qr_code"] });
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
    video.srcObject = stream;
    await video.play();
    while (!stopped) {
      const codes = await detector.detect(video).catch(() => [] as DetectedBarcode[]);
      const value = codes.find((c) => c.rawValue)?.rawValue;
      if (value) { stop(); return value; }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error("stopped");
  })();
  result.catch(() => stop());
  return { result, stop };
}
