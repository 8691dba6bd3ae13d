/** Elder mode (长辈模式): larger type and touch targets app-wide (style.css, `html.elder`), remembered on the device. */
export const elderModeKey = "unionhub.member.elderMode"; // also read by public/elder-mode.js before the first paint

/** Whether elder mode is on: the class public/elder-mode.js set from storage before the app started. */
export function isElderMode(root: { classList: DOMTokenList }): boolean {
  return root.classList.contains("elder");
}

/** Turns elder mode on or off now and for the next visits on this device. */
export function setElderMode(on: boolean, root: { classList: DOMTokenList }, storage: Pick<Storage, "setItem" | "removeItem">): void {
  root.classList.toggle("elder", on);
  try {
    if (on) storage.setItem(elderModeKey, "on");
    else storage.removeItem(elderModeKey);
  } catch {
    // storage blocked (private mode): on for this visit only
  }
}
