// End to end in real VS Code (code-server in headless Chromium): install the packaged .vsix, open an Arabic
// article, and check what a reader sees — coloured entity spans, the status-bar counts, the right-to-left
// reading view and its click-to-reveal — in several themes. Screenshots of whole windows go to .e2e-artifacts/.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Mention, parse } from '@khabar/core';
import { type BrowserContext, chromium, type FrameLocator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CodeServer, readEnvironment } from './code-server.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const extensionRoot = path.dirname(here);
const repoRoot = path.resolve(extensionRoot, '../..');
const artifacts = path.join(repoRoot, '.e2e-artifacts', 'vscode');
const { version } = JSON.parse(readFileSync(path.join(extensionRoot, 'package.json'), 'utf8')) as {
  version: string;
};
const vsix = path.join(extensionRoot, 'dist', `khabar-${version}.vsix`);

/** Theme id (the setting value) and the class the workbench carries once the theme is applied. */
const THEMES = [
  { name: 'Dark Modern', themeClass: 'vscode-theme-defaults-themes-dark_modern-json', file: 'dark-modern' },
  { name: 'Dark+', themeClass: 'vscode-theme-defaults-themes-dark_plus-json', file: 'dark-plus' },
  { name: 'Light+', themeClass: 'vscode-theme-defaults-themes-light_plus-json', file: 'light-plus' },
  {
    name: 'Default High Contrast',
    themeClass: 'vscode-theme-defaults-themes-hc_black-json',
    file: 'high-contrast',
  },
  {
    name: 'Default High Contrast Light',
    themeClass: 'vscode-theme-defaults-themes-hc_light-json',
    file: 'high-contrast-light',
  },
] as const;

function userSettings(theme: string): Record<string, unknown> {
  return {
    'workbench.colorTheme': theme,
    'editor.semanticHighlighting.enabled': true,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off',
    'security.workspace.trust.enabled': false,
    'editor.minimap.enabled': false,
    'editor.fontSize': 16,
    'window.commandCenter': false,
    'chat.commandCenter.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
  };
}

/** A workspace with the sample corpus (or, when it is absent, one article written for this test). */
function makeWorkspace(root: string): { folder: string; article: string; documentDate: string | null } {
  const corpus = path.join(root, 'datasets', 'samples');
  mkdirSync(corpus, { recursive: true });
  const samples = path.join(repoRoot, 'datasets', 'samples');
  const sample = path.join(samples, '001-aleppo-talks.txt');
  if (existsSync(sample)) {
    for (const name of readdirSync(samples)) {
      if (name.endsWith('.txt') || name === 'manifest.csv')
        copyFileSync(path.join(samples, name), path.join(corpus, name));
    }
    const manifest = readFileSync(path.join(corpus, 'manifest.csv'), 'utf8');
    const row = manifest.split('\n').find((line) => line.startsWith('001-aleppo-talks.txt,'));
    return {
      folder: root,
      article: path.join(corpus, '001-aleppo-talks.txt'),
      documentDate: row?.split(',')[1] || null,
    };
  }
  const article = path.join(corpus, 'article.txt');
  writeFileSync(
    article,
    'دمشق 5 كانون الأول 2016 - قال مسؤول في الأمم المتحدة أمس إن قافلة مساعدات وصلت إلى حلب.\n\n' +
      'وأضاف أن فريقا من الهلال الأحمر سيتوجه الأسبوع المقبل إلى حمص لمدة ثلاثة أيام.\n',
  );
  return { folder: root, article, documentDate: '2016-12-05' };
}

interface SpanColour {
  readonly text: string;
  readonly color: string;
}

/** Every token span of the editor's rendered lines, with its text (spaces normalised) and computed colour. */
async function editorSpans(page: Page): Promise<SpanColour[]> {
  return page.$$eval('.editor-instance .view-lines .view-line span > span', (spans) =>
    spans.map((s) => ({
      text: (s.textContent ?? '').replace(/\u00a0/g, ' ').trim(),
      color: getComputedStyle(s).color,
    })),
  );
}

/** label → the colours its mentions were drawn in, for the expected mentions found as whole spans. */
function coloursByLabel(
  spans: readonly SpanColour[],
  mentions: readonly Mention[],
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of mentions) {
    const span = spans.find((s) => s.text === m.text);
    if (!span) continue;
    const set = out.get(m.label) ?? new Set<string>();
    set.add(span.color);
    out.set(m.label, set);
  }
  return out;
}

async function poll<T>(
  what: string,
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!ok(last)) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last, replacer)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
    last = await read();
  }
  return last;
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function replacer(_key: string, value: unknown) {
  return value instanceof Map
    ? Object.fromEntries([...value].map(([k, v]) => [k, [...(v as Set<string>)]]))
    : value;
}

async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  const rows = page.locator('.quick-input-list .monaco-list-row');
  await rows.filter({ hasText: title }).first().waitFor();
  // Recently used commands can sit above the one asked for: move the selection onto it, then run it.
  for (let step = 0; step < 10; step++) {
    const focused =
      (await rows.locator('xpath=self::*[contains(@class, "focused")]').first().textContent()) ?? '';
    if (focused.includes(title)) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`command "${title}" could not be selected in the command palette`);
}

/**
 * Switches the colour theme in the user settings and reloads the window. (The "Preferences: Color Theme"
 * picker waits on the marketplace, which is unreachable offline.)
 */
let settingsGeneration = 0;

/**
 * Writes the user settings and reloads the window until it runs with them: a unique window title marks each
 * generation, as a reload can race the settings file. (The "Preferences: Color Theme" picker waits on the
 * marketplace, which is unreachable offline.)
 */
async function useTheme(
  server: CodeServer,
  page: Page,
  theme: string,
  extra: Record<string, unknown> = {},
): Promise<void> {
  const marker = `khabar-e2e-${++settingsGeneration}`;
  for (let attempt = 0; attempt < 4; attempt++) {
    // Written again on each attempt: a fresh change event for a watcher that missed the last one.
    server.writeSettings({ ...userSettings(theme), ...extra, 'window.title': marker });
    await page.waitForTimeout(1000);
    await page.reload();
    await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && (await page.title()) !== marker) await page.waitForTimeout(250);
    if ((await page.title()) === marker) break;
  }
  expect(await page.title()).toBe(marker);
  await page.locator('.editor-instance .view-line').first().waitFor({ timeout: 60_000 });
}

/** The Khabar status-bar item's text ("12 6": entities, dates), or '' while it is not there. */
async function statusCount(page: Page): Promise<string> {
  const item = page.locator('.statusbar-item', { has: page.locator('.codicon-symbol-class') });
  return (await item.count()) > 0
    ? ((await item.first().textContent()) ?? '').replace(/\s+/g, ' ').trim()
    : '';
}

function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

describe('Khabar in real VS Code', () => {
  let server: CodeServer;
  let context: BrowserContext;
  let page: Page;
  let home: string;
  let text: string;
  let mentions: readonly Mention[];
  let readingView: FrameLocator;
  let workspaceFolder: string;
  /** label → colour in the editor (Dark Modern), to compare with the reading view. */
  let editorColours = new Map<string, string>();

  beforeAll(async () => {
    const env = readEnvironment();
    if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run pnpm package first (pnpm test:e2e does)`);
    home = mkdtempSync(path.join(os.tmpdir(), 'khabar-e2e-'));
    rmSync(artifacts, { recursive: true, force: true });
    mkdirSync(artifacts, { recursive: true });
    const workspace = makeWorkspace(path.join(home, 'workspace'));
    workspaceFolder = workspace.folder;
    text = readFileSync(workspace.article, 'utf8');
    mentions = parse(text, { documentDate: workspace.documentDate }).mentions;

    server = new CodeServer(env, home);
    server.writeSettings(userSettings(THEMES[0].name));
    const installed = await server.install(vsix);
    expect(installed).toMatch(/successfully installed/i);
    await server.start();

    context = await chromium.launchPersistentContext(path.join(home, 'chromium-profile'), {
      executablePath: env.chromium,
      headless: true,
      viewport: { width: 1600, height: 1000 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url(workspace.folder, workspace.article));
    await page.locator(`.monaco-workbench.${THEMES[0].themeClass}`).waitFor({ timeout: 90_000 });
    await page.locator('.editor-instance .view-line').first().waitFor({ timeout: 60_000 });
  }, 240_000);

  // A failed step leaves a picture of the window behind, for CI artefacts.
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail' && page) {
      const name = task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
      await page.screenshot({ path: path.join(artifacts, `failed-${name}.png`) }).catch(() => {});
    }
  });

  afterAll(async () => {
    await context?.close();
    server?.stop();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('finds mentions in the article (the expectation the editor is checked against)', () => {
    expect(mentions.length).toBeGreaterThan(3);
  });

  it('colours entity and date spans by label', async () => {
    const found = await poll(
      'semantic colouring of the mentions',
      async () => coloursByLabel(await editorSpans(page), mentions),
      (byLabel) => byLabel.size >= 3,
    );
    const mentionTexts = new Set(mentions.map((m) => m.text));
    const plainColours = (await editorSpans(page))
      .filter((s) => s.text && !mentionTexts.has(s.text))
      .map((s) => s.color);
    const plain = mostCommon(plainColours);
    expect(plain).toBeDefined();
    for (const [label, colours] of found) {
      expect(colours.size, `${label} drawn in one colour`).toBe(1);
      expect([...colours][0], `${label} differs from plain text`).not.toBe(plain);
    }
    const colours = [...found.values()].map((c) => [...c][0]);
    expect(new Set(colours).size, 'one colour per label').toBe(colours.length);
    editorColours = new Map([...found].map(([label, set]) => [label, [...set][0]!]));
    await page.screenshot({ path: path.join(artifacts, '01-editor-dark-modern.png') });
  }, 90_000);

  it('counts the entities and dates of the document in the status bar', async () => {
    const entities = mentions.filter((m) => m.kind === 'entity').length;
    const dates = mentions.length - entities;
    const shown = await poll(
      'the status bar count',
      () => statusCount(page),
      (t) => /\d+ \d+/.test(t),
    );
    expect(shown).toBe(`${entities} ${dates}`);
  }, 90_000);

  it('opens the reading view right to left with the same highlights', async () => {
    await page.locator('.editor-instance .view-line').first().click();
    await runCommand(page, 'Khabar: Open Reading View');
    readingView = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    const doc = readingView.locator('main#doc');
    await doc.waitFor({ timeout: 60_000 });
    expect(await doc.getAttribute('dir')).toBe('rtl');
    expect(await doc.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    const firstParagraph = readingView.locator('main#doc p[data-start]').first();
    expect(await firstParagraph.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await firstParagraph.evaluate((el) => getComputedStyle(el).textAlign)).toMatch(/start|right/);

    const marks = readingView.locator('mark.m');
    await poll(
      'the reading view highlights',
      () => marks.count(),
      (n) => n === mentions.length,
    );
    const drawn = await marks.evaluateAll((els) =>
      els.map((el) => ({
        label: el.getAttribute('data-label'),
        text: el.textContent,
        color: getComputedStyle(el).color,
        title: el.getAttribute('title'),
      })),
    );
    expect(drawn.map((d) => d.text)).toEqual(mentions.map((m) => m.text));
    expect(drawn.map((d) => d.label)).toEqual(mentions.map((m) => m.label));
    const colourOf = new Map<string, Set<string>>();
    for (const d of drawn) colourOf.set(d.label!, (colourOf.get(d.label!) ?? new Set()).add(d.color));
    for (const [label, set] of colourOf) expect(set.size, label).toBe(1);
    const distinct = new Set([...colourOf.values()].map((s) => [...s][0]));
    expect(distinct.size).toBe(colourOf.size);
    // The same legend: a label looks the same in the editor and in the reading view.
    expect(editorColours.size).toBeGreaterThan(0);
    for (const [label, colour] of editorColours)
      expect([...(colourOf.get(label) ?? [])], label).toEqual([colour]);
    const temporal = mentions.find((m) => m.kind === 'temporal');
    if (temporal?.kind === 'temporal') {
      expect(drawn[mentions.indexOf(temporal)]?.title).toContain(temporal.value);
    }
    await page.screenshot({ path: path.join(artifacts, '02-reading-view-dark-modern.png') });
  }, 120_000);

  it('reveals the clicked mention in the editor', async () => {
    // A mention after the first paragraph, so the editor has to move the selection a long way.
    const target = mentions.find((m) => m.start > text.indexOf('\n')) ?? mentions[mentions.length - 1]!;
    const index = mentions.indexOf(target);
    await readingView.locator('mark.m').nth(index).click();
    const end = positionAt(text, target.end);
    const status = page.locator('#status\\.editor\\.selection');
    const shown = await poll(
      'the editor selection to move to the clicked mention',
      async () => ((await status.count()) > 0 ? ((await status.textContent()) ?? '') : ''),
      (t) => t.includes(`Ln ${end.line}, Col ${end.column}`),
      30_000,
    );
    expect(shown).toContain(`(${target.end - target.start} selected)`);
    await page.screenshot({ path: path.join(artifacts, '03-click-revealed-in-editor.png') });
  }, 60_000);

  it('updates the reading view while the user types', async () => {
    const before = await readingView.locator('mark.m').count();
    const addition = ' ثم توجه الوفد إلى دمشق.';
    const expected = parse(`${text}${addition}`).mentions.length - parse(text).mentions.length;
    expect(expected).toBeGreaterThan(0);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(addition, { delay: 5 });
    await poll(
      'the reading view to show the new mention',
      () => readingView.locator('mark.m').count(),
      (n) => n === before + expected,
    );
    expect(await readingView.locator('mark.m', { hasText: 'دمشق' }).count()).toBeGreaterThan(0);
  }, 60_000);

  it('treats a text file outside the corpus as news on request, and syncs scrolling both ways', async () => {
    // A long read outside the corpus globs: it opens as Plain Text until the user asks.
    const long = path.join(workspaceFolder, 'notes', 'long-read.txt');
    mkdirSync(path.dirname(long), { recursive: true });
    writeFileSync(long, Array.from({ length: 8 }, () => text.trim()).join('\n\n'));
    const longMentions = parse(readFileSync(long, 'utf8')).mentions.length;
    await page.locator('.editor-instance .view-line').first().click();
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill('long-read.txt');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'long-read.txt' }).first().waitFor();
    await page.keyboard.press('Enter');
    const mode = page.locator('#status\\.editor\\.mode');
    await poll(
      'Plain Text',
      async () => (await mode.textContent()) ?? '',
      (t) => t.includes('Plain Text'),
    );
    await runCommand(page, 'Khabar: Treat this file as Arabic news');
    await poll(
      'Arabic News',
      async () => (await mode.textContent()) ?? '',
      (t) => t.includes('Arabic News'),
    );

    // The open reading view follows the active Arabic news editor.
    const marks = readingView.locator('mark.m');
    await poll(
      'the reading view to show the long read',
      () => marks.count(),
      (n) => n === longMentions,
    );
    const pageScroll = () => readingView.locator('body').evaluate(() => window.scrollY);
    const startY = await pageScroll();

    // Editor → reading view.
    await page.locator('.editor-instance .view-line').first().click();
    await page.keyboard.press('Control+End');
    await poll('the reading view to follow the editor down', pageScroll, (y) => y > startY + 300);
    await page.screenshot({ path: path.join(artifacts, '04-scroll-synced.png') });

    // Reading view → editor.
    const firstLineNumber = async () =>
      Math.min(
        ...(await page.locator('.editor-instance .margin-view-overlays .line-numbers').allTextContents())
          .map((t) => Number(t.trim()))
          .filter((n) => n > 0),
      );
    expect(await firstLineNumber()).toBeGreaterThan(1);
    await readingView.locator('body').evaluate(() => window.scrollTo(0, 0));
    await poll('the editor to follow the reading view up', firstLineNumber, (n) => n === 1);
  }, 90_000);

  it('lists the corpus entities by label in the tree, and a click shows their mentions', async () => {
    await runCommand(page, 'Khabar: Show Entities');
    const header = page.locator('.pane-header', { hasText: 'Khabar Entities' });
    await poll(
      'the command to open the entity view',
      async () => header.getAttribute('aria-expanded'),
      (v) => v === 'true',
    );
    const pane = page.locator('.pane', { has: header });
    const rows = pane.locator('.monaco-list-row');
    // People come first in the tree, so the person is in view without scrolling the pane.
    const person = mentions.find((m) => m.kind === 'entity' && m.label === 'PER');
    expect(person?.kind).toBe('entity');
    const canonical = person?.kind === 'entity' ? person.canonical : '';
    await poll(
      'the entity tree',
      async () => (await rows.allTextContents()).join(' | '),
      (t) => t.includes('People') && t.includes(canonical),
    );
    await rows.filter({ hasText: canonical }).first().click();
    await page.locator('.peekview-widget').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(artifacts, '05-entity-tree-and-mentions.png') });
    await page.keyboard.press('Escape');
  }, 90_000);

  it('exports the corpus from the editor with a progress notification', async () => {
    await page.locator('.editor-instance .view-line').first().click();
    await runCommand(page, 'Khabar: Export Corpus');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'datasets/samples' }).first().click();
    const done = page.locator('.notification-list-item-message', { hasText: 'Khabar: exported' });
    await done.first().waitFor({ timeout: 90_000 });
    const out = path.join(workspaceFolder, 'datasets', 'exports', 'samples');
    for (const table of [
      'documents.csv',
      'mentions.csv',
      'mentions.arrow',
      'mentions.parquet',
      'schema.json',
    ]) {
      expect(existsSync(path.join(out, table)), table).toBe(true);
    }
    const rows = readFileSync(path.join(out, 'documents.csv'), 'utf8').trim().split('\n');
    expect(rows.length - 1).toBe(
      readdirSync(path.join(workspaceFolder, 'datasets', 'samples')).filter((f) => f.endsWith('.txt')).length,
    );
    await page.screenshot({ path: path.join(artifacts, '06-export-done.png') });
  }, 120_000);

  for (const theme of THEMES.slice(1)) {
    it(`shows a distinct colour per label in ${theme.name}`, async () => {
      await useTheme(server, page, theme.name);
      await page.locator(`.monaco-workbench.${theme.themeClass}`).waitFor({ timeout: 30_000 });
      const found = await poll(
        `semantic colours in ${theme.name}`,
        async () => coloursByLabel(await editorSpans(page), mentions),
        (byLabel) => byLabel.size >= 3 && [...byLabel.values()].every((s) => s.size === 1),
      );
      const colours = [...found.values()].map((c) => [...c][0]);
      expect(new Set(colours).size, `one colour per label: ${JSON.stringify(found, replacer)}`).toBe(
        colours.length,
      );
      await page.screenshot({ path: path.join(artifacts, `07-${theme.file}.png`) });
    }, 150_000);
  }

  it('lets the user turn colouring off per label, or in the editor altogether', async () => {
    const colouredLabels = async () => {
      const spans = await editorSpans(page);
      const mentionTexts = new Set(mentions.map((m) => m.text));
      const plain = mostCommon(spans.filter((x) => x.text && !mentionTexts.has(x.text)).map((x) => x.color));
      const byLabel = coloursByLabel(spans, mentions);
      return [...byLabel]
        .filter(([, colours]) => ![...colours].every((c) => c === plain))
        .map(([label]) => label);
    };
    const last = THEMES[THEMES.length - 1]!;
    await useTheme(server, page, last.name, { 'khabar.highlight': { person: false, organization: false } });
    const some = await poll(
      'people and organisations to lose their colour',
      colouredLabels,
      (labels) => labels.length >= 2 && !labels.includes('PER') && !labels.includes('ORG'),
    );
    expect(some).toContain('LOC');
    await useTheme(server, page, last.name, { 'khabar.highlightInEditor': false });
    // Every text span in the plain colour (inlay hints, "= 2016-12-13", are drawn apart and kept).
    const otherColours = async () => {
      const spans = (await editorSpans(page)).filter((x) => x.text && !x.text.startsWith('='));
      const plain = mostCommon(spans.map((x) => x.color));
      return spans.filter((x) => x.color !== plain).map((x) => x.text);
    };
    // Only once the server has answered (the status bar counts) does an uncoloured editor mean anything.
    await poll(
      'the status bar count',
      () => statusCount(page),
      (t) => /\d+ \d+/.test(t),
    );
    await page.waitForTimeout(1500);
    await poll('every mention to lose its colour', otherColours, (texts) => texts.length === 0);
    expect(await colouredLabels()).toEqual([]);
    // After the reload the entity tree fills itself once the server has indexed the corpus.
    const header = page.locator('.pane-header', { hasText: 'Khabar Entities' });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const pane = page.locator('.pane', { has: header });
    await poll(
      'the entity tree after a reload',
      async () => (await pane.locator('.monaco-list-row').allTextContents()).join(' | '),
      (t) => t.includes('People'),
    );
    await page.screenshot({ path: path.join(artifacts, '08-colouring-off.png') });
  }, 240_000);
});
