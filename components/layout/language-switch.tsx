// The link to the same page in the other language (zh-CN ↔ en). A plain link: no JavaScript.
// The label is in the language it leads to, marked with that language for screen readers.
import Link from "next/link";

export function LanguageSwitch({ to, href }: { to: "en" | "zh-CN"; href: string }) {
  const label = to === "en" ? "English" : "中文";
  return (
    <Link href={href} hrefLang={to} lang={to} className="rounded border-2 border-brand-600 px-3 py-1 text-sm font-semibold text-brand-700 hover:bg-brand-50" data-testid="language-switch">
      {label}
    </Link>
  );
}
