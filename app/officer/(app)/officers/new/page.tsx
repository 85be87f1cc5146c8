import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { NewOfficerForm } from "@/components/officer/officer-forms";
import { requirePagePermission } from "@/lib/auth/session";
import { officerFormOptions } from "@/lib/officers/options";
import { createOfficerAction } from "../actions";

export const metadata = { title: "添加人员" };

export default async function NewOfficerPage() {
  const { allowed } = await requirePagePermission("officers.manage");
  if (!allowed) return <Forbidden />;
  const options = await officerFormOptions();
  return (
    <div className="max-w-2xl rounded-md border border-slate-200 bg-white p-5 shadow-sm">
      <p className="mb-2 text-sm">
        <Link href="/officer/officers" className="text-brand-600 underline">‹ 返回授权名单</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold text-brand-700">添加人员到授权名单</h1>
      <NewOfficerForm action={createOfficerAction} {...options} />
    </div>
  );
}
