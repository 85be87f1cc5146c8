// Every source of the 待办 centre. A domain adds its source here, one line.
import type { TodoSource } from "../define-source";
import { reportTodoSource } from "../../reports/report-todo-source";
import { taskTodoSource } from "../../tasks/task-todo-source";
import { tripTodoSource } from "../../vehicles/trip-todo-source";
import { meetingTodoSource } from "../../meetings/todo-source";
import { complaintTodoSource } from "./complaints";
import { documentTodoSource } from "./documents";

export const TODO_SOURCES: TodoSource[] = [complaintTodoSource, documentTodoSource, taskTodoSource, reportTodoSource, meetingTodoSource, tripTodoSource];
