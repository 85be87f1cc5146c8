import { describe, expect, it } from "vitest";
import { htmlToDocumentBlocks } from "./html-to-blocks";

describe("htmlToDocumentBlocks", () => {
  it("reads the GB/T 9704 heading levels from the numbering and drops every tag", () => {
    const blocks = htmlToDocumentBlocks(
      `<p>　　为做好冬季农村公路养护工作，现通知如下。</p><p><strong>一、总体要求</strong></p>` +
        `<p>（一）压实责任。</p><p>1.开展排查。</p><p>（1）桥梁路段。</p><h2>工作安排</h2>` +
        `<p><a href="javascript:alert(1)">点此</a>&nbsp;查看&lt;附件&gt;</p><script>alert(1)</script>`,
    );
    expect(blocks).toEqual([
      { kind: "paragraph", text: "为做好冬季农村公路养护工作，现通知如下。" },
      { kind: "heading1", text: "一、总体要求" },
      { kind: "heading2", text: "（一）压实责任。" },
      { kind: "heading3", text: "1.开展排查。" },
      { kind: "heading4", text: "（1）桥梁路段。" },
      { kind: "heading2", text: "工作安排" },
      { kind: "paragraph", text: "点此 查看<附件>" },
    ]);
  });

  it("keeps a long numbered paragraph a paragraph", () => {
    const text = "（一）压实养护责任。各乡镇要落实属地管理责任，明确专人负责，做到有路必养、养必到位，并于月底前报送情况。";
    expect(htmlToDocumentBlocks(`<p>${text}</p>`)).toEqual([{ kind: "paragraph", text }]);
  });

  it("turns lists, tables and line breaks into paragraphs", () => {
    const blocks = htmlToDocumentBlocks(
      `<ol><li><p>第一项</p></li><li>第二项</li></ol><ul><li>要点</li></ul>` +
        `<table><tr><th>单位</th><th>任务</th></tr><tr><td>清溪镇</td><td>12公里</td></tr></table>甲<br>乙`,
    );
    expect(blocks.map((b) => b.text)).toEqual(["1.第一项", "2.第二项", "要点", "单位\u3000任务", "清溪镇\u300012公里", "甲", "乙"]);
  });

  it("answers nothing for empty or tag-only input", () => {
    expect(htmlToDocumentBlocks("")).toEqual([]);
    expect(htmlToDocumentBlocks("<p> </p><p>&nbsp;</p><img src=x onerror=alert(1)>")).toEqual([]);
  });
});
