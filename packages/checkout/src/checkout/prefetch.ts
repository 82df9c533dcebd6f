/**
 * Runs `work` once, when the page has loaded and the browser is idle (`requestIdleCallback`, or a timeout where
 * there is none), or as soon as the customer starts using `host` (a pointer, a key, focus), whichever is first:
 * prefetching never competes with the partner's page load. Returns a function that cancels it.
 */
export function whenIdleOrUsed(host: HTMLElement, work: () => void): () => void {
  const events = ['pointerdown', 'keydown', 'focusin'] as const;
  let done = false;
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    done = true;
    for (const type of events) host.removeEventListener(type, run, true);
    window.removeEventListener('load', schedule);
    if (idle !== undefined) cancelIdleCallback(idle);
    clearTimeout(timer);
  };
  function run(): void {
    if (done) return;
    cancel();
    work();
  }
  function schedule(): void {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: 5000 });
    else timer = setTimeout(run, 200);
  }
  for (const type of events) host.addEventListener(type, run, { capture: true, passive: true });
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
  return cancel;
}

/** Runs `work` once, the first time the customer uses `host` (a pointer, a key, focus). */
export function whenUsed(host: HTMLElement, work: () => void): void {
  const events = ['pointerdown', 'keydown', 'focusin'] as const;
  const run = () => {
    for (const type of events) host.removeEventListener(type, run, true);
    work();
  };
  for (const type of events) host.addEventListener(type, run, { capture: true, passive: true });
}
