// 座次安排: the layout (rostrum seats, rows × seats), the rank order (up/down), 自动排座,
// swapping two people, dining and lodging per participant, and the printables.
import Link from "next/link";
import { NotFoundPanel } from "@/components/layout/not-found-panel";
import { Forbidden } from "@/components/officer/forbidden";
import { PageNotice } from "@/components/meetings/page-notice";
import { SeatChart } from "@/components/meetings/seat-chart";
import { requirePagePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { seatLabel } from "@/lib/meetings/meeting-format";
import { getOrganiserMeeting } from "@/lib/meetings/meeting-read";
import { autoArrangeAction, layoutAction, moveRankAction, notesAction, swapAction } from "../../../actions";

export const metadata = { title: "座次安排" };

const small = "rounded border-2 border-slate-400 bg-white px-2 py-1 text-sm font-semibold";
const input = "mt-1 block w-24 rounded border-2 border-slate-400 px-2 py-1";

export default async function SeatingPage({ params, searchParams }: PageProps<"/officer/meetings/manage/[id]/seating">) {
  const { actor, allowed } = await requirePagePermission("meetings.organise");
  if (!allowed) return <Forbidden />;
  const { id } = await params;
  const query = await searchParams;
  let data: Awaited<ReturnType<typeof getOrganiserMeeting>>;
  try {
    data = await getOrganiserMeeting({ actor, meetingId: id });
  } catch (err) {
    if (isAppError(err)) return <NotFoundPanel title="没有找到这个会议" />;
    throw err;
  }
  const { meeting, participants, grid } = data;
  const hidden = <input type="hidden" name="meetingId" value={meeting.id} />;
  return (
    <div className="max-w-5xl space-y-4">
      <p className="text-sm">
        <Link href={`/officer/meetings/manage/${meeting.id}`} className="text-brand-600 underline">
          ‹ {meeting.title}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-700">座次安排</h1>
      <PageNotice params={query} />

      <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <h2 className="text-lg font-bold text-brand-700">座区</h2>
        <form action={layoutAction} className="mt-2 flex flex-wrap items-end gap-3">
          {hidden}
          <label>
            主席台座位数
            <input name="rostrumSeats" type="number" min={0} defaultValue={meeting.rostrumSeats} className={input} />
          </label>
          <label>
            会场排数
            <input name="seatRows" type="number" min={0} defaultValue={meeting.seatRows} className={input} />
          </label>
          <label>
            每排座位数
            <input name="seatsPerRow" type="number" min={0} defaultValue={meeting.seatsPerRow} className={input} />
          </label>
          <button type="submit" className={small}>
            保存座区
          </button>
        </form>
      </section>

      <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby="rank-title">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="rank-title" className="text-lg font-bold text-brand-700">
            排序（{participants.length}人参会）
          </h2>
          <form action={autoArrangeAction}>
            {hidden}
            <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white">
              自动排座
            </button>
          </form>
        </div>
        <p className="text-sm text-slate-600">按职务排序后点“自动排座”：第1位居主席台正中，其余依次按左为上、左右交替排开；主席台坐满后从会场第一排排起。</p>
        {participants.length === 0 ? (
          <p className="mt-2 text-slate-600">还没有确认参会的人员。</p>
        ) : (
          <ol className="mt-2 divide-y">
            {participants.map((p, i) => (
              <li key={p.id} className="flex flex-wrap items-center gap-2 py-2" data-testid="rank-row">
                <span className="w-8 text-right font-semibold">{i + 1}.</span>
                <span className="min-w-24 font-semibold">{p.attendeeName}</span>
                <span className="text-sm text-slate-600">{p.department.name}</span>
                <span className="text-sm">{seatLabel(p) ?? "未排座"}</span>
                <span className="ml-auto flex gap-1">
                  <form action={moveRankAction}>
                    {hidden}
                    <input type="hidden" name="invitationId" value={p.id} />
                    <input type="hidden" name="direction" value="up" />
                    <button type="submit" className={small} disabled={i === 0} aria-label={`上移 ${p.attendeeName}`}>
                      ↑ 上移
                    </button>
                  </form>
                  <form action={moveRankAction}>
                    {hidden}
                    <input type="hidden" name="invitationId" value={p.id} />
                    <input type="hidden" name="direction" value="down" />
                    <button type="submit" className={small} disabled={i === participants.length - 1} aria-label={`下移 ${p.attendeeName}`}>
                      ↓ 下移
                    </button>
                  </form>
                </span>
                <form action={notesAction} className="flex w-full flex-wrap items-end gap-2 pl-10 text-sm">
                  {hidden}
                  <input type="hidden" name="invitationId" value={p.id} />
                  <label>
                    就餐
                    <input name="dining" defaultValue={p.dining ?? ""} className="ml-1 rounded border border-slate-400 px-2 py-0.5" aria-label={`${p.attendeeName} 就餐`} />
                  </label>
                  <label>
                    住宿
                    <input name="lodging" defaultValue={p.lodging ?? ""} className="ml-1 rounded border border-slate-400 px-2 py-0.5" aria-label={`${p.attendeeName} 住宿`} />
                  </label>
                  <button type="submit" className="text-brand-600 underline">
                    保存
                  </button>
                </form>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby="chart-title">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="chart-title" className="text-lg font-bold text-brand-700">
            座次图
          </h2>
          <span className="flex gap-3">
            <a href={`/officer/meetings/manage/${meeting.id}/pdf/chart`} className="text-brand-600 underline">
              打印座次图（PDF）
            </a>
            <a href={`/officer/meetings/manage/${meeting.id}/pdf/cards`} className="text-brand-600 underline">
              打印桌签（PDF）
            </a>
          </span>
        </div>
        <div className="mt-2">
          <SeatChart grid={grid} />
        </div>
        {participants.length > 1 && (
          <form action={swapAction} className="mt-3 flex flex-wrap items-end gap-2">
            {hidden}
            <label>
              调换座位
              <select name="firstId" className="mt-1 block rounded border-2 border-slate-400 px-2 py-1">
                {participants.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.attendeeName}（{seatLabel(p) ?? "未排座"}）
                  </option>
                ))}
              </select>
            </label>
            <label>
              与
              <select name="secondId" defaultValue={participants[1].id} className="mt-1 block rounded border-2 border-slate-400 px-2 py-1">
                {participants.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.attendeeName}（{seatLabel(p) ?? "未排座"}）
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className={small}>
              调换
            </button>
          </form>
        )}
      </section>
    </div>
  );
}
