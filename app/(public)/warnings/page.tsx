import { SectionListPage } from "@/components/content/section-pages";

export const metadata = { title: "预警与惠农信息" };

export default async function Page({ searchParams }: PageProps<"/warnings">) {
  return <SectionListPage section="warnings" searchParams={await searchParams} />;
}
