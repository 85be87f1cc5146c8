import type { NextConfig } from "next";

// Security headers for every response (DESIGN.md "Bad input, faults, security").
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=(self)" },
  {
    key: "Content-Security-Policy",
    value: [
      "default-src 'self'",
      "img-src 'self' data: blob:",
      "style-src 'self' 'unsafe-inline'",
      // Next's inline bootstrap scripts need 'unsafe-inline' without a nonce setup.
      "script-src 'self' 'unsafe-inline'" + (process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""),
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "form-action 'self'",
      "base-uri 'self'",
    ].join("; "),
  },
];

const nextConfig: NextConfig = {
  // PGlite and the adapters must stay outside the bundle, or PGlite loses its data files. The
  // barcode libraries too: Node loads their CommonJS builds, whose default export lib/trace uses;
  // and pdfkit, which reads its font metrics from files next to its code; and jieba, a native addon.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/jieba", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg", "bcryptjs", "bwip-js", "@zxing/library", "pdfkit"],
  poweredByHeader: false,
  experimental: {
    // A complaint carries up to 3 photos of 5 MB each (lib/complaints/photos.ts) in one form post.
    serverActions: { bodySizeLimit: "16mb" },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
