"use client";
// The photo field of the complaint form. Without JavaScript it is the plain file input (the
// server checks type and size). With JavaScript, on slow rural networks, each chosen photo is
// shrunk in the browser before the upload (browser-image-compression: a phone's 4–8 MB JPEG
// becomes a few hundred KB, and the canvas re-encoding drops its EXIF), the size is checked before
// anything is sent, and a preview shows what will be uploaded.
import { useEffect, useRef, useState } from "react";
import { MAX_PHOTO_BYTES } from "@/lib/complaints/photo-limits";

const ACCEPT = ["image/jpeg", "image/png", "image/webp"];
/** Photos above this are shrunk; smaller ones are sent as they are. */
const SHRINK_ABOVE_BYTES = 1024 * 1024;
const LIMIT_MB = MAX_PHOTO_BYTES / 1024 / 1024;

export const formatBytes = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)}MB` : `${Math.max(1, Math.round(n / 1024))}KB`);

interface Chosen {
  file: File;
  url: string;
  originalSize: number;
}

export function PhotoPicker({ slots, describedBy }: { slots: number; describedBy: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [isEnhanced, setIsEnhanced] = useState(false);
  const [chosen, setChosen] = useState<Chosen[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [isBusy, setIsBusy] = useState(false);

  useEffect(() => {
    setIsEnhanced(true);
    // After a post React resets the form: the photos were sent (the page lists them as uploaded),
    // so the preview of chosen ones goes too.
    const form = input.current?.form;
    const clear = () => {
      setChosen([]);
      setProblems([]);
    };
    form?.addEventListener("reset", clear);
    return () => form?.removeEventListener("reset", clear);
  }, []);
  useEffect(() => () => chosen.forEach((c) => URL.revokeObjectURL(c.url)), [chosen]);

  async function onChange() {
    const el = input.current;
    if (!el?.files) return;
    const files = Array.from(el.files);
    const found: string[] = [];
    const kept: Chosen[] = [];
    setIsBusy(true);
    const { default: imageCompression } = await import("browser-image-compression");
    for (const file of files) {
      if (kept.length >= slots) {
        found.push(`最多还能上传${slots}张照片，“${file.name}”没有选上。`);
        continue;
      }
      if (!ACCEPT.includes(file.type)) {
        found.push(`“${file.name}”不是JPEG、PNG或WebP格式的照片，没有选上。`);
        continue;
      }
      let out = file;
      if (file.size > SHRINK_ABOVE_BYTES) {
        try {
          // No web worker: its default loads the library from a CDN, which the CSP (and the
          // county's network) may not allow.
          const small = await imageCompression(file, { maxSizeMB: 1, maxWidthOrHeight: 1920, useWebWorker: false, initialQuality: 0.8 });
          if (small.size < file.size) out = new File([small], file.name, { type: small.type, lastModified: file.lastModified });
        } catch (err) {
          console.warn("photo not shrunk", err);
        }
      }
      if (out.size > MAX_PHOTO_BYTES) {
        found.push(`“${file.name}”有${formatBytes(file.size)}，超过了每张${LIMIT_MB}MB的限制，没有选上。请换一张，或拍得小一些。`);
        continue;
      }
      kept.push({ file: out, url: URL.createObjectURL(out), originalSize: file.size });
    }
    // What the form posts is the shrunk files: put them back into the input.
    try {
      const transfer = new DataTransfer();
      kept.forEach((c) => transfer.items.add(c.file));
      el.files = transfer.files;
    } catch {
      // A browser without a constructible DataTransfer posts the originals; the server checks them.
    }
    setChosen(kept);
    setProblems(found);
    setIsBusy(false);
  }

  return (
    <>
      <input
        ref={input}
        id="field-photos"
        name="photos"
        type="file"
        multiple
        accept={ACCEPT.join(",")}
        aria-describedby={describedBy}
        onChange={isEnhanced ? () => void onChange() : undefined}
        className="mt-1 block w-full rounded border-2 border-dashed border-slate-500 bg-white p-3 text-base file:mr-3 file:rounded file:border-0 file:bg-brand-600 file:px-4 file:py-2 file:font-semibold file:text-white"
      />
      {isEnhanced && <p className="mt-1 text-sm text-slate-700">选好的照片会先在手机上缩小再上传，省流量也更快。</p>}
      {isBusy && (
        <p role="status" className="mt-2">
          正在缩小照片，请稍候…
        </p>
      )}
      {problems.length > 0 && (
        <ul role="alert" className="mt-2 space-y-1 border-l-4 border-accent-600 bg-red-50 p-3 font-semibold text-accent-700">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {chosen.length > 0 && (
        <div className="mt-2 rounded border border-slate-300 bg-white p-3" data-testid="photo-preview">
          <p className="font-semibold">将要上传的照片</p>
          <ul className="mt-2 grid grid-cols-3 gap-2">
            {chosen.map((c) => (
              <li key={c.url} className="text-sm">
                {/* eslint-disable-next-line @next/next/no-img-element -- a local object URL, nothing to optimise */}
                <img src={c.url} alt={`预览：${c.file.name}`} className="aspect-square w-full rounded object-cover" />
                <span className="block break-all">
                  {formatBytes(c.file.size)}
                  {c.file.size < c.originalSize && <>（原{formatBytes(c.originalSize)}，已缩小）</>}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
