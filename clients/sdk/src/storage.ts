/** The tokens the API answers on login and refresh (see API.md "Tokens"). */
export interface Tokens {
  accessToken: string;
  refreshToken?: string | null;
  /** Seconds the access token lives, as answered. */
  expiresIn?: number;
  roles?: string[];
}

/** A synchronous key-value store: `localStorage` in a browser, `wx.*StorageSync` in a mini-program, a Map in tests. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Where the client keeps its tokens. */
export interface TokenStore {
  get(): Tokens | null;
  set(tokens: Tokens): void;
  clear(): void;
}

/** Keeps tokens as JSON under one key of a KeyValueStorage. */
export function storageTokenStore(storage: KeyValueStorage, key = "unionhub.tokens"): TokenStore {
  return {
    get() {
      const text = storage.getItem(key);
      if (!text) return null;
      try {
        const tokens = JSON.parse(text) as Tokens;
        return typeof tokens?.accessToken === "string" ? tokens : null;
      } catch {
        return null;
      }
    },
    set(tokens) { storage.setItem(key, JSON.stringify(tokens)); },
    clear() { storage.removeItem(key); },
  };
}

/** In-memory storage (tests, server-side use, or when the user opts out of persistence). */
export function memoryStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => { map.set(k, v); },
    removeItem: (k) => { map.delete(k); },
  };
}

/** The browser's localStorage, or memory when it is unavailable (private mode, no DOM). */
export function browserStorage(): KeyValueStorage {
  try {
    const ls = globalThis.localStorage;
    const probe = "__unionhub_probe__";
    ls.setItem(probe, "1");
    ls.removeItem(probe);
    return ls;
  } catch {
    return memoryStorage();
  }
}
