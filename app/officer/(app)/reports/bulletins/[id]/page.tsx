import Link from "next/link";
import { NotFoundPanel } from "@/components/layout/not-found-panel";
import { Forbidden } from "@/components/officer/forbidden";
import { PrintButtonIsland as PrintButton } from "@/components/content/print-button-island";
import { requirePagePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { getBulletin } from "@/lib/reports/bulletins";
import { BULLETIN_KIND_LABELS } from "@/lib/reports/report-format";
import { siteConfig } from "@/lib/site";

export const metadata = { title: "信息期刊" };

/** The printable issue: masthead in red, number and date, the items one after another. */
export default async function BulletinPage({ params, searchParams }: PageProps<"/officer/reports/bulletins/[id]">) {
  const { actor, allowed } = await requirePagePermission("reports.edit");
  if (!allowed) return <Forbidden />;
  const { id } = await params;
  const { done } = await searchParams;
  let b;
  try {
    b = await getBulletin({ actor, bulletinId: id });
  } catch (err) {
    if (isAppError(err, "NOT_FOUND")) return <NotFoundPanel title="没有找到该期刊" />;
    throw err;
  }
  return (
    <div className="space-y-4">
      <p className="print:hidden">
        <Link href="/officer/reports/bulletins" className="text-brand-600 underline">
          ‹ 信息期刊
        </Link>
      </p>
      {done === "issued" && (
        <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900 print:hidden">
          已印发：{b.number}
        </p>
      )}
      <div className="print:hidden">
        <PrintButton label="打印本期" />
      </div>
      <article className="mx-auto max-w-3xl bg-white p-4 shadow-sm sm:p-10 print:shadow-none">
        <header className="border-b-4 border-red-700 pb-3 text-center">
          <p className="text-4xl font-bold tracking-widest text-red-700 sm:text-5xl">{BULLETIN_KIND_LABELS[b.kind]}</p>
          <p className="mt-3 text-lg">{b.year && b.seq ? `${b.year}年第${b.seq}期` : "（待印发，暂无期号）"}</p>
          <p className="mt-2 flex justify-between text-base">
            <span>{siteConfig().organizer}</span>
            <span>{b.issuedAt ? formatDate(b.issuedAt) : ""}</span>
          </p>
        </header>
        <h1 className="mt-6 text-center text-2xl font-bold">{b.title}</h1>
        {b.items.map((item, i) => (
          <section key={item.id} className="mt-6 break-inside-avoid">
            <h2 className="text-xl font-bold">
              {b.items.length > 1 ? `${i + 1}. ` : ""}
              {item.title}
            </h2>
            <p className="mt-2 whitespace-pre-wrap break-words indent-8 leading-8">{item.body}</p>
            <p className="mt-1 text-right text-sm text-slate-700">（{item.departmentName}供稿）</p>
          </section>
        ))}
      </article>
    </div>
  );
}
