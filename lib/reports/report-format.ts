// Labels of information reports, their adoption levels and bulletins.
import type { InfoAdoptionLevel, InfoBulletinKind, InfoReportStatus } from "@/generated/prisma/enums";

export const REPORT_CATEGORIES = ["政务动态", "经济运行", "社会民生", "基层经验", "问题建议", "突发事件"] as const;

export const INFO_LEVELS = ["COUNTY_SPECIAL", "COUNTY_BRIEF", "SENT_TO_CITY", "CITY_ADOPTED"] as const satisfies readonly InfoAdoptionLevel[];

export const INFO_LEVEL_LABELS: Record<InfoAdoptionLevel, string> = {
  COUNTY_SPECIAL: "县信息专报",
  COUNTY_BRIEF: "县简报",
  SENT_TO_CITY: "报送市级",
  CITY_ADOPTED: "被市级采用",
};

/** Points per level until the office sets its own (InfoReportSettings). */
export const DEFAULT_LEVEL_POINTS: Record<InfoAdoptionLevel, number> = { COUNTY_SPECIAL: 5, COUNTY_BRIEF: 2, SENT_TO_CITY: 3, CITY_ADOPTED: 10 };

export const REPORT_STATUS_LABELS: Record<InfoReportStatus, string> = { SUBMITTED: "待编辑采用", ADOPTED: "已采用", DECLINED: "未采用" };

export const INFO_BULLETIN_KINDS = ["SPECIAL", "BRIEF"] as const satisfies readonly InfoBulletinKind[];
export const BULLETIN_KIND_LABELS: Record<InfoBulletinKind, string> = { SPECIAL: "信息专报", BRIEF: "简报" };

export function formatBulletinNumber(kind: InfoBulletinKind, year: number, seq: number): string {
  return `${BULLETIN_KIND_LABELS[kind]}〔${year}〕第${seq}期`;
}
