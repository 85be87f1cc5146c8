import { NotFoundPanel } from "@/components/layout/not-found-panel";
import { Forbidden } from "@/components/officer/forbidden";
import { CategoryMappingForm } from "@/components/settings/settings-forms";
import { NEW_CASES_ONLY, SettingsHeader } from "@/components/settings/settings-shell";
import { slaRuleLabel } from "@/components/settings/sla-label";
import { requirePagePermission } from "@/lib/auth/session";
import { getCategoryMapping, listCategoryMappings } from "@/lib/settings/list-settings";
import { updateCategoryMappingAction } from "../../actions";

export const metadata = { title: "修改诉求类别" };
export const dynamic = "force-dynamic";

export default async function EditCategoryPage({ params }: PageProps<"/officer/settings/categories/[id]">) {
  const { actor, allowed } = await requirePagePermission("settings.manage");
  if (!allowed) return <Forbidden />;
  const category = await getCategoryMapping({ actor, categoryId: (await params).id });
  if (!category) return <NotFoundPanel title="未找到该诉求类别" />;
  const { departments, slaClasses } = await listCategoryMappings({ actor });
  return (
    <div className="max-w-2xl rounded-md border border-slate-200 bg-white p-5 shadow-sm">
      <SettingsHeader
        title={`修改“${category.name}”`}
        intro={<p className="font-semibold text-slate-800">{NEW_CASES_ONLY}</p>}
        back={{ href: "/officer/settings/categories", label: "诉求类别与承办部门" }}
      />
      <CategoryMappingForm
        action={updateCategoryMappingAction}
        category={category}
        departments={departments.map((d) => ({ value: d.id, label: d.name }))}
        slaClasses={slaClasses.map((s) => ({ value: s.id, label: `${s.name}（${slaRuleLabel(s)}）` }))}
      />
    </div>
  );
}
