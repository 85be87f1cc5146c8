// Every source of the 待办 centre. A domain adds its source here, one line.
import type { TodoSource } from "../define-source";
import { meetingTodoSource } from "../../meetings/todo-source";

export const TODO_SOURCES: TodoSource[] = [meetingTodoSource];
