// The 待办 counts once per request: the officer layout (menu badge) and the 待办 page both ask,
// React's per-request cache makes it one set of count queries.
import "server-only";
import { cache } from "react";
import type { Actor } from "../auth/actor";
import { countTodo, type TodoCounts } from "./todo-centre";

const countsOf = cache((actorKey: string): Promise<TodoCounts> => countTodo(JSON.parse(actorKey) as Actor, new Date()));

export function requestTodoCounts(actor: Actor): Promise<TodoCounts> {
  const { id, name, username, role, duties, departmentId } = actor;
  return countsOf(JSON.stringify({ id, name, username, role, duties: duties ?? [], departmentId }));
}
