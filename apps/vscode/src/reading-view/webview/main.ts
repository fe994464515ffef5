// The reading view page: clicks reveal mentions in the editor, the legend filters labels, scrolling is synced
// both ways. It only ever inserts HTML produced by render.ts, which escapes all document text.
import type { FromPage, ToPage } from '../messages.js';

interface VsCodeApi {
  postMessage(message: FromPage): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const doc = document.getElementById('doc')!;
const legend = document.getElementById('legend')!;
const meta = document.getElementById('meta')!;

/** Where our own last scroll (following the editor) landed: that scroll must not be echoed back to it. */
let ownScrollY: number | null = null;

function scrollOurselves(top: number): void {
  window.scrollTo({ top });
  ownScrollY = window.scrollY;
}

function paragraphs(): HTMLElement[] {
  return Array.from(doc.querySelectorAll<HTMLElement>('p[data-start]'));
}

function paragraphAt(offset: number): HTMLElement | undefined {
  let found: HTMLElement | undefined;
  for (const p of paragraphs()) {
    if (Number(p.dataset.start) <= offset) found = p;
    else break;
  }
  return found;
}

function hiddenLabels(): string[] {
  return Array.from(document.body.classList)
    .filter((c) => c.startsWith('hide-'))
    .map((c) => c.slice(5));
}

function reveal(mark: HTMLElement): void {
  vscode.postMessage({ type: 'reveal', start: Number(mark.dataset.start), end: Number(mark.dataset.end) });
}

doc.addEventListener('click', (event) => {
  const mark = (event.target as Element | null)?.closest<HTMLElement>('mark.m');
  if (mark) reveal(mark);
});
doc.addEventListener('keydown', (event) => {
  const mark = (event.target as Element | null)?.closest<HTMLElement>('mark.m');
  if (mark && (event.key === 'Enter' || event.key === ' ')) {
    event.preventDefault();
    reveal(mark);
  }
});

legend.addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement;
  const label = input.dataset.label;
  if (!label) return;
  document.body.classList.toggle(`hide-${label}`, !input.checked);
  vscode.postMessage({ type: 'hiddenLabels', labels: hiddenLabels() });
});

let scrollQueued = false;
window.addEventListener('scroll', () => {
  if (scrollQueued) return;
  scrollQueued = true;
  requestAnimationFrame(() => {
    scrollQueued = false;
    if (ownScrollY !== null && Math.abs(window.scrollY - ownScrollY) < 2) return;
    ownScrollY = null;
    const top = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
    const first = paragraphs().find((p) => p.getBoundingClientRect().bottom > top);
    if (first) vscode.postMessage({ type: 'scrolled', offset: Number(first.dataset.start) });
  });
});

function handle(message: ToPage): void {
  switch (message.type) {
    case 'update': {
      const anchor = paragraphs().find((p) => p.getBoundingClientRect().bottom > 0);
      const anchorOffset = anchor ? Number(anchor.dataset.start) : 0;
      const anchorTop = anchor?.getBoundingClientRect().top ?? 0;
      doc.innerHTML = message.documentHtml;
      meta.innerHTML = message.metaHtml;
      legend.innerHTML = message.legendHtml;
      for (const input of Array.from(legend.querySelectorAll<HTMLInputElement>('input[data-label]'))) {
        input.checked = !document.body.classList.contains(`hide-${input.dataset.label}`);
      }
      // Keep the reader's place while the text changes under them.
      const again = paragraphAt(anchorOffset);
      if (again) {
        scrollOurselves(window.scrollY + again.getBoundingClientRect().top - anchorTop);
      }
      break;
    }
    case 'scrollTo': {
      const p = paragraphAt(message.offset);
      if (!p) break;
      const header = document.querySelector('header')?.getBoundingClientRect().height ?? 0;
      scrollOurselves(window.scrollY + p.getBoundingClientRect().top - header - 4);
      break;
    }
    case 'flash': {
      for (const mark of Array.from(doc.querySelectorAll<HTMLElement>('mark.m'))) {
        if (Number(mark.dataset.start) <= message.offset && message.offset < Number(mark.dataset.end)) {
          mark.classList.remove('flash');
          void mark.offsetWidth;
          mark.classList.add('flash');
        }
      }
      break;
    }
  }
}

window.addEventListener('message', (event: MessageEvent<ToPage>) => handle(event.data));
vscode.postMessage({ type: 'ready' });
