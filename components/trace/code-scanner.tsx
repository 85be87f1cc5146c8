// The camera scanner and photo reader (zxing in the browser). An island on the /trace page: the
// typed-code form and the photo form next to it work without JavaScript.
"use client";
import { useEffect, useRef, useState } from "react";

type Controls = { stop: () => void };

function go(text: string) {
  window.location.assign(`/trace?code=${encodeURIComponent(text)}`);
}

async function reader({ pure = false } = {}) {
  const [{ BrowserMultiFormatReader }, lib] = await Promise.all([import("@zxing/browser"), import("@zxing/library")]);
  const zxing = (lib as unknown as { default?: typeof lib }).default ?? lib;
  const hints = new Map();
  hints.set(zxing.DecodeHintType.POSSIBLE_FORMATS, [zxing.BarcodeFormat.QR_CODE, zxing.BarcodeFormat.CODE_128]);
  hints.set(zxing.DecodeHintType.TRY_HARDER, true);
  // The whole image is the code (a saved or forwarded label image): read its modules directly.
  if (pure) hints.set(zxing.DecodeHintType.PURE_BARCODE, true);
  return new BrowserMultiFormatReader(hints);
}

/** Pixels up to which a photo is also tried enlarged (a phone photo of 12 MP is only shrunk). */
const MAX_RETRY_PIXELS = 16_000_000;

/**
 * Reads a photo. zxing's QR detector sometimes takes a run of data modules for the third finder
 * pattern and gives up on a perfectly sharp code (zxing/zxing#1763; about one Digital Link label
 * in sixteen here, whatever the photo's size or the machine's load). Sampling the same picture at
 * another size moves that false candidate, so the photo is tried again at a few other sizes (as
 * lib/trace/decode-barcode.ts does on the server), and at last as an image that is nothing but
 * the code.
 */
async function decodePhotoImage(image: HTMLImageElement) {
  const r = await reader();
  try {
    return await r.decodeFromImageElement(image);
  } catch (first) {
    const pixels = image.naturalWidth * image.naturalHeight;
    for (const factor of [0.8, 1.5, 2 / 3, 0.5, 1.25]) {
      if (pixels * factor * factor > MAX_RETRY_PIXELS) continue;
      const canvas = document.createElement("canvas");
      canvas.width = Math.round(image.naturalWidth * factor);
      canvas.height = Math.round(image.naturalHeight * factor);
      const context = canvas.getContext("2d", { willReadFrequently: true });
      if (!context) break;
      context.fillStyle = "#fff";
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      try {
        return r.decodeFromCanvas(canvas);
      } catch {
        // not at this size either
      }
    }
    try {
      return await (await reader({ pure: true })).decodeFromImageElement(image);
    } catch {
      throw first;
    }
  }
}

export function CodeScanner() {
  const video = useRef<HTMLVideoElement>(null);
  const controls = useRef<Controls | null>(null);
  const [status, setStatus] = useState<"idle" | "asking" | "scanning" | "found">("idle");
  const [problem, setProblem] = useState<string | null>(null);
  const [isReady, setIsReady] = useState(false);

  useEffect(() => {
    setIsReady(true);
    return () => controls.current?.stop();
  }, []);

  async function startCamera() {
    setProblem(null);
    if (!navigator.mediaDevices?.getUserMedia) {
      setProblem("此浏览器或当前网址不支持调用摄像头。请改用下方“上传标签照片”，或输入标签上的追溯码。");
      return;
    }
    setStatus("asking");
    try {
      const r = await reader();
      // The back camera where there is one ("environment"); any camera otherwise.
      controls.current = await r.decodeFromConstraints({ video: { facingMode: { ideal: "environment" } }, audio: false }, video.current!, (result) => {
        if (result) {
          controls.current?.stop();
          setStatus("found");
          go(result.getText());
        }
      });
      setStatus("scanning");
    } catch (err) {
      setStatus("idle");
      const name = (err as { name?: string }).name;
      setProblem(
        name === "NotAllowedError" || name === "SecurityError"
          ? "您没有允许使用摄像头。可以在浏览器地址栏左侧的“锁”图标或手机“设置 → 应用 → 浏览器 → 权限”中允许摄像头后重试；也可以上传标签照片或输入追溯码。"
          : name === "NotFoundError" || name === "OverconstrainedError"
            ? "没有找到可用的摄像头。请上传标签照片或输入追溯码。"
            : "摄像头无法启动（可能正被其他应用使用）。请上传标签照片或输入追溯码。",
      );
    }
  }

  function stopCamera() {
    controls.current?.stop();
    controls.current = null;
    setStatus("idle");
  }

  async function readPhoto(file: File | undefined) {
    if (!file) return;
    setProblem(null);
    const url = URL.createObjectURL(file);
    try {
      // Wait until the image is fully decoded before zxing draws it onto its canvas.
      const image = new Image();
      image.src = url;
      await image.decode();
      const result = await decodePhotoImage(image);
      setStatus("found");
      go(result.getText());
    } catch (err) {
      console.warn("photo not decoded", err);
      setProblem("照片中没有识别到二维码或条码。请对准标签、拍得更近更清楚一些再试，或直接输入追溯码。");
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  // Nothing to show without JavaScript: the page's plain forms stand in.
  if (!isReady) return null;
  return (
    <div className="space-y-3" data-scanner-ready="true">
      <p className="text-sm text-slate-700">扫码需要使用手机摄像头。点击下方按钮后，浏览器会询问是否允许，请选择“允许”。画面只在您的手机上识别，不会上传。</p>
      <div className="flex flex-wrap gap-2">
        {status === "scanning" ? (
          <button type="button" onClick={stopCamera} className="rounded border-2 border-slate-400 bg-white px-5 py-3 font-semibold">
            关闭摄像头
          </button>
        ) : (
          <button type="button" onClick={startCamera} disabled={status === "asking"} className="rounded bg-brand-600 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
            {status === "asking" ? "正在打开摄像头…" : "打开摄像头扫码"}
          </button>
        )}
        <label className="cursor-pointer rounded border-2 border-brand-600 bg-white px-5 py-3 font-semibold text-brand-700">
          上传标签照片
          <input type="file" accept="image/*" className="sr-only" data-testid="photo-js" onChange={(e) => void readPhoto(e.target.files?.[0])} />
        </label>
      </div>
      <video ref={video} playsInline muted className={status === "scanning" ? "aspect-square w-full max-w-sm rounded bg-black object-cover" : "hidden"} aria-label="摄像头画面：请将标签上的二维码或条码放在画面中间" />
      {status === "scanning" && <p role="status">请将标签上的二维码或条码对准画面中间，保持稳定。</p>}
      {status === "found" && <p role="status">已识别，正在打开…</p>}
      {problem && (
        <p role="alert" className="rounded border-l-4 border-accent-600 bg-red-50 p-3 text-accent-700">
          {problem}
        </p>
      )}
    </div>
  );
}
