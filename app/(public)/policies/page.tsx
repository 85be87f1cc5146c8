import { SectionListPage } from "@/components/content/section-pages";

export const metadata = { title: "政策文件" };

export default async function Page({ searchParams }: PageProps<"/policies">) {
  return <SectionListPage section="policies" searchParams={await searchParams} />;
}
