import { SectionListPage, sectionListMetadata } from "@/components/content/section-pages";

export async function generateMetadata() {
  return sectionListMetadata("guides");
}

export default async function Page({ searchParams }: PageProps<"/guides">) {
  return <SectionListPage section="guides" searchParams={await searchParams} />;
}
