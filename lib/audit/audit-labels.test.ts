// Every action string the code writes to the audit log has a Chinese label. The strings are
// collected from the source: each `action:` / `auditAction:` value (ternaries included), so a
// new act without a label fails here, not in front of an auditor.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_LABELS, auditActionLabel, readableDetails } from "./audit-labels";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The dotted literals in the value of each `action:` or `auditAction:` property. */
export function collectAuditActions(root = process.cwd()): Set<string> {
  const found = new Set<string>();
  for (const file of [...sourceFiles(join(root, "lib")), ...sourceFiles(join(root, "app"))]) {
    const text = readFileSync(file, "utf8");
    if (!/writeAudit|auditAction/.test(text)) continue;
    for (const m of text.matchAll(/\b(?:auditAction|action)\s*:\s*([^\n]*?)(?:,\s*(?:\n|targetType|actorId|details)|\n|\}\))/g)) {
      for (const lit of m[1].matchAll(/["'`]([a-z_]+(?:\.[a-z_]+)+)["'`]/g)) found.add(lit[1]);
    }
    // Helpers that take the action as an argument (content-change.ts).
    for (const m of text.matchAll(/recordContentChange\(([^)]*)\)/g)) {
      for (const lit of m[1].matchAll(/["'`]([a-z_]+(?:\.[a-z_]+)+)["'`]/g)) found.add(lit[1]);
    }
  }
  return found;
}

describe("audit labels", () => {
  it("labels every action the code writes, including sign-ins", () => {
    const actions = collectAuditActions();
    // The collector itself must see the acts it is meant to guard.
    for (const known of ["complaint.resolved", "trace.batch_recalled", "officer.deactivated", "calendar_day.created", "complaint.close_returned", "content.created"]) expect(actions).toContain(known);
    const missing = [...actions].filter((a) => !AUDIT_ACTION_LABELS[a]);
    expect(missing).toEqual([]);
    expect(AUDIT_ACTION_LABELS["officer.signed_in"]).toBe("登录成功");
    expect(AUDIT_ACTION_LABELS["officer.sign_in_failed"]).toBe("登录失败");
  });

  it("reads details in words and never drops an unknown action", () => {
    expect(auditActionLabel("trace.batch_recalled")).toBe("召回批次");
    expect(auditActionLabel("x.unknown")).toBe("其他操作（x.unknown）");
    expect(readableDetails({ trackingNo: "TC261120000001", from: "SUBMITTED", to: "ACCEPTED", attachmentId: "ck1", note: null }, (s) => (s === "SUBMITTED" ? "待受理" : "已受理"))).toBe(
      "受理编号：TC261120000001；原状态：待受理；新状态：已受理",
    );
  });
});
