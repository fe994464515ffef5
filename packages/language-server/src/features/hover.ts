import { basename } from 'node:path';
import type { EntityMention, EntityRecord, TemporalMention } from '@khabar/core';
import { type Hover, MarkupKind, type Position } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../analysis.js';
import { mentionAt, mentionKey } from '../mentions.js';
import type { WorkspaceIndex } from '../workspace-index.js';

const LABEL_NAMES: Record<string, string> = {
  PER: 'Person',
  LOC: 'Place',
  ORG: 'Organisation',
  MISC: 'Other name',
  DATE: 'Date',
  TIME: 'Time',
  DURATION: 'Duration',
  SET: 'Recurring time',
};

/** Markdown code span that survives backticks in the value. */
const code = (value: string) => `\`${value.replaceAll('`', "'")}\``;

function coordinates(lat: number, lon: number): string {
  return `${Math.abs(lat).toFixed(4)}°${lat >= 0 ? 'N' : 'S'} ${Math.abs(lon).toFixed(4)}°${lon >= 0 ? 'E' : 'W'}`;
}

function entityLines(mention: EntityMention, record: EntityRecord | undefined): string[] {
  const lines = [`**${LABEL_NAMES[mention.label]}** «${mention.text}»`, ''];
  const english = record?.canonicalEn ?? mention.canonicalEn;
  lines.push(`- Name: ${record?.canonical ?? mention.canonical}${english ? ` — ${english}` : ''}`);
  lines.push(
    `- Id: ${code(mention.entityId)}${mention.entityId.startsWith('doc:') ? ' (not in the knowledge base)' : ''}`,
  );
  if (record?.lat != null && record.lon != null)
    lines.push(`- Coordinates: ${coordinates(record.lat, record.lon)}`);
  if (record?.country) lines.push(`- Country: ${record.country}`);
  lines.push(`- Found by: ${mention.source} (confidence ${mention.confidence.toFixed(2)})`);
  return lines;
}

function documentDateLine(analysis: DocumentAnalysis): string {
  const { dct } = analysis.parsed;
  if (!dct.value) return '- Document date: none, so relative expressions stay unresolved';
  if (dct.source === 'caller' && analysis.manifestDate) {
    const { manifestPath, line } = analysis.manifestDate;
    return `- Document date: ${dct.value}, from ${basename(manifestPath)} (line ${line})`;
  }
  if (dct.source === 'dateline' && dct.span) {
    const line = analysis.lines.positionAt(dct.span.start).line + 1;
    const written = analysis.text.slice(dct.span.start, dct.span.end);
    return `- Document date: ${dct.value}, from the dateline «${written}» (line ${line})`;
  }
  return `- Document date: ${dct.value} (${dct.source})`;
}

const calendarDay = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Sunday 4 December 2016" for a value that names one day, else null. */
function spelledDay(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : calendarDay.format(date).replace(',', '');
}

function temporalLines(mention: TemporalMention, analysis: DocumentAnalysis): string[] {
  const lines = [`**${LABEL_NAMES[mention.label]}** «${mention.text}»`, ''];
  const day = spelledDay(mention.value);
  lines.push(
    `- TIMEX3 value: ${code(mention.value)}${mention.mod ? ` (mod ${mention.mod})` : ''}${day ? ` — ${day}` : ''}`,
  );
  if (mention.hijri) lines.push(`- Hijri: ${mention.hijri}`);
  if (mention.relative || mention.value.includes('X')) lines.push(documentDateLine(analysis));
  return lines;
}

/** Hover for the mention under the cursor: what it is, what it resolves to, and how often it occurs. */
export function hover(
  analysis: DocumentAnalysis,
  position: Position,
  index: WorkspaceIndex,
  lookup: (id: string) => EntityRecord | undefined = () => undefined,
  indexing = false,
): Hover | null {
  const mention = mentionAt(analysis.parsed.mentions, analysis.lines.offsetAt(position));
  if (!mention) return null;
  const key = mentionKey(mention);
  let lines: string[];
  if (mention.kind === 'entity') {
    const record =
      analysis.parsed.entities.find((e) => e.id === mention.entityId) ?? lookup(mention.entityId);
    lines = entityLines(mention, record);
  } else {
    lines = temporalLines(mention, analysis);
  }
  const inDocument = analysis.parsed.mentions.reduce((n, m) => (mentionKey(m) === key ? n + 1 : n), 0);
  const workspace = index.count(key);
  lines.push(
    `- Mentions: ${inDocument} in this document, ${workspace.mentions} in the workspace (${workspace.documents} ${workspace.documents === 1 ? 'file' : 'files'}${indexing ? ', still indexing' : ''})`,
  );
  return {
    contents: { kind: MarkupKind.Markdown, value: lines.join('\n') },
    range: analysis.lines.range(mention.start, mention.end),
  };
}
