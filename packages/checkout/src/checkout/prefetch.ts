const USE = ['pointerdown', 'keydown', 'focusin'] as const;

/**
 * Runs `work` once, the first time the customer uses `host` (a pointer, a key, focus). Returns a function that runs
 * it now instead (once all the same).
 */
export function whenUsed(host: HTMLElement, work: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    for (const type of USE) host.removeEventListener(type, run, true);
    work();
  };
  for (const type of USE) host.addEventListener(type, run, { capture: true, passive: true });
  return run;
}

/**
 * Runs `work` once, when the page has loaded and the browser is idle (`requestIdleCallback`, or a short timeout where
 * there is none), or as soon as the customer starts using `host`, whichever is first: prefetching never competes
 * with the partner's page load.
 */
export function whenIdleOrUsed(host: HTMLElement, work: () => void): void {
  const run = whenUsed(host, work);
  const idle = () =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 5000 }) : setTimeout(run, 200);
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}
