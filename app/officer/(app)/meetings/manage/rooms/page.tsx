// 会议室: the managed list of rooms (add, change, stop booking).
import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { RoomForm } from "@/components/meetings/meeting-forms";
import { PageNotice } from "@/components/meetings/page-notice";
import { requirePagePermission } from "@/lib/auth/session";
import { listRooms } from "@/lib/meetings/manage-rooms";
import { createRoomAction, updateRoomAction } from "../../actions";

export const metadata = { title: "会议室" };

export default async function RoomsPage({ searchParams }: PageProps<"/officer/meetings/manage/rooms">) {
  const { actor, allowed } = await requirePagePermission("meetings.organise");
  if (!allowed) return <Forbidden />;
  const params = await searchParams;
  const rooms = await listRooms({ actor });
  const editing = typeof params.edit === "string" ? rooms.find((r) => r.id === params.edit) : undefined;
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href="/officer/meetings/manage" className="text-brand-600 underline">
          ‹ 会议管理
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-700">会议室</h1>
      <PageNotice params={params} />
      <ul className="space-y-2">
        {rooms.map((r) => (
          <li key={r.id} className="flex flex-wrap items-baseline gap-2 rounded-md border border-slate-200 bg-white p-3 shadow-sm">
            <span className="font-semibold">{r.name}</span>
            <span className="text-sm text-slate-600">
              {r.place} · {r.capacity}人 · {r.rows}排×{r.seatsPerRow}座{r.isActive ? "" : " · 已停用"}
            </span>
            <Link href={`/officer/meetings/manage/rooms?edit=${r.id}#room-form`} className="ml-auto text-brand-600 underline" aria-label={`修改 ${r.name}`}>
              修改
            </Link>
          </li>
        ))}
      </ul>
      {/* One form at a time, so field ids and labels stay unique on the page. */}
      <section id="room-form" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        {editing ? (
          <>
            <h2 className="mb-3 text-lg font-bold text-brand-700">修改会议室：{editing.name}</h2>
            <RoomForm key={editing.id} action={updateRoomAction} roomId={editing.id} submitLabel="保存" initial={{ name: editing.name, place: editing.place, capacity: String(editing.capacity), rows: String(editing.rows), seatsPerRow: String(editing.seatsPerRow), isActive: editing.isActive ? "yes" : "no" }} />
            <p className="mt-3">
              <Link href="/officer/meetings/manage/rooms" className="text-brand-600 underline">
                改为添加会议室
              </Link>
            </p>
          </>
        ) : (
          <>
            <h2 className="mb-3 text-lg font-bold text-brand-700">添加会议室</h2>
            <RoomForm action={createRoomAction} submitLabel="添加会议室" initial={{ isActive: "yes" }} />
          </>
        )}
      </section>
    </div>
  );
}
