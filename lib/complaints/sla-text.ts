// How an SLA class reads to a citizen choosing a category: "7个工作日", "24小时".
import type { SlaUnit } from "@/generated/prisma/enums";

export function slaText(sla: { unit: SlaUnit; amount: number }): string {
  return sla.unit === "HOURS" ? `${sla.amount}小时` : `${sla.amount}个工作日`;
}

/** The category as the filing form lists it: 道路交通（县交通运输局，7个工作日）. */
export function categoryOptionLabel(c: { name: string; department: { name: string }; slaClass: { unit: SlaUnit; amount: number } }): string {
  return `${c.name}（${c.department.name}，${slaText(c.slaClass)}）`;
}
