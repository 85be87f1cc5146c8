// GET /fault-injection: throws, to show that the framework's own 500 page carries the security
// headers (e2e/hardening/headers.spec.ts). A 404 unless FAULT_INJECTION=1 (set for e2e only).
import { notFound } from "next/navigation";

export const dynamic = "force-dynamic";

export default function FaultInjection() {
  if (process.env.FAULT_INJECTION !== "1") notFound();
  throw new Error("fault injection: this page fails on purpose");
}
