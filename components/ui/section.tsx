import Link from "next/link";

export function Section({ title, moreHref, children }: { title: string; moreHref?: string; children: React.ReactNode }) {
  return (
    <section className="rounded-md border border-slate-200 bg-white shadow-sm">
      <div className="flex items-center justify-between border-b-2 border-brand-600 px-4 py-2">
        <h2 className="text-lg font-bold text-brand-700">{title}</h2>
        {moreHref && (
          <Link href={moreHref} className="text-sm text-brand-600 hover:underline">
            更多<span className="sr-only">{title}</span> ›
          </Link>
        )}
      </div>
      <div className="px-4">{children}</div>
    </section>
  );
}
