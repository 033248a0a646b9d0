// Work that must not hold up the first rows: it runs in a task `delayMs` after the next
// frame is painted. Long tasks queued right after that frame would delay the frames that
// follow it, so the delay gives the page a moment before they run.

/** Runs `run` `delayMs` after the next paint; returns a cancel function. */
export function afterPaint(run: () => void, delayMs: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(run, delayMs)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
