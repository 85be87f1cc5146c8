import { SectionListPage, sectionListMetadata } from "@/components/content/section-pages";

export async function generateMetadata() {
  return sectionListMetadata("investment");
}

export default async function Page({ searchParams }: PageProps<"/investment">) {
  return <SectionListPage section="investment" searchParams={await searchParams} />;
}
