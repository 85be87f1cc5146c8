// The seating chart as a grid of seats (rostrum on top, facing the hall), for the organiser and,
// small, for a participant with their own seat highlighted. Plain HTML: it prints and needs no
// JavaScript; it scrolls sideways on a phone when the hall is wide.
type Cell = { number: number; person: { id: string; attendeeName: string | null } | null };

export function SeatChart({ grid, highlightIds = [], compact = false }: { grid: { rostrum: Cell[]; rows: (Cell & { row: number })[][] }; highlightIds?: string[]; compact?: boolean }) {
  const size = compact ? "min-w-8 h-8 text-[10px]" : "min-w-16 h-12 text-xs";
  const seat = (c: Cell, key: string, rostrum = false) => {
    const mine = !!c.person && highlightIds.includes(c.person.id);
    return (
      <div
        key={key}
        data-mine={mine ? "yes" : undefined}
        aria-label={mine ? "我的座位" : undefined}
        className={`flex ${size} flex-col items-center justify-center rounded border px-0.5 ${mine ? "border-accent-700 bg-accent-600 font-bold text-white" : rostrum ? "border-amber-400 bg-amber-50" : "border-slate-300 bg-white"}`}
      >
        <span className={mine ? "text-white/80" : "text-slate-400"}>{c.number}</span>
        {!compact && <span className="max-w-16 truncate">{c.person?.attendeeName ?? ""}</span>}
      </div>
    );
  };
  if (grid.rostrum.length === 0 && grid.rows.length === 0) return <p className="text-slate-600">尚未设置座区。</p>;
  return (
    <div className="overflow-x-auto">
      <div className="inline-block space-y-1 p-1">
        {grid.rostrum.length > 0 && (
          <div>
            <p className="text-center text-xs text-slate-600">主席台</p>
            <div className="flex justify-center gap-1">{grid.rostrum.map((c) => seat(c, `r${c.number}`, true))}</div>
          </div>
        )}
        {grid.rows.map((row, i) => (
          <div key={i} className="flex items-center gap-1">
            <span className="w-10 shrink-0 text-right text-xs text-slate-500">第{i + 1}排</span>
            {row.map((c) => seat(c, `${i}-${c.number}`))}
          </div>
        ))}
      </div>
    </div>
  );
}
