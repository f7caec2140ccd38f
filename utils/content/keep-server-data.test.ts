// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { keepServerData } from './keep-server-data';

const SOURCE = { selector: 'script#__rocker-render-inject__[data-obj]', attribute: 'data-obj' };
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('keepServerData', () => {
  it('copies the data of an element inserted and then removed by the page', async () => {
    document.documentElement.innerHTML = '<head></head><body></body>';
    keepServerData(document, SOURCE, 'kept', new AbortController().signal);
    const el = document.createElement('script');
    el.id = '__rocker-render-inject__';
    el.setAttribute('data-obj', '{"list":{"status":{"code":0}},"x":"</script><img src=x onerror=alert(1)>"}');
    document.body.append(el);
    await flush();
    el.remove();
    const kept = document.getElementById('kept')!;
    expect(kept.getAttribute('type')).toBe('application/json');
    expect(JSON.parse(kept.textContent!)).toEqual({ list: { status: { code: 0 } }, x: '</script><img src=x onerror=alert(1)>' });
    expect(document.querySelector('img')).toBeNull();
  });

  it('copies at once when the element is already there, and does nothing without it', () => {
    document.documentElement.innerHTML = '<head></head><body><script id="__rocker-render-inject__" data-obj="{}"></script></body>';
    keepServerData(document, SOURCE, 'kept', new AbortController().signal);
    expect(document.getElementById('kept')?.textContent).toBe('{}');
    document.documentElement.innerHTML = '<head></head><body></body>';
    keepServerData(document, SOURCE, 'kept2', new AbortController().signal);
    expect(document.getElementById('kept2')).toBeNull();
  });

  it('stops watching when aborted', async () => {
    document.documentElement.innerHTML = '<head></head><body></body>';
    const ac = new AbortController();
    keepServerData(document, SOURCE, 'kept3', ac.signal);
    ac.abort();
    document.body.insertAdjacentHTML('beforeend', '<script id="__rocker-render-inject__" data-obj="{}"></script>');
    await flush();
    expect(document.getElementById('kept3')).toBeNull();
  });
});
