import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { CalendarDayForm } from "@/components/settings/settings-forms";
import { Banner, SettingsHeader } from "@/components/settings/settings-shell";
import { requirePagePermission } from "@/lib/auth/session";
import { beijingDate } from "@/lib/calendar/work-calendar";
import { listCalendarDays } from "@/lib/settings/list-settings";
import { ZCalendarYear } from "@/lib/settings/settings.schema";
import { importPublicHolidaysAction, removeCalendarDayAction, saveCalendarDayAction } from "../actions";

export const metadata = { title: "工作日历" };
export const dynamic = "force-dynamic";

const WEEKDAYS = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

function outcomeOf(q: Record<string, string | string[] | undefined>) {
  if (DATE.test(one(q.saved))) return { tone: "ok" as const, text: `已保存 ${one(q.saved)}。` };
  if (DATE.test(one(q.removed))) return { tone: "ok" as const, text: `已删除 ${one(q.removed)}，这一天恢复按星期计算（周一至周五上班）。` };
  if (/^\d+$/.test(one(q.imported))) {
    const kept = /^\d+$/.test(one(q.kept)) ? Number(one(q.kept)) : 0;
    return { tone: "ok" as const, text: `已导入法定节假日安排：新增 ${one(q.imported)} 天${kept ? `，已有的 ${kept} 天保持不变` : ""}。` };
  }
  if (one(q.failed) === "remove") return { tone: "error" as const, text: "删除失败：日历中没有这一天，或您没有权限。" };
  if (one(q.failed) === "import") return { tone: "error" as const, text: "导入失败：系统中没有该年度的法定节假日安排，或您没有权限。" };
  return null;
}

export default async function CalendarPage({ searchParams }: PageProps<"/officer/settings/calendar">) {
  const { actor, allowed } = await requirePagePermission("settings.manage");
  if (!allowed) return <Forbidden />;
  const q = await searchParams;
  const parsedYear = ZCalendarYear.safeParse(one(q.year) || undefined);
  const year = parsedYear.success ? parsedYear.data : Number(beijingDate(new Date()).slice(0, 4));
  const { days, hasOfficialTable } = await listCalendarDays({ actor, year });
  const editing = DATE.test(one(q.date)) ? days.find((d) => d.date === one(q.date)) : undefined;
  const outcome = outcomeOf(q);

  return (
    <div className="space-y-5">
      <SettingsHeader
        title={`工作日历（${year}年）`}
        intro={
          <p>
            列出的日期按此处设置计算：放假（法定节假日）或上班（调休上班日）。未列出的日期周一至周五上班、周六周日休息。修改只影响此后计算的办理期限，已有案件的期限不变。
          </p>
        }
      />
      {outcome && <Banner tone={outcome.tone}>{outcome.text}</Banner>}

      <nav aria-label="选择年份" className="flex gap-4 text-sm">
        <Link href={`/officer/settings/calendar?year=${year - 1}`} className="text-brand-700 underline">‹ {year - 1}年</Link>
        <Link href={`/officer/settings/calendar?year=${year + 1}`} className="text-brand-700 underline">{year + 1}年 ›</Link>
      </nav>

      <div className="grid gap-5 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="days" className="min-w-0">
          <h2 id="days" className="mb-2 text-lg font-bold">已设置的日期（{days.length}天）</h2>
          {days.length === 0 ? (
            <p className="rounded-md border border-slate-200 bg-white p-4 text-slate-600">{year}年还没有设置任何日期。</p>
          ) : (
            <div className="relative overflow-x-auto rounded-md border border-slate-200 bg-white shadow-sm">
              <table className="w-full min-w-[26rem] text-left text-sm">
                <thead className="bg-slate-50 text-slate-600">
                  <tr>
                    <th scope="col" className="px-3 py-2">日期</th>
                    <th scope="col" className="px-3 py-2">当天</th>
                    <th scope="col" className="px-3 py-2">名称</th>
                    <th scope="col" className="px-3 py-2"><span className="sr-only">操作</span></th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {days.map((d) => (
                    <tr key={d.date} className={d.date === editing?.date ? "bg-brand-50" : ""}>
                      <th scope="row" className="whitespace-nowrap px-3 py-1.5 font-normal">
                        <time dateTime={d.date}>{d.date}</time> <span className="text-slate-500">{WEEKDAYS[new Date(`${d.date}T00:00:00Z`).getUTCDay()]}</span>
                      </th>
                      <td className={`px-3 py-1.5 ${d.isWorkingDay ? "font-semibold text-brand-700" : "text-accent-700"}`}>{d.isWorkingDay ? "上班" : "放假"}</td>
                      <td className="px-3 py-1.5">{d.holidayName}</td>
                      <td className="whitespace-nowrap px-3 py-1.5">
                        <Link href={`/officer/settings/calendar?year=${year}&date=${d.date}#day-form`} className="mr-3 text-brand-700 underline">
                          修改<span className="sr-only"> {d.date}</span>
                        </Link>
                        <form action={removeCalendarDayAction} className="inline">
                          <input type="hidden" name="date" value={d.date} />
                          <button type="submit" className="text-accent-700 underline">
                            删除<span className="sr-only"> {d.date}</span>
                          </button>
                        </form>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>

        <div className="space-y-5">
          <section id="day-form" aria-labelledby="day-form-title" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
            <h2 id="day-form-title" className="mb-3 text-lg font-bold">{editing ? `修改 ${editing.date}` : "添加或修改一天"}</h2>
            <CalendarDayForm key={editing?.date ?? "new"} action={saveCalendarDayAction} initial={editing} />
          </section>
          <section aria-labelledby="import-title" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
            <h2 id="import-title" className="mb-1 text-lg font-bold">导入法定节假日</h2>
            {hasOfficialTable ? (
              <form action={importPublicHolidaysAction}>
                <p className="mb-3 text-sm text-slate-600">按国务院办公厅公布的{year}年节假日安排添加放假日和调休上班日。已设置的日期保持不变。</p>
                <input type="hidden" name="year" value={year} />
                <button type="submit" className="rounded border-2 border-slate-400 bg-white px-4 py-2 font-semibold hover:bg-slate-100">
                  导入{year}年法定节假日
                </button>
              </form>
            ) : (
              <p className="text-sm text-slate-600">系统中还没有{year}年的法定节假日安排，请在国务院办公厅通知发布后逐日录入。</p>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
