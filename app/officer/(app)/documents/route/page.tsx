import Link from "next/link";
import { DocForm } from "@/components/documents/doc-form";
import { Forbidden } from "@/components/officer/forbidden";
import { requirePagePermission } from "@/lib/auth/session";
import { canEditRoute, getDefaultRoute } from "@/lib/documents/document-route";
import { routeOptions } from "@/lib/documents/document-queries";
import { prisma } from "@/lib/db";
import { saveRouteAction } from "../actions";

export const metadata = { title: "默认流程" };

export default async function RoutePage() {
  const { actor, allowed } = await requirePagePermission("documents.draft");
  if (!allowed) return <Forbidden />;
  const [route, options] = await Promise.all([getDefaultRoute(prisma, actor.departmentId), routeOptions(actor.departmentId)]);
  const editable = canEditRoute(actor, actor.departmentId);
  const name = (id: string | null) => options.officers.find((o) => o.value === id)?.label ?? "—";
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm"><Link href="/officer/documents" className="text-brand-600 underline">‹ 返回公文办理</Link></p>
      <h1 className="text-2xl font-bold text-brand-700">本单位发文默认流程</h1>
      <p className="text-sm text-slate-600">拟稿人送审时以此为准，并可调整：核稿（依次）→ 会签（同时）→ 签发。</p>
      {editable ? (
        <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
          <DocForm
            action={saveRouteAction}
            title="默认流程"
            submitLabel="保存默认流程"
            fields={[
              { name: "departmentId", label: "", kind: "hidden", value: actor.departmentId },
              { name: "reviewerIds", label: "核稿人", kind: "checkboxes", optional: true, options: options.officers, value: route.reviewerIds.join(",") },
              { name: "cosignerIds", label: "会签人", kind: "checkboxes", optional: true, options: options.officers, value: route.cosignerIds.join(",") },
              { name: "signerId", label: "签发人", kind: "select", optional: true, options: options.signers, value: route.signerId ?? "" },
            ]}
          />
        </section>
      ) : (
        <section className="rounded-md border border-slate-200 bg-white p-4 text-sm shadow-sm">
          <p>核稿：{route.reviewerIds.map(name).join("、") || "—"}</p>
          <p>会签：{route.cosignerIds.map(name).join("、") || "—"}</p>
          <p>签发：{name(route.signerId)}</p>
          <p className="mt-2 text-slate-600">默认流程由本单位负责人或公文管理员设置。</p>
        </section>
      )}
    </div>
  );
}
