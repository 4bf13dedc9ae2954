/** Weekly throughput as a small line: no axes, the last week marked, the numbers in its label. */
export function Sparkline({ weeks, label }: { weeks: ReadonlyArray<{ week: string; count: number }>; label: string }) {
  const width = 100;
  const height = 24;
  const max = Math.max(1, ...weeks.map((w) => w.count));
  const step = weeks.length > 1 ? width / (weeks.length - 1) : 0;
  const points = weeks.map((w, i) => [weeks.length > 1 ? i * step : width / 2, height - 2 - (w.count / max) * (height - 4)] as const);
  const last = points[points.length - 1];
  return (
    <svg className="sf-pf-spark" viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" role="img" aria-label={`${label}: ${weeks.map((w) => w.count).join(', ')}`}>
      <polyline points={points.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join(' ')} fill="none" vectorEffect="non-scaling-stroke" />
      {last && <circle cx={last[0]} cy={last[1]} r="1.8" />}
    </svg>
  );
}
