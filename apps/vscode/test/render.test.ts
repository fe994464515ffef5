import { describe, expect, it } from 'vitest';
import {
  countLabels,
  drawableMentions,
  escapeHtml,
  mentionTooltip,
  renderDocument,
  renderLegend,
  renderMeta,
  renderPage,
  splitLines,
} from '../src/reading-view/render.js';
import { entity, temporal } from './fixtures.js';

const TEXT = 'وصل الوفد إلى دمشق أمس.\n\nوقال المتحدث باسم الأمم المتحدة إن المحادثات ستستمر.';
const MENTIONS = [
  entity(TEXT, 'دمشق', 'LOC', 'Damascus'),
  temporal(TEXT, 'أمس', 'DATE', '2016-12-04'),
  entity(TEXT, 'الأمم المتحدة', 'ORG', 'United Nations'),
];

/** Text content of an HTML fragment: tags dropped, entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('renderDocument', () => {
  it('wraps each mention in a mark carrying its label and offsets, one paragraph per line as written', () => {
    const html = renderDocument(TEXT, MENTIONS);
    expect(html).toContain('<mark class="m m-LOC" data-label="LOC" data-start="14" data-end="18"');
    expect(html.match(/<mark /g)).toHaveLength(3);
    expect(html.match(/<p /g)).toHaveLength(3);
    expect(html).toContain('<p class="blank"');
    const paragraphs = [...html.matchAll(/<p dir="auto" data-start="(\d+)" data-end="(\d+)">(.*?)<\/p>/g)];
    for (const [, start, end, inner] of paragraphs) {
      expect(textOf(inner!)).toBe(TEXT.slice(Number(start), Number(end)));
    }
  });

  it('keeps the text intact: dropping the tags gives back every line', () => {
    const lines = renderDocument(TEXT, MENTIONS).split('\n').map(textOf);
    expect(lines.join('\n')).toBe(TEXT);
  });

  it('escapes hostile text everywhere, in content and in tooltips', () => {
    const hostile = 'قال <script>alert(1)</script> "x" & <img src=x onerror=alert(2)> \'y\' </mark></p>';
    const m = {
      ...entity(hostile, '<script>', 'PER'),
      canonical: '"><script>alert(3)</script>',
      canonicalEn: "' onmouseover='x",
    };
    const html = renderDocument(hostile, [m]);
    expect(html).not.toMatch(/<script|<img|<\/mark><\/p>[^\n]*<\/mark>/);
    expect(html).not.toContain("onmouseover='");
    expect(textOf(html)).toBe(hostile);
    expect(html).toContain(
      'title="People: &quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt; · &#39; onmouseover=&#39;x"',
    );
  });

  it('draws a mention that crosses a line break in pieces, each with the whole offsets', () => {
    const text = 'مجلس\nالأمن';
    const m = { ...entity(text, 'مجلس\nالأمن', 'ORG') };
    const html = renderDocument(text, [m]);
    expect(html.match(/data-start="0" data-end="10"/g)).toHaveLength(2);
  });

  it('handles CRLF, CR and Unicode line separators without losing offsets', () => {
    expect(splitLines('a\r\nb\rc\u2028d\n')).toEqual([
      { start: 0, end: 1 },
      { start: 3, end: 4 },
      { start: 5, end: 6 },
      { start: 7, end: 8 },
      { start: 9, end: 9 },
    ]);
    const text = 'حلب\r\nدمشق';
    const html = renderDocument(text, [entity(text, 'دمشق', 'LOC')]);
    expect(html).toContain('data-start="5" data-end="9"');
    expect(html).not.toContain('\r');
  });

  it('skips mentions it cannot draw faithfully: out of range, overlapping, unknown label, stale text', () => {
    const ok = entity(TEXT, 'دمشق', 'LOC');
    const bad = [
      { ...ok, start: -1 },
      { ...ok, end: TEXT.length + 5 },
      { ...ok, start: 20, end: 10 },
      { ...ok, start: 1.5 },
      { ...ok, start: ok.start + 1, end: ok.end + 1, text: TEXT.slice(ok.start + 1, ok.end + 1) },
      { ...ok, label: 'WHO' as 'LOC' },
      { ...ok, start: 0, end: 3, text: 'xyz' },
    ];
    expect(drawableMentions(TEXT, [ok, ...bad])).toEqual([ok]);
    expect(() => renderDocument(TEXT, bad)).not.toThrow();
  });

  it('renders empty text and lone surrogates without throwing', () => {
    expect(renderDocument('', [])).toBe('<p class="blank" data-start="0" data-end="0"></p>');
    expect(() => renderDocument('\ud800x\udfff', [])).not.toThrow();
  });
});

describe('tooltips, legend and page', () => {
  it('says what a name refers to and the TIMEX3 value of a date', () => {
    expect(mentionTooltip(MENTIONS[0]!)).toBe('Places: دمشق · Damascus');
    expect(mentionTooltip(MENTIONS[1]!)).toBe('Dates: TIMEX3 2016-12-04');
  });

  it('counts mentions per label and reflects hidden labels in the legend', () => {
    const counts = countLabels(TEXT, MENTIONS);
    expect(counts).toMatchObject({ LOC: 1, ORG: 1, DATE: 1, PER: 0 });
    const legend = renderLegend(counts, new Set(['ORG']));
    expect(legend).toContain('<input type="checkbox" data-label="LOC" checked>');
    expect(legend).toContain('<input type="checkbox" data-label="ORG">');
    expect(legend.match(/<label /g)).toHaveLength(8);
  });

  it('writes a right-to-left page with a strict CSP: nonce-only scripts and styles, nothing remote', () => {
    const page = renderPage({
      nonce: 'abc123',
      cspSource: 'vscode-webview://x',
      scriptUri: 'vscode-webview://x/dist/reading-view.js',
      title: '<b>title</b>',
      text: TEXT,
      mentions: MENTIONS,
      dct: { value: '2016-12-05', source: 'caller', span: null },
      hidden: new Set(['DATE']),
    });
    const csp = textOf(/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1] ?? '');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'nonce-abc123'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(page).toContain('<main id="doc" dir="rtl" lang="ar">');
    expect(page).toContain('<script nonce="abc123" src="vscode-webview://x/dist/reading-view.js"></script>');
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).not.toMatch(/https?:\/\//);
    expect(page).toContain('<title>&lt;b&gt;title&lt;/b&gt;</title>');
    expect(page).toContain('<body class="hide-DATE">');
    expect(page).toContain('2016-12-05');
    expect(page).toMatch(/font-family:"Noto Naskh Arabic"/);
  });

  it('says where the document date came from, or why nothing is marked', () => {
    expect(renderMeta({ value: '2016-12-05', source: 'dateline', span: null })).toContain(
      '(from the dateline)',
    );
    expect(renderMeta(null)).toContain('No document date');
    expect(renderMeta(null, { message: 'too <big>' })).toBe('<span class="skipped">too &lt;big&gt;</span>');
  });

  it('escapes the five HTML specials and nothing else', () => {
    expect(escapeHtml(`<a href="x">'&'</a> عربي`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt; عربي',
    );
  });
});
