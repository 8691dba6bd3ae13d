import type { components } from "@unionhub/sdk";

export type MemberActivity = components["schemas"]["Activities.ActivityRules.MemberActivityResponse"];
export type MySignup = NonNullable<MemberActivity["mySignup"]>;
export type ActivityBar = components["schemas"]["Activities.ActivityRules.BarResponse"];

/** What the member's sign-up is, in words: "已报名", "候补第 3 位", "已取消". */
export function signupText(s: Pick<MySignup, "status" | "position" | "promoted">): string {
  if (s.status === "confirmed") return s.promoted ? "已报名（候补递补）" : "已报名";
  if (s.status === "waiting") return s.position ? `候补第 ${s.position} 位` : "候补中";
  return "已取消";
}

/** Places left, or the waiting list's length when full. */
export function placesText(a: Pick<MemberActivity, "places" | "placesLeft" | "waiting">): string {
  return a.placesLeft > 0 ? `名额 ${a.places}，剩余 ${a.placesLeft}` : `名额已满（${a.places}），候补 ${a.waiting} 人`;
}

/** "仅限 劳模、农民工 报名" for an activity limited to members with one of its tags; null when open to every member. */
export function eligibilityText(a: Pick<MemberActivity, "eligibleTags">): string | null {
  return a.eligibleTags.length ? `仅限 ${a.eligibleTags.map((t) => t.label).join("、")} 报名` : null;
}
