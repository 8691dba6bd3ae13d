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
  "auth.password_change_required": "请先修改一次性密码后再继续操作",
  "auth.wrong_password": "当前密码不正确",
  "auth.unauthenticated": "请先登录",
  "auth.forbidden": "当前账号没有权限进行此操作",
  "auth.phone_taken": "该手机号已绑定其他账号，不能合并到当前账号",
  "member.phone_already_bound": "当前账号已绑定其他手机号",
  "sms.unavailable": "短信暂时无法发送，请稍后再试",
  "member.deleted": "该账号已注销",
  "member.has_pending_payment": "您还有正在拨付的帮扶款，拨付完成后才能注销账号",
  // group buys and legal aid documents
  "groupbuy.closed": "该团购已结束，不能再修改订单",
  "groupbuy.deadline_passed": "团购下单已截止",
  "groupbuy.quantity_out_of_bounds": "订购数量超出允许范围，请重新填写",
  // member surveys
  "survey.answer_invalid": "问卷有题目未按要求填写，请检查标红的题目",
  "survey.already_answered": "您已提交过这份问卷，每人只能提交一次",
  "survey.not_yet_open": "问卷尚未开始，请在开始时间后再填写",
  "document.limit_reached": "每个案件最多上传 10 份材料",
  "document.too_large": "单个材料不能超过 5 MB",
  "document.unsupported_type": "材料只支持 JPG、PNG 图片或 PDF 文件",
  // members and real-name verification
  "realname.invalid_id": "身份证号不正确，请核对后重新输入",
  "realname.not_in_roster": "未在工会会员名册中找到您的信息，请联系所在单位工会核实",
  "realname.id_already_bound": "该身份证号已绑定其他账号",
  "realname.already_verified": "您已完成实名认证，无需重复认证",
  "membership.application_open": "您已有一份入会申请正在审核中，请耐心等待或先撤回",
  "membership.id_application_open": "该身份证号已有入会申请正在审核中，如有疑问请联系工会",
  "membership.application_decided": "该入会申请已处理或已撤回",
  "membership.not_member": "您目前不是工会会员",
  "membership.transfer_request_open": "您已有一份转会申请正在审核中，请耐心等待或先撤回",
  "membership.transfer_request_decided": "该转会申请已处理、已撤回或已失效",
  "membership.target_not_grassroots": "目标组织下已设立下级组织，不再是基层工会，请驳回该申请",
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
  "fund.not_for_member": "该帮扶项目不属于该会员所在的工会组织",
  "fund.mutual_aid_only": "该资金专用于互助保障理赔，不受理帮扶申请，请选择其他帮扶项目",
  "application.not_withdrawable": "该申请当前状态不能撤回",
  "application.not_editable": "该申请当前状态不能再补充材料",
  "application.not_draft": "该申请已提交，无需重复提交",
  "application.not_returned": "只有被退回的申请才能修改后重新提交",
  "evidence.too_large": "单个证明材料不能超过 5 MB",
  "evidence.unsupported_type": "证明材料只支持 JPG、PNG 图片或 PDF 文件",
  "upload.infected": "文件未通过病毒扫描，已被拒绝",
  "upload.scan_unavailable": "文件暂时无法进行病毒扫描，请稍后重试",
  "evidence.limit_reached": "每份申请最多上传 5 个证明材料",
  "application.not_reviewable": "该申请当前状态不能评审",
  "fund.budget_exceeded": "超出帮扶资金预算",
  "fund.budget_below_granted": "预算不能低于已核定金额减去捐赠收入",
  "fund.budget_below_promised": "预算不能低于已核定金额与已发布抽签承诺的补助之和（减去捐赠收入）",
  "fund.promised_to_lottery": "这笔资金已由已发布、尚未开奖的补助抽签承诺给报名会员，不能再核定或支出；请先开奖或调整抽签，或调增预算",
  "grant.over_max": "核定金额超过上限",
  "disbursement.over_grant": "拨付金额超过核定金额",
  "disbursement.same_user": "拨付须由另一位工作人员确认",
  // donations
  "donation.fund_year_mismatch": "捐赠应登记到到账年度的基金，请选择该年度的基金",
  "donation.not_reversible": "该笔捐赠当前不能申请冲销",
  "donation.reversal_not_requested": "该笔捐赠没有待审批的冲销申请",
  "donation.reversal_same_user": "冲销须由另一位工作人员审批，申请人不能自己审批",
  "donation.reversal_over_granted": "该笔资金已用于发放帮扶，冲销后基金将不足，不能冲销",
  "donation.receipt_font_unavailable": "服务器未安装中文字体，暂时无法生成收据",
  // consultations (12351)
  "consultation.already_converted": "该咨询已转为案件或申请，不能再修改或重复转办",
  "consultation.no_member": "该咨询未关联会员，不能转为法律援助案件，请先关联会员",
  // mutual-aid cover
  "mutual_aid.member_not_verified": "完成实名认证后才能参加互助保障或申请理赔",
  "mutual_aid.plan_not_open": "该保障计划当前不接受参保",
  "mutual_aid.already_enrolled": "您已参加该保障计划，无需重复参保",
  "mutual_aid.event_not_covered": "该保障计划不保障此类事故",
  "mutual_aid.over_cap": "金额超过该项保障的剩余额度",
  "mutual_aid.claim_wrong_state": "该理赔申请的状态已变化，请刷新后再操作",
  "mutual_aid.same_staff": "提出支付的人员不能再确认支付，请由另一位工作人员确认",
  "mutual_aid.status_change_invalid": "该保障计划的状态不能这样变更",
  "mutual_aid.batch_rows_invalid": "参保名单中有不符合要求的行，整批未参保，请按行修改后重新上传",
  "mutual_aid.batch_empty": "参保名单是空的，或表头下没有数据行",
  "mutual_aid.batch_invalid_header": "参保名单表头不正确，应包含 会员卡号 或 身份证号（可加 姓名）",
  "mutual_aid.batch_too_many_rows": "参保名单行数过多，请拆分后上传",
  "mutual_aid.batch_raced": "名单中有会员刚刚自行参保，整批未参保，请重新上传同一文件",
  "mutual_aid.document_too_large": "文件太大，单个文件不能超过 5MB",
  "mutual_aid.document_unsupported_type": "只能上传 JPG、PNG 图片或 PDF 文件",
  "mutual_aid.documents_closed": "理赔材料最多 5 份，且只能在待审核时补充",
  "mutual_aid.fund_not_mutual_aid": "该保障计划的支付资金不是互助保障资金，暂不能开放或参保，也不能申请、审批或支付理赔，请联系工会先更换计划的资金",
  "mutual_aid.plan_has_unpaid_claims": "该计划还有已批准未支付或待确认支付的理赔，请先支付或撤销这些支付，再更换资金",
  "mutual_aid.plan_not_editable": "该保障计划已开放或已关闭：开放后只能修改名称、说明和延后截止日期，关闭后不能修改",
  "mutual_aid.plan_has_enrolments": "已有会员参保，保障项目和限额不能再修改",
  "disbursement.not_proposed": "该拨付当前状态不能确认或撤销",
  // batch declarations by units
  "fund_batch.empty": "申报文件是空的，或表头下没有数据行",
  "fund_batch.invalid_header": "申报文件表头不正确，应为 姓名,身份证号,申请金额,事由（可加 类别,联系电话）",
  "fund_batch.rows_invalid": "申报文件中有不符合要求的行，整批未提交，请按行修改后重新上传",
  "fund_batch.too_many_rows": "申报文件行数过多，每个文件最多 5000 行，请拆分后上传",
  // hardship aid (the member's side)
  "household.not_registered": "您尚未列入困难职工档案，请联系所在单位工会",
  "round.not_open": "本批次申报未开放或已截止",
  "declaration.exists": "本批次已申报过，不能重复申报",
  "notice.not_open": "公示期已结束，不能再提出异议",
  "objection.already_lodged": "您已对该申报提出过异议",
  "objection.too_many_open": "您尚有未处理完的异议，请等待处理后再提",
  "legal_aid.too_many_open_cases": "您在办的法律援助案件已达上限",
  "document.quota_exceeded": "您上传的材料总量已达上限",
  "settlement.total_too_large": "结算总额异常，请联系工会核查",
  "statement.month_not_ended": "该月尚未结束（月末核销 30 分钟内仍可撤销），月结后再关账",
  "statement.already_closed": "该商户本月结算单已关账",
  "statement.not_closed": "请先关账，再登记付款",
  "statement.already_paid": "该结算单已登记付款",
  "hardship.not_eligible": "您不在本批次的帮扶范围内",
  "survey.closed": "需求调查已截止",
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
  // electronic member card (merchant tills and union desks read these)
  "card.invalid": "这不是有效的会员卡二维码（可能已被篡改或是其他二维码）",
  "card.expired": "会员卡二维码已过期，请会员打开 App 出示实时二维码",
  "card.inactive": "该会员卡已失效（已退会或账号已注销）",
};

/**
 * Messages for the codes only staff meet (the console, an office tool): a staff app looks here first, then in
 * `errorMessagesZh`. A few codes read differently for staff (a cursor, a redemption looked up by id).
 */
export const staffErrorMessagesZh: Readonly<Record<string, string>> = {
  "auth.account_locked": "账号因多次密码错误已暂时锁定，请稍后再试",
  "enterprise.duplicate": "该统一社会信用代码的企业已登记",
  "enterprise.not_found": "企业不存在，或不在您管辖的组织内",
  "merchant.invalid_credit_code": "统一社会信用代码不正确",
  "merchant.duplicate": "该统一社会信用代码的商户已登记",
  "org.root_requires_super_admin": "只有超级管理员可以创建顶级组织，请选择上级组织",
  "org.too_deep": "组织层级过深，不能再向下创建",
  "roster.empty": "名册文件是空的",
  "roster.invalid_header": "名册表头不正确，应为 name,idNumber,enterpriseCreditCode,phone",
  "roster.upload_interrupted": "上传中断：已提交的行已导入，其余行未导入，请重新上传",
  "perk.not_code_pool": "该福利不是电影票，不能上传兑换码",
  "user.username_taken": "该用户名已被使用",
  "user.cannot_disable_self": "不能停用或重置自己的账号",
  "request.bad_cursor": "分页参数已失效，请刷新页面",
  "idempotency.invalid_key": "请求标识无效，请刷新页面后重试",
  "access.reason_required": "查看个人资料须填写查阅事由",
  "redemption.not_found": "核销记录不存在",
  // hardship aid
  "household.already_registered": "该会员已在困难职工档案中",
  "household.exited": "该户已退出档案，不能再修改",
  "household.not_registered": "该会员不在困难职工档案中（或已退出），不能申报",
  "declaration.exists": "该会员在本批次已有申报",
  "declaration.wrong_state": "申报当前状态不能进行此步骤，请刷新后查看",
  "declaration.notice_running": "公示期尚未结束，暂不能审批",
  "declaration.objection_open": "还有未处理的异议，请先处理异议",
  "declaration.withdrawn": "会员已注销账号，该申报已撤回，不能审批或发放",
  "hardship.not_district": "区级审核、异议处理和审批须由会员所在组织的上级工会进行",
  "hardship.same_reviewer": "区级审核须由基层审核人以外的工作人员进行",
  "hardship.already_awarded": "该会员在本批次已获救助",
  "hardship.not_eligible": "该会员不在本批次的帮扶范围内",
  "award.over_cap": "救助金额超过该档次的上限",
  "award.no_tier_amount": "本批次没有设置该档次的救助标准",
  "objection.not_open": "该异议已处理过了",
  "notice.not_open": "公示期已结束",
  "perk.voucher_needs_merchant": "消费券须指定受理商户",
  "perk.face_value_over_cap": "消费券面值超过上限",
  "survey.deadline_not_reached": "需求调查尚未截止，暂不能关闭",
  "survey.closed": "需求调查已关闭",
  "round.not_open": "本批次未开放申报或已截止",
  "evidence.limit_reached": "档案材料已达上限（每户最多 10 个）",
  "evidence.too_large": "单个材料不能超过 5 MB",
  // distributions and group buys
  "distribution.already_allocated": "所选企业中已有企业在本次发放中分配过",
  "distribution.insufficient_stock": "物资库存不足，不能完成本次分配",
  "distribution.nothing_to_allocate": "所选企业都没有实名会员，无法按人数分配",
  "distribution.perk_not_goods": "只有实物类福利才能发放到企业",
  "groupbuy.already_closed": "该团购已关闭",
  "survey.not_draft": "问卷已发布，不能再修改或重复发布",
  "survey.not_open": "问卷还是草稿，请先发布",
  "survey.already_closed": "问卷已结束",
  "survey.window_passed": "问卷截止时间已过，请先修改时间再发布",
  "application.not_approved": "只有已批准的申请才能拨付",
  "application.not_returnable": "只有已提交的申请才能退回",
  "bargaining.date_before_previous": "完成日期不能早于上一步的完成日期",
  "bargaining.document_limit": "每个步骤最多上传 10 份材料",
  "bargaining_document.too_large": "单个材料不能超过 10 MB",
  "bargaining_document.unsupported_type": "材料只支持 JPG、PNG 图片或 PDF 文件",
  "distribution.enterprise_not_eligible": "所选企业中有企业不在该福利的发放范围内",
  "distribution.enterprise_outside": "所选企业中有企业不属于本次发放的组织",
  "distribution.receipt_exceeds_allocation": "签收数量不能超过分配数量",
  "distribution.handout_exceeds_received": "发放数量不能超过已签收的数量",
  "handout.already_handed_out": "其中有会员已经领取过本批物资",
  "handout.not_our_member": "该券的持有人不是本企业的实名会员",
  "handout.wrong_perk": "该券不属于本次发放的福利",
  // legal aid
  "lawyer.exists": "该账号或执业证号已在律师库中",
  "legal_case.already_accepted": "工会已受理该案件，不能再撤回；如需结案请联系律师或工会",
  "legal_case.already_assigned": "该案件已指派给这位律师",
  "legal_case.archived": "案件已归档，不能再修改",
  "legal_case.changed": "案件刚刚被他人更新，请刷新后再操作",
  "legal_case.not_assigned": "该案件尚未指派律师",
  "legal_case.not_open": "该案件尚未受理",
  "legal_case.not_submitted": "只有待受理的申请才能受理或不予受理",
  "legal_case.stage_not_allowed": "案件不能进入该阶段（只能向后推进，劳动争议须先经仲裁才能诉讼）",
  "legal_aid.font_unavailable": "服务器未安装中文字体，暂时无法生成指派函",
  // collective bargaining and notifications
  "bargaining.out_of_order": "协商步骤须按顺序完成，完成日期不能早于上一步",
  "bargaining.step_not_reached": "只能给已完成的步骤或下一步上传材料",
  "notification.not_dead": "该通知不在发送失败列表中，无需重新发送",
  "broadcast.daily_limit": "本组织今天的群发通知次数已用完，请明天再发",
  "notification.kind_not_mutable": "重要通知（资金发放、法律援助进展、困难帮扶结果）不能关闭",
  // content (news, notices, legal Q&A)
  "content.archived": "该文章已下架，不能再修改、发布或置顶",
  "content.already_archived": "该文章已经下架",
  "content.image_too_large": "图片超过大小上限，请压缩后再上传",
  "content.image_in_use": "已发布或定时发布的文章仍在使用这张图片，请先下线文章或移除图片",
  "content.image_missing": "文章中的图片已被删除，请重新上传图片或移除后再发布",
  "content.image_unsupported": "只能上传 PNG、JPEG、WebP 或 GIF 图片（按文件内容识别，改扩展名无效）",
  // activities
  "activity.member_not_verified": "完成实名认证后才能报名活动",
  "activity.signup_not_open": "活动报名尚未开始",
  "activity.signup_closed": "活动报名已截止",
  "activity.barred_no_shows": "您近期多次报名后未到场，暂时不能报名活动",
  "activity.cancel_deadline_passed": "已过取消报名的截止时间，不能再取消",
  "activity.not_confirmed": "您没有该活动的正式名额（候补中或已取消）",
  "activity.check_in_code_invalid": "签到码无效或不是本活动的签到码",
  "activity.check_in_code_expired": "签到码已过期，请让会员刷新后重新出示",
  "activity.check_in_closed": "当前不在签到时间内（活动开始前 2 小时至活动结束）",
  "activity.venue_code_wrong": "现场签到码不正确，请核对后重新输入",
  "activity.not_barred": "该会员当前未被限制报名，无需解除",
  "activity.cancelled": "该活动已取消，不能报名或签到",
  "activity.already_cancelled": "该活动已经取消过了",
  "activity.ended": "活动已结束，不能取消",
  "activity.places_below_confirmed": "名额不能少于已确认报名的人数",
  "activity.not_eligible": "该活动仅限特定会员报名（如劳模、农民工），您暂不符合条件",
  "member_tag.unknown": "会员标签不正确，请从列表中选择",
  "member_tag.batch_rows_invalid": "标签名单中有不符合要求的行，整批未导入，请按行修改后重新上传",
  "member_tag.batch_empty": "标签名单是空的，或表头下没有数据行",
  "member_tag.batch_invalid_header": "标签名单表头不正确，应包含 会员卡号 或 身份证号，以及 标签（可加 姓名）",
  "member_tag.batch_too_many_rows": "标签名单行数过多，请拆分后上传",
  // lotteries
  "lottery.member_not_verified": "完成实名认证后才能参加抽签",
  "lottery.not_open_yet": "抽签报名尚未开始",
  "lottery.closed": "抽签报名已截止",
  "lottery.not_draft": "该抽签已发布，不能重复发布",
  "lottery.not_open": "抽签尚未发布，不能开奖",
  "lottery.not_closed_yet": "报名尚未截止，截止后才能开奖",
  "lottery.already_drawn": "该抽签已经开奖，每场抽签只能开奖一次",
  "lottery.commitment_locked": "报名已开始，承诺值（种子哈希）不能再修改",
  "lottery.weights_locked": "报名已开始，按标签设置的中签权重不能再修改",
  "lottery.seed_required": "请填写开奖种子（其 SHA-256 应等于公布的承诺值）",
  "lottery.seed_mismatch": "种子与公布的承诺值不符，不能开奖",
  "lottery.stock_short": "福利剩余库存不足以覆盖中签名额，请先增加库存",
  "lottery.not_a_winner": "只有中签者才能放弃名额",
  "lottery.voucher_used": "奖品券已使用或已过期，不能放弃名额",
  "lottery.prize_required": "请选择奖品：福利券或帮扶基金补助",
  "lottery.prize_conflict": "奖品只能是福利券或基金补助其中之一",
  "lottery.grant_over_max": "每人补助金额超过该基金的单笔上限",
  "lottery.fund_not_open": "该基金不在开放期内，不能用于抽签补助",
  "lottery.fund_budget_short": "基金剩余预算不足以覆盖全部中签名额的补助",
  "lottery.fund_over_promised": "该基金已发布、尚未开奖的其他抽签已承诺了部分预算，剩余额度不足以覆盖本抽签的补助，请先开奖、追加预算或减少名额",
  "lottery.fund_locked": "抽签已发布，补助基金不能再更换（只有草稿可以更换基金）",
  "lottery.published_locked": "抽签已发布，组织、报名时间、名额和奖品不能再修改（只有草稿可以修改；名称和说明仍可修改）",
  "lottery.grant_disbursing": "补助已进入发放流程，不能再放弃名额",
  "lottery.not_drawn": "抽签尚未开奖",
  "perk.barred_no_shows": "您因多次报名活动未到场暂被限制参加本次福利发放，可在「我的活动」查看原因",
  "perk.lottery_only": "本福利通过抽签发放，请到抽签活动中报名",
  // rest stations
  "station.duplicate_name": "本组织已有同名驿站，请修改名称",
  "station_import.rows_invalid": "文件中有不合格的行，全部未导入；请按提示修改后重新导入整个文件",
  "station_import.empty": "文件为空或没有驿站数据行",
  "station_import.invalid_header": "文件表头不正确，请使用模板中的列名",
  "station_import.too_many_rows": "文件行数过多，请拆分后分别导入",
};

/** The message for an error in a staff app: the staff wording of its code when there is one, else `describeError`. */
export function describeStaffError(error: unknown): string {
  const sized = sizeLimitMessage(error);
  if (sized) return sized;
  if (error instanceof ApiError && staffErrorMessagesZh[error.code]) return staffErrorMessagesZh[error.code]!;
  return describeError(error);
}

function byStatus(status: number): string {
  if (status === 0) return errorMessagesZh["network.error"]!;
  if (status === 401) return errorMessagesZh["auth.unauthenticated"]!;
  if (status === 403) return errorMessagesZh["auth.forbidden"]!;
  if (status === 404) return errorMessagesZh["not_found"]!;
  if (status === 429) return errorMessagesZh["rate_limited"]!;
  if (status >= 500) return errorMessagesZh["server.error"]!;
  return errorMessagesZh["request.error"]!;
}

/** A size limit as people say it: 5 MB, 512 KB. */
function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** An image refused for its size, with the limit the answer names (`maxBytes`); undefined for anything else. */
function sizeLimitMessage(error: unknown): string | undefined {
  if (error instanceof ApiError && error.code === "content.image_too_large" && typeof error.problem.maxBytes === "number") {
    return `图片超过 ${formatBytes(error.problem.maxBytes)} 上限，请压缩后再上传`;
  }
  return undefined;
}

/** The message to show a person for any error thrown by the SDK (or anything else). */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return errorMessagesZh["server.error"]!;
  const base = errorMessagesZh[error.code] ?? byStatus(error.status);
  const sized = sizeLimitMessage(error);
  if (sized) return sized;
  if (error.code === "rate_limited" && error.retryAfter) {
    return error.retryAfter >= 120 ? `操作太频繁，请 ${Math.ceil(error.retryAfter / 60)} 分钟后再试` : `操作太频繁，请 ${error.retryAfter} 秒后再试`;
  }
  return base;
}
