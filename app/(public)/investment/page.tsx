import { SectionListPage } from "@/components/content/section-pages";

export const metadata = { title: "招商引资" };

export default async function Page({ searchParams }: PageProps<"/investment">) {
  return <SectionListPage section="investment" searchParams={await searchParams} />;
}
