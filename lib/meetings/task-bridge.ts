// Where "转为任务" meets the task domain. lib/tasks (branch `tasks`) exports
// createTasksFromDecisions(tx, actor, items); when it is merged, set `createTasksForDecisions`
// to it (one import, one line) and the button on the minutes page works. Until then the page says
// that the task module is not connected, and nothing is faked.
import type { CreateTasksFromDecisions } from "./meeting-minutes";

export const createTasksForDecisions: CreateTasksFromDecisions | null = null;
