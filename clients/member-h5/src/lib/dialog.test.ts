import { describe, expect, it, vi } from "vitest";

const opened: Record<string, unknown>[] = [];
vi.mock("vant", () => ({
  showDialog: (o: Record<string, unknown>) => { opened.push(o); return Promise.resolve(); },
  showConfirmDialog: (o: Record<string, unknown>) => { opened.push(o); return Promise.resolve(); },
}));
const { showConfirmDialog, showDialog } = await import("./dialog");

describe("dialogs", () => {
  it("are named by their title, or by their message when they have none", async () => {
    opened.length = 0;
    await showConfirmDialog({ title: "退出登录", message: "确定要退出当前账号吗？" });
    await showDialog({ message: "已提交" });
    expect(opened.map((o) => o["aria-label"])).toEqual(["退出登录", "已提交"]);
    expect(opened[0]).toMatchObject({ title: "退出登录", message: "确定要退出当前账号吗？" });
  });

  it("are opened only through this module, so every one is named", () => {
    const views = import.meta.glob("../**/*.vue", { query: "?raw", import: "default", eager: true }) as Record<string, string>;
    expect(Object.keys(views).length).toBeGreaterThan(10);
    const direct = Object.entries(views)
      .filter(([, source]) => /import\s*\{[^}]*\bshow(Confirm)?Dialog\b[^}]*\}\s*from\s*"vant"/.test(source))
      .map(([path]) => path);
    expect(direct).toEqual([]);
  });
});
