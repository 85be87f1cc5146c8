import Link from "next/link";
import { officerNavFor } from "@/lib/auth/officer-nav";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getDashboardSummary } from "@/lib/officers/dashboard";

export const metadata = { title: "工作台" };

export default async function DashboardPage() {
  const actor = await requireActor();
  const summary = await getDashboardSummary(actor);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-brand-700">工作台</h1>
        <p className="text-slate-600">
          {actor.name}，{summary.departmentName} · {ROLE_LABELS[actor.role]}
        </p>
      </div>
      <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {summary.cards.map((c) => {
          const tone = c.tone === "alert" ? "text-accent-700" : c.tone === "warning" ? "text-amber-700" : "text-brand-700";
          const body = (
            <>
              <p className="text-sm text-slate-600">{c.label}</p>
              <p className={`text-3xl font-bold ${tone}`}>{c.value}</p>
              <p className="text-xs text-slate-500">{c.hint}</p>
            </>
          );
          return (
            <li key={c.label} className="rounded-md border border-slate-200 bg-white shadow-sm">
              {c.href ? (
                <Link href={c.href} className="block h-full p-4 hover:bg-brand-50">
                  {body}
                </Link>
              ) : (
                <div className="p-4">{body}</div>
              )}
            </li>
          );
        })}
      </ul>
      <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <h2 className="mb-2 font-bold">常用功能</h2>
        <ul className="flex flex-wrap gap-2">
          {officerNavFor(actor.role, actor.duties)
            .filter((item) => item.href !== "/officer")
            .map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="inline-block rounded border border-brand-600 px-4 py-2 text-brand-700 hover:bg-brand-50">
                  {item.label}
                </Link>
              </li>
            ))}
        </ul>
      </section>
    </div>
  );
}
