import { SectionDetailPage, sectionDetailMetadata } from "@/components/content/section-pages";

export async function generateMetadata({ params }: PageProps<"/warnings/[slug]">) {
  return sectionDetailMetadata("warnings", (await params).slug);
}

export default async function Page({ params }: PageProps<"/warnings/[slug]">) {
  return <SectionDetailPage section="warnings" slug={(await params).slug} />;
}
