// The resolver description file (/.well-known/gs1resolver, GS1-Conformant Resolver standard:
// "SHALL provide a resolver description file"; field names as GS1's Resolver Community Edition
// writes them) and the JSON-LD context that turns the linkset into linked data.
import { siteConfig } from "../site";
import { GS1_VOC } from "./build-linkset";
import { LINKSET_CONTEXT_PATH } from "./resolve-digital-link";

/** The link types this resolver can answer (build-linkset.ts); recallStatus and certificationInfo only where they apply. */
export const SUPPORTED_LINK_TYPES = ["defaultLink", "pip", "traceability", "epcis", "certificationInfo", "recallStatus"] as const;

export function resolverDescription() {
  const root = siteConfig().url.replace(/\/+$/, "");
  return {
    name: `${siteConfig().name} GS1 Digital Link resolver`,
    resolverRoot: root,
    supportedPrimaryKeys: ["01"],
    supportedKeyQualifiers: { "01": ["22", "10", "21"] },
    supportedLinkType: [{ namespace: GS1_VOC, prefix: "gs1:", profile: "https://ref.gs1.org/voc/?show=linktypes" }],
    linkTypes: SUPPORTED_LINK_TYPES.map((t) => `gs1:${t}`),
    linkTypeDefaultCanBeLinkset: true,
    linksetRequest: { queryParameter: "linkType=linkset", accept: "application/linkset+json" },
    jsonLdContextLocation: `${root}${LINKSET_CONTEXT_PATH}`,
    supportsCompression: true,
    contact: `${root}/complaints/new`,
  };
}

/** Maps the linkset's members to IRIs; link type keys are already full IRIs. */
export const LINKSET_CONTEXT = {
  "@context": {
    gs1: GS1_VOC,
    dcterms: "http://purl.org/dc/terms/",
    linkset: "@graph",
    anchor: "@id",
    href: "@id",
    itemDescription: "dcterms:description",
    title: "dcterms:title",
    type: "dcterms:format",
    hreflang: "dcterms:language",
  },
};
