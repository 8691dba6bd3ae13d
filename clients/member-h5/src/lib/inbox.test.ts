import { describe, expect, it, vi } from "vitest";

vi.mock("./api", () => ({ api: {} }));
const { badge, inAppLink } = await import("./inbox");

describe("inbox helpers", () => {
  it("shows no badge for nothing unread and caps it at 99+", () => {
    expect(badge(0)).toBeUndefined();
    expect(badge(1)).toBe("1");
    expect(badge(100)).toBe("99+");
  });

  it("follows only links inside the app", () => {
    expect(inAppLink("/wallet")).toBe("/wallet");
    expect(inAppLink("//evil.example/x")).toBeNull();
    expect(inAppLink("https://example.com")).toBeNull();
    expect(inAppLink(null)).toBeNull();
  });
});
