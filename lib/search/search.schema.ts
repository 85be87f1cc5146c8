// The search page's GET parameters. Bad values fall back rather than fail: a search link must
// always show a page.
import { z } from "zod";
import { SEARCH_KINDS } from "./search-types";

export const ZSearchParams = z.object({
  q: z.string().max(200).catch("").default(""),
  type: z.enum(SEARCH_KINDS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(500).catch(1).default(1),
});

export type TSearchParams = z.infer<typeof ZSearchParams>;
