/**
 * Resolves true as soon as `ready()` holds for the document, false when `timeoutMs` passes or the
 * signal aborts first. Watches DOM mutations instead of polling, and stops watching when it settles.
 */
export function whenReady(doc: Document, ready: () => boolean, opts: { timeoutMs: number; signal?: AbortSignal }): Promise<boolean> {
  return new Promise((resolve) => {
    if (opts.signal?.aborted) return resolve(false);
    if (safe(ready)) return resolve(true);
    let pending = false;
    const observer = new MutationObserver(() => {
      // Coalesce bursts of mutations (an SPA drawing a list) into one check per frame of work.
      if (pending) return;
      pending = true;
      queueMicrotask(() => {
        pending = false;
        if (safe(ready)) finish(true);
      });
    });
    const timer = setTimeout(() => finish(false), opts.timeoutMs);
    const onAbort = () => finish(false);
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    function finish(ok: boolean) {
      observer.disconnect();
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      resolve(ok);
    }
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  });
}

function safe(f: () => boolean): boolean {
  try {
    return f();
  } catch {
    return false;
  }
}
