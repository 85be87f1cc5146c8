// GET /api/supervision/orders/{id}/notice : the 督办通知单 of an order as a PDF download (officers).
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getSupervisionOrder } from "@/lib/supervision/supervision-orders";
import { orderNoticePdf } from "@/lib/supervision/order-notice-pdf";
import { LabelFontError } from "@/lib/trace/render-label-pdf";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const order = await getSupervisionOrder({ actor: await getActor(), orderId: (await params).id });
    const pdf = await orderNoticePdf({
      number: order.number,
      departmentName: order.department.name,
      instruction: order.instruction,
      deadlineAt: order.deadlineAt,
      createdAt: order.createdAt,
      issuedByName: order.issuedBy.name,
      complaint: order.complaint ? { trackingNo: order.complaint.trackingNo, title: order.complaint.title, address: order.complaint.address } : null,
      response: order.response,
      assessment: order.assessment,
    });
    const name = `督办通知单-${order.number ?? order.id}.pdf`;
    return new Response(new Uint8Array(pdf.buffer as ArrayBuffer, pdf.byteOffset, pdf.byteLength), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="notice-${order.seq ?? "x"}.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (err) {
    if (isAppError(err)) return Response.json({ error: err.userMessage }, { status: err.httpStatus });
    if (err instanceof LabelFontError) return new Response(err.message, { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    throw err;
  }
}
