// A print button that exists only with JavaScript (the page prints cleanly from the browser's own
// menu either way: see the print rules in app/globals.css). Guide pages are sent without the
// framework's scripts (lib/http/script-free-pages.ts), so the button is one tiny inline script
// with the request's CSP nonce, kept by the stripper (data-portal-keep), instead of a React island.
import { headers } from "next/headers";
import { NONCE_HEADER } from "@/lib/http/security-headers";

const SHOW_AND_WIRE = 'var b=document.getElementById("print-page");if(b){b.hidden=false;b.onclick=function(){window.print()}}';

export async function PrintButton() {
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return (
    <>
      <button type="button" id="print-page" hidden className="rounded border-2 border-slate-400 bg-white px-4 py-2 font-semibold hover:bg-slate-100">
        打印本指南
      </button>
      <script nonce={nonce} data-portal-keep="" dangerouslySetInnerHTML={{ __html: SHOW_AND_WIRE }} />
    </>
  );
}
