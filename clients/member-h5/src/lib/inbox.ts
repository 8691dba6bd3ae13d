import { ref } from "vue";
import { api } from "./api";

/** The unread count the tab bar and "我的" show: refreshed on navigation and after marking notices read. */
export const unread = ref(0);

export async function refreshUnread(): Promise<void> {
  try {
    unread.value = (await api.notifications({ limit: 1 })).unreadCount;
  } catch {
    // offline or signed out: keep the last count
  }
}

/** A badge text for Vant (nothing when 0, "99+" above 99). */
export function badge(count: number): string | undefined {
  if (count <= 0) return undefined;
  return count > 99 ? "99+" : String(count);
}

/** Names of the kinds of notice, as the settings page shows them. */
export const kindLabels: Record<string, string> = {
  "perk.claim_succeeded": "福利领取成功",
  "voucher.expiring": "券即将到期",
  "fund.decided": "帮扶申请评审结果",
  "fund.paid": "帮扶资金发放",
  "legal_case.progress": "法律援助案件进展",
  "hardship.decided": "困难帮扶审批结果",
  "hardship.survey_opened": "物资需求调查",
  "org.broadcast": "工会通知",
  "membership.changed": "会员关系变动",
  "activity.promoted": "活动候补转正",
  "lottery.drawn": "抽签结果",
  "mutual_aid.claim_progress": "互助保障理赔进展",
  "activity.changed": "活动时间地点变更",
  "activity.cancelled": "活动已取消",
};

/** Only links inside the app are followed (the API accepts app paths and https addresses for broadcasts). */
export function inAppLink(link: string | null | undefined): string | null {
  return link && link.startsWith("/") && !link.startsWith("//") ? link : null;
}
