import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { NewTaskForm } from "@/components/tasks/task-forms";
import { requirePagePermission } from "@/lib/auth/session";
import { listTaskUnits } from "@/lib/tasks/list-tasks";
import { assignTaskAction } from "../actions";

export const metadata = { title: "新建交办任务" };

export default async function NewTaskPage() {
  const { allowed } = await requirePagePermission("tasks.assign");
  if (!allowed) return <Forbidden />;
  const units = await listTaskUnits();
  return (
    <div className="space-y-4">
      <p>
        <Link href="/officer/tasks" className="text-brand-600 underline">
          ‹ 任务交办
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-700">新建交办任务</h1>
      <p className="text-slate-700">交办后，各承办单位负责人将收到短信；临近期限和超期时，督办系统自动黄牌、红牌提醒。</p>
      <NewTaskForm action={assignTaskAction} units={units} />
    </div>
  );
}
