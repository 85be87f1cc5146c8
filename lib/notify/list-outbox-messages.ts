// The delivery log for admins and supervisors (`outbox.view`): filtered, counted by status, a page
// at a time, newest first. Phone numbers leave here masked; a full number can still be searched.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { OutboxStatus } from "@/generated/prisma/enums";
import { assertPermission, type Actor } from "../auth/actor";
import { prisma } from "../db";
import { fieldErrorsOf } from "../validation";
import { maskPhone } from "./mask-phone";
import { OUTBOX_STATUSES, ZOutboxFilters, type TOutboxFilters } from "./outbox-filters.schema";

export const OUTBOX_PAGE_SIZE = 50;
const BODY_PREVIEW = 70;
const DAY_MS = 24 * 3600_000;

export async function listOutboxMessages({ actor, filters: raw }: { actor: Actor; filters: Record<string, unknown> }) {
  assertPermission(actor, "outbox.view");
  // Bad filter values are reported beside their field and otherwise ignored, so the log still shows.
  const parsed = ZOutboxFilters.safeParse(raw);
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const filters: TOutboxFilters = parsed.success ? parsed.data : ZOutboxFilters.safeParse(withoutKeys(raw, Object.keys(errors))).data ?? { page: 1 };

  const base: Prisma.OutboxMessageWhereInput = {
    ...(filters.channel ? { channel: filters.channel } : {}),
    ...(filters.template ? { template: filters.template } : {}),
    ...(filters.recipient ? { recipient: { contains: filters.recipient } } : {}),
    // Dates are days in Beijing time (the county's clock), the end day included.
    ...(filters.from || filters.to
      ? {
          createdAt: {
            ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00+08:00`) } : {}),
            ...(filters.to ? { lt: new Date(new Date(`${filters.to}T00:00:00+08:00`).getTime() + DAY_MS) } : {}),
          },
        }
      : {}),
  };
  const where: Prisma.OutboxMessageWhereInput = filters.status ? { ...base, status: filters.status } : base;

  const [grouped, templates] = await Promise.all([
    prisma.outboxMessage.groupBy({ by: ["status"], where: base, _count: { _all: true } }),
    prisma.outboxMessage.groupBy({ by: ["template"], orderBy: { template: "asc" } }),
  ]);
  const counts = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, 0])) as Record<OutboxStatus, number>;
  for (const g of grouped) counts[g.status] = g._count._all;
  const total = filters.status ? counts[filters.status] : Object.values(counts).reduce((a, b) => a + b, 0);
  const pageCount = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);

  const rows = await prisma.outboxMessage.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * OUTBOX_PAGE_SIZE,
    take: OUTBOX_PAGE_SIZE,
  });
  return {
    filters: { ...filters, page },
    errors,
    counts,
    total,
    page,
    pageCount,
    templates: templates.map((t) => t.template),
    messages: rows.map((m) => ({
      id: m.id,
      createdAt: m.createdAt,
      channel: m.channel,
      // A work message's recipient is the officer's account (login name), not a phone number.
      recipient: m.channel === "SMS" ? maskPhone(m.recipient) : m.recipient,
      template: m.template,
      body: m.body.length > BODY_PREVIEW ? `${m.body.slice(0, BODY_PREVIEW)}…` : m.body,
      status: m.status,
      attempts: m.attempts,
      lastError: m.lastError,
      provider: m.provider,
      nextAttemptAt: m.status === "QUEUED" ? m.nextAttemptAt : null,
      sentAt: m.sentAt,
      deliveredAt: m.deliveredAt,
    })),
  };
}

function withoutKeys(source: Record<string, unknown>, keys: string[]) {
  return Object.fromEntries(Object.entries(source).filter(([k]) => !keys.includes(k)));
}
