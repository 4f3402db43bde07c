import { useI18n } from "../../i18n/index.js";

export type ChartBar = { key: string; label: string; value: number; text: string };

/**
 * Horizontal bars in SVG from the reading side (right in Arabic): a title and a description saying
 * every value, and the values listed in words under the chart.
 */
export function BarsChart({ id, title, bars, max }: { id: string; title: string; bars: ChartBar[]; max: number }) {
  const { locale } = useI18n();
  const rtl = locale === "ar";
  const row = 26;
  const height = Math.max(row, bars.length * row);
  const top = Math.max(1, max);
  return (
    <figure class="programme-chart">
      <figcaption aria-hidden="true">{title}</figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 100 ${height}`}
        preserveAspectRatio="none"
        width="100%"
        height={height}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>
          {bars.map((bar) => `${bar.label}: ${bar.text}`).join(locale === "ar" ? "؛ " : " ; ")}
        </desc>
        {bars.map((bar, index) => {
          const width = (Math.max(0, bar.value) / top) * 100;
          return (
            <g key={bar.key}>
              <rect class="chart-track" x={0} y={index * row + 4} width={100} height={row - 8} />
              <rect
                class={`chart-bar chart-bar-${bar.key}`}
                x={rtl ? 100 - width : 0}
                y={index * row + 4}
                width={width}
                height={row - 8}
              />
            </g>
          );
        })}
      </svg>
      <ul class="chart-values">
        {bars.map((bar) => (
          <li key={bar.key}>
            <bdi>{bar.label}</bdi>: {bar.text}
          </li>
        ))}
      </ul>
    </figure>
  );
}

/**
 * The average progress month by month: a line from the start (at the reading side) to this month,
 * with the months and their figures in words under it.
 */
export function LineChart({
  id,
  title,
  points,
}: {
  id: string;
  title: string;
  points: { label: string; value: number; text: string }[];
}) {
  const { locale } = useI18n();
  const rtl = locale === "ar";
  const width = 100;
  const height = 40;
  const step = points.length > 1 ? width / (points.length - 1) : 0;
  const xy = points.map((point, index) => {
    const x = points.length > 1 ? index * step : width / 2;
    return [rtl ? width - x : x, height - (point.value / 100) * height] as const;
  });
  return (
    <figure class="programme-chart">
      <figcaption aria-hidden="true">{title}</figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`-2 -2 ${width + 4} ${height + 4}`}
        preserveAspectRatio="none"
        width="100%"
        height={160}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{points.map((p) => `${p.label}: ${p.text}`).join(locale === "ar" ? "؛ " : " ; ")}</desc>
        <line class="chart-axis" x1={0} y1={height} x2={width} y2={height} />
        <polyline class="chart-line" points={xy.map(([x, y]) => `${x},${y}`).join(" ")} />
        {xy.map(([x, y], index) => (
          <circle key={points[index]!.label} class="chart-point" cx={x} cy={y} r={1.2} />
        ))}
      </svg>
      <ul class="chart-values chart-values-inline">
        {points.map((point) => (
          <li key={point.label}>
            <bdi>{point.label}</bdi>: {point.text}
          </li>
        ))}
      </ul>
    </figure>
  );
}
