// GET /trace/{code} : the consumer's batch page, served from the rendered-page cache with this
// lookup's count; a malformed or unknown code gets the page saying what to check (lib/trace/batch-page.ts).
import { traceCodePageResponse } from "@/lib/trace/batch-page";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  return traceCodePageResponse(request, (await params).code);
}
