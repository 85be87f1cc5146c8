// A horizontal bar chart (counts by category, by town) as an SVG string, with ECharts' server
// renderer like the trend chart, so it needs no JavaScript in the browser. The page shows the
// same numbers as a table.
import "server-only";
import * as echarts from "echarts/core";
import { BarChart } from "echarts/charts";
import { GridComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";

echarts.use([BarChart, GridComponent, SVGRenderer]);

const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

export function renderBarChart({ labels, values, width = 560, height }: { labels: string[]; values: number[]; width?: number; height?: number }): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height: height ?? Math.max(120, 40 + labels.length * 28) });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: FONT, fontSize: 12 },
      color: ["#b91c1c"],
      grid: { left: 8, right: 40, top: 8, bottom: 24, containLabel: true },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: [...labels].reverse(), axisLabel: { width: 110, overflow: "truncate" } },
      series: [{ type: "bar", data: [...values].reverse(), barMaxWidth: 20, label: { show: true, position: "right" } }],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
