import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { BulletinForm, IssueBulletinForm } from "@/components/reports/report-forms";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { listBulletinCandidates, listBulletins } from "@/lib/reports/bulletins";
import { BULLETIN_KIND_LABELS, INFO_BULLETIN_KINDS, INFO_LEVEL_LABELS } from "@/lib/reports/report-format";
import { createBulletinAction, issueBulletinAction } from "../actions";
import { ReportsNav } from "../nav";

export const metadata = { title: "信息期刊" };

export default async function BulletinsPage({ searchParams }: PageProps<"/officer/reports/bulletins">) {
  const { actor, allowed } = await requirePagePermission("reports.edit");
  if (!allowed) return <Forbidden />;
  const { done } = await searchParams;
  const [bulletins, candidates] = await Promise.all([listBulletins({ actor }), listBulletinCandidates({ actor })]);
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold text-brand-700">信息期刊</h1>
      <ReportsNav current="bulletins" office />
      {done === "created" && (
        <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
          本期已编排，印发时取得期号。
        </p>
      )}
      <section aria-labelledby="list-title" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="list-title" className="text-lg font-bold">
          期刊
        </h2>
        {bulletins.length === 0 ? (
          <p className="text-slate-600">还没有期刊。</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {bulletins.map((b) => (
              <li key={b.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <div>
                  <Link href={`/officer/reports/bulletins/${b.id}`} className="font-semibold text-brand-700 underline">
                    {b.number ?? `${BULLETIN_KIND_LABELS[b.kind]}（待印发）`}
                  </Link>
                  <p className="text-sm text-slate-700">
                    {b.title} · {b._count.items}条 · {b.issuedAt ? `印发于${formatDateTime(b.issuedAt)}` : "草稿"}
                  </p>
                </div>
                {b.status === "DRAFT" && <IssueBulletinForm action={issueBulletinAction} bulletinId={b.id} version={b.version} />}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="compose-title" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="compose-title" className="mb-2 text-lg font-bold">
          编排新一期
        </h2>
        <BulletinForm
          action={createBulletinAction}
          kinds={INFO_BULLETIN_KINDS.map((k) => ({ value: k, label: BULLETIN_KIND_LABELS[k] }))}
          candidates={candidates.map((c) => ({ id: c.id, label: `${c.editedTitle ?? c.title}（${c.department.name}${c.level ? ` · ${INFO_LEVEL_LABELS[c.level]}` : ""}）` }))}
        />
      </section>
    </div>
  );
}
