import { useEffect, useRef, useState } from 'react';
import { Box, Text, xcss } from '@atlaskit/primitives';
import type { ECharts, EChartsCoreOption } from 'echarts/core';
import { loadECharts } from './load-echarts';

/** What a click on a data point hands back: the point's `name` (e.g. an issue key), if it has one. */
export type ChartClick = (name: string) => void;

interface EChartProps {
  option: EChartsCoreOption;
  /** Fixed height, so the placeholder while ECharts loads takes the final space (no layout jump). */
  height: number;
  /** Describes the chart for screen readers (the "view as table" toggle holds the figures). */
  ariaLabel: string;
  onPointClick?: ChartClick;
  testId?: string;
}

const frame = xcss({ width: '100%', position: 'relative' });

/**
 * One ECharts canvas. The library loads lazily on first use; the instance is reused across option
 * changes (a control change redraws without remounting), resizes with its box, and is disposed on
 * unmount. `data-drawn` turns true after the first completed render (browser tests wait for it).
 */
export function EChart({ option, height, ariaLabel, onPointClick, testId }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const click = useRef(onPointClick);
  useEffect(() => {
    click.current = onPointClick;
  }, [onPointClick]);
  const [state, setState] = useState<'loading' | 'drawn' | 'failed'>('loading');

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | null = null;
    loadECharts().then(
      ({ echarts }) => {
        const el = ref.current;
        if (disposed || el === null) return;
        const instance = echarts.init(el, null, { renderer: 'canvas' });
        chart.current = instance;
        instance.on('finished', () => setState('drawn'));
        instance.on('click', (params: { name?: unknown; data?: unknown }) => {
          const data = params.data as { key?: unknown } | undefined;
          const name = typeof data?.key === 'string' ? data.key : typeof params.name === 'string' ? params.name : '';
          if (name !== '') click.current?.(name);
        });
        observer = new ResizeObserver(() => instance.resize());
        observer.observe(el);
      },
      () => !disposed && setState('failed'),
    );
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    let cancelled = false;
    const apply = (): void => {
      if (cancelled) return;
      if (chart.current === null) {
        // ECharts still loading: try again on the next frame.
        requestAnimationFrame(apply);
        return;
      }
      chart.current.setOption(option, { notMerge: true, lazyUpdate: true });
    };
    apply();
    return () => {
      cancelled = true;
    };
  }, [option]);

  return (
    <Box xcss={frame} testId={testId}>
      <div ref={ref} role="img" aria-label={ariaLabel} data-drawn={state === 'drawn'} style={{ height, width: '100%' }} />
      {state === 'failed' && (
        <Text color="color.text.danger">The chart library could not be loaded: use “View as table”, or reload the page.</Text>
      )}
    </Box>
  );
}
