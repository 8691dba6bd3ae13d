import { reactive } from "vue";
import { describeError } from "@unionhub/sdk";
import { evidenceProblem, evidenceType } from "./funds";

/** A picked file on its way to the server. */
export interface QueuedUpload {
  key: number;
  file: File;
  contentType: string;
  /** 0-100 while uploading. */
  progress: number;
  state: "waiting" | "uploading" | "done" | "failed";
  error: string;
}

export type UploadOne = (file: File, contentType: string, onProgress: (sent: number, total: number) => void) => Promise<unknown>;

let nextKey = 1;

/**
 * Documents picked from the camera or the album, uploaded one after the other with their progress; a failed one keeps
 * its place and is tried again on retry (the rest are not sent twice).
 */
export function useUploadQueue(max: number) {
  const items = reactive<QueuedUpload[]>([]);

  /** Queues the files that may be attached; answers the reasons for those that may not. */
  function add(files: Iterable<File>, alreadyOnServer = 0): string[] {
    const problems: string[] = [];
    for (const file of files) {
      const problem = evidenceProblem(file, alreadyOnServer + items.length, max);
      if (problem) { problems.push(`${file.name}：${problem}`); continue; }
      items.push({ key: nextKey++, file, contentType: evidenceType(file)!, progress: 0, state: "waiting", error: "" });
    }
    return problems;
  }

  function remove(item: QueuedUpload) {
    const at = items.indexOf(item);
    if (at >= 0 && item.state !== "uploading" && item.state !== "done") items.splice(at, 1);
  }

  async function send(item: QueuedUpload, upload: UploadOne): Promise<boolean> {
    item.state = "uploading";
    item.progress = 0;
    item.error = "";
    try {
      await upload(item.file, item.contentType, (sent, total) => { item.progress = total > 0 ? Math.round((sent / total) * 100) : 0; });
      item.progress = 100;
      item.state = "done";
      return true;
    } catch (e) {
      item.state = "failed";
      item.error = describeError(e);
      return false;
    }
  }

  /** Uploads every file not sent yet (waiting or failed); true when all are on the server. */
  async function uploadAll(upload: UploadOne): Promise<boolean> {
    let ok = true;
    for (const item of items) {
      if (item.state === "waiting" || item.state === "failed") ok = (await send(item, upload)) && ok;
    }
    return ok;
  }

  const pending = () => items.filter((i) => i.state !== "done").length;

  return { items, add, remove, send, uploadAll, pending };
}
