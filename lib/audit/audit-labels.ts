// Every audit action, in the words an auditor reads. One table: audit-labels.test.ts collects
// every action string the code writes and fails when one has no label here.
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  // sign-in (lib/auth/authenticate-officer.ts, sign-out-officer.ts, change-own-password.ts)
  "officer.signed_in": "登录成功",
  "officer.sign_in_failed": "登录失败",
  "officer.sign_in_throttled": "登录尝试过多，已限制",
  "officer.signed_out": "退出登录",
  "officer.password_changed": "本人修改密码",
  // officers and keys
  "officer.created": "添加人员",
  "officer.updated": "修改角色/部门",
  "officer.activated": "启用账户",
  "officer.deactivated": "停用账户",
  "officer.password_reset": "重置密码",
  "officer.locked": "账户锁定",
  "apikey.issued": "签发接口密钥",
  "apikey.revoked": "吊销接口密钥",
  // complaints
  "complaint.accepted": "受理案件",
  "complaint.rejected": "不予受理",
  "complaint.assigned": "分派案件",
  "complaint.dispatched": "12345派单",
  "complaint.sent_back": "退回12345",
  "complaint.transfer_requested": "申请转办",
  "complaint.transfer_accepted": "接收转办",
  "complaint.transfer_declined": "退回转办",
  "complaint.transfer_withdrawn": "撤回转办",
  "complaint.in_progress": "开始办理",
  "complaint.note": "添加内部备注",
  "complaint.replied": "答复群众",
  "complaint.resolved": "办结案件",
  "complaint.close_proposed": "提请办结",
  "complaint.close_approved": "审核同意办结",
  "complaint.close_returned": "退回办结申请",
  "complaint.callback_recorded": "记录电话回访",
  "complaint.merged": "合并重复件",
  "complaint.rated": "群众评价",
  "complaint.publication_approved": "审核公开文本",
  "complaint.extension_requested": "申请延期",
  "complaint.extension_approved": "批准延期",
  "complaint.extension_refused": "不同意延期",
  "complaint.extension_forwarded": "部门负责人同意延期申请并报督办员",
  "complaint.extension_refused_by_head": "部门负责人不同意延期申请",
  "complaints.exported": "导出案件数据",
  "supervision.order_issued": "发出督办单",
  "supervision.order_answered": "反馈督办单",
  "supervision.order_closed": "督办单办结评定",
  "supervision.urged": "催办",
  "supervision.clock_paused": "暂停计时（等待补充材料）",
  "supervision.clock_resumed": "恢复计时",
  "supervision.scorecard_weights": "设置考核权重",
  // settings
  "sla_class.updated": "修改时限类别",
  "complaint_category.updated": "修改诉求类别设置",
  "search_synonym.created": "新增搜索同义词",
  "search_synonym.updated": "修改搜索同义词",
  "search_synonym.deleted": "删除搜索同义词",
  "calendar_day.created": "新增工作日历日期",
  "calendar_day.updated": "修改工作日历日期",
  "calendar_day.removed": "删除工作日历日期",
  "calendar.holidays_imported": "导入法定节假日",
  // content and warnings
  "content.created": "新建内容",
  "opinion.assigned": "交办建议或来信",
  "opinion.answered": "答复建议或来信",
  "opinion.published": "公开建议或来信的答复",
  "consultation.created": "发布征求意见",
  "consultation.feedback_published": "发布意见采纳情况",
  "content.updated": "修改内容",
  "content.published": "发布内容",
  "content.scheduled": "定时发布内容",
  "content.unpublished": "撤回内容",
  "content.restored": "恢复内容版本",
  "content.attachment.added": "上传附件",
  "content.attachment.removed": "删除附件",
  "warning.broadcast": "发送预警短信",
  "warning.broadcast.stop": "停止发送预警短信",
  // traceability
  "trace.producer_created": "登记生产主体",
  "trace.product_created": "登记产品",
  "trace.product_deactivated": "停用产品",
  "trace.batch_created": "登记批次",
  "trace.batch_recalled": "召回批次",
  "trace.event_recorded": "记录追溯事件",
  "trace.inspection_recorded": "记录检测结果",
  "trace.certificate_added": "添加合格证",
  "trace.producer_edited": "修改生产主体",
  "trace.product_edited": "修改产品",
  "trace.batch_edited": "修改批次",
  "trace.recall_lifted": "解除召回",
  "trace.epcis_captured": "接收EPCIS事件",
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? `其他操作（${action}）`;
}

/** What kind of thing an entry is about. */
export const AUDIT_TARGET_LABELS: Record<string, string> = {
  Complaint: "案件",
  SupervisionOrder: "督办单",
  ContentItem: "内容",
  Officer: "人员",
  ApiKey: "接口密钥",
  Batch: "追溯批次",
  Product: "产品",
  Producer: "生产主体",
  Broadcast: "预警短信",
  ComplaintCategory: "诉求类别",
  SlaClass: "时限类别",
  WorkCalendarDay: "工作日历",
};

/** Detail keys in Chinese, for the readable detail column and the CSV. */
const DETAIL_LABELS: Record<string, string> = {
  trackingNo: "受理编号",
  from: "原状态",
  to: "新状态",
  note: "说明",
  reason: "理由",
  username: "登录名",
  name: "名称",
  role: "角色",
  title: "标题",
  version: "版本",
  fileName: "文件名",
  size: "大小",
  lot: "批号",
  traceCode: "追溯码",
  gtin: "GTIN",
  type: "类型",
  number: "编号",
  count: "数量",
  date: "日期",
  year: "年份",
  departmentId: "部门",
  recipients: "接收人数",
  scope: "限制范围",
  during: "场合",
  address: "地址",
};

// Coded values an auditor would otherwise read as English keys (sign-in reasons and scopes).
const DETAIL_VALUE_LABELS: Record<string, string> = {
  wrong_password: "密码错误",
  unknown_username: "登录名不存在",
  inactive: "账户已停用",
  overall: "全站尝试过多",
  address: "同一地址尝试过多",
  password_change: "修改密码时核对当前密码",
};

const HIDDEN_DETAIL_KEYS = new Set(["attachmentId", "eventId", "id", "contentId", "complaintId", "orderId", "handlerId", "broadcastId"]);

export function readableDetails(details: unknown, statusLabel: (s: string) => string = (s) => s): string {
  if (!details || typeof details !== "object" || Array.isArray(details)) return details == null ? "" : String(details);
  const parts: string[] = [];
  // Known keys in the table's order (原状态 before 新状态), then the rest.
  const order = Object.keys(DETAIL_LABELS);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const entries = Object.entries(details as Record<string, unknown>).sort(([a], [b]) => rank(a) - rank(b));
  for (const [key, value] of entries) {
    if (HIDDEN_DETAIL_KEYS.has(key) || value === null || value === undefined || value === "") continue;
    const label = DETAIL_LABELS[key] ?? key;
    const text =
      (key === "from" || key === "to") && typeof value === "string"
        ? statusLabel(value)
        : typeof value === "object"
          ? JSON.stringify(value)
          : (DETAIL_VALUE_LABELS[String(value)] ?? String(value));
    parts.push(`${label}：${text}`);
  }
  return parts.join("；");
}
