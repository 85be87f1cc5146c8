import Link from "next/link";
import { DraftForm } from "@/components/documents/draft-form";
import { Forbidden } from "@/components/officer/forbidden";
import { requirePagePermission } from "@/lib/auth/session";
import { listUnits } from "@/lib/documents/document-queries";
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS } from "@/lib/documents/labels";
import { createDraftAction } from "../actions";

export const metadata = { title: "拟稿" };

export default async function NewDocumentPage() {
  const { allowed } = await requirePagePermission("documents.draft");
  if (!allowed) return <Forbidden />;
  const units = await listUnits();
  return (
    <div className="max-w-4xl space-y-4">
      <p className="text-sm">
        <Link href="/officer/documents" className="text-brand-600 underline">‹ 返回公文办理</Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-700">拟稿</h1>
      <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <DraftForm action={createDraftAction} kinds={DOCUMENT_KINDS.map((k) => ({ value: k, label: DOCUMENT_KIND_LABELS[k] }))} units={units.map((u) => ({ value: u.id, label: u.name }))} initial={{ urgency: "NORMAL", secrecy: "NONE", bodyHtml: "" }} submitLabel="保存草稿" />
      </section>
    </div>
  );
}
