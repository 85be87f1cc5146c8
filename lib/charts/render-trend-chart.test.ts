import { describe, expect, it } from "vitest";
import { renderTrendChart } from "./render-trend-chart";

describe("the trend chart", () => {
  it("renders an SVG on the server with one bar per period and the legend", () => {
    const svg = renderTrendChart({ labels: ["3月2日", "3月9日", "3月16日"], volume: [5, 0, 2], onTimePercent: [50, null, 100] });
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("受理量（件）");
    expect(svg).toContain("按时办结率（%）");
    expect(svg).toContain("3月9日");
    expect(svg).not.toContain("<script");
  });
});
