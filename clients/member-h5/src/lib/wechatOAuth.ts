// WeChat login of the H5 app opened inside WeChat's browser: the Official Account web OAuth (snsapi_base).
// Pure logic (URL, state, what came back); LoginView does the navigation and the API call.

/** What GET /api/v1/auth/wechat/h5-config answers. */
export interface WeChatH5Config { enabled: boolean; appId: string | null; scope: string; devRedirect: boolean }

/** The storage this needs (sessionStorage in the app, a Map in tests). */
export interface KeyValueStore { getItem(key: string): string | null; setItem(key: string, value: string): void; removeItem(key: string): void }

export const STATE_KEY = "unionhub.wechat.oauthState";
export const AUTO_KEY = "unionhub.wechat.autoStarted";
const AUTHORIZE = "https://open.weixin.qq.com/connect/oauth2/authorize";

/** WeChat's in-app browser says MicroMessenger in its user agent (WeChat for Windows/Mac too; WeCom adds wxwork). */
export const isWeChatBrowser = (userAgent: string): boolean => /MicroMessenger/i.test(userAgent);

/** 16 random bytes as hex (crypto.getRandomValues; no Math.random). */
export function randomToken(bytes = 16): string {
  const buf = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(buf);
  return Array.from(buf, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The URL without the code and state WeChat appended (the redirect_uri to send, and the address to show after login). */
export function withoutOAuthParams(href: string): string {
  const url = new URL(href);
  url.searchParams.delete("code");
  url.searchParams.delete("state");
  url.hash = "";
  return url.toString();
}

/**
 * Where to send the browser to log in: open.weixin.qq.com's authorize page, or (dev redirect, Development only)
 * straight back to `returnTo` with `code=dev-<random>`. Stores a fresh random state in `store`.
 */
export function startUrl(config: WeChatH5Config, returnTo: string, store: KeyValueStore, random: () => string = randomToken): string {
  if (!config.enabled || (!config.devRedirect && !config.appId)) throw new Error("WeChat login is not enabled");
  const state = random();
  store.setItem(STATE_KEY, state);
  const back = withoutOAuthParams(returnTo);
  if (config.devRedirect) {
    const url = new URL(back);
    url.searchParams.set("code", `dev-${random()}`);
    url.searchParams.set("state", state);
    return url.toString();
  }
  // WeChat wants the parameters in this order and the #wechat_redirect fragment
  return `${AUTHORIZE}?appid=${encodeURIComponent(config.appId!)}&redirect_uri=${encodeURIComponent(back)}` +
    `&response_type=code&scope=${encodeURIComponent(config.scope || "snsapi_base")}&state=${encodeURIComponent(state)}#wechat_redirect`;
}

export type OAuthReturn =
  | { kind: "none" }
  | { kind: "code"; code: string }
  | { kind: "error"; message: string };

/**
 * Reads what WeChat sent back. The stored state is spent whatever the outcome (one state, one return), so a
 * copied link with someone's code and state cannot be replayed in another tab or session.
 */
export function readReturn(href: string, store: KeyValueStore): OAuthReturn {
  const params = new URL(href).searchParams;
  const code = params.get("code");
  const state = params.get("state");
  if (code === null && state === null) return { kind: "none" };
  const expected = store.getItem(STATE_KEY);
  store.removeItem(STATE_KEY);
  if (!expected || state !== expected) return { kind: "error", message: "微信登录校验未通过，请重新发起微信登录或使用手机号登录" };
  if (!code) return { kind: "error", message: "微信未完成授权，请重试或使用手机号登录" };
  return { kind: "code", code };
}

/** True once per browser session: the login screen starts WeChat login by itself only the first time. */
export function claimAutoStart(store: KeyValueStore): boolean {
  if (store.getItem(AUTO_KEY)) return false;
  store.setItem(AUTO_KEY, "1");
  return true;
}
