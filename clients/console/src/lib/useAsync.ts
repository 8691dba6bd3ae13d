import { ref, shallowRef } from "vue";
import { errorText } from "./api";

/** Loading / error / data state of one load, with the error shown by its problem code. */
export function useAsync<T>(load: () => Promise<T>) {
  const data = shallowRef<T | null>(null);
  const loading = ref(false);
  const error = ref<string | null>(null);
  async function run(options: { quiet?: boolean } = {}): Promise<void> {
    if (!options.quiet) loading.value = true;
    error.value = null;
    try {
      data.value = await load();
    } catch (e) {
      error.value = errorText(e);
    } finally {
      loading.value = false;
    }
  }
  return { data, loading, error, run };
}

interface PageLike<T> { items?: T[] | null; nextCursor?: string | null }

/** A cursor-paged list: first page, then "加载更多" appends the next one. */
export function usePaged<T>(load: (cursor: string | undefined) => Promise<PageLike<T> | undefined>) {
  const items = shallowRef<T[]>([]);
  const nextCursor = ref<string | null>(null);
  const loading = ref(false);
  const error = ref<string | null>(null);
  async function fetchPage(cursor: string | undefined, quiet = false) {
    if (!quiet) loading.value = true;
    error.value = null;
    try {
      const page = await load(cursor);
      items.value = cursor ? [...items.value, ...(page?.items ?? [])] : page?.items ?? [];
      nextCursor.value = page?.nextCursor ?? null;
    } catch (e) {
      error.value = errorText(e);
    } finally {
      loading.value = false;
    }
  }
  return {
    items, nextCursor, loading, error,
    reload: (quiet = false) => fetchPage(undefined, quiet),
    more: () => (nextCursor.value ? fetchPage(nextCursor.value) : Promise.resolve()),
  };
}

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
