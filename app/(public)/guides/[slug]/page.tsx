import { SectionDetailPage, sectionDetailMetadata } from "@/components/content/section-pages";

export async function generateMetadata({ params }: PageProps<"/guides/[slug]">) {
  return sectionDetailMetadata("guides", (await params).slug);
}

export default async function Page({ params }: PageProps<"/guides/[slug]">) {
  return <SectionDetailPage section="guides" slug={(await params).slug} />;
}
