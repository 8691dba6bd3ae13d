import { createRouter, createWebHistory } from "vue-router";
import { client } from "./lib/api";

export const router = createRouter({
  history: createWebHistory("/"),
  routes: [
    { path: "/login", name: "login", component: () => import("./views/LoginView.vue"), meta: { public: true, title: "登录" } },
    {
      path: "/",
      component: () => import("./views/TabsLayout.vue"),
      children: [
        { path: "", redirect: { name: "perks" } },
        { path: "perks", name: "perks", component: () => import("./views/PerksView.vue"), meta: { title: "福利" } },
        { path: "news", name: "news", component: () => import("./views/NewsView.vue"), meta: { title: "资讯" } },
        { path: "wallet", name: "wallet", component: () => import("./views/WalletView.vue"), meta: { title: "卡包" } },
        { path: "funds", name: "funds", component: () => import("./views/FundsView.vue"), meta: { title: "帮扶" } },
        { path: "me", name: "me", component: () => import("./views/MeView.vue"), meta: { title: "我的" } },
      ],
    },
    { path: "/news/:id", name: "article", component: () => import("./views/ArticleView.vue"), meta: { title: "资讯" } },
    { path: "/me/inbox", name: "inbox", component: () => import("./views/InboxView.vue"), meta: { title: "消息通知" } },
    { path: "/me/notification-settings", name: "notification-settings", component: () => import("./views/NotificationSettingsView.vue"),
      meta: { title: "通知设置" } },
    { path: "/me/real-name", name: "real-name", component: () => import("./views/RealNameView.vue"), meta: { title: "实名认证" } },
    { path: "/join", name: "join", component: () => import("./views/JoinView.vue"), meta: { title: "申请入会" } },
    { path: "/me/transfer", name: "transfer", component: () => import("./views/TransferView.vue"), meta: { title: "申请转会" } },
    { path: "/me/phone", name: "change-phone", component: () => import("./views/PhoneView.vue"), meta: { title: "更换手机号" } },
    { path: "/me/delete", name: "delete-account", component: () => import("./views/DeleteAccountView.vue"), meta: { title: "注销账号" } },
    { path: "/surveys", name: "surveys", component: () => import("./views/SurveysView.vue"), meta: { title: "问卷调查" } },
    { path: "/surveys/:id", name: "survey", component: () => import("./views/SurveyAnswerView.vue"), meta: { title: "填写问卷" } },
    { path: "/activities", name: "activities", component: () => import("./views/ActivitiesView.vue"), meta: { title: "活动报名" } },
    { path: "/activities/:id", name: "activity", component: () => import("./views/ActivityView.vue"), meta: { title: "活动详情" } },
    { path: "/lotteries", name: "lotteries", component: () => import("./views/LotteriesView.vue"), meta: { title: "福利抽签" } },
    { path: "/lotteries/:id", name: "lottery", component: () => import("./views/LotteryView.vue"), meta: { title: "抽签详情" } },
    { path: "/lotteries/:id/draw", name: "lottery-draw", component: () => import("./views/LotteryDrawView.vue"), meta: { public: true, title: "抽签公示" } },
    { path: "/me/card", name: "member-card", component: () => import("./views/MemberCardView.vue"), meta: { title: "电子会员卡" } },
    { path: "/stations", name: "stations", component: () => import("./views/StationsView.vue"), meta: { title: "职工驿站" } },
    { path: "/stations/:id", name: "station", component: () => import("./views/StationView.vue"), meta: { title: "驿站详情" } },
    { path: "/legal-aid", name: "legal-aid", component: () => import("./views/LegalAidView.vue"), meta: { title: "法律援助" } },
    { path: "/legal-aid/apply", name: "legal-aid-apply", component: () => import("./views/LegalAidApplyView.vue"), meta: { title: "申请法律援助" } },
    { path: "/legal-aid/:id", name: "legal-aid-case", component: () => import("./views/LegalAidCaseView.vue"), meta: { title: "法律援助进度" } },
    { path: "/mutual-aid", name: "mutual-aid", component: () => import("./views/MutualAidView.vue"), meta: { title: "互助保障" } },
    { path: "/mutual-aid/enrolments/:id", name: "mutual-aid-certificate", component: () => import("./views/MutualAidCertificateView.vue"),
      meta: { title: "参保凭证" } },
    { path: "/mutual-aid/enrolments/:id/claim", name: "mutual-aid-claim", component: () => import("./views/MutualAidClaimView.vue"),
      meta: { title: "申请理赔" } },
    { path: "/hardship", name: "hardship", component: () => import("./views/HardshipView.vue"), meta: { title: "困难职工帮扶" } },
    { path: "/hardship/rounds/:id/declare", name: "hardship-declare", component: () => import("./views/HardshipDeclareView.vue"),
      meta: { title: "申报困难帮扶" } },
    { path: "/hardship/rounds/:id/notice", name: "hardship-notice", component: () => import("./views/HardshipNoticeView.vue"), meta: { title: "帮扶公示" } },
    { path: "/funds/:id/account", name: "fund-account", component: () => import("./views/FundAccountView.vue"), meta: { public: true, title: "基金公开账目" } },
    { path: "/funds/:id/apply", name: "fund-apply", component: () => import("./views/FundApplyView.vue"), meta: { title: "申请帮扶" } },
    { path: "/fund-applications/:id", name: "fund-application", component: () => import("./views/ApplicationView.vue"), meta: { title: "申请进度" } },
    { path: "/:rest(.*)*", redirect: "/" },
  ],
});

router.beforeEach((to) => {
  if (!to.meta.public && !client.isSignedIn) return { name: "login", query: to.fullPath !== "/" ? { redirect: to.fullPath } : {} };
  if (to.name === "login" && client.isSignedIn) return { name: "perks" };
  return true;
});

router.afterEach((to) => {
  document.title = to.meta.title ? `${String(to.meta.title)} - 工会会员服务` : "工会会员服务";
});
