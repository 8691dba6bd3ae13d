import { describe, expect, it } from "vitest";
import { AUTO_KEY, STATE_KEY, claimAutoStart, isWeChatBrowser, randomToken, readReturn, startUrl, withoutOAuthParams, type KeyValueStore } from "./wechatOAuth";

function memory(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

const oa = { enabled: true, appId: "wx-oa-1", scope: "snsapi_base", devRedirect: false };
const here = "https://h5.example.cn/login?redirect=%2Fwallet";

describe("WeChat browser detection", () => {
  it("sees MicroMessenger, not other browsers", () => {
    expect(isWeChatBrowser("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN")).toBe(true);
    expect(isWeChatBrowser("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36")).toBe(false);
  });
});

describe("the authorize URL", () => {
  it("goes to open.weixin.qq.com with the appid, the encoded return address, snsapi_base and the stored state", () => {
    const store = memory();
    const url = startUrl(oa, here, store, () => "s1");
    expect(url).toBe("https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx-oa-1&redirect_uri="
      + encodeURIComponent("https://h5.example.cn/login?redirect=%2Fwallet") + "&response_type=code&scope=snsapi_base&state=s1#wechat_redirect");
    expect(store.getItem(STATE_KEY)).toBe("s1");
  });
  it("drops an old code and state from the return address", () => {
    const url = new URL(startUrl(oa, here + "&code=old&state=old#x", memory(), () => "s2"));
    expect(url.searchParams.get("redirect_uri")).toBe("https://h5.example.cn/login?redirect=%2Fwallet");
  });
  it("with the dev redirect comes straight back with a dev code and the state", () => {
    const store = memory();
    let n = 0;
    const url = new URL(startUrl({ ...oa, appId: "dev-oa", devRedirect: true }, here, store, () => `r${++n}`));
    expect(url.origin + url.pathname).toBe("https://h5.example.cn/login");
    expect(url.searchParams.get("redirect")).toBe("/wallet");
    expect(url.searchParams.get("state")).toBe("r1");
    expect(url.searchParams.get("code")).toBe("dev-r2");
    expect(store.getItem(STATE_KEY)).toBe("r1");
  });
  it("refuses when WeChat login is off", () => {
    expect(() => startUrl({ ...oa, enabled: false }, here, memory())).toThrow();
  });
  it("uses fresh random states", () => {
    expect(randomToken()).toMatch(/^[0-9a-f]{32}$/);
    expect(randomToken()).not.toBe(randomToken());
  });
});

describe("the return from WeChat", () => {
  it("is nothing without code and state", () => {
    expect(readReturn(here, memory())).toEqual({ kind: "none" });
  });
  it("gives the code when the state matches, and spends the state", () => {
    const store = memory();
    store.setItem(STATE_KEY, "abc");
    expect(readReturn(here + "&code=CODE1&state=abc", store)).toEqual({ kind: "code", code: "CODE1" });
    expect(store.getItem(STATE_KEY)).toBeNull();
    expect(readReturn(here + "&code=CODE1&state=abc", store).kind).toBe("error");
  });
  it("refuses a state that does not match, or no stored state at all", () => {
    const store = memory();
    store.setItem(STATE_KEY, "abc");
    const wrong = readReturn(here + "&code=CODE1&state=evil", store);
    expect(wrong.kind).toBe("error");
    expect(wrong.kind === "error" && wrong.message).toMatch(/微信登录/);
    expect(readReturn(here + "&code=CODE1&state=abc", memory()).kind).toBe("error");
  });
  it("is an error when WeChat came back without a code", () => {
    const store = memory();
    store.setItem(STATE_KEY, "abc");
    expect(readReturn(here + "&state=abc", store).kind).toBe("error");
  });
  it("strips code and state from the address", () => {
    expect(withoutOAuthParams(here + "&code=C&state=S")).toBe(here);
  });
});

describe("automatic start", () => {
  it("happens once per session", () => {
    const store = memory();
    expect(claimAutoStart(store)).toBe(true);
    expect(claimAutoStart(store)).toBe(false);
    expect(store.getItem(AUTO_KEY)).toBe("1");
  });
});
