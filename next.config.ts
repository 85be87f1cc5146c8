import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_BODY_BYTES } from "./lib/http/request-guard";
import { staticSecurityHeaders } from "./lib/http/security-headers";

// Every response but the build's files gets its security headers from proxy.ts (with the CSP's
// per-request nonce; the framework's own 404 and 500 pages too). The build's files under
// /_next/static, which the proxy skips, get the static ones here (HSTS comes with every page).
const staticFileHeaders = Object.entries(staticSecurityHeaders("")).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  // PGlite and the adapters must stay outside the bundle, or PGlite loses its data files. The
  // barcode libraries too: Node loads their CommonJS builds, whose default export lib/trace uses;
  // and pdfkit, which reads its font metrics from files next to its code; and jieba, a native addon.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/jieba", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg", "bcryptjs", "bwip-js", "@zxing/library", "pdfkit"],
  poweredByHeader: false,
  experimental: {
    // A complaint carries up to 3 photos of 5 MB each (lib/complaints/photos.ts) in one form post.
    serverActions: { bodySizeLimit: "16mb" },
    // proxy.ts reads server-action bodies to refuse undecodable ones. Next hands the proxy (and
    // then the route) only the first 10 MB by default, so a 12 MB upload within every limit
    // arrived cut off and was refused as broken: the proxy may read as much as any route takes.
    // Past its limit Next drops the chunk that crosses it and the rest, so the proxy never sees
    // more than the limit: with a megabyte of margin, a longer body without a Content-Length
    // (chunked) shows as longer than MAX_BODY_BYTES (413), not as cut off and broken (400).
    proxyClientMaxBodySize: MAX_BODY_BYTES + 1024 * 1024,
  },
  async headers() {
    return [{ source: "/_next/static/:path*", headers: staticFileHeaders }];
  },
};

// next-intl (English pages for investors): messages/<locale>.json through i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

export default withNextIntl(nextConfig);
