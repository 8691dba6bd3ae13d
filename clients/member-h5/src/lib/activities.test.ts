import { describe, expect, it } from "vitest";
import { eligibilityText, placesText, signupText } from "./activities";

describe("activity texts", () => {
  it("names the sign-up and the waiting position", () => {
    expect(signupText({ status: "confirmed", position: null, promoted: false })).toBe("已报名");
    expect(signupText({ status: "confirmed", position: null, promoted: true })).toBe("已报名（候补递补）");
    expect(signupText({ status: "waiting", position: 3, promoted: false })).toBe("候补第 3 位");
    expect(signupText({ status: "cancelled", position: null, promoted: false })).toBe("已取消");
  });

  it("shows places left or the waiting list when full", () => {
    expect(placesText({ places: 50, placesLeft: 12, waiting: 0 })).toBe("名额 50，剩余 12");
    expect(placesText({ places: 50, placesLeft: 0, waiting: 7 })).toBe("名额已满（50），候补 7 人");
  });

  it("says who may sign up when the activity is limited by tag", () => {
    expect(eligibilityText({ eligibleTags: [{ code: "model_worker", label: "劳模" }, { code: "migrant_worker", label: "农民工" }] })).toBe("仅限 劳模、农民工 报名");
    expect(eligibilityText({ eligibleTags: [] })).toBeNull();
  });
});
