// The managed list of meeting rooms (meetings.organise). A room is never deleted, only set
// inactive: past meetings keep pointing at it.
import "server-only";
import { assertPermission, type Actor } from "../auth/actor";
import { prisma } from "../db";
import { isUniqueViolation } from "../db-errors";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { ZRoomInput } from "./meeting.schema";

function duplicateName(err: unknown): never {
  if (isUniqueViolation(err)) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { name: "已有同名会议室" } });
  throw err;
}

export async function createRoom({ actor, input }: { actor: Actor; input: unknown }) {
  assertPermission(actor, "meetings.organise");
  const data = parseInput(ZRoomInput, input);
  return prisma
    .$transaction(async (tx) => {
      const room = await tx.meetingRoom.create({ data });
      await writeAudit(tx, { actorId: actor.id, action: "meeting.room_created", targetType: "MeetingRoom", targetId: room.id, details: { name: room.name } });
      return room;
    })
    .catch(duplicateName);
}

export async function updateRoom({ actor, roomId, input }: { actor: Actor; roomId: string; input: unknown }) {
  assertPermission(actor, "meetings.organise");
  const data = parseInput(ZRoomInput, input);
  return prisma
    .$transaction(async (tx) => {
      const found = await tx.meetingRoom.findUnique({ where: { id: roomId }, select: { id: true } });
      if (!found) throw new AppError("NOT_FOUND", "会议室不存在。");
      const room = await tx.meetingRoom.update({ where: { id: roomId }, data });
      await writeAudit(tx, { actorId: actor.id, action: "meeting.room_updated", targetType: "MeetingRoom", targetId: room.id, details: { name: room.name, isActive: room.isActive } });
      return room;
    })
    .catch(duplicateName);
}

export async function listRooms({ actor, activeOnly = false }: { actor: Actor; activeOnly?: boolean }) {
  assertPermission(actor, "meetings.organise");
  return prisma.meetingRoom.findMany({ where: activeOnly ? { isActive: true } : {}, orderBy: [{ isActive: "desc" }, { name: "asc" }] });
}
