/**
 * Some pages hand their data to their own script in an element the script then removes (Weidian's
 * `<script id="__rocker-render-inject__" data-obj="…">`). An isolated-world content script cannot read
 * the page's variables, so it keeps a copy of the attribute before the element goes: started at
 * document_start, the observer sees the parser insert it (the parser runs pending observers before
 * it runs the next script), and the copy goes into an inert `<script type="application/json">` the
 * adapter reads later. The page could forge either element; the adapter distrusts both alike.
 */
export function keepServerData(doc: Document, source: { selector: string; attribute: string }, targetId: string, signal: AbortSignal): void {
  const copy = (): boolean => {
    const el = doc.querySelector(source.selector);
    const value = el?.getAttribute(source.attribute);
    if (value === null || value === undefined) return false;
    let target = doc.getElementById(targetId);
    if (!target) {
      target = doc.createElement('script');
      target.id = targetId;
      target.setAttribute('type', 'application/json');
      doc.documentElement.append(target);
    }
    // textContent: the value is data, never markup.
    target.textContent = value;
    return true;
  };
  if (copy()) return;
  const observer = new MutationObserver(() => {
    if (copy()) observer.disconnect();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  // The element arrives with the first HTML or not at all: stop looking once the document is parsed.
  const stop = () => observer.disconnect();
  doc.addEventListener('DOMContentLoaded', stop, { once: true });
  signal.addEventListener('abort', stop, { once: true });
}
