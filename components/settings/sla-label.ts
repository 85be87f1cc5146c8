// How an SLA rule reads on the settings pages.
export function slaRuleLabel(s: { unit: string; amount: number }): string {
  return s.unit === "HOURS" ? `${s.amount}小时` : `${s.amount}个工作日`;
}
