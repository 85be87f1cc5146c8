// The GS1 resolver's linkset (RFC 9264 "application/linkset+json", GS1-Conformant Resolver
// standard 1.x and GS1's linkset schema `gs1-linkset-schema.json`): one link context object per
// level of the identifier that has records, most specific first (batch /01/{gtin}/10/{lot}, then
// the product /01/{gtin}), because a request with key qualifiers gets "the links of each level up
// to the primary key". Each context has its anchor, an `itemDescription` (required by the schema)
// and links keyed by the GS1 Web Vocabulary link type. `gs1:defaultLink` carries only href and
// title ("the default link SHALL NOT have any optional attributes") and is also given under a
// descriptive link type (gs1:traceability or gs1:pip).
import { siteConfig } from "../site";
import type { BatchView, ProductView } from "./batch-view";
import { encodeSegment } from "./digital-link";

/** The GS1 Web Vocabulary namespace as GS1's own model linkset (resolver test suite) writes it. */
export const GS1_VOC = "https://ref.gs1.org/voc/";

export interface LinkTarget {
  href: string;
  title: string;
  type?: string;
  hreflang?: string[];
}

export interface LinkContext {
  anchor: string;
  itemDescription: string;
  /** Keyed by full link type URI (https://ref.gs1.org/voc/pip). */
  links: Record<string, LinkTarget[]>;
}

const zh = { type: "text/html", hreflang: ["zh-CN"] };

function productContext(origin: string, product: ProductView): LinkContext {
  const page = `${origin}/trace/product/${product.gtin}`;
  return {
    anchor: `${origin}/01/${product.gtin}`,
    itemDescription: product.name,
    links: {
      [`${GS1_VOC}defaultLink`]: [{ href: page, title: product.name }],
      [`${GS1_VOC}pip`]: [{ href: page, title: `${product.name} 产品信息`, ...zh }],
    },
  };
}

function batchContext(origin: string, product: ProductView, batch: BatchView): LinkContext {
  const page = `${origin}/trace/${batch.traceCode}`;
  const title = `${product.name} 批次 ${batch.lot}`;
  const links: Record<string, LinkTarget[]> = {
    [`${GS1_VOC}defaultLink`]: [{ href: page, title }],
    [`${GS1_VOC}traceability`]: [{ href: page, title: `${title} 追溯信息`, ...zh }],
    [`${GS1_VOC}epcis`]: [{ href: `${origin}/api/trace/epcis/${batch.traceCode}`, title: "EPCIS 2.0 事件", type: "application/ld+json" }],
  };
  if (batch.certificates.length) links[`${GS1_VOC}certificationInfo`] = [{ href: `${page}#certificates`, title: "承诺达标合格证", ...zh }];
  if (batch.status === "RECALLED") links[`${GS1_VOC}recallStatus`] = [{ href: `${page}#recall`, title: "该批次已召回", ...zh }];
  return { anchor: `${origin}/01/${product.gtin}/10/${encodeSegment(batch.lot)}`, itemDescription: title, links };
}

/** The link contexts for a product, or a batch and its product (most specific first). */
export function linkContexts(target: { product: ProductView; batch?: BatchView }, origin = siteConfig().url.replace(/\/+$/, "")): LinkContext[] {
  const product = productContext(origin, target.product);
  return target.batch ? [batchContext(origin, target.product, target.batch), product] : [product];
}

/** The linkset document (RFC 9264 JSON) for the contexts. */
export function toLinkset(contexts: LinkContext[]) {
  return { linkset: contexts.map((c) => ({ anchor: c.anchor, itemDescription: c.itemDescription, ...c.links })) };
}

export function buildLinkset(target: { product: ProductView; batch?: BatchView }) {
  return toLinkset(linkContexts(target));
}

/**
 * The full link type URI for a `linkType` query value: `gs1:pip`, `https://ref.gs1.org/voc/pip`
 * or the older `https://gs1.org/voc/pip` (http too). Null when it is not a GS1 link type name.
 */
export function linkTypeUri(value: string): string | null {
  const m = /^(?:gs1:|https?:\/\/(?:ref\.)?gs1\.org\/voc\/)([A-Za-z][A-Za-z0-9]*)$/.exec(value.trim());
  return m ? `${GS1_VOC}${m[1]}` : null;
}

/** The first link of a type, walking up from the most specific level to the primary key. */
export function findLink(contexts: LinkContext[], typeUri: string): LinkTarget | null {
  for (const c of contexts) {
    const link = c.links[typeUri]?.[0];
    if (link) return link;
  }
  return null;
}
