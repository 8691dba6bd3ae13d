import { ApiError } from "./errors.js";

/**
 * Readable Simplified Chinese messages for every error `code` of API.md (and the codes the platform gives by default).
 * Apps show `describeError(e)`; a code missing here falls back to a message for its HTTP status.
 */
export const errorMessagesZh: Readonly<Record<string, string>> = {
  // identity
  "auth.invalid_phone": "手机号格式不正确，请输入 11 位手机号",
  "auth.invalid_code": "验证码错误或已过期，请重新输入",
  "auth.wechat_rejected": "微信登录未通过，请重试或改用手机号登录",
  "auth.wechat_unavailable": "微信登录暂时不可用，请改用手机号登录",
  "auth.wechat_h5_disabled": "当前未开通微信登录，请使用手机号登录",
  "auth.invalid_refresh": "登录已过期，请重新登录",
  "auth.invalid_credentials": "用户名或密码错误",
  "auth.unauthenticated": "请先登录",
  "auth.forbidden": "当前账号没有权限进行此操作",
  // members and real-name verification
  "realname.invalid_id": "身份证号不正确，请核对后重新输入",
  "realname.not_in_roster": "未在工会会员名册中找到您的信息，请联系所在单位工会核实",
  "realname.id_already_bound": "该身份证号已绑定其他账号",
  "realname.already_verified": "您已完成实名认证，无需重复认证",
  "member.not_verified": "请先完成实名认证",
  // organisations
  "enterprise.invalid_credit_code": "统一社会信用代码不正确",
  // perks
  "perk.not_eligible": "您所在的工会组织不在本次福利范围内",
  "perk.not_started": "活动尚未开始，请稍后再来",
  "perk.ended": "活动已结束",
  "perk.sold_out": "手慢了，福利已被抢光",
  "perk.limit_reached": "您已达到本福利的领取上限",
  "perk.stock_below_claimed": "库存不能少于已领取的数量",
  // merchants
  "voucher.not_found": "未找到该券，请核对券码",
  "voucher.wrong_merchant": "该券不能在本商户使用",
  "voucher.already_redeemed": "该券已核销，不能重复使用",
  "voucher.expired": "该券已过期",
  "voucher.void": "该券已作废",
  "voucher.bad_signature": "二维码无效，请让顾客刷新后重新出示",
  "redemption.void_window_passed": "已超过 30 分钟撤销时限，不能撤销",
  "voucher.changed": "该券状态刚刚发生变化，请重新查询后再核销",
  "redemption.not_found": "未找到本商户的这笔核销记录",
  "redemption.already_void": "这笔核销已撤销过了",
  "redemption.not_voidable": "该券状态已变化，不能撤销这笔核销",
  // relief funds
  "fund.closed": "该帮扶项目已停止申请",
  "fund.application_open": "您在该项目已有一份正在处理的申请",
  "application.not_withdrawable": "该申请当前状态不能撤回",
  "application.not_editable": "该申请当前状态不能再补充材料",
  "application.not_draft": "该申请已提交，无需重复提交",
  "application.not_returned": "只有被退回的申请才能修改后重新提交",
  "evidence.too_large": "单个证明材料不能超过 5 MB",
  "evidence.unsupported_type": "证明材料只支持 JPG、PNG 图片或 PDF 文件",
  "evidence.limit_reached": "每份申请最多上传 5 个证明材料",
  "application.not_reviewable": "该申请当前状态不能评审",
  "fund.budget_exceeded": "超出帮扶资金预算",
  "grant.over_max": "核定金额超过上限",
  "disbursement.over_grant": "拨付金额超过核定金额",
  "disbursement.same_user": "拨付须由另一位工作人员确认",
  "disbursement.not_proposed": "该拨付当前状态不能确认",
  // platform
  "rate_limited": "操作太频繁，请稍后再试",
  "validation.failed": "填写的内容有误，请检查后重试",
  "request.malformed": "请求格式有误，请刷新页面后重试",
  "request.invalid": "请求有误，请刷新页面后重试",
  "request.too_large": "提交的内容太大",
  "request.unsupported_media_type": "请求格式不受支持，请刷新页面后重试",
  "request.method_not_allowed": "不支持该操作",
  "request.error": "请求失败，请重试",
  "request.bad_cursor": "列表已变化，请刷新后重试",
  "idempotency.key_reused": "请求重复且内容不一致，请刷新页面后重试",
  "idempotency.in_progress": "上一次操作仍在处理中，请稍候",
  "not_found": "内容不存在或已删除",
  "conflict": "操作冲突，请刷新后重试",
  "service.unavailable": "服务暂时繁忙，请稍后再试",
  "server.error": "系统开小差了，请稍后再试",
  "network.error": "网络连接失败，请检查网络后重试",
  "response.malformed": "服务返回异常，请稍后再试",
};

function byStatus(status: number): string {
  if (status === 0) return errorMessagesZh["network.error"]!;
  if (status === 401) return errorMessagesZh["auth.unauthenticated"]!;
  if (status === 403) return errorMessagesZh["auth.forbidden"]!;
  if (status === 404) return errorMessagesZh["not_found"]!;
  if (status === 429) return errorMessagesZh["rate_limited"]!;
  if (status >= 500) return errorMessagesZh["server.error"]!;
  return errorMessagesZh["request.error"]!;
}

/** The message to show a person for any error thrown by the SDK (or anything else). */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return errorMessagesZh["server.error"]!;
  const base = errorMessagesZh[error.code] ?? byStatus(error.status);
  if (error.code === "rate_limited" && error.retryAfter) {
    return error.retryAfter >= 120 ? `操作太频繁，请 ${Math.ceil(error.retryAfter / 60)} 分钟后再试` : `操作太频繁，请 ${error.retryAfter} 秒后再试`;
  }
  return base;
}
