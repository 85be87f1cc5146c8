"use client";
// The browser's position for a trip mark, only when the driver asks for it and allows it
// (navigator.geolocation). Fills three hidden inputs the server reads as optional; without
// JavaScript or without permission the form posts without a position.
import { useEffect, useState } from "react";

type Status = "idle" | "asking" | "done" | "refused" | "unavailable";

export function PositionField() {
  const [supported, setSupported] = useState(false);
  const [status, setStatus] = useState<Status>("idle");
  const [pos, setPos] = useState<{ lat: number; lng: number; accuracy: number } | null>(null);
  useEffect(() => setSupported(typeof navigator !== "undefined" && "geolocation" in navigator), []);

  function ask() {
    setStatus("asking");
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setPos({ lat: Math.round(p.coords.latitude * 1e6) / 1e6, lng: Math.round(p.coords.longitude * 1e6) / 1e6, accuracy: Math.round(p.coords.accuracy) });
        setStatus("done");
      },
      (e) => setStatus(e.code === e.PERMISSION_DENIED ? "refused" : "unavailable"),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  return (
    <>
      <input type="hidden" name="lat" value={pos?.lat ?? ""} />
      <input type="hidden" name="lng" value={pos?.lng ?? ""} />
      <input type="hidden" name="accuracy" value={pos?.accuracy ?? ""} />
      {supported && (
        <div className="mb-4 text-sm">
          {status === "done" && pos ? (
            <p role="status" className="text-green-800">已附上当前位置（精度约{pos.accuracy}米）。</p>
          ) : (
            <button type="button" onClick={ask} disabled={status === "asking"} className="rounded border-2 border-slate-400 bg-white px-3 py-2 font-semibold">
              {status === "asking" ? "正在获取位置…" : "附上当前位置（选填）"}
            </button>
          )}
          {status === "refused" && <p className="mt-1 text-slate-600">未获得定位权限，本次记录不含位置。</p>}
          {status === "unavailable" && <p className="mt-1 text-slate-600">暂时无法获取位置，本次记录不含位置。</p>}
        </div>
      )}
    </>
  );
}
