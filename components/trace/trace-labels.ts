// Chinese labels for trace enums, shared by officer and consumer pages.
export { CERTIFICATE_TYPES, COMMITMENT_BASES, EVENT_TYPES, PRODUCER_KINDS } from "@/lib/trace/trace.schema";

export const options = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }));
