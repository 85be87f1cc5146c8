"use client";
// 手写签批: a <canvas> the leader signs on with a finger (pointer events), sent as a PNG data URL
// in a hidden field. The server checks it with sharp (lib/documents/signature-image.ts).
import { useEffect, useRef, useState } from "react";

export function SignaturePad({ name }: { name: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [value, setValue] = useState("");

  useEffect(() => {
    const c = canvas.current!;
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    c.width = c.clientWidth * ratio;
    c.height = c.clientHeight * ratio;
    const ctx = c.getContext("2d")!;
    ctx.scale(ratio, ratio);
    ctx.lineWidth = 3;
    ctx.lineCap = "round";
    ctx.lineJoin = "round";
    ctx.strokeStyle = "#111";
  }, []);

  const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const down = (e: React.PointerEvent<HTMLCanvasElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drawing.current = true;
    const { x, y } = point(e);
    const ctx = e.currentTarget.getContext("2d")!;
    ctx.beginPath();
    ctx.moveTo(x, y);
  };
  const move = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const { x, y } = point(e);
    const ctx = e.currentTarget.getContext("2d")!;
    ctx.lineTo(x, y);
    ctx.stroke();
  };
  const up = () => {
    if (!drawing.current) return;
    drawing.current = false;
    setValue(canvas.current!.toDataURL("image/png"));
  };
  const clear = () => {
    const c = canvas.current!;
    c.getContext("2d")!.clearRect(0, 0, c.width, c.height);
    setValue("");
  };
  return (
    <div className="mb-4">
      <span className="block font-semibold">
        手写签名<span className="font-normal text-slate-600">（选填，可只选常用语）</span>
      </span>
      <canvas
        ref={canvas}
        aria-label="签名区：用手指在此签名"
        data-testid="signature-pad"
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerLeave={up}
        className="mt-1 block h-40 w-full max-w-md touch-none rounded border-2 border-dashed border-slate-400 bg-white"
      />
      <div className="mt-1 flex items-center gap-3 text-sm">
        <button type="button" onClick={clear} className="rounded border border-slate-400 bg-white px-3 py-1">
          清除重签
        </button>
        <span aria-live="polite">{value ? "已签名" : "未签名"}</span>
      </div>
      <input type="hidden" name={name} value={value} />
    </div>
  );
}
