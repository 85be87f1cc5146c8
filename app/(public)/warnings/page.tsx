import { SectionListPage, sectionListMetadata } from "@/components/content/section-pages";

export async function generateMetadata() {
  return sectionListMetadata("warnings");
}

export default async function Page({ searchParams }: PageProps<"/warnings">) {
  return <SectionListPage section="warnings" searchParams={await searchParams} />;
}
