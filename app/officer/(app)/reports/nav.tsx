import Link from "next/link";

/** The section's links: submissions, bulletins and the ranking (the office sees all three). */
export function ReportsNav({ current, office }: { current: "reports" | "bulletins" | "ranking"; office: boolean }) {
  const links = [
    { key: "reports", href: "/officer/reports", label: "信息报送" },
    ...(office ? [{ key: "bulletins", href: "/officer/reports/bulletins", label: "信息期刊" }] : []),
    { key: "ranking", href: "/officer/reports/ranking", label: "年度排名" },
  ];
  return (
    <nav aria-label="信息报送" className="flex flex-wrap gap-2">
      {links.map((l) => (
        <Link key={l.key} href={l.href} aria-current={l.key === current ? "page" : undefined} className={`rounded px-3 py-1.5 font-semibold ${l.key === current ? "bg-brand-600 text-white" : "border border-brand-600 text-brand-700"}`}>
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
