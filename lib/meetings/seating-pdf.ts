// Printables of the seating chart (pdfkit, the CJK font of the trace labels and the order notice,
// embedded as a subset): the chart on one A4 landscape page, and name cards (桌签), one A4
// landscape page each, folded along the middle: the name large on both halves, the upper half
// turned upside down so each face reads right way up on the table.
import "server-only";
import { existsSync, readFileSync } from "node:fs";
import PDFDocument from "pdfkit";
import { getEnv } from "../env";
import { LabelFontError } from "../trace/render-label-pdf";
import { formatDeadline } from "../complaints/complaint-format";
import { seatingGrid } from "./arrange-seats";

type Person = { id: string; attendeeName: string | null; seatArea: "ROSTRUM" | "HALL" | null; seatRow: number | null; seatNumber: number | null; department: { name: string } };
export interface SeatingPdfData {
  title: string;
  startAt: Date;
  roomName: string;
  rostrumSeats: number;
  seatRows: number;
  seatsPerRow: number;
  people: Person[];
}

function openDoc(title: string, margin = 36) {
  const env = getEnv();
  if (!existsSync(env.TRACE_LABEL_FONT)) throw new LabelFontError(env.TRACE_LABEL_FONT);
  const doc = new PDFDocument({ size: "A4", layout: "landscape", margin, info: { Title: title } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.registerFont("cjk", readFileSync(env.TRACE_LABEL_FONT), /\.ttc$/i.test(env.TRACE_LABEL_FONT) ? env.TRACE_LABEL_FONT_NAME : undefined);
  doc.font("cjk");
  return { doc, done };
}

export async function seatingChartPdf(data: SeatingPdfData): Promise<Buffer> {
  const { doc, done } = openDoc(`座次图 ${data.title}`);
  const W = doc.page.width - 72;
  doc.fontSize(18).text(`${data.title} 座次图`, { align: "center" });
  doc.moveDown(0.2).fontSize(10).fillColor("#475569").text(`${formatDeadline(data.startAt)} · ${data.roomName}`, { align: "center" }).fillColor("#000");
  const grid = seatingGrid(data, data.people);
  let y = doc.y + 12;
  const cell = (x: number, yy: number, w: number, h: number, label: string, name: string | null, fill: string) => {
    doc.rect(x, yy, w, h).fillAndStroke(fill, "#334155").fillColor("#000");
    doc.fontSize(6).fillColor("#64748b").text(label, x + 2, yy + 2, { width: w - 4, lineBreak: false }).fillColor("#000");
    if (name) doc.fontSize(Math.min(11, h / 2.2)).text(name, x + 2, yy + h / 2 - 5, { width: w - 4, align: "center", lineBreak: false, ellipsis: true });
  };
  if (grid.rostrum.length) {
    doc.fontSize(11).text("主席台", 36, y, { width: W, align: "center" });
    y = doc.y + 4;
    const w = Math.min(80, W / grid.rostrum.length);
    const x0 = 36 + (W - w * grid.rostrum.length) / 2;
    grid.rostrum.forEach((s, i) => cell(x0 + i * w, y, w, 30, `${s.number}`, s.person?.attendeeName ?? null, "#fef3c7"));
    y += 48;
  }
  if (grid.rows.length) {
    const per = grid.rows[0].length || 1;
    const w = Math.min(64, (W - 30) / per);
    const h = Math.max(14, Math.min(26, (doc.page.height - 60 - y) / grid.rows.length - 2));
    const x0 = 36 + 30 + (W - 30 - w * per) / 2;
    for (const row of grid.rows) {
      doc.fontSize(8).text(`第${row[0]?.row ?? ""}排`, 36, y + h / 2 - 4, { width: 30, lineBreak: false });
      row.forEach((s, i) => cell(x0 + i * w, y, w, h, `${s.number}`, s.person?.attendeeName ?? null, "#ffffff"));
      y += h + 2;
    }
  }
  doc.end();
  return done;
}

export async function nameCardsPdf(data: SeatingPdfData): Promise<Buffer> {
  // No margins: the big name must never push pdfkit onto a new page.
  const { doc, done } = openDoc(`桌签 ${data.title}`, 0);
  const people = data.people.filter((p) => p.attendeeName);
  if (people.length === 0) doc.fontSize(14).text("暂无参会人员。");
  people.forEach((p, i) => {
    if (i > 0) doc.addPage();
    const W = doc.page.width;
    const H = doc.page.height;
    const name = p.attendeeName!;
    // Spaced out for two-character names, as name cards are printed.
    const shown = name.length === 2 ? `${name[0]}  ${name[1]}` : name;
    const size = Math.min(120, ((W - 120) / Math.max(2, shown.length)) * 1.1);
    // The CJK font's line is about 1.5 em high; centre the name in its half.
    const y = H / 2 + Math.max(10, (H / 2 - size * 1.5) / 2);
    doc.moveTo(20, H / 2).lineTo(W - 20, H / 2).dash(4, { space: 4 }).lineWidth(0.5).stroke("#94a3b8").undash();
    // Lower half, right way up.
    doc.fontSize(size).fillColor("#000").text(shown, 0, y, { width: W, align: "center", lineBreak: false });
    // Upper half, turned 180° about the page centre, so the other face reads right way up.
    doc.save().rotate(180, { origin: [W / 2, H / 2] });
    doc.fontSize(size).text(shown, 0, y, { width: W, align: "center", lineBreak: false });
    doc.restore();
    doc.fontSize(8).fillColor("#94a3b8").text(`${data.title} · ${p.department.name}`, 40, H - 50, { lineBreak: false }).fillColor("#000");
  });
  doc.end();
  return done;
}
