// Input of the information-report forms (信息报送), shared by the server actions and lib functions.
import { z } from "zod";
import { INFO_BULLETIN_KINDS, INFO_LEVELS, REPORT_CATEGORIES } from "./report-format";

const text = (message: string, max: number) => z.string().trim().min(1, message).max(max, `不能超过${max}个字`);

export const ZSubmitReportInput = z.object({
  title: text("请填写标题", 100),
  category: z.enum(REPORT_CATEGORIES, { message: "请选择信息类别" }),
  body: text("请填写正文", 20000),
});

export const ZEditReportInput = z.object({
  editedTitle: text("请填写编辑后的标题", 100),
  editedBody: text("请填写编辑后的正文", 20000),
});

export const ZAdoptReportInput = z.object({ level: z.enum(INFO_LEVELS, { message: "请选择采用级别" }) });
export const ZDeclineReportInput = z.object({ reason: text("请填写不采用的理由", 500) });

const points = (label: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, `${label}的分值应为0至999的整数`)
    .transform(Number);
export const ZReportPointsInput = z.object({
  COUNTY_SPECIAL: points("县信息专报"),
  COUNTY_BRIEF: points("县简报"),
  SENT_TO_CITY: points("报送市级"),
  CITY_ADOPTED: points("被市级采用"),
});

export const ZBulletinInput = z.object({
  kind: z.enum(INFO_BULLETIN_KINDS, { message: "请选择刊物" }),
  title: text("请填写本期标题", 100),
  reportIds: z.array(z.string().min(1)).min(1, "请至少选择一条已采用的信息").max(50, "一期最多50条信息"),
});
