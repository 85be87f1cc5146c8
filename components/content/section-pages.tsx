// The list and document pages every public content section shares (policies, guides,
// investment, warnings). Routes pass their section key and the URL's parameters.
import type { Metadata } from "next";
import { getPublishedContent, listPublishedContent } from "@/lib/content/public-content";
import { CONTENT_SECTIONS, type SectionKey } from "@/lib/content/sections";
import { isAppError } from "@/lib/errors";
import { NOT_FOUND_METADATA, NotFoundPanel } from "@/components/layout/not-found-panel";
import { Pagination } from "@/components/ui/pagination";
import { ContentArticle } from "./content-article";
import { ContentList } from "./content-list";

function pageNumber(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

export async function SectionListPage({ section, searchParams }: { section: SectionKey; searchParams: Record<string, string | string[] | undefined> }) {
  const config = CONTENT_SECTIONS[section];
  const page = pageNumber(searchParams.page);
  const result = await listPublishedContent({ types: config.types, page });
  return (
    <div className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
      <h1 className="border-b-2 border-brand-600 pb-2 text-2xl font-bold text-brand-700">{config.title}</h1>
      <ContentList items={result.items} basePath={config.path} />
      <Pagination page={result.page} pageCount={result.pageCount} href={(p) => `${config.path}?page=${p}`} />
    </div>
  );
}

async function load(section: SectionKey, slug: string) {
  try {
    return await getPublishedContent({ slug: decodeURIComponent(slug), types: CONTENT_SECTIONS[section].types });
  } catch (err) {
    if (isAppError(err, "NOT_FOUND")) return null;
    throw err;
  }
}

export async function sectionDetailMetadata(section: SectionKey, slug: string): Promise<Metadata> {
  const item = await load(section, slug);
  if (!item) return NOT_FOUND_METADATA;
  const path = `${CONTENT_SECTIONS[section].path}/${item.slug}`;
  return {
    title: item.title,
    description: item.summary ?? undefined,
    alternates: { canonical: path },
    openGraph: { title: item.title, description: item.summary ?? undefined, url: path, type: "article" },
  };
}

export async function SectionDetailPage({ section, slug }: { section: SectionKey; slug: string }) {
  const item = await load(section, slug);
  if (!item) return <NotFoundPanel />;
  return <ContentArticle item={item} supersededPath={CONTENT_SECTIONS[section].path} />;
}
