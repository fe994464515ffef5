import type { DocumentDate, Mention } from '@khabar/core';
import { isEntityLabel, LABEL_STYLES, styleOfLabel } from '../labels.js';

/**
 * The reading view's HTML, built as a pure function of the text and its mentions so it can be tested without
 * VS Code. Every piece of document text goes through `escapeHtml`: articles are untrusted input.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Mentions that can be drawn: known label, integer offsets inside the text, sorted, none overlapping. */
export function drawableMentions(text: string, mentions: readonly Mention[]): Mention[] {
  const valid = mentions.filter(
    (m) =>
      styleOfLabel(m.label) !== undefined &&
      Number.isInteger(m.start) &&
      Number.isInteger(m.end) &&
      m.start >= 0 &&
      m.end > m.start &&
      m.end <= text.length &&
      // A mention computed for another version of the text would land on the wrong words: skip it.
      (typeof m.text !== 'string' || text.slice(m.start, m.end) === m.text),
  );
  valid.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of valid) {
    const last = out[out.length - 1];
    if (!last || m.start >= last.end) out.push(m);
  }
  return out;
}

/** The tooltip: what the name refers to, or the TIMEX3 value of a date. */
export function mentionTooltip(mention: Mention): string {
  const title = styleOfLabel(mention.label)?.title ?? mention.label;
  if (mention.kind === 'entity') {
    const english = mention.canonicalEn ? ` · ${mention.canonicalEn}` : '';
    return `${title}: ${mention.canonical}${english}`;
  }
  const mod = mention.mod ? ` (${mention.mod})` : '';
  const hijri = mention.hijri ? ` · Hijri ${mention.hijri}` : '';
  return `${title}: TIMEX3 ${mention.value}${mod}${hijri}`;
}

function markOpen(m: Mention): string {
  return (
    `<mark class="m m-${m.label}" data-label="${m.label}" data-start="${m.start}" data-end="${m.end}"` +
    ` tabindex="0" title="${escapeHtml(mentionTooltip(m))}">`
  );
}

interface Line {
  readonly start: number;
  readonly end: number;
}

/** Lines as written, without their terminators (`\n`, `\r\n`, `\r`, U+2028, U+2029). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|[\n\r\u2028\u2029]/g;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    lines.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/**
 * The document as paragraphs, one per line as written, with each mention wrapped in a `<mark>`. A mention that
 * crosses a line break is drawn in pieces that all carry the whole mention's offsets.
 */
export function renderDocument(text: string, mentions: readonly Mention[]): string {
  const drawn = drawableMentions(text, mentions);
  let next = 0;
  const parts: string[] = [];
  for (const line of splitLines(text)) {
    if (line.start === line.end) {
      parts.push(`<p class="blank" data-start="${line.start}" data-end="${line.end}"></p>`);
      continue;
    }
    let html = '';
    let at = line.start;
    while (next < drawn.length && drawn[next]!.end <= line.start) next++;
    for (let i = next; i < drawn.length && drawn[i]!.start < line.end; i++) {
      const m = drawn[i]!;
      const from = Math.max(m.start, line.start);
      const to = Math.min(m.end, line.end);
      html += escapeHtml(text.slice(at, from));
      html += `${markOpen(m)}${escapeHtml(text.slice(from, to))}</mark>`;
      at = to;
    }
    html += escapeHtml(text.slice(at, line.end));
    parts.push(`<p dir="auto" data-start="${line.start}" data-end="${line.end}">${html}</p>`);
  }
  return parts.join('\n');
}

export type LabelCounts = Readonly<Record<string, number>>;

export function countLabels(text: string, mentions: readonly Mention[]): LabelCounts {
  const counts: Record<string, number> = Object.fromEntries(LABEL_STYLES.map((s) => [s.label, 0]));
  for (const m of drawableMentions(text, mentions)) counts[m.label] = (counts[m.label] ?? 0) + 1;
  return counts;
}

/** The legend: one checkbox per label, with its colour and count; unchecked labels are not highlighted. */
export function renderLegend(counts: LabelCounts, hidden: ReadonlySet<string> = new Set()): string {
  const items = LABEL_STYLES.map((s) => {
    const n = counts[s.label] ?? 0;
    const checked = hidden.has(s.label) ? '' : ' checked';
    const kind = isEntityLabel(s.label) ? 'entity' : 'temporal';
    return (
      `<label class="legend-item legend-${kind}${n === 0 ? ' empty' : ''}" data-label="${s.label}">` +
      `<input type="checkbox" data-label="${s.label}"${checked}>` +
      `<span class="swatch m-${s.label}"></span>${escapeHtml(s.title)} <span class="count">${n}</span></label>`
    );
  });
  return items.join('');
}

/** The line above the legend: the document date relative dates resolve against, or why nothing is marked. */
export function renderMeta(
  dct: DocumentDate | null,
  skipped: { readonly message: string } | null = null,
): string {
  if (skipped) return `<span class="skipped">${escapeHtml(skipped.message)}</span>`;
  if (!dct || dct.value === null)
    return '<span class="dct none">No document date: relative dates stay open</span>';
  const from =
    dct.source === 'dateline' ? 'the dateline' : dct.source === 'caller' ? 'the manifest' : dct.source;
  return `<span class="dct">Document date <bdi>${escapeHtml(dct.value)}</bdi> (from ${escapeHtml(from)})</span>`;
}

function paletteCss(): string {
  const vars = (pick: (s: (typeof LABEL_STYLES)[number]) => string) =>
    LABEL_STYLES.map((s) => `--k-${s.label}:${pick(s)};`).join('');
  return [
    `body{${vars((s) => s.dark)}}`,
    `body.vscode-light{${vars((s) => s.light)}}`,
    `body.vscode-high-contrast{${vars((s) => s.highContrastDark)}}`,
    `body.vscode-high-contrast.vscode-high-contrast-light,body.vscode-high-contrast-light{${vars((s) => s.highContrastLight)}}`,
    ...LABEL_STYLES.map(
      (s) =>
        `.m-${s.label}{--k:var(--k-${s.label})}` +
        `body.hide-${s.label} mark.m-${s.label}{color:inherit;border-bottom-color:transparent;background:none}`,
    ),
  ].join('\n');
}

const BASE_CSS = `
:root{color-scheme:light dark}
body{margin:0;padding:0 1.5rem 3rem;color:var(--vscode-editor-foreground);background:var(--vscode-editor-background)}
header{position:sticky;top:0;z-index:1;padding:.6rem 0;background:var(--vscode-editor-background);border-bottom:1px solid var(--vscode-panel-border,#8884);font-family:var(--vscode-font-family);font-size:12px}
#legend{display:flex;flex-wrap:wrap;gap:.35rem .9rem;margin-top:.4rem}
.legend-item{display:inline-flex;align-items:center;gap:.3rem;cursor:pointer;white-space:nowrap}
.legend-item.empty{opacity:.55}
.swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;background:var(--k)}
.count{font-variant-numeric:tabular-nums;opacity:.8}
.dct.none{opacity:.75}
.skipped{color:var(--vscode-editorWarning-foreground,#cca700)}
#doc{font-family:"Noto Naskh Arabic","Noto Sans Arabic","Amiri","Scheherazade New","Geeza Pro","Traditional Arabic","Arabic Typesetting","Segoe UI","Tahoma","DejaVu Sans",sans-serif;font-size:1.3rem;line-height:2.1;max-width:48rem;margin:1rem auto 0}
#doc p{margin:0 0 .6rem;white-space:pre-wrap;overflow-wrap:anywhere}
#doc p.blank{margin:0;height:.8rem}
mark.m{color:var(--k);background:color-mix(in srgb,var(--k) 14%,transparent);border-bottom:2px solid var(--k);border-radius:2px;cursor:pointer}
mark.m:hover,mark.m:focus{outline:1px solid var(--k);outline-offset:1px}
mark.m.flash{animation:flash 1.2s ease-out}
@keyframes flash{from{background:color-mix(in srgb,var(--k) 55%,transparent)}}
`;

export interface PageOptions {
  /** Fresh for every page: the only scripts and styles allowed to run are the ones carrying it. */
  readonly nonce: string;
  /** `webview.cspSource`: the origin of the extension's own files. */
  readonly cspSource: string;
  readonly scriptUri: string;
  readonly title: string;
  readonly text: string;
  readonly mentions: readonly Mention[];
  readonly dct: DocumentDate | null;
  readonly hidden?: ReadonlySet<string>;
  /** Why the server did not analyse the document, shown instead of the date. */
  readonly skipped?: { readonly message: string } | null;
}

/** The whole page, with a Content-Security-Policy that allows no remote resource and no unsigned script. */
export function renderPage(options: PageOptions): string {
  const { nonce, cspSource } = options;
  const csp = [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
    `img-src ${cspSource}`,
  ].join('; ');
  const hidden = options.hidden ?? new Set<string>();
  const bodyClasses = [...hidden].filter((l) => styleOfLabel(l)).map((l) => `hide-${l}`);
  return `<!DOCTYPE html>
<html lang="ar">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style nonce="${escapeHtml(nonce)}">${BASE_CSS}${paletteCss()}</style>
</head>
<body class="${bodyClasses.join(' ')}">
<header dir="ltr"><div id="meta">${renderMeta(options.dct, options.skipped)}</div><div id="legend">${renderLegend(
    countLabels(options.text, options.mentions),
    hidden,
  )}</div></header>
<main id="doc" dir="rtl" lang="ar">${renderDocument(options.text, options.mentions)}</main>
<script nonce="${escapeHtml(nonce)}" src="${escapeHtml(options.scriptUri)}"></script>
</body>
</html>`;
}
