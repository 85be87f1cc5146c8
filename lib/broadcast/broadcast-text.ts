// The SMS a broadcast sends, and how many SMS segments it costs. Chinese text is sent as UCS-2:
// 70 characters fit one SMS, a longer text is split into parts of 67 (the rest carries the
// concatenation header); sms-segments-calculator applies those rules (and GSM-7's for Latin text).
import { SegmentedMessage } from "sms-segments-calculator";
import type { ContentType, WarningLevel } from "@/generated/prisma/enums";
import { formatDateTime } from "../format";

export const WARNING_LEVEL_LABELS: Record<WarningLevel, string> = { BLUE: "蓝色", YELLOW: "黄色", ORANGE: "橙色", RED: "红色" };

export interface BroadcastTextItem {
  type: ContentType;
  slug: string;
  title: string;
  summary: string | null;
  warningLevel: WarningLevel | null;
  validUntil: Date | null;
}

export function broadcastText(item: BroadcastTextItem, site: { name: string; url: string }): string {
  const tag = item.type === "WARNING" ? (item.warningLevel ? `${WARNING_LEVEL_LABELS[item.warningLevel]}预警` : "预警") : "惠农信息";
  const summary = item.summary?.trim() ? `${item.summary.trim().replace(/[。.!！]?$/, "。")}` : "";
  const until = item.validUntil ? `有效期至${formatDateTime(item.validUntil)}。` : "";
  const base = site.url.replace(/\/+$/, "");
  return `【${site.name}】${tag}：${item.title}。${summary}${until}详情 ${base}/warnings/${item.slug} 退订 ${base}/warnings/subscribe`;
}

export interface SmsLength {
  characters: number;
  segments: number;
  encoding: "GSM-7" | "UCS-2";
}

export function smsLength(text: string): SmsLength {
  const m = new SegmentedMessage(text);
  return { characters: m.numberOfCharacters, segments: m.segmentsCount, encoding: m.encodingName === "GSM-7" ? "GSM-7" : "UCS-2" };
}
