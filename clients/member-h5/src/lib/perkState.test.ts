import { describe, expect, it } from "vitest";
import { claimLabels, claimState, formatCountdown } from "./perkState";

const now = Date.parse("2026-06-01T10:00:00+08:00");
const perk = { startsAt: "2026-06-01T09:00:00+08:00", endsAt: "2026-06-02T09:00:00+08:00", remaining: 10, perMemberLimit: 1, claimedByMe: 0 };

describe("claim button state", () => {
  it("is open while the drop runs with stock left and nothing claimed", () => {
    expect(claimState(perk, now)).toBe("open");
  });
  it("is not started before the drop, ended after it", () => {
    expect(claimState({ ...perk, startsAt: "2026-06-01T10:00:01+08:00" }, now)).toBe("not_started");
    expect(claimState({ ...perk, startsAt: "2026-06-01T10:00:00+08:00" }, now)).toBe("open");
    expect(claimState({ ...perk, endsAt: "2026-06-01T10:00:00+08:00" }, now)).toBe("ended");
  });
  it("is sold out without stock, claiming while the request runs", () => {
    expect(claimState({ ...perk, remaining: 0 }, now)).toBe("sold_out");
    expect(claimState(perk, now, true)).toBe("claiming");
  });
  it("is claimed at a limit of one and limit reached above one; what the member holds wins over sold out", () => {
    expect(claimState({ ...perk, claimedByMe: 1, remaining: 0 }, now)).toBe("claimed");
    expect(claimState({ ...perk, perMemberLimit: 3, claimedByMe: 3 }, now)).toBe("limit_reached");
    expect(claimState({ ...perk, perMemberLimit: 3, claimedByMe: 2 }, now)).toBe("open");
  });
  it("labels every state in Chinese", () => {
    expect(Object.values(claimLabels)).toEqual(["未开始", "立即领取", "抢购中", "已领取", "已抢光", "已达上限", "已结束"]);
  });
});

describe("countdown", () => {
  it("formats hours, minutes and seconds, with days when over a day", () => {
    expect(formatCountdown(3_723_000)).toBe("01:02:03");
    expect(formatCountdown(2 * 86_400_000 + 5_000)).toBe("2 天 00:00:05");
    expect(formatCountdown(-5)).toBe("00:00:00");
  });
});
