import { describe, expect, it } from "vitest";
import headScript from "../../public/elder-mode.js?raw";
import { elderModeKey, isElderMode, setElderMode } from "./elderMode";

/** A stand-in for <html>: only its class list. */
function fakeRoot() {
  const classes = new Set<string>();
  const classList = {
    contains: (c: string) => classes.has(c),
    add: (c: string) => void classes.add(c),
    toggle: (c: string, on?: boolean) => { if (on ?? !classes.has(c)) classes.add(c); else classes.delete(c); return classes.has(c); },
  } as unknown as DOMTokenList;
  return { classList };
}
function fakeStorage() {
  const items = new Map<string, string>();
  return { items, getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
}
/** Runs public/elder-mode.js (the <head> script) against a storage and a root element. */
function runHeadScript(storage: ReturnType<typeof fakeStorage>, root: ReturnType<typeof fakeRoot>) {
  new Function("localStorage", "document", headScript)(storage, { documentElement: root });
}

describe("elder mode", () => {
  it("is remembered on the device and applied by the head script on the next visit", () => {
    const storage = fakeStorage();
    const root = fakeRoot();
    setElderMode(true, root, storage);
    expect(isElderMode(root)).toBe(true);
    expect(storage.items.get(elderModeKey)).toBe("on");

    const nextVisit = fakeRoot();
    runHeadScript(storage, nextVisit);
    expect(isElderMode(nextVisit)).toBe(true);
  });

  it("turned off, it leaves storage and the next visit starts in normal mode", () => {
    const storage = fakeStorage();
    const root = fakeRoot();
    setElderMode(true, root, storage);
    setElderMode(false, root, storage);
    expect(isElderMode(root)).toBe(false);
    expect(storage.items.has(elderModeKey)).toBe(false);

    const nextVisit = fakeRoot();
    runHeadScript(storage, nextVisit);
    expect(isElderMode(nextVisit)).toBe(false);
  });

  it("still switches for this visit when storage refuses writes", () => {
    const root = fakeRoot();
    setElderMode(true, root, { setItem: () => { throw new Error("QuotaExceededError"); }, removeItem: () => undefined });
    expect(isElderMode(root)).toBe(true);
  });
});
