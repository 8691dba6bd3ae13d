import { ref, shallowRef } from "vue";
import { describeError } from "@unionhub/sdk";

/** Turns a failed call into the text an app shows (the SDK's Chinese message; the console adds the problem code). */
export type Describe = (error: unknown) => string;

export interface PageLike<T> { items?: T[] | null; nextCursor?: string | null }

/**
 * The loading / error / data helpers with an app's own error text, bound once per app:
 * `export const { useAsync, usePaged } = createAsync(errorText)`.
 *
 * Both keep the last good data when a load fails, and only the latest load counts: an answer that arrives after a newer
 * load started is dropped (a slow first answer never overwrites a newer one), and `loading` stays on until the latest
 * load is done.
 */
export function createAsync(describe: Describe = describeError) {
  /** Loading / error / data state of one async load. `run({ quiet: true })` refreshes without turning `loading` on. */
  function useAsync<T>(load: () => Promise<T>) {
    const data = shallowRef<T | null>(null);
    const loading = ref(false);
    const error = ref<string | null>(null);
    let latest = 0;
    async function run(options: { quiet?: boolean } = {}): Promise<void> {
      const mine = ++latest;
      if (!options.quiet) loading.value = true;
      error.value = null;
      try {
        const result = await load();
        if (mine === latest) data.value = result;
      } catch (e) {
        if (mine === latest) error.value = describe(e);
      } finally {
        if (mine === latest) loading.value = false;
      }
    }
    return { data, loading, error, run };
  }

  /**
   * A cursor-paged list: `reload()` fetches the first page, `more()` appends the next one. A reload supersedes a page
   * still on its way; `more()` while a fetch is on its way waits for that one instead of fetching the same page twice.
   */
  function usePaged<T>(load: (cursor: string | undefined) => Promise<PageLike<T> | undefined>) {
    const items = shallowRef<T[]>([]);
    const nextCursor = ref<string | null>(null);
    const loading = ref(false);
    const error = ref<string | null>(null);
    let latest = 0;
    let pending: Promise<void> | null = null;
    function fetchPage(cursor: string | undefined, quiet: boolean): Promise<void> {
      const mine = ++latest;
      if (!quiet) loading.value = true;
      error.value = null;
      const done = (async () => {
        try {
          const page = await load(cursor);
          if (mine !== latest) return;
          items.value = cursor ? [...items.value, ...(page?.items ?? [])] : page?.items ?? [];
          nextCursor.value = page?.nextCursor ?? null;
        } catch (e) {
          if (mine === latest) error.value = describe(e);
        } finally {
          if (mine === latest) {
            loading.value = false;
            pending = null;
          }
        }
      })();
      pending = done;
      return done;
    }
    return {
      items, nextCursor, loading, error,
      reload: (quiet = false) => fetchPage(undefined, quiet),
      more: () => pending ?? (nextCursor.value ? fetchPage(nextCursor.value, false) : Promise.resolve()),
    };
  }

  return { useAsync, usePaged };
}

/** With the SDK's Chinese messages (the member app and the merchant page). */
export const { useAsync, usePaged } = createAsync();

/** Every page of a cursor-paged list (for pickers and charts; stops after `maxPages`). */
export async function loadAll<T>(load: (cursor: string | undefined) => Promise<PageLike<T> | undefined>, maxPages = 20): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < maxPages; i++) {
    const page = await load(cursor);
    all.push(...(page?.items ?? []));
    if (!page?.nextCursor) break;
    cursor = page.nextCursor;
  }
  return all;
}
