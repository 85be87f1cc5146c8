// Every source of the 待办 centre. A domain adds its source here, one line.
import type { TodoSource } from "../define-source";
import { complaintTodoSource } from "./complaints";

export const TODO_SOURCES: TodoSource[] = [
  complaintTodoSource,
];
