import { describe, expect, it } from "vitest";
import { createOfficer } from "@/test/factories";
import { defineTodoSource, type TodoBox, type TodoItem } from "./define-source";
import { countTodo, dueInWords, getTodoCentre, todoMark } from "./todo-centre";

// Monday 2026-11-23 10:00 Beijing (02:00 UTC): office hours 08:30–12:00, 14:30–17:30.
const now = new Date("2026-11-23T02:00:00Z");
const h = (hours: number) => new Date(now.getTime() + hours * 3_600_000);

function item(source: string, id: string, dueAt: Date | null, since: Date, extra: Partial<TodoItem> = {}): TodoItem {
  return { source, id, action: "办理", title: id, href: `/x/${id}`, dueAt, since, detail: null, urgency: null, ...extra };
}

function fakeSource(source: string, label: string, items: Partial<Record<TodoBox, TodoItem[]>>) {
  const calls: number[] = [];
  return {
    calls,
    source: defineTodoSource({
      source,
      label,
      async list(_db, _actor, box, _now, limit) {
        calls.push(limit);
        return (items[box] ?? []).slice(0, limit);
      },
      async count(_db, _actor, box) {
        return (items[box] ?? []).length;
      },
    }),
  };
}

describe("the 待办 centre", () => {
  it("merges the sources by due time, dated first, undated newest first, and keeps to the limit", async () => {
    const { actor } = await createOfficer();
    const a = fakeSource("doc", "公文", {
      // Each source lists in the contract's order (earliest due first, undated last).
      todo: [item("doc", "a3", h(-2), h(-20)), item("doc", "a1", h(5), h(-10)), item("doc", "a2", null, h(-3))],
      done: [item("doc", "d1", null, h(-1))],
    });
    const b = fakeSource("task", "任务", {
      todo: [item("task", "b1", h(1), h(-5)), item("task", "b3", h(30), h(-5)), item("task", "b2", null, h(-1))],
      toRead: [item("task", "r1", null, h(-2))],
      done: [item("task", "d2", null, h(-4)), item("task", "d3", null, h(-0.5))],
    });
    const sources = [a.source, b.source];
    const centre = await getTodoCentre(actor, { box: "todo", now, limit: 10, sources });
    expect(centre.items.map((i) => i.id)).toEqual(["a3", "b1", "a1", "b3", "b2", "a2"]);
    expect(centre.items.map((i) => i.sourceLabel)).toEqual(["公文", "任务", "公文", "任务", "任务", "公文"]);
    expect(centre.items[0]).toMatchObject({ mark: "red", dueText: "已超期2小时" });
    expect(centre.items[4]).toMatchObject({ mark: null, dueText: null });
    expect(centre.sources).toEqual([{ source: "doc", label: "公文" }, { source: "task", label: "任务" }]);

    const limited = await getTodoCentre(actor, { box: "todo", now, limit: 2, sources });
    expect(limited.items.map((i) => i.id)).toEqual(["a3", "b1"]);
    // Each source is asked for at most the limit.
    expect(a.calls.at(-1)).toBe(2);

    expect((await getTodoCentre(actor, { box: "todo", source: "task", now, sources })).items.map((i) => i.id)).toEqual(["b1", "b3", "b2"]);
    expect((await getTodoCentre(actor, { box: "todo", source: "nope", now, sources })).items).toEqual([]);
    // 已办 is a history: newest act first, no marks.
    const done = await getTodoCentre(actor, { box: "done", now, sources });
    expect(done.items.map((i) => [i.id, i.mark])).toEqual([["d3", null], ["d1", null], ["d2", null]]);
    expect((await getTodoCentre(actor, { box: "toRead", now, sources })).items.map((i) => i.id)).toEqual(["r1"]);

    expect(await countTodo(actor, now, { sources })).toEqual({
      todo: 6,
      toRead: 1,
      bySource: [
        { source: "doc", label: "公文", todo: 3, toRead: 0 },
        { source: "task", label: "任务", todo: 3, toRead: 1 },
      ],
    });
  });

  it("marks red past the due time and yellow by the engine's point, 80% of the period, or 4 working hours", () => {
    const none = new Map<string, boolean>();
    expect(todoMark(item("s", "1", h(-0.1), h(-5)), now, none)).toBe("red");
    expect(todoMark(item("s", "1", h(-0.1), h(-5), { isPaused: true }), now, none)).toBeNull();
    expect(todoMark(item("s", "1", null, h(-5)), now, none)).toBeNull();
    // The engine's stamped yellow point wins.
    expect(todoMark(item("s", "1", h(100), h(-5), { yellowAt: h(-1) }), now, none)).toBe("yellow");
    expect(todoMark(item("s", "1", h(1), h(-5), { yellowAt: h(0.5) }), now, none)).toBeNull();
    // From a start: 80% of the working time. Started Monday 08:30, due Monday 12:00 (210 working
    // minutes): yellow from 11:18, so 10:00 is not yet yellow and 11:30 is.
    const start = new Date("2026-11-23T00:30:00Z");
    const due = new Date("2026-11-23T04:00:00Z");
    expect(todoMark(item("s", "1", due, start, { startAt: start }), now, none)).toBeNull();
    expect(todoMark(item("s", "1", due, start, { startAt: start }), new Date("2026-11-23T03:30:00Z"), none)).toBe("yellow");
    // No start: within 4 working hours. Monday 10:00 → 12:00 is 2 h, then 14:30 → 16:30 makes 4.
    expect(todoMark(item("s", "1", new Date("2026-11-23T08:30:00Z"), h(-1)), now, none)).toBe("yellow");
    expect(todoMark(item("s", "1", new Date("2026-11-23T08:31:00Z"), h(-1)), now, none)).toBeNull();
    // Friday 16:00 due Monday 10:00 is 2.5 working hours away: yellow over the weekend.
    const friday = new Date("2026-11-27T08:00:00Z");
    expect(todoMark(item("s", "1", new Date("2026-11-30T02:00:00Z"), friday), friday, none)).toBe("yellow");
    // A make-up working Saturday (调休) in between puts it out of reach.
    expect(todoMark(item("s", "1", new Date("2026-11-30T02:00:00Z"), friday), friday, new Map([["2026-11-28", true]]))).toBeNull();
  });

  it("says the due time in words", () => {
    expect(dueInWords(h(2.5), now)).toBe("还剩2小时");
    expect(dueInWords(h(0.2), now)).toBe("还剩12分钟");
    expect(dueInWords(h(75), now)).toBe("还剩3天");
    expect(dueInWords(h(-25), now)).toBe("已超期1天");
    expect(dueInWords(h(-0.001), now)).toBe("已超期1分钟");
  });

  it("needs a signed-in officer with the dashboard", async () => {
    await expect(getTodoCentre(null as never, { box: "todo", now, sources: [] })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
