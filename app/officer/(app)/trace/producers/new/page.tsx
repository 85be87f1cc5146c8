import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { TraceForm } from "@/components/trace/trace-form";
import { options, PRODUCER_KINDS } from "@/components/trace/trace-labels";
import { requirePagePermission } from "@/lib/auth/session";
import { createProducerAction } from "../../actions";

export const metadata = { title: "新增生产主体" };

export default async function NewProducerPage() {
  const { allowed } = await requirePagePermission("trace.write");
  if (!allowed) return <Forbidden />;
  return (
    <div className="max-w-2xl rounded-md border border-slate-200 bg-white p-5 shadow-sm">
      <p className="mb-2 text-sm">
        <Link href="/officer/trace" className="text-brand-600 underline">‹ 返回农产品追溯</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold text-brand-700">新增生产主体</h1>
      <TraceForm
        action={createProducerAction}
        submitLabel="保存生产主体"
        fields={[
          { name: "name", label: "名称", hint: "例如 清溪柑橘专业合作社" },
          { name: "kind", label: "主体类型", type: "select", options: options(PRODUCER_KINDS) },
          { name: "town", label: "所在乡镇" },
          { name: "village", label: "所在村" },
          { name: "address", label: "详细地址", optional: true },
          { name: "contactName", label: "联系人", optional: true },
          { name: "phone", label: "联系电话", type: "tel", optional: true },
          { name: "commitment", label: "质量安全承诺", type: "textarea", optional: true, hint: "显示在消费者查询页面" },
        ]}
      />
    </div>
  );
}
