import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { CreateSealForm } from "@/components/seals/seal-forms";
import { requirePagePermission } from "@/lib/auth/session";
import { listSealUnits } from "@/lib/seals/list-seals";
import { createSealAction } from "../actions";

export const metadata = { title: "制作电子印章" };

export default async function NewSealPage({ searchParams }: PageProps<"/officer/seals/new">) {
  const { actor, allowed } = await requirePagePermission("settings.manage");
  if (!allowed) return <Forbidden />;
  const department = (await searchParams).department;
  const { units } = await listSealUnits({ actor });
  const unit = units.find((u) => u.departmentId === department);
  return (
    <div className="max-w-2xl space-y-5">
      <p className="text-sm">
        <Link href="/officer/seals" className="text-brand-600 underline">‹ 返回电子印章</Link>
      </p>
      {!unit ? (
        <p role="alert" className="rounded border-l-4 border-accent-600 bg-white p-4">没有找到该单位，请从电子印章列表选择单位。</p>
      ) : unit.active ? (
        <p role="alert" className="rounded border-l-4 border-accent-600 bg-white p-4">
          {unit.departmentName}已有启用中的电子印章。如需重新制作，请先
          <Link href={`/officer/seals/${unit.active.id}`} className="text-brand-600 underline">停用原印章</Link>。
        </p>
      ) : (
        <>
          <div>
            <h1 className="text-2xl font-bold text-brand-700">制作电子印章：{unit.departmentName}</h1>
            <p className="mt-1 text-sm text-slate-600">
              系统按名称生成红色圆形印模（上弧单位全称、中心五角星），并生成该印章的国密 SM2 签名密钥；私钥加密保存，任何人（包括管理员）都看不到。
            </p>
          </div>
          <section className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
            <CreateSealForm action={createSealAction} departmentId={unit.departmentId} suggestedName={unit.suggestedName} />
          </section>
        </>
      )}
    </div>
  );
}
