import { SectionListPage, sectionListMetadata } from "@/components/content/section-pages";

export async function generateMetadata() {
  return sectionListMetadata("policies");
}

export default async function Page({ searchParams }: PageProps<"/policies">) {
  return <SectionListPage section="policies" searchParams={await searchParams} />;
}
