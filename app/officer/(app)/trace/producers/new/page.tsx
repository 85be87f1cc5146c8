import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { TraceForm } from "@/components/trace/trace-form";
import { requirePagePermission } from "@/lib/auth/session";
import { producerFields } from "@/components/trace/producer-fields";
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
        fields={producerFields()}
      />
    </div>
  );
}
