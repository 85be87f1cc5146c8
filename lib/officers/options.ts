// Choices for the officer forms.
import { DUTY_LABELS, ROLE_LABELS } from "../auth/permissions";
import { listDepartments } from "./manage-officers";

export async function officerFormOptions() {
  const departments = await listDepartments();
  return {
    departments: departments.map((d) => ({ value: d.id, label: d.name })),
    roles: Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label })),
    duties: Object.entries(DUTY_LABELS).map(([value, label]) => ({ value, label })),
  };
}
