// What the form islands did with JavaScript, for pages sent without the framework's scripts
// (lib/http/script-free-pages.ts): after a form post, move the focus to the error summary or to the
// result (GOV.UK: the summary takes the focus so a screen reader reads it first). One inline
// script with the request's CSP nonce, kept by the stripper; harmless where React does it too.
import { headers } from "next/headers";
import { NONCE_HEADER } from "@/lib/http/security-headers";

const FOCUS = 'var e=document.querySelector("[data-error-summary],[data-focus-on-load]");if(e){if(!e.hasAttribute("tabindex"))e.setAttribute("tabindex","-1");e.focus();}';

export async function FocusOnLoad() {
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return <script nonce={nonce} data-portal-keep="" dangerouslySetInnerHTML={{ __html: FOCUS }} />;
}
