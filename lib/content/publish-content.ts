// Publication (content.publish). A publishAt in the future schedules the item: the public pages
// show a SCHEDULED item once its time has come (lib/content/public-content.ts publishedWhere), so
// no job has to flip it. Unpublishing takes it off the public pages at once.
import "server-only";
import { assertPermission, type Actor } from "../auth/actor";
import { AppError } from "../errors";
import { formatDateTime } from "../format";
import { parseInput } from "../validation";
import { changeContent } from "./content-change";
import { ZPublishInput } from "./content.schema";
import { isPublicNow } from "./public-content";

export async function publishContent({ actor, contentId, expectedVersion, input = {}, now = new Date() }: { actor: Actor; contentId: string; expectedVersion: number; input?: Record<string, unknown>; now?: Date }) {
  assertPermission(actor, "content.publish");
  const { publishAt } = parseInput(ZPublishInput, input);
  const scheduled = !!publishAt && publishAt > now;
  return changeContent({
    actor,
    contentId,
    expectedVersion,
    action: scheduled ? `定时发布（${formatDateTime(publishAt)}）` : "发布",
    auditAction: scheduled ? "content.scheduled" : "content.published",
    details: { publishAt: (publishAt ?? now).toISOString() },
    plan: (item) => {
      if (item.status === "PUBLISHED" && !scheduled) throw new AppError("CONFLICT", "该内容已经发布。");
      if (scheduled) {
        // Scheduling a page that is public now would take it offline until then.
        if (isPublicNow(item, now)) throw new AppError("CONFLICT", "该内容正在公开中，不能再定时发布；如需下线，请先撤回。");
        // An item that was public before keeps its first publication date (and so its address).
        return { status: "SCHEDULED", publishAt, publishedAt: item.publishedAt && item.publishedAt <= now ? item.publishedAt : publishAt };
      }
      // Re-publishing keeps the first publication date, which the public lists sort by.
      return { status: "PUBLISHED", publishAt: null, publishedAt: item.publishedAt && item.publishedAt <= now ? item.publishedAt : now };
    },
  });
}

export async function unpublishContent({ actor, contentId, expectedVersion, now = new Date() }: { actor: Actor; contentId: string; expectedVersion: number; now?: Date }) {
  assertPermission(actor, "content.publish");
  return changeContent({
    actor,
    contentId,
    expectedVersion,
    action: "撤回",
    auditAction: "content.unpublished",
    plan: (item) => {
      if (item.status !== "PUBLISHED" && item.status !== "SCHEDULED") throw new AppError("CONFLICT", "该内容尚未发布，无需撤回。");
      // A schedule whose time had not come leaves no publication date; one that had, keeps it.
      return { status: "UNPUBLISHED", publishAt: null, publishedAt: item.publishedAt && item.publishedAt <= now ? item.publishedAt : null };
    },
  });
}
