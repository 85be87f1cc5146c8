import { describe, expect, it } from "vitest";
import { sortBoardRows, stageLabel, type BoardRow } from "./supervision-board";
import { ZBoardSort } from "./supervision.schema";

function row(id: string, over: Partial<BoardRow>): BoardRow {
  const stage = over.stage ?? "finish";
  const level = over.level ?? "overdue";
  return {
    id, ref: id, title: id, kind: "complaint", kindLabel: "诉求", href: `/x/${id}`, statusLabel: "办理中", departmentId: "d", departmentName: "县交通运输局",
    handlerId: null, handlerName: null, detail: null, dueAt: new Date("2026-11-23T10:00:00Z"), extensionPending: false, stage, level, stageLabel: stageLabel(stage, level), ...over,
  };
}

const at = (h: number) => new Date(Date.UTC(2026, 10, 23, h));
const rows = [
  row("a", { dueAt: at(5), departmentName: "县住房和城乡建设局", handlerName: "王芳", statusLabel: "已受理", stage: "accept" }),
  row("b", { dueAt: at(3), departmentName: "县交通运输局", handlerName: null, statusLabel: "办理中", kind: "order", kindLabel: "督办单", stage: "answer", level: "nearDue" }),
  row("c", { dueAt: at(4), departmentName: "县交通运输局", handlerName: "李强", statusLabel: "待受理", level: "nearDue" }),
  row("d", { dueAt: at(1), departmentName: "县农业农村局", handlerName: "陈明", statusLabel: "办理中" }),
];
const ids = (sort: string, dir = "asc") => sortBoardRows(rows, ZBoardSort.parse({ sort, dir })).map((r) => r.id).join("");

describe("sorting the supervision board", () => {
  it("sorts by each column, both ways, ties by due time", () => {
    expect(ids("due")).toBe("dbca");
    expect(ids("due", "desc")).toBe("acbd");
    // 交 (jiāo) < 农 (nóng) < 住 (zhù); the two 交通 lines by due time.
    expect(ids("department")).toBe("bcda");
    expect(ids("department", "desc")).toBe("adcb");
    // 督办单 (dū) before 诉求 (sù).
    expect(ids("kind")).toBe("bdca");
    // 受理 < 反馈 < 办结; overdue before near due within a stage.
    expect(ids("stage")).toBe("abdc");
    // 办理中 (bàn) < 待受理 (dài) < 已受理 (yǐ).
    expect(ids("status")).toBe("dbca");
    // 陈 (chén) < 李 (lǐ) < 王 (wáng); no handler last.
    expect(ids("handler")).toBe("dcab");
    expect(ids("handler", "desc")).toBe("bacd");
  });

  it("falls back to due time, ascending, for anything else in the address", () => {
    expect(ZBoardSort.parse({ sort: "id; DROP", dir: "sideways" })).toEqual({ sort: "due", dir: "asc" });
    expect(ZBoardSort.parse({})).toEqual({ sort: "due", dir: "asc" });
    expect(ZBoardSort.parse({ sort: ["handler", "kind"], dir: "desc" })).toEqual({ sort: "due", dir: "desc" });
  });
});
