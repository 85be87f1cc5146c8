// GET /ns/trace : the terms of this portal's EPCIS extension namespace ("cn:", {origin}/ns/trace#),
// documented where the namespace URI points (lib/trace/epcis.ts).
import { EXTENSION_TERMS } from "@/lib/trace/epcis-extension-terms";
import { escapeXml } from "@/lib/trace/render-label";

export function GET() {
  const rows = EXTENSION_TERMS.map(([term, where, meaning]) => `<tr id="${term}"><td><code>cn:${term}</code></td><td>${escapeXml(where)}</td><td>${escapeXml(meaning)}</td></tr>`).join("");
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>EPCIS 扩展字段（cn:）</title>
<style>body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}table{border-collapse:collapse}td,th{border:1px solid #cbd5e1;padding:.3rem .5rem;text-align:left;vertical-align:top}</style></head>
<body><h1>农产品追溯 EPCIS 2.0 导出的扩展字段</h1><p>命名空间 <code>…/ns/trace#</code>，在导出文档的 <code>@context</code> 中以前缀 <code>cn:</code> 声明。其余字段均为 EPCIS 2.0 / CBV 2.0 标准字段。</p>
<table><thead><tr><th>字段</th><th>出现在</th><th>含义</th></tr></thead><tbody>${rows}</tbody></table></body></html>`;
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=86400" } });
}
