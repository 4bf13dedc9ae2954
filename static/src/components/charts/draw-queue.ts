/**
 * Charts draw one at a time, nearest the viewport first, starting after the frame that shows the
 * page around them has been painted, in tasks of about 40 ms (a slow chart has one to itself).
 * Eight charts drawn in one go held the main thread for about a second before anything new
 * showed; drawn in short tasks, the headline tiles paint at once, the charts in view follow, and
 * the browser paints (and answers input) between tasks. Nothing waits for scrolling or idle time:
 * every chart is drawn right after.
 */
export interface DrawJob {
  /** Where the chart sits: jobs for elements in (or nearest) the viewport run first. */
  element: () => HTMLElement | null;
  run: () => void;
}

const queue = new Set<DrawJob>();
let pumping = false;
let started = false;

/** Whether any chart has been drawn through the queue yet (warm-echarts.ts stands back then). */
export const drawingStarted = (): boolean => started;

/** Distance of an element from the viewport: 0 when visible, else pixels above or below it. */
function distance(el: HTMLElement | null): number {
  if (el === null || !el.isConnected) return Number.POSITIVE_INFINITY;
  const r = el.getBoundingClientRect();
  const h = window.innerHeight;
  if (r.bottom > 0 && r.top < h) return 0;
  return r.top >= h ? r.top - h : -r.bottom;
}

function nearest(): DrawJob | undefined {
  let best: DrawJob | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const job of queue) {
    const d = distance(job.element());
    if (best === undefined || d < bestDistance) {
      best = job;
      bestDistance = d;
    }
  }
  return best;
}

/** A macrotask that does not wait out setTimeout's clamping: the next one runs as soon as it can. */
const channel = typeof MessageChannel === 'undefined' ? null : new MessageChannel();
const nextTask = (fn: () => void): void => {
  if (channel === null) {
    setTimeout(fn, 0);
    return;
  }
  channel.port1.onmessage = () => fn();
  channel.port2.postMessage(0);
};

/**
 * A task keeps drawing charts while it has run for less than this (ms): each task ends with a
 * frame (style, paint, and the compositor's copy of every changed canvas), about 10–35 ms each on
 * the 2-core machine, so quick charts share one; a slow one (the first, compiling ECharts' code)
 * still gets a frame of its own.
 */
const TASK_BUDGET_MS = 40;

function step(): void {
  const began = performance.now();
  let more = true;
  try {
    for (;;) {
      const job = nearest();
      if (job === undefined) {
        more = false;
        return;
      }
      queue.delete(job);
      started = true;
      job.run();
      if (performance.now() - began >= TASK_BUDGET_MS) return;
    }
  } finally {
    // Also after a chart threw: the others are still drawn.
    if (more) nextTask(step);
    else pumping = false;
  }
}

/**
 * Queue a chart's drawing. The first job of a batch waits for the next frame to be painted (the
 * page's new content shows before any chart work), then jobs run in short tasks.
 */
export function scheduleDraw(job: DrawJob): () => void {
  queue.add(job);
  if (!pumping) {
    pumping = true;
    requestAnimationFrame(() => nextTask(step));
  }
  return () => {
    queue.delete(job);
  };
}
