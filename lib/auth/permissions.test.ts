import { describe, expect, it } from "vitest";
import { hasPermission, PERMISSIONS, ROLE_PERMISSIONS, type Permission } from "./permissions";
import type { OfficerRole } from "@/generated/prisma/enums";

// The whole table, written out: a change to who may do what must change this test too.
const EXPECTED: Record<OfficerRole, Permission[]> = {
  HANDLER: ["dashboard.view", "complaints.view", "complaints.handle"],
  DEPARTMENT_HEAD: ["dashboard.view", "complaints.view", "complaints.handle", "complaints.assign", "complaints.approvePublication", "complaints.review", "supervision.view", "stats.view"],
  SUPERVISOR: ["dashboard.view", "complaints.view", "complaints.viewAll", "complaints.merge", "supervision.view", "supervision.issue", "supervision.approveExtension", "supervision.urge", "stats.view", "outbox.view"],
  CONTENT_EDITOR: ["dashboard.view", "content.edit", "content.publish", "warnings.broadcast"],
  TRACE_OPERATOR: ["dashboard.view", "trace.read", "trace.write"],
  ADMIN: ["dashboard.view", "complaints.view", "complaints.viewAll", "supervision.view", "stats.view", "officers.manage", "settings.manage", "supervision.scorecard.configure", "audit.view", "outbox.view", "trace.read"],
  DISPATCHER: ["dashboard.view", "complaints.view", "complaints.viewAll", "complaints.dispatch", "complaints.callback", "complaints.merge", "supervision.view"],
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
});
