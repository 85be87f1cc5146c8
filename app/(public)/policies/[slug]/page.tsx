import { SectionDetailPage, sectionDetailMetadata } from "@/components/content/section-pages";

export async function generateMetadata({ params }: PageProps<"/policies/[slug]">) {
  return sectionDetailMetadata("policies", (await params).slug);
}

export default async function Page({ params }: PageProps<"/policies/[slug]">) {
  return <SectionDetailPage section="policies" slug={(await params).slug} />;
}
