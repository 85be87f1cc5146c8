// The HTTP SMS gateway's request body comes from a JSON template (SMS_GATEWAY_TEMPLATE), so a
// county can point the portal at its own gateway without code. Placeholders stand inside JSON
// strings ("{{text}}"); values are JSON-escaped, so a quote or newline in a message cannot
// break the body or inject fields.

export const GATEWAY_PLACEHOLDERS = ["to", "text", "id", "template"] as const;
export type TGatewayValues = Record<(typeof GATEWAY_PLACEHOLDERS)[number], string>;

export const DEFAULT_GATEWAY_TEMPLATE = '{"to":"{{to}}","text":"{{text}}","id":"{{id}}"}';

const PLACEHOLDER = /\{\{\s*([a-zA-Z]+)\s*\}\}/g;

/** The request body for one message. */
export function renderGatewayBody({ template, values }: { template: string; values: TGatewayValues }): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    name in values ? JSON.stringify(values[name as keyof TGatewayValues]).slice(1, -1) : whole,
  );
}

/** Why a template cannot work (for lib/env.ts), or null when it can. */
export function checkGatewayTemplate(template: string): string | null {
  const names = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
  const unknown = names.filter((n) => !(GATEWAY_PLACEHOLDERS as readonly string[]).includes(n));
  if (unknown.length) return `has unknown placeholder {{${unknown[0]}}} (use {{to}}, {{text}}, {{id}}, {{template}})`;
  if (!names.includes("to") || !names.includes("text")) return "must contain {{to}} and {{text}}";
  try {
    JSON.parse(renderGatewayBody({ template, values: { to: "13800000000", text: 'a "quoted"\ntext', id: "x", template: "t" } }));
  } catch {
    return 'must be JSON with the placeholders inside strings, e.g. {"to":"{{to}}","text":"{{text}}"}';
  }
  return null;
}
