// Correcting a producer's details (audited: the previous values appear in its 修改记录).
import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { producerFields } from "@/components/trace/producer-fields";
import { TraceForm } from "@/components/trace/trace-form";
import { requirePagePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getProducerRecord } from "@/lib/trace/list-trace-records";
import { editProducerAction } from "../../../actions";

export const metadata = { title: "修改生产主体信息" };

export default async function EditProducerPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, allowed } = await requirePagePermission("trace.write");
  if (!allowed) return <Forbidden />;
  const { id } = await params;
  const producer = await getProducerRecord({ actor, producerId: id }).catch((e) => (isAppError(e, "NOT_FOUND") ? null : Promise.reject(e)));
  if (!producer) return <p className="rounded bg-white p-6">未找到该生产主体。</p>;
  return (
    <div className="max-w-2xl rounded-md border border-slate-200 bg-white p-5 shadow-sm">
      <p className="mb-2 text-sm">
        <Link href={`/officer/trace/producers/${producer.id}`} className="text-brand-600 underline">‹ {producer.name}</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold text-brand-700">修改生产主体信息</h1>
      <TraceForm action={editProducerAction} hidden={{ producerId: producer.id, expectedVersion: String(producer.version) }} submitLabel="保存修改" fields={producerFields(producer)} />
    </div>
  );
}
