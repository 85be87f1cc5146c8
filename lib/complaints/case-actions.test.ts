import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { caseActionsFor, countdownText, ZCaseRef } from "./case-actions";

const now = new Date("2026-11-20T10:00:00+08:00");
const actor = (role: Actor["role"], departmentId = "transport"): Actor => ({ id: "o1", name: "张明", username: "u", role, departmentId });
const base = {
  status: "SUBMITTED" as const,
  departmentId: "transport",
  pendingTransferDepartmentId: null,
  deadlineAt: new Date(now.getTime() + 86_400_000),
  extensionRequestedUntil: null,
  consentToPublish: true,
  handlerId: null,
  sentBackAt: null,
  acceptDeadlineAt: null,
  closeProposedAt: null,
  resolvedAt: null,
  mergedIntoId: null,
  extensionForwardedAt: null,
  pausedAt: null,
  department: { isFallbackOwner: false },
};
const offered = (a: ReturnType<typeof caseActionsFor>) => Object.entries(a).filter(([, v]) => v).map(([k]) => k).sort();

describe("caseActionsFor", () => {
  it("offers the 12345 dispatcher dispatch on queued cases, call-back after resolution and merge on open cases", () => {
    const desk = { ...base, department: { isFallbackOwner: true } };
    expect(caseActionsFor(actor("DISPATCHER", "gov"), desk, now)).toMatchObject({ dispatchQueue: true, merge: true, callback: false, accept: false });
    expect(caseActionsFor(actor("DISPATCHER", "gov"), { ...base, sentBackAt: now }, now).dispatchQueue).toBe(true);
    expect(caseActionsFor(actor("DISPATCHER", "gov"), base, now).dispatchQueue).toBe(false);
    expect(caseActionsFor(actor("DISPATCHER", "gov"), { ...base, status: "RESOLVED", resolvedAt: now }, now)).toMatchObject({ callback: true, merge: false });
    expect(caseActionsFor(actor("HANDLER"), { ...base, acceptDeadlineAt: new Date(now.getTime() - 1) }, now).sendBack).toBe(false);
  });

  it("offers a handler of the owning department accept, reject, transfer and a note on a new case", () => {
    expect(offered(caseActionsFor(actor("HANDLER"), base, now))).toEqual(["accept", "note", "reject", "requestTransfer", "sendBack"]);
  });

  it("offers nothing but a note to a handler of another department", () => {
    expect(offered(caseActionsFor(actor("HANDLER", "market"), base, now))).toEqual(["note"]);
  });

  it("offers reply, resolve, start and an extension on an accepted case before its deadline only", () => {
    const accepted = { ...base, status: "ACCEPTED" as const };
    expect(offered(caseActionsFor(actor("HANDLER"), accepted, now))).toEqual(["note", "pauseClock", "proposeClose", "reply", "requestExtension", "requestTransfer", "start"]);
    expect(caseActionsFor(actor("DEPARTMENT_HEAD"), accepted, now)).toMatchObject({ resolve: true, proposeClose: false, reviewClose: false });
    expect(caseActionsFor(actor("DEPARTMENT_HEAD"), { ...accepted, closeProposedAt: now }, now)).toMatchObject({ resolve: false, reviewClose: true });
    const overdue = { ...accepted, deadlineAt: new Date(now.getTime() - 60_000) };
    expect(caseActionsFor(actor("HANDLER"), overdue, now).requestExtension).toBe(false);
    expect(caseActionsFor(actor("HANDLER"), { ...accepted, extensionRequestedUntil: now }, now).requestExtension).toBe(false);
  });

  it("lets the head assign, the fallback owner dispatch, and the receiving head answer a transfer", () => {
    expect(caseActionsFor(actor("DEPARTMENT_HEAD"), base, now)).toMatchObject({ assign: true, dispatch: false });
    expect(caseActionsFor(actor("DEPARTMENT_HEAD"), { ...base, department: { isFallbackOwner: true } }, now).dispatch).toBe(true);
    const offeredToMarket = { ...base, pendingTransferDepartmentId: "market" };
    expect(caseActionsFor(actor("DEPARTMENT_HEAD", "market"), offeredToMarket, now).answerTransfer).toBe(true);
    expect(caseActionsFor(actor("HANDLER", "market"), offeredToMarket, now).answerTransfer).toBe(false);
    expect(caseActionsFor(actor("HANDLER"), offeredToMarket, now).requestTransfer).toBe(false);
  });

  it("offers publication only with the citizen's consent, after resolution", () => {
    const resolved = { ...base, status: "RESOLVED" as const };
    expect(caseActionsFor(actor("DEPARTMENT_HEAD"), resolved, now).approvePublication).toBe(true);
    expect(caseActionsFor(actor("DEPARTMENT_HEAD"), { ...resolved, consentToPublish: false }, now).approvePublication).toBe(false);
    expect(caseActionsFor(actor("HANDLER"), resolved, now).approvePublication).toBe(false);
  });

  it("gives supervisors the extension decision and supervision orders, not the handling", () => {
    const pending = { ...base, status: "IN_PROGRESS" as const, extensionRequestedUntil: new Date(now.getTime() + 5 * 86_400_000), extensionForwardedAt: now };
    expect(offered(caseActionsFor(actor("SUPERVISOR", "supervision"), pending, now))).toEqual(["decideExtension", "issueOrder", "merge", "note"]);
    expect(caseActionsFor(actor("ADMIN", "gov"), pending, now).decideExtension).toBe(false);
  });

  it("sends a handler's extension request to the own department's head before the supervisor", () => {
    const atHead = { ...base, status: "IN_PROGRESS" as const, extensionRequestedUntil: new Date(now.getTime() + 5 * 86_400_000) };
    expect(caseActionsFor(actor("SUPERVISOR", "supervision"), atHead, now).decideExtension).toBe(false);
    expect(caseActionsFor(actor("DEPARTMENT_HEAD"), atHead, now).forwardExtension).toBe(true);
    expect(caseActionsFor(actor("DEPARTMENT_HEAD", "market"), atHead, now).forwardExtension).toBe(false);
    expect(caseActionsFor(actor("HANDLER"), atHead, now).forwardExtension).toBe(false);
    expect(caseActionsFor(actor("DEPARTMENT_HEAD"), { ...atHead, extensionForwardedAt: now }, now).forwardExtension).toBe(false);
  });

  it("offers pause before the deadline and resume while paused, to the owning department only", () => {
    const working = { ...base, status: "IN_PROGRESS" as const };
    expect(caseActionsFor(actor("HANDLER"), working, now)).toMatchObject({ pauseClock: true, resumeClock: false });
    expect(caseActionsFor(actor("HANDLER"), { ...working, pausedAt: now }, now)).toMatchObject({ pauseClock: false, resumeClock: true });
    expect(caseActionsFor(actor("HANDLER"), { ...working, deadlineAt: new Date(now.getTime() - 1) }, now).pauseClock).toBe(false);
    expect(caseActionsFor(actor("HANDLER", "market"), { ...working, pausedAt: now }, now).resumeClock).toBe(false);
    expect(caseActionsFor(actor("HANDLER"), base, now).pauseClock).toBe(false);
  });
});

describe("countdownText", () => {
  it("reads time left and time overdue in days and hours, or hours and minutes", () => {
    expect(countdownText(new Date(now.getTime() + (2 * 24 + 3) * 3_600_000 + 5 * 60_000), now)).toBe("剩余2天3小时");
    expect(countdownText(new Date(now.getTime() - (26 * 60 + 30) * 60_000), now)).toBe("已超期1天2小时");
    expect(countdownText(new Date(now.getTime() + 90 * 60_000), now)).toBe("剩余1小时30分钟");
    expect(countdownText(new Date(now.getTime() + 20_000), now)).toBe("剩余1分钟");
  });
});

describe("ZCaseRef", () => {
  it("reads the version posted by the form as a number", () => {
    expect(ZCaseRef.parse({ complaintId: "c1", expectedVersion: "3" })).toEqual({ complaintId: "c1", expectedVersion: 3 });
    expect(ZCaseRef.safeParse({ complaintId: "c1", expectedVersion: "x" }).success).toBe(false);
  });
});
