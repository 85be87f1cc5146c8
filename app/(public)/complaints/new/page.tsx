// GET /complaints/new: the filing form; ?edit=1 (the "修改" links) reopens this browser's draft
// (its draft cookie, client-key.ts) with its answers and the photos already uploaded.
import Link from "next/link";
import { ComplaintForm } from "@/components/complaints/complaint-form";
import { getComplaintDraft, newDraftId } from "@/lib/complaints/complaint-drafts";
import { listComplaintOptions } from "@/lib/complaints/list-published-cases";
import { MAX_PHOTOS } from "@/lib/complaints/photo-limits";
import { categoryOptionLabel, slaText } from "@/lib/complaints/sla-text";
import { siteConfig } from "@/lib/site";
import { saveComplaintDraftAction } from "../actions";
import { ownDraftId } from "../client-key";
import { publicPageMetadata } from "@/lib/page-metadata";

// The form renders the <title> itself, so an error rendered without JavaScript can prefix it.
export async function generateMetadata() {
  return publicPageMetadata({ path: "/complaints/new", title: null, description: "网上投诉：反映问题，限时办理。" });
}

export default async function NewComplaintPage({ searchParams }: PageProps<"/complaints/new">) {
  const { edit } = await searchParams;
  const ownDraft = edit ? await ownDraftId() : null;
  const [draft, { categories }] = await Promise.all([ownDraft ? getComplaintDraft(ownDraft) : null, listComplaintOptions()]);
  const options = categories.map((c) => ({
    id: c.id,
    label: categoryOptionLabel(c),
    name: c.name,
    departmentName: c.department.name,
    deadlineText: slaText(c.slaClass),
    description: c.description,
  }));
  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-slate-600">网上投诉 · 限时办理</p>
      <h1 className="text-3xl font-bold">我要投诉</h1>
      <p className="mt-2 text-lg">填写大约需要2分钟。提交后会得到受理编号和查询码，由负责部门在规定期限内办理并答复。</p>
      <p className="mt-2 rounded border-l-4 border-accent-600 bg-red-50 p-3">
        遇到火灾、人身伤害等紧急情况，请立即拨打 <strong>119</strong>、<strong>120</strong> 或 <strong>110</strong>。
      </p>
      {draft?.complaintId ? (
        <div className="mt-6 rounded border border-slate-300 bg-white p-4">
          <title>{`我要投诉 - ${siteConfig().name}`}</title>
          <p className="text-lg font-semibold">这份诉求已经提交，不能再修改。</p>
          <p className="mt-2">
            <Link href="/complaints/new/check" className="text-brand-600 underline">
              查看回执
            </Link>
            {" · "}
            <Link href="/complaints/new" className="text-brand-600 underline">
              反映新的问题
            </Link>
          </p>
        </div>
      ) : (
        <div className="mt-6">
          <ComplaintForm
            action={saveComplaintDraftAction}
            categories={options}
            draftId={draft?.id ?? newDraftId()}
            initialValues={draft?.values ?? {}}
            initialPhotos={draft?.photos ?? []}
            maxPhotos={MAX_PHOTOS}
            title={`我要投诉 - ${siteConfig().name}`}
          />
        </div>
      )}
    </div>
  );
}
