// GeoReport v2 service discovery (the spec's discovery.{json,xml}): where the endpoint is, which
// specification and formats it speaks, and who to contact.
import { siteConfig } from "../site";

/** When the endpoint's behaviour last changed (multiple service_code, XML, W3C-DTF dates). */
export const OPEN311_CHANGESET = "2026-11-29T00:00:00Z";

export function open311Discovery() {
  const root = siteConfig().url.replace(/\/+$/, "");
  return {
    changeset: OPEN311_CHANGESET,
    contact: `${siteConfig().name}：拨打12345政务服务便民热线，或在 ${root}/complaints/new 在线反映`,
    key_service: `${root}/officer（由管理员为对接系统发放 api_key）`,
    endpoints: [
      {
        specification: "http://wiki.open311.org/GeoReport_v2",
        url: `${root}/api/open311/v2`,
        changeset: OPEN311_CHANGESET,
        type: "production",
        formats: ["text/xml", "application/json"],
      },
    ],
  };
}
