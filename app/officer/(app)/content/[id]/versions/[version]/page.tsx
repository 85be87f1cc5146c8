import Link from "next/link";
import { notFound } from "next/navigation";
import { ContentArticle } from "@/components/content/content-article";
import { RestoreForm } from "@/components/content/content-officer-forms";
import { Forbidden } from "@/components/officer/forbidden";
import { requirePagePermission } from "@/lib/auth/session";
import { STATUS_LABELS } from "@/lib/content/content.schema";
import { getContentVersion } from "@/lib/content/officer-content";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import type { ContentType, WarningLevel } from "@/generated/prisma/enums";
import { restoreAction } from "../../../actions";

export const metadata = { title: "历史版本" };

const date = (v: unknown) => (typeof v === "string" ? new Date(v) : null);
const str = (v: unknown) => (typeof v === "string" ? v : null);

export default async function ContentVersionPage({ params }: PageProps<"/officer/content/[id]/versions/[version]">) {
  const { actor, allowed } = await requirePagePermission("content.edit");
  if (!allowed) return <Forbidden />;
  const { id, version } = await params;
  const n = Number(version);
  if (!Number.isInteger(n) || n < 1) notFound();
  const row = await getContentVersion({ actor, contentId: id, version: n }).catch((err) => {
    if (isAppError(err, "NOT_FOUND")) notFound();
    throw err;
  });
  const s = row.snapshot;
  const isCurrent = row.content.version === n;
  return (
    <div className="max-w-3xl space-y-5">
      <p className="text-sm">
        <Link href={`/officer/content/${id}#versions`} className="text-brand-600 underline">‹ 返回编辑页</Link>
      </p>
      <div className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
        <h1 className="text-2xl font-bold text-brand-700">第 {n} 版{isCurrent && "（当前版本）"}</h1>
        <p className="mt-1 text-slate-700">
          {String(s.action ?? "")} · {row.editor?.name ?? "系统"} · {formatDateTime(row.createdAt)} · 当时状态：{STATUS_LABELS[(s.status as keyof typeof STATUS_LABELS) ?? "DRAFT"] ?? ""}
        </p>
        {!isCurrent && (
          <div className="mt-4">
            <p className="mb-2 text-sm text-slate-600">恢复后，此版本的标题、正文和各项信息成为新的当前版本（第 {row.content.version + 1} 版）；当前版本仍保留在版本记录中。发布状态不变。</p>
            <RestoreForm action={restoreAction} contentId={id} version={row.content.version} restoreVersion={n} />
          </div>
        )}
      </div>
      <ContentArticle
        supersededPath="/policies"
        item={{
          type: (s.type as ContentType) ?? row.content.type,
          title: String(s.title ?? ""),
          summary: str(s.summary),
          body: String(s.body ?? ""),
          publishedAt: date(s.publishedAt),
          issuingBody: str(s.issuingBody),
          docNumber: str(s.docNumber),
          issuedAt: date(s.issuedAt),
          effectiveAt: date(s.effectiveAt),
          warningLevel: str(s.warningLevel) as WarningLevel | null,
          area: str(s.area),
          validFrom: date(s.validFrom),
          validUntil: date(s.validUntil),
          fields: s.fields,
          department: null,
          supersededBy: null,
        }}
      />
    </div>
  );
}
