import type { AnalysisContext } from '../analysis.js';
import { tagEntities } from '../model/index.js';
import type { Diagnostic, EntityMention, EntityRecord, MentionSource } from '../types.js';
import { bracketedNameAfter } from './bracketed-name.js';
import { corefPass } from './coref.js';
import { firstNameCoref } from './coref-first-names.js';
import { creditRule } from './credit-rule.js';
import { datelineOutletRule } from './dateline-outlet.js';
import { fullNameExtension } from './full-name.js';
import { hospitalRule } from './hospital-rule.js';
import { initialRule } from './initial-rule.js';
import { lexiconPass } from './lexicon-pass.js';
import { modelPass } from './model-pass.js';
import {
  baseReferenceRule,
  facilityNameRule,
  factionRule,
  headlineBodyRule,
  placeNamedBodyRule,
} from './organisation-rule.js';
import {
  bylineRule,
  colonBylineRule,
  completePersonName,
  coordinatedPerson,
  knownFirstNameBefore,
} from './person-rule.js';
import { placeCompoundRule } from './place-rule.js';
import { rulePass } from './rules.js';
import { speakerLabelPass } from './speaker-label.js';
import { spellingPass } from './spelling.js';
import { lexiconTokenTags, tokenLabels } from './token-tags.js';
import { Work } from './work.js';

export interface EntityResult {
  readonly mentions: readonly EntityMention[];
  /** Records for every entityId the mentions use (knowledge-base entries and names new to the knowledge). */
  readonly entities: readonly EntityRecord[];
  readonly diagnostics: readonly Diagnostic[];
}

const ALL_SOURCES: readonly MentionSource[] = ['lexicon', 'rule', 'model'];

/**
 * Finds the named entities of a document: known names first (longest match over folded, clitic-stripped words),
 * then the statistical tagger, then trigger-word rules where neither found anything, then in-document
 * coreference and the repair of messy text (misspelled names, glued words). Each pass only takes tokens no
 * earlier pass took, so precise sources win. Linear in the number of tokens.
 */
export function recognizeEntities(ctx: AnalysisContext): EntityResult {
  const sources = new Set(ctx.options.entitySources ?? ALL_SOURCES);
  const work = new Work(ctx);
  if (sources.has('lexicon')) lexiconPass(work);
  if (sources.has('rule')) placeCompoundRule(work);
  // Sure model spans before the rules (where the model is sure of a name, its extent beats a trigger rule's
  // guess), unsure ones after them (a trigger noun beats a weak guess: بلدة كفرعويد is a place). The model's
  // gazetteer feature is what the lexicon alone finds (see lexiconTokenTags): an input of the model, so it is
  // computed even when lexicon mentions are not wanted.
  const useModel = sources.has('model') && ctx.options.model !== false;
  const gazetteer = !useModel
    ? null
    : sources.has('lexicon')
      ? tokenLabels(work)
      : lexiconTokenTags(ctx.tokens, ctx.knowledge);
  const words =
    ctx.wordIds && ctx.words && ctx.words.length === ctx.wordCount
      ? { ids: ctx.wordIds, words: ctx.words }
      : undefined;
  const spans = gazetteer ? tagEntities(ctx.tokens, gazetteer, words) : [];
  modelPass(work, spans, true);
  if (sources.has('rule')) rulePass(work);
  modelPass(work, spans, false);
  if (sources.has('rule')) {
    hospitalRule(work);
    factionRule(work);
    headlineBodyRule(work);
    bylineRule(work);
    colonBylineRule(work);
    creditRule(work);
    datelineOutletRule(work);
    // Names completed by what follows them: honorifics and family names of persons, an organisation's acronym.
    for (let n = 0; n < work.drafts.length; n++) {
      const d = work.drafts[n]!;
      if (d.end <= d.start) continue;
      if (d.label === 'PER') {
        completePersonName(work, d);
        const completed = work.drafts[n]!;
        if (completed.end > completed.start && completed.label === 'PER') fullNameExtension(work, completed);
        const grown = work.drafts[n]!;
        if (grown.end > grown.start && grown.label === 'PER') coordinatedPerson(work, grown);
      }
      // A spelling in brackets after the name (Stephen O'Brien, OCHA) is one more mention of it.
      const named = work.drafts[n]!;
      if (named.end > named.start) bracketedNameAfter(work, named);
    }
  }
  if (sources.has('rule')) initialRule(work);
  if (sources.has('rule') || sources.has('model')) {
    corefPass(work);
    firstNameCoref(work);
  }
  if (sources.has('rule')) {
    // A known person found by a shorter name, by the lexicon or by coreference, may stand after its given name
    // (ومولود | جاووش أوغلو): looked at once, when every person is in place.
    for (let n = 0; n < work.drafts.length; n++) {
      const d = work.drafts[n]!;
      if (d.end > d.start && d.label === 'PER' && d.source === 'lexicon') knownFirstNameBefore(work, d);
    }
  }
  if (sources.has('rule')) speakerLabelPass(work);
  if (sources.has('rule')) {
    // Places after an institution or a facility noun that the tagger or coreference marked after the rules ran.
    placeNamedBodyRule(work);
    facilityNameRule(work);
    baseReferenceRule(work);
  }
  const diagnostics = spellingPass(work, sources.has('lexicon'));
  const mentions: EntityMention[] = [];
  const records = new Map<string, EntityRecord>();
  for (const d of work.drafts) {
    if (d.end <= d.start) continue;
    // The document's own records first: a small map, and never holding an id the knowledge has (see docEntity).
    const record = work.docRecords.get(d.entityId) ?? ctx.knowledge.entities.get(d.entityId);
    if (!record) continue;
    records.set(record.id, record);
    mentions.push({
      kind: 'entity',
      start: d.start,
      end: d.end,
      text: ctx.text.slice(d.start, d.end),
      label: d.label,
      entityId: d.entityId,
      canonical: record.canonical,
      canonicalEn: record.canonicalEn,
      source: d.source,
      confidence: d.confidence,
      sentence: ctx.tokens[d.startToken]!.sentence,
    });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { mentions, entities: [...records.values()], diagnostics };
}
