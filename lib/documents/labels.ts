// Words of the official-document domain, shared by lib and pages (no server-only imports).
import type { DocumentKind, DocumentSecrecy, DocumentStatus, DocumentStepKind, DocumentStepStatus, DocumentUrgency, IncomingStatus } from "@/generated/prisma/enums";

/** The 15 kinds of 《党政机关公文处理工作条例》 art. 8, in the order a drafter looks for them. */
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  NOTICE: "通知",
  BULLETIN: "通报",
  REPORT: "报告",
  REQUEST: "请示",
  REPLY: "批复",
  LETTER: "函",
  MINUTES: "纪要",
  OPINION: "意见",
  DECISION: "决定",
  ANNOUNCEMENT: "通告",
  PUBLIC_NOTICE: "公告",
  ORDER: "命令（令）",
  MOTION: "议案",
  RESOLUTION: "决议",
  COMMUNIQUE: "公报",
};

export const DOCUMENT_KINDS = Object.keys(DOCUMENT_KIND_LABELS) as DocumentKind[];

/** 上行文 that print 签发人 in the masthead (GB/T 9704-2012 7.2.6). */
export const UPWARD_KINDS: readonly DocumentKind[] = ["REQUEST", "REPORT"];

export const URGENCY_LABELS: Record<DocumentUrgency, string> = { NORMAL: "平件", URGENT: "加急", EXTRA_URGENT: "特急" };

export const SECRECY_LABELS: Record<DocumentSecrecy, string> = { NONE: "非涉密", INTERNAL: "内部" };

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  DRAFT: "草稿",
  ROUTING: "流转中",
  SIGNED: "已签发待盖章",
  SEALED: "已盖章待分发",
  DISTRIBUTED: "已分发",
};

export const STEP_KIND_LABELS: Record<DocumentStepKind, string> = { REVIEW: "核稿", COSIGN: "会签", SIGN: "签发", SEAL: "盖章" };

export const STEP_STATUS_LABELS: Record<DocumentStepStatus, string> = {
  WAITING: "未到达",
  OPEN: "办理中",
  DONE: "已办",
  RETURNED: "退回拟稿人",
  CANCELLED: "已取消",
};

export const INCOMING_STATUS_LABELS: Record<IncomingStatus, string> = {
  REGISTERED: "已登记待拟办",
  PROPOSED: "已拟办待批办",
  HANDLING: "承办中",
  CIRCULATING: "传阅中",
  DONE: "已办结",
  ARCHIVED: "已归档",
};

/** Standard phrases a leader taps instead of writing (批示常用语). "请XX同志阅办" takes a name. */
export const STANDARD_PHRASES = ["同意", "阅", "同意，请按程序办理", "请XX同志阅办"] as const;
