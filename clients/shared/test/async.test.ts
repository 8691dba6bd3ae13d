import { describe, expect, it } from "vitest";
import { ApiError } from "@unionhub/sdk";
import { createAsync, loadAll, useAsync, usePaged } from "../src/index.js";

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

/** A load whose calls the test answers one by one. */
function scripted<T>() {
  const calls: { args: unknown[]; answer: ReturnType<typeof deferred<T>> }[] = [];
  const load = (...args: unknown[]) => {
    const answer = deferred<T>();
    calls.push({ args, answer });
    return answer.promise;
  };
  return { load, calls };
}

describe("useAsync", () => {
  it("is loading while the load runs, then holds its data", async () => {
    const { load, calls } = scripted<string>();
    const state = useAsync(load);
    expect(state.loading.value).toBe(false);
    const run = state.run();
    expect(state.loading.value).toBe(true);
    calls[0]!.answer.resolve("ok");
    await run;
    expect(state).toMatchObject({ data: { value: "ok" }, loading: { value: false }, error: { value: null } });
  });

  it("shows a failure as the SDK's Chinese message and keeps the last good data", async () => {
    const { load, calls } = scripted<string>();
    const state = useAsync(load);
    const first = state.run();
    calls[0]!.answer.resolve("good");
    await first;
    const second = state.run();
    calls[1]!.answer.reject(new ApiError({ status: 409, code: "voucher.already_redeemed" }));
    await second;
    expect(state.error.value).toBe("该券已核销，不能重复使用");
    expect(state.data.value).toBe("good");
    expect(state.loading.value).toBe(false);
  });

  it("clears the error when run again", async () => {
    const { load, calls } = scripted<string>();
    const state = useAsync(load);
    const first = state.run();
    calls[0]!.answer.reject(new Error("offline"));
    await first;
    expect(state.error.value).not.toBeNull();
    const second = state.run();
    expect(state.error.value).toBeNull();
    calls[1]!.answer.resolve("back");
    await second;
    expect(state.data.value).toBe("back");
  });

  it("a quiet run refreshes without turning loading on", async () => {
    const { load, calls } = scripted<number>();
    const state = useAsync(load);
    const run = state.run({ quiet: true });
    expect(state.loading.value).toBe(false);
    calls[0]!.answer.resolve(2);
    await run;
    expect(state.data.value).toBe(2);
  });

  it("only the latest run counts: a slow older answer never overwrites a newer one", async () => {
    const { load, calls } = scripted<string>();
    const state = useAsync(load);
    const older = state.run();
    const newer = state.run();
    calls[1]!.answer.resolve("newer");
    await newer;
    expect(state.data.value).toBe("newer");
    expect(state.loading.value).toBe(false);
    calls[0]!.answer.resolve("older");
    await older;
    expect(state.data.value).toBe("newer");
  });

  it("stays loading until the latest run is done, and ignores an older run's failure", async () => {
    const { load, calls } = scripted<string>();
    const state = useAsync(load);
    const older = state.run();
    const newer = state.run();
    calls[0]!.answer.reject(new Error("late failure"));
    await older;
    expect(state.loading.value).toBe(true);
    expect(state.error.value).toBeNull();
    calls[1]!.answer.resolve("fine");
    await newer;
    expect(state).toMatchObject({ data: { value: "fine" }, loading: { value: false }, error: { value: null } });
  });

  it("uses an app's own error text when bound with createAsync", async () => {
    const { useAsync: withCodes } = createAsync((e) => `failed [${e instanceof ApiError ? e.code : "?"}]`);
    const state = withCodes(() => Promise.reject(new ApiError({ status: 404, code: "not_found" })));
    await state.run();
    expect(state.error.value).toBe("failed [not_found]");
  });
});

describe("usePaged", () => {
  type Page = { items: string[]; nextCursor: string | null };

  it("reload fetches the first page, more appends the next and stops at the last", async () => {
    const { load, calls } = scripted<Page>();
    const list = usePaged<string>(load);
    const first = list.reload();
    expect(list.loading.value).toBe(true);
    calls[0]!.answer.resolve({ items: ["a", "b"], nextCursor: "c2" });
    await first;
    expect(list.items.value).toEqual(["a", "b"]);
    expect(list.nextCursor.value).toBe("c2");

    const second = list.more();
    expect(calls[1]!.args).toEqual(["c2"]);
    calls[1]!.answer.resolve({ items: ["c"], nextCursor: null });
    await second;
    expect(list.items.value).toEqual(["a", "b", "c"]);
    expect(list.nextCursor.value).toBeNull();

    await list.more();
    expect(calls).toHaveLength(2);
  });

  it("more while a page is on its way waits for it instead of fetching the same page twice", async () => {
    const { load, calls } = scripted<Page>();
    const list = usePaged<string>(load);
    const first = list.reload();
    calls[0]!.answer.resolve({ items: ["a"], nextCursor: "c2" });
    await first;
    const once = list.more();
    const twice = list.more();
    expect(calls).toHaveLength(2);
    calls[1]!.answer.resolve({ items: ["b"], nextCursor: null });
    await Promise.all([once, twice]);
    expect(list.items.value).toEqual(["a", "b"]);
  });

  it("a reload supersedes a page still on its way", async () => {
    const { load, calls } = scripted<Page>();
    const list = usePaged<string>(load);
    const first = list.reload();
    calls[0]!.answer.resolve({ items: ["old-1"], nextCursor: "c2" });
    await first;
    const more = list.more();
    const reload = list.reload();
    calls[2]!.answer.resolve({ items: ["new-1"], nextCursor: null });
    await reload;
    calls[1]!.answer.resolve({ items: ["old-2"], nextCursor: "c3" });
    await more;
    expect(list.items.value).toEqual(["new-1"]);
    expect(list.nextCursor.value).toBeNull();
    expect(list.loading.value).toBe(false);
  });

  it("a failed page keeps the rows already shown and tells why", async () => {
    const { load, calls } = scripted<Page>();
    const list = usePaged<string>(load);
    const first = list.reload();
    calls[0]!.answer.resolve({ items: ["a"], nextCursor: "c2" });
    await first;
    const more = list.more();
    calls[1]!.answer.reject(new ApiError({ status: 0, code: "network.offline" }));
    await more;
    expect(list.items.value).toEqual(["a"]);
    expect(list.error.value).toBeTruthy();
    expect(list.nextCursor.value).toBe("c2");
  });

  it("a quiet reload keeps loading off", async () => {
    const list = usePaged<string>(async () => ({ items: ["x"], nextCursor: null }));
    const reload = list.reload(true);
    expect(list.loading.value).toBe(false);
    await reload;
    expect(list.items.value).toEqual(["x"]);
  });
});

describe("loadAll", () => {
  it("follows the cursors to the last page", async () => {
    const pages: Record<string, { items: number[]; nextCursor: string | null }> = {
      first: { items: [1, 2], nextCursor: "p2" }, p2: { items: [3], nextCursor: "p3" }, p3: { items: [4], nextCursor: null },
    };
    const seen: (string | undefined)[] = [];
    const all = await loadAll(async (cursor) => { seen.push(cursor); return pages[cursor ?? "first"]; });
    expect(all).toEqual([1, 2, 3, 4]);
    expect(seen).toEqual([undefined, "p2", "p3"]);
  });

  it("stops after maxPages", async () => {
    let calls = 0;
    const all = await loadAll(async () => { calls++; return { items: [calls], nextCursor: "again" }; }, 3);
    expect(all).toEqual([1, 2, 3]);
    expect(calls).toBe(3);
  });
});
