import { SectionListPage } from "@/components/content/section-pages";

export const metadata = { title: "办事指南" };

export default async function Page({ searchParams }: PageProps<"/guides">) {
  return <SectionListPage section="guides" searchParams={await searchParams} />;
}
