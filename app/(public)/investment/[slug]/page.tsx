import { SectionDetailPage, sectionDetailMetadata } from "@/components/content/section-pages";

export async function generateMetadata({ params }: PageProps<"/investment/[slug]">) {
  return sectionDetailMetadata("investment", (await params).slug);
}

export default async function Page({ params }: PageProps<"/investment/[slug]">) {
  return <SectionDetailPage section="investment" slug={(await params).slug} />;
}
