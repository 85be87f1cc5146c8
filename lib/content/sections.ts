// The public sections and the content types each one lists.
import type { ContentType } from "@/generated/prisma/enums";

export const CONTENT_SECTIONS = {
  policies: { path: "/policies", title: "政策文件", types: ["POLICY", "NOTICE"] as ContentType[] },
  guides: { path: "/guides", title: "办事指南", types: ["SERVICE_GUIDE"] as ContentType[] },
  investment: { path: "/investment", title: "招商引资", types: ["INVESTMENT_PROJECT", "PARK", "INCENTIVE"] as ContentType[] },
  warnings: { path: "/warnings", title: "预警与惠农信息", types: ["WARNING", "RURAL_INFO"] as ContentType[] },
} as const;

export type SectionKey = keyof typeof CONTENT_SECTIONS;

export const CONTENT_TYPE_LABELS: Record<ContentType, string> = {
  POLICY: "政策文件",
  NOTICE: "通知公告",
  SERVICE_GUIDE: "办事指南",
  WARNING: "预警信息",
  RURAL_INFO: "惠农信息",
  INVESTMENT_PROJECT: "招商项目",
  PARK: "产业园区",
  INCENTIVE: "优惠政策",
};
