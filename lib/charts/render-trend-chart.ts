// Draws the statistics trend (volume as bars, on-time rate as a line) as an SVG string on the
// server with Apache ECharts' server-side renderer, so the chart needs no JavaScript in the
// browser. Text in the chart is only dates and fixed labels; the page also shows the same
// numbers as a table for screen readers and copying.
import "server-only";
import * as echarts from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, SVGRenderer]);

const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

export interface TrendChartInput {
  labels: string[];
  volume: number[];
  /** On-time rate in percent, null where no case was due yet. */
  onTimePercent: (number | null)[];
  width?: number;
  height?: number;
}

export function renderTrendChart({ labels, volume, onTimePercent, width = 720, height = 300 }: TrendChartInput): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: FONT, fontSize: 12 },
      color: ["#1d4ed8", "#c2410c"],
      legend: { top: 0, data: ["受理量（件）", "按时办结率（%）"] },
      grid: { left: 48, right: 52, top: 36, bottom: 48 },
      xAxis: { type: "category", data: labels, axisLabel: { hideOverlap: true } },
      yAxis: [
        { type: "value", name: "件", minInterval: 1 },
        { type: "value", name: "%", min: 0, max: 100, splitLine: { show: false } },
      ],
      series: [
        { name: "受理量（件）", type: "bar", data: volume, barMaxWidth: 32 },
        { name: "按时办结率（%）", type: "line", yAxisIndex: 1, data: onTimePercent, connectNulls: false, symbolSize: 6 },
      ],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
