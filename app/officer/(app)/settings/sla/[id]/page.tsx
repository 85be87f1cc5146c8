import { NotFoundPanel } from "@/components/layout/not-found-panel";
import { Forbidden } from "@/components/officer/forbidden";
import { SlaClassForm } from "@/components/settings/settings-forms";
import { NEW_CASES_ONLY, SettingsHeader } from "@/components/settings/settings-shell";
import { requirePagePermission } from "@/lib/auth/session";
import { getSlaClass } from "@/lib/settings/list-settings";
import { updateSlaClassAction } from "../../actions";

export const metadata = { title: "修改办理时限类别" };
export const dynamic = "force-dynamic";

export default async function EditSlaClassPage({ params }: PageProps<"/officer/settings/sla/[id]">) {
  const { actor, allowed } = await requirePagePermission("settings.manage");
  if (!allowed) return <Forbidden />;
  const slaClass = await getSlaClass({ actor, slaClassId: (await params).id });
  if (!slaClass) return <NotFoundPanel title="未找到该时限类别" />;
  return (
    <div className="max-w-2xl rounded-md border border-slate-200 bg-white p-5 shadow-sm">
      <SettingsHeader title={`修改“${slaClass.name}”`} intro={<p>{NEW_CASES_ONLY}</p>} back={{ href: "/officer/settings/sla", label: "办理时限类别" }} />
      <SlaClassForm action={updateSlaClassAction} slaClass={slaClass} />
    </div>
  );
}
