// The producer form's fields, shared by the new-producer page and the edit form.
import { COUNTY_TOWNS } from "@/lib/broadcast/county-towns";
import type { TraceField } from "./trace-form";
import { options, PRODUCER_KINDS } from "./trace-labels";

export function producerFields(current?: Record<string, unknown>): TraceField[] {
  const v = (name: string) => (typeof current?.[name] === "string" ? (current[name] as string) : undefined);
  return [
    { name: "name", label: "名称", hint: "例如 清溪柑橘专业合作社", defaultValue: v("name") },
    { name: "kind", label: "主体类型", type: "select", options: options(PRODUCER_KINDS), defaultValue: v("kind") },
    { name: "creditCode", label: "统一社会信用代码", optional: true, hint: "18位，见营业执照；农户可不填", defaultValue: v("creditCode") },
    { name: "town", label: "所在乡镇", type: "select", options: COUNTY_TOWNS.map((t) => ({ value: t.name, label: t.name })), defaultValue: v("town") },
    { name: "village", label: "所在村", defaultValue: v("village") },
    { name: "address", label: "详细地址", optional: true, defaultValue: v("address") },
    { name: "contactName", label: "联系人", optional: true, defaultValue: v("contactName") },
    { name: "phone", label: "联系电话", type: "tel", optional: true, defaultValue: v("phone") },
    { name: "commitment", label: "质量安全承诺", type: "textarea", optional: true, hint: "显示在消费者查询页面", defaultValue: v("commitment") },
  ];
}
