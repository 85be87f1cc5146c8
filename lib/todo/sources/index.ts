// Every source of the 待办 centre. A domain adds its source here, one line.
import type { TodoSource } from "../define-source";
import { documentTodoSource } from "./documents";

export const TODO_SOURCES: TodoSource[] = [documentTodoSource];
