import { showConfirmDialog as vantConfirm, showDialog as vantDialog, type DialogOptions } from "vant";

/**
 * Vant's dialogs, named for assistive technology. Vant 4 sets the dialog's `aria-labelledby` to its title text rather than
 * to an element id, so a screen reader announces an unnamed dialog (axe: aria-dialog-name). The title (or, without one,
 * the message) becomes its `aria-label`; Vant hands the attribute through to the dialog element. Views import these,
 * never Vant's own.
 */
export function named(options: DialogOptions): DialogOptions {
  const label = options.title || (typeof options.message === "string" ? options.message : "");
  return { ...options, "aria-label": label } as DialogOptions;
}

/** A message with one button (or two, with showCancelButton); resolves on confirm, rejects on cancel. */
export const showDialog = (options: DialogOptions) => vantDialog(named(options));

/** A question with 确认 and 取消; resolves on confirm, rejects on cancel. */
export const showConfirmDialog = (options: DialogOptions) => vantConfirm(named(options));
