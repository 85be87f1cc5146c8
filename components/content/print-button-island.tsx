"use client";
// A print button for officer pages (a React island, so it also appears after client-side
// navigation; public guide pages use the script-free print-button.tsx). It exists only with
// JavaScript: the page prints cleanly from the browser's own menu either way (app/globals.css).
import { useEffect, useState } from "react";

export function PrintButtonIsland({ label = "打印本指南" }: { label?: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  return (
    <button type="button" onClick={() => window.print()} className="rounded border-2 border-slate-400 bg-white px-4 py-2 font-semibold hover:bg-slate-100">
      {label}
    </button>
  );
}
