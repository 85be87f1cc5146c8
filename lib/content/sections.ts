// The public sections and the content types each one lists.
import type { ContentType } from "@/generated/prisma/enums";

export const CONTENT_SECTIONS = {
  policies: { path: "/policies", title: "政策文件", types: ["POLICY", "NOTICE"] as ContentType[] },
  guides: { path: "/guides", title: "办事指南", types: ["SERVICE_GUIDE"] as ContentType[] },
  investment: { path: "/investment", title: "招商引资", types: ["INVESTMENT_PROJECT", "PARK", "INCENTIVE"] as ContentType[] },
  warnings: { path: "/warnings", title: "预警与惠农信息", types: ["WARNING", "RURAL_INFO"] as ContentType[] },
} as const;

export type SectionKey = keyof typeof CONTENT_SECTIONS;
