/**
 * Charts draw one at a time, each in its own task, nearest the viewport first, starting after the
 * frame that shows the page around them has been painted. Eight charts drawn in one go held the
 * main thread for about a second before anything new showed; drawn one per task, the headline
 * tiles paint at once, the charts in view follow, and the browser paints (and answers input)
 * between two charts. Nothing waits for scrolling or idle time: every chart is drawn right after.
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

function step(): void {
  const job = nearest();
  if (job === undefined) {
    pumping = false;
    return;
  }
  queue.delete(job);
  started = true;
  try {
    job.run();
  } finally {
    nextTask(step);
  }
}

/**
 * Queue a chart's drawing. The first job of a batch waits for the next frame to be painted (the
 * page's new content shows before any chart work), then jobs run one per task.
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
