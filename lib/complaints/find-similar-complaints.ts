// Possible duplicates shown before filing: same category, filed in the last 30 days, with a
// similar title. Chinese titles have no spaces, so similarity is the Dice coefficient of the
// titles' character bigrams, computed over the category's recent cases (a bounded set).
// Only published cases (list-published-cases.ts: the citizen agreed, an officer approved) are
// offered, with their masked title: the panel is shown to anyone who types a title.
import "server-only";
import { prisma } from "../db";
import { OPEN_STATUSES, STATUS_LABELS } from "./complaint-format";
import { publishedCaseSelect, publishedCaseWhere, toPublishedCase } from "./list-published-cases";

const WINDOW_DAYS = 30;
const THRESHOLD = 0.4;

function bigrams(text: string): Set<string> {
  const chars = Array.from(text.replace(/[\s\p{P}]/gu, "").toLowerCase());
  const grams = new Set<string>();
  if (chars.length === 1) grams.add(chars[0]);
  for (let i = 0; i < chars.length - 1; i++) grams.add(chars[i] + chars[i + 1]);
  return grams;
}

export function titleSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return (2 * shared) / (x.size + y.size);
}

export async function findSimilarComplaints({ categoryId, title, now = new Date(), limit = 5 }: { categoryId: string; title: string; now?: Date; limit?: number }) {
  const recent = await prisma.complaint.findMany({
    where: { AND: [publishedCaseWhere, { categoryId, createdAt: { gte: new Date(now.getTime() - WINDOW_DAYS * 86_400_000) } }] },
    orderBy: { createdAt: "desc" },
    take: 500,
    select: { ...publishedCaseSelect, status: true, followerCount: true },
  });
  return recent
    .map((c) => {
      const view = toPublishedCase(c);
      return {
        id: view.id,
        trackingNo: view.trackingNo,
        title: view.title,
        createdAt: view.createdAt,
        department: { name: view.departmentName },
        followerCount: c.followerCount,
        score: titleSimilarity(title, view.title),
        statusLabel: STATUS_LABELS[c.status],
        isOpen: OPEN_STATUSES.includes(c.status),
      };
    })
    .filter((c) => c.score >= THRESHOLD)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
