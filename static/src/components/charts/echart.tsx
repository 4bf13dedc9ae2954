import { useEffect, useRef, useState } from 'react';
import { Box, Text, xcss } from '@atlaskit/primitives';
import type { ECharts, EChartsCoreOption } from 'echarts/core';
import { scheduleDraw } from './draw-queue';
import { loadECharts } from './load-echarts';

/** What a click on a data point hands back: the point's `name` (e.g. an issue key), if it has one. */
export type ChartClick = (name: string) => void;

/** The key of a point a click or tooltip names, for series whose data carries no `key` (typed arrays). */
export type PointKey = (seriesIndex: number, dataIndex: number) => string | undefined;

interface EChartProps {
  option: EChartsCoreOption;
  /** Fixed height, so the placeholder while ECharts loads takes the final space (no layout jump). */
  height: number;
  /** Describes the chart for screen readers (the "view as table" toggle holds the figures). */
  ariaLabel: string;
  onPointClick?: ChartClick;
  pointKey?: PointKey;
  testId?: string;
}

const frame = xcss({ width: '100%', position: 'relative' });

interface ClickParams {
  name?: unknown;
  data?: unknown;
  seriesIndex?: number;
  dataIndex?: number;
}

/**
 * One ECharts canvas. The library loads lazily on first use; the chart is drawn through the draw
 * queue (nearest the viewport first, in short tasks, see `draw-queue.ts`), synchronously, so
 * `data-drawn` turns true in the task that drew it. The instance is reused across option changes
 * (a control change redraws without remounting), resizes when its box really changes size, and is
 * disposed on unmount. Browser tests and the bench wait for `data-drawn`.
 */
export function EChart({ option, height, ariaLabel, onPointClick, pointKey, testId }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const click = useRef({ onPointClick, pointKey });
  useEffect(() => {
    click.current = { onPointClick, pointKey };
  }, [onPointClick, pointKey]);
  // The option last drawn completely (ECharts' `finished`: progressive series included).
  const [drawn, setDrawn] = useState<EChartsCoreOption | null>(null);
  const [instanceReady, setInstanceReady] = useState(false);
  const [failed, setFailed] = useState(false);
  const drawing = useRef<EChartsCoreOption | null>(null);

  // Library, instance and resize handling: once per mount.
  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | null = null;
    loadECharts().then(
      ({ echarts }) => {
        const el = ref.current;
        if (disposed || el === null) return;
        const instance = echarts.init(el, null, { renderer: 'canvas' });
        chart.current = instance;
        instance.on('click', (params: ClickParams) => {
          const data = params.data as { key?: unknown } | undefined;
          const key =
            typeof data?.key === 'string'
              ? data.key
              : typeof params.name === 'string' && params.name !== ''
                ? params.name
                : click.current.pointKey?.(params.seriesIndex ?? -1, params.dataIndex ?? -1);
          if (key !== undefined && key !== '') click.current.onPointClick?.(key);
        });
        // A ResizeObserver reports every box once when observed: redrawing then drew each chart
        // twice on first render. Resize only when the size differs from the one drawn at.
        let size = `${el.clientWidth}x${el.clientHeight}`;
        observer = new ResizeObserver(() => {
          const now = `${el.clientWidth}x${el.clientHeight}`;
          if (now === size) return;
          size = now;
          instance.resize();
        });
        observer.observe(el);
        instance.on('finished', () => setDrawn(drawing.current));
        setInstanceReady(true);
      },
      () => !disposed && setFailed(true),
    );
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  // Each new option is drawn through the queue; a newer option drops the queued one (cleanup).
  useEffect(() => {
    if (!instanceReady) return undefined;
    return scheduleDraw({
      element: () => ref.current,
      run: () => {
        const instance = chart.current;
        if (instance === null) return;
        drawing.current = option;
        // Synchronous (no lazyUpdate): the chart is drawn in this task, and the queue's next task
        // lets the browser paint it before the next chart.
        instance.setOption(option, { notMerge: true });
      },
    });
  }, [option, instanceReady]);

  return (
    <Box xcss={frame} testId={testId}>
      <div ref={ref} role="img" aria-label={ariaLabel} data-drawn={drawn !== null && drawn === option} style={{ height, width: '100%' }} />
      {failed && <Text color="color.text.danger">The chart library could not be loaded: use “View as table”, or reload the page.</Text>}
    </Box>
  );
}
