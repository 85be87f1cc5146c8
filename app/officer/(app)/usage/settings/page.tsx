import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { UsageSettingsForm } from "@/components/vehicles/usage-settings-form";
import { requirePagePermission } from "@/lib/auth/session";
import { USAGE_METRICS } from "@/lib/usage/metrics";
import { getUsageSettings } from "@/lib/usage/usage-scorecard";
import { formatYuan } from "@/lib/vehicles/money";
import { saveUsageSettingsAction } from "../actions";

export const metadata = { title: "使用情况考核设置" };

export default async function UsageSettingsPage({ searchParams }: PageProps<"/officer/usage/settings">) {
  const { allowed } = await requirePagePermission("settings.manage");
  if (!allowed) return <Forbidden />;
  const settings = await getUsageSettings();
  const sp = await searchParams;
  return (
    <div className="max-w-2xl space-y-4 rounded-md border border-slate-200 bg-white p-5 shadow-sm">
      <p className="text-sm">
        <Link href="/officer/settings" className="text-brand-600 underline">‹ 系统设置</Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-700">使用情况考核设置</h1>
      {sp.done === "saved" && <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">设置已保存，使用情况排名已按新权重计算。</p>}
      <p className="text-sm text-slate-600">排名得分 = 各项得分（比率按本身，次数按当月最高单位折算为0至1）按权重加权平均；某项无数据的单位，该项不计入。</p>
      <UsageSettingsForm action={saveUsageSettingsAction} metrics={USAGE_METRICS.map((m) => ({ key: m.key, label: m.label, weight: settings.weights[m.key] }))} pageCost={formatYuan(settings.pageCostFen)} />
    </div>
  );
}
