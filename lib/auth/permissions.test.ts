import { describe, expect, it } from "vitest";
import { DUTY_PERMISSIONS, hasPermission, PERMISSIONS, permissionsOf, ROLE_PERMISSIONS, type Permission } from "./permissions";
import type { OfficerRole } from "@/generated/prisma/enums";

// The whole table, written out: a change to who may do what must change this test too.
const EXPECTED: Record<OfficerRole, Permission[]> = {
  HANDLER: ["dashboard.view", "complaints.view", "complaints.handle", "documents.draft", "tasks.handle", "vehicles.book"],
  DEPARTMENT_HEAD: ["dashboard.view", "complaints.view", "complaints.handle", "complaints.assign", "complaints.approvePublication", "complaints.review", "supervision.view", "stats.view", "documents.draft", "documents.sign", "tasks.handle", "vehicles.book"],
  SUPERVISOR: ["dashboard.view", "complaints.view", "complaints.viewAll", "complaints.merge", "supervision.view", "supervision.issue", "supervision.approveExtension", "supervision.urge", "stats.view", "outbox.view", "documents.draft", "vehicles.book", "usage.view"],
  CONTENT_EDITOR: ["dashboard.view", "content.edit", "content.publish", "warnings.broadcast", "documents.draft", "vehicles.book"],
  TRACE_OPERATOR: ["dashboard.view", "trace.read", "trace.write", "documents.draft", "vehicles.book"],
  ADMIN: ["dashboard.view", "complaints.view", "complaints.viewAll", "supervision.view", "stats.view", "officers.manage", "settings.manage", "supervision.scorecard.configure", "audit.view", "outbox.view", "trace.read"],
  DISPATCHER: ["dashboard.view", "complaints.view", "complaints.viewAll", "complaints.dispatch", "complaints.callback", "complaints.merge", "supervision.view", "documents.draft", "vehicles.book"],
  LEADER: ["dashboard.view", "complaints.view", "complaints.viewAll", "supervision.view", "supervision.urge", "stats.view", "documents.draft", "documents.sign", "tasks.assign", "vehicles.book", "usage.view"],
  OFFICE_STAFF: ["dashboard.view", "supervision.view", "supervision.urge", "documents.draft", "documents.manage", "tasks.assign", "tasks.handle", "reports.edit", "meetings.organise", "vehicles.book", "vehicles.approve", "vehicles.manage", "usage.view"],
  DRIVER: ["dashboard.view", "vehicles.drive"],
  CALLBACK_OPERATOR: ["dashboard.view", "complaints.view", "complaints.viewAll", "complaints.callback", "documents.draft", "vehicles.book"],
};

describe("role permissions", () => {
  for (const [role, allowed] of Object.entries(EXPECTED) as [OfficerRole, Permission[]][]) {
    it(`${role} holds exactly its permissions`, () => {
      for (const permission of PERMISSIONS) {
        expect(hasPermission(role, permission), `${role} ${permission}`).toBe(allowed.includes(permission));
      }
    });
  }

  it("covers every role and names only known permissions", () => {
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const list of Object.values(ROLE_PERMISSIONS)) for (const p of list) expect(PERMISSIONS).toContain(p);
  });

  it("keeps officer management with admins only", () => {
    const managers = (Object.keys(ROLE_PERMISSIONS) as OfficerRole[]).filter((r) => hasPermission(r, "officers.manage"));
    expect(managers).toEqual(["ADMIN"]);
  });

  it("adds a duty's permissions to the role, and only those", () => {
    expect(hasPermission("HANDLER", "documents.seal")).toBe(false);
    expect(hasPermission("HANDLER", "documents.seal", ["SEAL_KEEPER"])).toBe(true);
    expect(hasPermission("HANDLER", "documents.receive", ["SEAL_KEEPER"])).toBe(false);
    expect(permissionsOf("DRIVER", ["INFO_OFFICER"])).toEqual(["dashboard.view", "vehicles.drive", "reports.submit"]);
    for (const list of Object.values(DUTY_PERMISSIONS)) for (const p of list) expect(PERMISSIONS).toContain(p);
  });
});
