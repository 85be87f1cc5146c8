// The GS1 resolver's JSON linkset (RFC 9264 "application/linkset+json", GS1-Conformant Resolver
// standard): the links a machine can follow for a GTIN or a batch, keyed by GS1 link type.
import { siteConfig } from "../site";
import type { BatchView, ProductView } from "./batch-view";

const GS1_VOC = "https://gs1.org/voc/";

export function buildLinkset(anchorPath: string, target: { product: ProductView; batch?: BatchView }) {
  const origin = siteConfig().url.replace(/\/+$/, "");
  const { product, batch } = target;
  const title = batch ? `${product.name} 批次 ${batch.lot}` : product.name;
  const page = batch ? `${origin}/trace/${batch.traceCode}` : `${origin}/trace/product/${product.gtin}`;
  const links: Record<string, unknown> = {
    anchor: `${origin}${anchorPath}`,
    [`${GS1_VOC}defaultLink`]: [{ href: page, title, type: "text/html", hreflang: ["zh-CN"] }],
    [`${GS1_VOC}traceability`]: [{ href: page, title: `${title} 追溯信息`, type: "text/html", hreflang: ["zh-CN"] }],
    [`${GS1_VOC}pip`]: [{ href: `${origin}/trace/product/${product.gtin}`, title: product.name, type: "text/html", hreflang: ["zh-CN"] }],
  };
  if (batch) {
    links[`${GS1_VOC}epcis`] = [{ href: `${origin}/api/trace/epcis/${batch.traceCode}`, title: "EPCIS 2.0 事件", type: "application/ld+json" }];
    if (batch.certificates.length) links[`${GS1_VOC}certificationInfo`] = [{ href: `${page}#certificates`, title: "证书", type: "text/html", hreflang: ["zh-CN"] }];
    if (batch.status === "RECALLED") links[`${GS1_VOC}recallStatus`] = [{ href: `${page}#recall`, title: "该批次已召回", type: "text/html", hreflang: ["zh-CN"] }];
  }
  return { linkset: [links] };
}
