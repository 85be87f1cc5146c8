// GET /opinions/track: follow a suggestion or letter with its tracking number and access code.
import Link from "next/link";
import { TrackOpinionForm } from "@/components/opinions/track-opinion-form";
import { OUTCOME_LABELS } from "@/lib/opinions/opinion.schema";
import { siteConfig } from "@/lib/site";
import { trackOpinionAction } from "../actions";

export const metadata = { title: null, alternates: { canonical: "/opinions/track" } };

export default async function TrackOpinionPage({ searchParams }: PageProps<"/opinions/track">) {
  const { no } = await searchParams;
  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-slate-600">
        <Link href="/opinions" className="text-brand-600 underline">
          民意征集
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold">查询建议和来信的答复</h1>
      <div className="mt-6">
        <TrackOpinionForm action={trackOpinionAction} title={`查询答复 - ${siteConfig().name}`} initialNo={typeof no === "string" ? no.slice(0, 24) : undefined} outcomeLabels={OUTCOME_LABELS} />
      </div>
    </div>
  );
}
