import Link from "next/link";
import { DocForm } from "@/components/documents/doc-form";
import { Forbidden } from "@/components/officer/forbidden";
import { requirePagePermission } from "@/lib/auth/session";
import { listRegisters } from "@/lib/documents/numbering";
import { listUnits } from "@/lib/documents/document-queries";
import { saveRegisterAction } from "../actions";

export const metadata = { title: "发文字号" };

export default async function RegistersPage({ searchParams }: PageProps<"/officer/documents/registers">) {
  const { actor, allowed } = await requirePagePermission("documents.manage");
  if (!allowed) return <Forbidden />;
  const units = await listUnits();
  const wanted = (await searchParams).unit;
  const unitId = typeof wanted === "string" && units.some((u) => u.id === wanted) ? wanted : actor.departmentId;
  const { department, registers } = await listRegisters({ actor, departmentId: unitId });
  return (
    <div className="max-w-4xl space-y-4">
      <p className="text-sm"><Link href="/officer/documents" className="text-brand-600 underline">‹ 返回公文办理</Link></p>
      <h1 className="text-2xl font-bold text-brand-700">发文字号：{department.name}</h1>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <label className="font-semibold" htmlFor="unit">单位</label>
        <select id="unit" name="unit" defaultValue={unitId} className="rounded border-2 border-slate-400 bg-white px-3 py-2">
          {units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </select>
        <button type="submit" className="rounded border-2 border-slate-400 bg-white px-4 py-2 font-semibold">查看</button>
      </form>
      <p className="text-sm text-slate-600">文号格式：前缀〔年份〕序号号。同一前缀的文种共用一个年度序号，签发时自动取号，不空号、不重号。</p>
      <ul className="space-y-3">
        {registers.map((r) => (
          <li key={r.kind} className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
            <h2 className="font-bold">{r.label}{r.lastSeq ? <span className="ml-2 text-sm font-normal text-slate-600">{r.lastYear}年已用至{r.lastSeq}号</span> : null}</h2>
            <DocForm
              action={saveRegisterAction}
              title="发文字号"
              submitLabel="保存"
              tone="secondary"
              fields={[
                { name: "departmentId", label: "", kind: "hidden", value: unitId },
                { name: "kind", label: "", kind: "hidden", value: r.kind },
                { name: "prefix", label: "字号前缀", kind: "text", value: r.prefix },
                { name: "issuerMark", label: "发文机关标志", kind: "text", value: r.issuerMark },
                { name: "issuerName", label: "发文机关署名", kind: "text", value: r.issuerName },
              ]}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
