import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import type { OfficialDocumentLayout } from "./layout";
import { documentDateText, DocumentFontError, GBT9704, renderOfficialDocumentPdf, resolveDocumentFonts } from "./render-official-document-pdf";
import { renderSealPng, sealSvg } from "./render-seal-image";

const MM = 72 / 25.4;
const pages = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type \/Page\b/g)?.length ?? 0;

const layout = (paragraphs: number): OfficialDocumentLayout => ({
  issuerMark: "桐川县人民政府文件",
  docNumber: "桐政发〔2026〕12号",
  title: "桐川县人民政府关于做好2026年冬季农村公路养护工作的通知",
  mainRecipients: ["各乡镇人民政府", "县政府各部门"],
  body: Array.from({ length: paragraphs }, (_, i) => ({
    kind: i % 5 === 0 ? ("heading1" as const) : ("paragraph" as const),
    text: i % 5 === 0 ? "一、总体要求" : "为进一步加强全县农村公路养护管理，提升群众出行安全水平，结合我县实际，现就有关事项通知如下。",
  })),
  attachments: ["养护任务分解表"],
  signingUnit: "桐川县人民政府",
  date: new Date("2026-11-29T17:00:00Z"),
  copyTo: ["县委办公室"],
  printedBy: "桐川县人民政府办公室",
  printedDate: new Date("2026-11-29T17:00:00Z"),
});

describe("the GB/T 9704 document PDF", () => {
  it("uses the standard's page, margins and type area", () => {
    expect(GBT9704.pageWidth).toBeCloseTo(595.28, 1);
    expect(GBT9704.pageHeight).toBeCloseTo(841.89, 1);
    expect(GBT9704.top / MM).toBeCloseTo(37);
    expect(GBT9704.left / MM).toBeCloseTo(28);
    expect(GBT9704.width / MM).toBeCloseTo(156);
    expect(GBT9704.height / MM).toBeCloseTo(225);
    expect([GBT9704.linesPerPage, GBT9704.charsPerLine]).toEqual([22, 28]);
  });

  it("writes the date in Arabic numerals on the China calendar day", () => {
    // 17:00 UTC is the next morning in Beijing.
    expect(documentDateText(new Date("2026-11-29T17:00:00Z"))).toBe("2026年11月30日");
    expect(documentDateText(new Date("2026-01-05T02:00:00Z"))).toBe("2026年1月5日");
  });

  it("flows a long body over pages and embeds the fonts as subsets", async () => {
    const short = await renderOfficialDocumentPdf(layout(1));
    const long = await renderOfficialDocumentPdf(layout(40), { seal: { png: await renderSealPng({ name: "桐川县人民政府" }, 300) }, verifyUrl: "http://localhost:3000/verify?code=ABCDEFGHJKLM", verificationCode: "ABCDEFGHJKLM" });
    expect(short.subarray(0, 5).toString()).toBe("%PDF-");
    // One heading: the body, signature and 版记 fill page 1 and the 版记 moves to page 2.
    expect(pages(short)).toBe(2);
    expect(pages(long)).toBeGreaterThan(3);
    // Subset fonts carry a six-letter tag before the face name.
    expect(long.toString("latin1")).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifCJKsc-Regular/);
  }, 60_000);

  it("falls back to the label font, and says what to install when there is none", () => {
    const env = parseEnv({ DOCUMENT_FONT_FANGSONG: "/nonexistent/fangsong.ttf", DOCUMENT_FONT_KAITI: "/nonexistent/kai.ttf" });
    const fonts = resolveDocumentFonts(env);
    expect(fonts.fangsong.path).toBe(env.TRACE_LABEL_FONT);
    expect(fonts.kaiti).toEqual(fonts.fangsong);
    expect(() => resolveDocumentFonts(parseEnv({ DOCUMENT_FONT_FANGSONG: "/nonexistent/a.ttf", TRACE_LABEL_FONT: "/nonexistent/b.ttf" }))).toThrow(DocumentFontError);
  });

  it("draws the seal from the name: ring, every character of the name, a star", () => {
    const svg = sealSvg({ name: "桐川县交通运输局", bottomText: "公文专用章" });
    expect(svg).toContain("<circle");
    for (const ch of "桐川县交通运输局") expect(svg).toContain(`>${ch}</text>`);
    expect(svg).toContain(">公文专用章</text>");
    expect(svg).toMatch(/<path d="M[\d.,L]+Z"\/>/);
    // Markup in a name is text, never markup.
    expect(sealSvg({ name: "<script>" })).not.toContain("<script>");
  });
});
