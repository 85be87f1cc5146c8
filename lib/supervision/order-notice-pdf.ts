// 督办通知单: the printable notice of a supervision order, one A4 page (pdfkit, the CJK font the
// trace labels use, embedded as a subset).
import "server-only";
import { existsSync, readFileSync } from "node:fs";
import PDFDocument from "pdfkit";
import { getEnv } from "../env";
import { LabelFontError } from "../trace/render-label-pdf";
import { formatDeadline } from "../complaints/complaint-format";
import { beijingDate } from "../calendar/work-calendar";
import { ASSESSMENT_LABELS } from "./supervision-orders";

export interface OrderNoticeData {
  number: string | null;
  departmentName: string;
  instruction: string;
  deadlineAt: Date;
  createdAt: Date;
  issuedByName: string;
  complaint: { trackingNo: string; title: string; address: string | null } | null;
  response: string | null;
  assessment: keyof typeof ASSESSMENT_LABELS | null;
}

export async function orderNoticePdf(order: OrderNoticeData): Promise<Buffer> {
  const env = getEnv();
  if (!existsSync(env.TRACE_LABEL_FONT)) throw new LabelFontError(env.TRACE_LABEL_FONT);
  const doc = new PDFDocument({ size: "A4", margins: { top: 72, bottom: 60, left: 72, right: 72 }, info: { Title: `督办通知单 ${order.number ?? ""}` } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.registerFont("cjk", readFileSync(env.TRACE_LABEL_FONT), /\.ttc$/i.test(env.TRACE_LABEL_FONT) ? env.TRACE_LABEL_FONT_NAME : undefined);
  const width = doc.page.width - 144;

  const office = `${env.SITE_NAME}督查室`;
  doc.font("cjk").fillColor("#b91c1c").fontSize(26).text(office, { align: "center", characterSpacing: 2 });
  doc.moveDown(0.3).fontSize(20).text("督 办 通 知 单", { align: "center", characterSpacing: 4 });
  doc.moveDown(0.4).fillColor("#000").fontSize(12).text(order.number ?? "（未编号）", { align: "center" });
  const lineY = doc.y + 6;
  doc.moveTo(72, lineY).lineTo(72 + width, lineY).lineWidth(1.5).stroke("#b91c1c");
  doc.y = lineY + 18;

  doc.fontSize(14).text(`${order.departmentName}：`);
  doc.moveDown(0.5).fontSize(12.5);
  const body = order.complaint
    ? `群众诉求${order.complaint.trackingNo}“${order.complaint.title}”${order.complaint.address ? `（${order.complaint.address}）` : ""}，经县人民政府督查室研究，现予督办。`
    : "经县人民政府督查室研究，现对下列事项予以督办。";
  doc.text(body, { indent: 25, lineGap: 6, width });
  doc.moveDown(0.6).text(`督办要求：${order.instruction}`, { indent: 25, lineGap: 6, width });
  doc.moveDown(0.6).text(`请于${formatDeadline(order.deadlineAt)}前办理完毕，并将办理情况书面反馈县政府督查室。逾期未反馈的，将予以通报；情节严重的，约谈部门主要负责人。`, { indent: 25, lineGap: 6, width });

  if (order.response) {
    doc.moveDown(1).fontSize(13).text("办理反馈");
    doc.moveDown(0.3).fontSize(12).text(order.response, { indent: 25, lineGap: 5, width });
  }
  if (order.assessment) doc.moveDown(0.6).fontSize(12).text(`督查室评价：${ASSESSMENT_LABELS[order.assessment]}`);

  doc.moveDown(2).fontSize(12.5).text(office, { align: "right" });
  const [y, m, d] = beijingDate(order.createdAt).split("-").map(Number);
  doc.moveDown(0.3).text(`${y}年${m}月${d}日`, { align: "right" });
  doc.moveDown(0.3).fontSize(10).fillColor("#475569").text(`签发：${order.issuedByName}`, { align: "right" });
  doc.end();
  return done;
}
