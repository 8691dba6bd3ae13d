import type { Component } from "vue";

/**
 * The console's sections: one route and one page file each. A new section (casework, distributions, group buys,
 * bargaining, when their APIs land) is one entry here plus its page under views/; the menu and the router follow.
 */
export interface Section {
  path: string;
  name: string;
  title: string;
  group: string;
  /** Staff roles that see the section (the API checks again). */
  roles: readonly string[];
  page: () => Promise<Component | { default: Component }>;
}

const admins = ["super_admin", "org_admin"] as const;
const reviewers = ["super_admin", "reviewer"] as const;
const superOnly = ["super_admin"] as const;
/** Mutual-aid claims are reviewed and paid by org_admin and the fund office (reviewer); plans stay with org_admin. */
const claimReviewers = ["super_admin", "org_admin", "reviewer"] as const;
const contacts = ["enterprise_contact"] as const;
const lawyers = ["lawyer"] as const;

export const sections: readonly Section[] = [
  { path: "dashboard", name: "dashboard", title: "数据概览", group: "概览", roles: superOnly, page: () => import("./views/DashboardView.vue") },
  { path: "orgs", name: "orgs", title: "组织架构", group: "组织与会员", roles: admins, page: () => import("./views/OrgsView.vue") },
  { path: "enterprises", name: "enterprises", title: "企业", group: "组织与会员", roles: admins, page: () => import("./views/EnterprisesView.vue") },
  { path: "distributions", name: "distributions", title: "物资发放", group: "组织与会员", roles: admins, page: () => import("./views/DistributionsView.vue") },
  { path: "group-buys", name: "group-buys", title: "团购", group: "组织与会员", roles: admins, page: () => import("./views/GroupBuysView.vue") },
  { path: "members", name: "members", title: "会员查询", group: "组织与会员", roles: admins, page: () => import("./views/MembersView.vue") },
  { path: "membership-applications", name: "membership-applications", title: "入会申请", group: "组织与会员", roles: admins, page: () => import("./views/MembershipApplicationsView.vue") },
  { path: "membership-transfer-requests", name: "membership-transfer-requests", title: "转会申请", group: "组织与会员", roles: admins, page: () => import("./views/MembershipTransferRequestsView.vue") },
  { path: "membership-changes", name: "membership-changes", title: "会员变动", group: "组织与会员", roles: admins, page: () => import("./views/MembershipChangesView.vue") },
  { path: "rosters", name: "rosters", title: "会员名册", group: "组织与会员", roles: admins, page: () => import("./views/RostersView.vue") },
  { path: "content", name: "content", title: "内容管理", group: "宣传与普法", roles: admins, page: () => import("./views/ContentView.vue") },
  { path: "perks", name: "perks", title: "福利活动", group: "普惠服务", roles: admins, page: () => import("./views/PerksView.vue") },
  { path: "activities", name: "activities", title: "活动管理", group: "普惠服务", roles: admins, page: () => import("./views/ActivitiesView.vue") },
  { path: "lotteries", name: "lotteries", title: "福利抽签", group: "普惠服务", roles: admins, page: () => import("./views/LotteriesView.vue") },
  { path: "mutual-aid", name: "mutual-aid", title: "互助保障", group: "普惠服务", roles: claimReviewers, page: () => import("./views/MutualAidView.vue") },
  { path: "stations", name: "stations", title: "职工驿站", group: "普惠服务", roles: admins, page: () => import("./views/StationsView.vue") },
  { path: "card-check", name: "card-check", title: "会员卡核验", group: "普惠服务", roles: admins, page: () => import("./views/CardCheckView.vue") },
  { path: "merchants", name: "merchants", title: "合作商户", group: "普惠服务", roles: superOnly, page: () => import("./views/MerchantsView.vue") },
  { path: "settlements", name: "settlements", title: "商户结算", group: "普惠服务", roles: superOnly, page: () => import("./views/SettlementsView.vue") },
  { path: "funds", name: "funds", title: "帮扶资金", group: "困难帮扶", roles: reviewers, page: () => import("./views/FundsView.vue") },
  { path: "applications", name: "applications", title: "申请评审", group: "困难帮扶", roles: reviewers, page: () => import("./views/ApplicationsView.vue") },
  { path: "meetings", name: "meetings", title: "评审会议", group: "困难帮扶", roles: reviewers, page: () => import("./views/MeetingsView.vue") },
  { path: "disbursements", name: "disbursements", title: "资金拨付", group: "困难帮扶", roles: reviewers, page: () => import("./views/DisbursementsView.vue") },
  { path: "donations", name: "donations", title: "捐赠登记", group: "困难帮扶", roles: reviewers, page: () => import("./views/DonationsView.vue") },
  { path: "fund-batches", name: "fund-batches", title: "批量申报", group: "困难帮扶", roles: admins, page: () => import("./views/FundBatchView.vue") },
  { path: "hardship-households", name: "hardship-households", title: "困难职工档案", group: "困难职工帮扶", roles: admins, page: () => import("./views/HardshipHouseholdsView.vue") },
  { path: "hardship-rounds", name: "hardship-rounds", title: "帮扶批次", group: "困难职工帮扶", roles: admins, page: () => import("./views/HardshipRoundsView.vue") },
  { path: "hardship-declarations", name: "hardship-declarations", title: "申报审核", group: "困难职工帮扶", roles: admins, page: () => import("./views/HardshipDeclarationsView.vue") },
  { path: "surveys", name: "surveys", title: "问卷", group: "组织与会员", roles: admins, page: () => import("./views/SurveysView.vue") },
  { path: "bargaining", name: "bargaining", title: "集体协商", group: "组织与会员", roles: admins, page: () => import("./views/BargainingView.vue") },
  { path: "reports", name: "reports", title: "年度报表", group: "概览", roles: admins, page: () => import("./views/ReportsView.vue") },
  // the portals: an enterprise contact sees only their enterprise, a lawyer only their cases (the API scopes both again)
  { path: "my-enterprise", name: "my-enterprise", title: "本企业", group: "企业服务", roles: contacts, page: () => import("./views/MyEnterpriseView.vue") },
  { path: "my-allocations", name: "my-allocations", title: "物资签收与发放", group: "企业服务", roles: contacts, page: () => import("./views/MyAllocationsView.vue") },
  { path: "my-group-buys", name: "my-group-buys", title: "团购订单", group: "企业服务", roles: contacts, page: () => import("./views/MyGroupBuysView.vue") },
  { path: "my-cases", name: "my-cases", title: "我的案件", group: "法律援助", roles: lawyers, page: () => import("./views/LawyerCasesView.vue") },
  { path: "dead-letters", name: "dead-letters", title: "发送失败的通知", group: "系统管理", roles: superOnly, page: () => import("./views/DeadLettersView.vue") },
  { path: "legal-aid", name: "legal-aid", title: "法律援助", group: "维权服务", roles: admins, page: () => import("./views/LegalAidView.vue") },
  { path: "consultations", name: "consultations", title: "咨询台账", group: "维权服务", roles: admins, page: () => import("./views/ConsultationsView.vue") },
  { path: "audit", name: "audit", title: "审计日志", group: "系统管理", roles: superOnly, page: () => import("./views/AuditView.vue") },
  { path: "users", name: "users", title: "工作人员账号", group: "系统管理", roles: superOnly, page: () => import("./views/UsersView.vue") },
];

export const visibleSections = (roles: readonly string[]) => sections.filter((s) => s.roles.some((r) => roles.includes(r)));

/** The menu: groups in order of first appearance, each with its visible sections. */
export function menu(roles: readonly string[]): { group: string; items: Section[] }[] {
  const groups: { group: string; items: Section[] }[] = [];
  for (const s of visibleSections(roles)) {
    let g = groups.find((x) => x.group === s.group);
    if (!g) groups.push((g = { group: s.group, items: [] }));
    g.items.push(s);
  }
  return groups;
}
