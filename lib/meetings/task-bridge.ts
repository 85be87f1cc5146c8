// Where "转为任务" meets the task domain. lib/tasks (branch `tasks`) exports
// createTasksFromDecisions(tx, actor, items) (answers the new task ids); when it is merged, set
// `createTasksForDecisions` to it (one import, one line) and the button on the minutes page works.
// It checks tasks.assign itself, so only organisers who may assign tasks can convert. Until then the page says
// that the task module is not connected, and nothing is faked.
import type { CreateTasksFromDecisions } from "./meeting-minutes";

export const createTasksForDecisions: CreateTasksFromDecisions | null = null;
