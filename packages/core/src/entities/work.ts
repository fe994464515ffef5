import type { AnalysisContext } from '../analysis.js';
import type { Word } from '../text/word-table.js';
import type { EntityLabel, EntityRecord, MentionSource, Token } from '../types.js';
import { type CliticForm, pushStrippedForms } from './clitics.js';
import type { Knowledge } from './knowledge.js';
import { type WordLists, wordLists } from './word-lists.js';

/** A mention under construction: token range plus the exact original offsets (which may cut clitics off). */
export interface Draft {
  readonly startToken: number;
  /** Exclusive. */
  readonly endToken: number;
  readonly start: number;
  readonly end: number;
  readonly label: EntityLabel;
  readonly entityId: string;
  readonly source: MentionSource;
  readonly confidence: number;
}

const UNKNOWN = 0;
const YES = 1;
const NO = 2;

/** Facts about one distinct word; the flags are worked out on first use. */
interface WordInfo {
  /** Serial number of the knowledge the facts below were worked out with (see `serialOf`). */
  readonly knowledge: number;
  readonly forms: readonly CliticForm[];
  known: number;
  /** The test `known` was worked out with (see `knownWord`). */
  knownBy: unknown;
}

/*
 * A word's yes/no facts, packed in one small integer: per document in `Work.flags`, across documents on the word
 * (`Word.entityFlags`). Most words are asked only these, and an integer spares a visit to their `WordInfo`, which
 * for a corpus of articles is a cache miss per word per article. Two bits per fact (UNKNOWN, YES or NO), the
 * readings that may start a name as a bit set, and above them the serial of the knowledge the facts were worked
 * out with: a word's flags for another knowledge read as none.
 */
const TRIGGER_SHIFT = 0;
const GIVEN_SHIFT = 2;
const BODY_SHIFT = 4;
/** Whether the word has readings other than itself (a proclitic cut off). */
const STRIPPED_SHIFT = 6;
/** The answer of the `knownWord` test the flags keep (see `flaggedKnownTest`). */
const KNOWN_SHIFT = 8;
const NAME_STARTS_KNOWN = 1 << 10;
const NAME_STARTS_SHIFT = 11;
/** Readings whose name-start bit fits (a word has four at most). */
const NAME_STARTS_READINGS = 4;
const SERIAL_SHIFT = NAME_STARTS_SHIFT + NAME_STARTS_READINGS;
/** Knowledge serials from here on keep no flags on words (the flags stay a small integer). */
const MAX_FLAG_SERIAL = 1 << (30 - SERIAL_SHIFT);

function factOf(flags: number, shift: number): number {
  return (flags >> shift) & 3;
}

/** The first test given to `knownWord` (the spelling pass's): its answers are kept in the flags, others' not. */
let flaggedKnownTest: unknown = null;

/**
 * Tests of a word's readings that rules ask at many tokens (is some reading a compound head, an institution's
 * head …), numbered once at load; `Work.firstForm` answers each once per word for the whole corpus.
 */
const formTests: ((key: string) => boolean)[] = [];
/** Bit t set when form test t is asked only through `hasForm` (see `formTest`). */
let unpositionedTests = 0;

/**
 * Registers a test of readings (its key → boolean must depend on the word lists only); returns its number.
 * `positioned` false: the test is only asked at given tokens (`hasForm`), so `positionsOf` does not list its tokens.
 */
export function formTest(test: (key: string) => boolean, positioned = true): number {
  // Masks already worked out would lack the new test: rules register theirs when their module loads.
  if (masksComputed) throw new Error('form tests are registered at module load, before any parse');
  if (formTests.length === 31) throw new Error('too many form tests for one mask');
  formTests.push(test);
  if (!positioned) unpositionedTests |= 1 << (formTests.length - 1);
  return formTests.length - 1;
}

/** Set once the first mask is worked out: from then on no test may be registered (see `formTest`). */
let masksComputed = false;

/** Bit t set when some reading passes form test t. */
function formMaskOf(forms: readonly CliticForm[]): number {
  masksComputed = true;
  let mask = 0;
  for (let t = 0; t < formTests.length; t++) {
    for (const form of forms) {
      if (formTests[t]!(form.key)) {
        mask |= 1 << t;
        break;
      }
    }
  }
  return mask;
}

function newWordInfo(norm: string, knowledge: number): WordInfo {
  const forms: CliticForm[] = [{ key: norm, strip: 0 }];
  pushStrippedForms(norm, forms);
  return { knowledge, forms, known: UNKNOWN, knownBy: null };
}

/**
 * Word facts are kept with the tokenizer's shared words across documents (a corpus of articles works each word out
 * once, not once per article), for one knowledge at a time: its names decide `nameStarts` and `known`. Each
 * knowledge gets a serial number, so a word's memo does not keep an old knowledge alive.
 */
const knowledgeSerials = new WeakMap<Knowledge, number>();
let lastSerial = 0;

function serialOf(knowledge: Knowledge): number {
  let serial = knowledgeSerials.get(knowledge);
  if (serial === undefined) {
    serial = ++lastSerial;
    knowledgeSerials.set(knowledge, serial);
  }
  return serial;
}

/**
 * The state the passes of the recogniser share: which tokens are taken, the mentions so far, the entities seen
 * (for short names that only refer back) and records for names new to the knowledge.
 */
export class Work {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly knowledge: Knowledge;
  readonly lists: WordLists;
  readonly drafts: Draft[] = [];
  /** `owner[i]` is 1 + the index in `drafts` of the mention holding token i, or 0. */
  readonly owner: Int32Array;
  readonly seen = new Set<string>();
  /**
   * Place names that are also everyday words, which the document named in a naming context (مدينة الباب), as
   * folded words → entity id: their bare mentions are the same place (see `corefPass`).
   */
  confirmedNames: Map<string, string> | null = null;
  readonly docRecords = new Map<string, EntityRecord>();
  /**
   * `wordOf[i]` numbers token i's word (0 … wordCount - 1; equal numbers, equal text, hence equal kind and
   * folded form): the tokenizer's ids when the context has them, else numbered here by text.
   */
  readonly wordOf: Int32Array;
  readonly wordCount: number;
  /** What the passes ask about each distinct word, worked out once per document (news repeats its words). */
  private readonly wordInfo: (WordInfo | undefined)[];
  /** The tokenizer's words by id (when they match `wordOf`), whose memos keep word facts across documents. */
  private readonly words: readonly Word[] | null = null;
  private readonly knowledgeSerial: number;
  /** The packed facts of each distinct word (see TRIGGER_SHIFT …), 0 until read from the word or worked out. */
  private readonly flags: Int32Array;
  /** The serial the flags carry: the knowledge's, or 0 (flags kept for this document only) past MAX_FLAG_SERIAL. */
  private readonly flagSerial: number;

  constructor(ctx: AnalysisContext) {
    this.text = ctx.text;
    this.tokens = ctx.tokens;
    this.knowledge = ctx.knowledge;
    this.lists = wordLists();
    this.owner = new Int32Array(ctx.tokens.length);
    const ids = ctx.wordIds;
    if (ids && ctx.wordCount !== undefined && ids.length === ctx.tokens.length) {
      this.wordOf = ids;
      this.wordCount = ctx.wordCount;
      if (ctx.words && ctx.words.length === ctx.wordCount) this.words = ctx.words;
    } else {
      const byWord = new Map<string, number>();
      this.wordOf = new Int32Array(ctx.tokens.length);
      for (let i = 0; i < ctx.tokens.length; i++) {
        const token = ctx.tokens[i]!;
        const key = `${token.kind}:${token.text}`;
        let id = byWord.get(key);
        if (id === undefined) {
          id = byWord.size;
          byWord.set(key, id);
        }
        this.wordOf[i] = id;
      }
      this.wordCount = byWord.size;
    }
    this.wordInfo = new Array(this.wordCount);
    this.knowledgeSerial = serialOf(ctx.knowledge);
    this.flags = new Int32Array(this.wordCount);
    this.flagSerial = this.knowledgeSerial < MAX_FLAG_SERIAL ? this.knowledgeSerial : 0;
    this.formMasks = new Int32Array(this.wordCount).fill(-1);
    if (this.words) this.loadWordFacts(this.words);
  }

  /**
   * Copies what earlier documents worked out about this document's words, in one sweep over them: their loads
   * then overlap, where a pass asking each word on first use would wait for each in turn.
   */
  private loadWordFacts(words: readonly Word[]): void {
    for (let id = 0; id < words.length; id++) {
      const word = words[id]!;
      const kept = word.entityFlags;
      if (kept >>> SERIAL_SHIFT === this.flagSerial) this.flags[id] = kept;
      this.formMasks[id] = word.entityFormMask;
    }
  }

  /** The word id of token i, or -1 outside the document. */
  private idAt(i: number): number {
    return i >= 0 && i < this.wordOf.length ? this.wordOf[i]! : -1;
  }

  /** The packed facts of word `id` (none known yet: only the serial). */
  private flagsOf(id: number): number {
    return this.flags[id] || this.flagSerial << SERIAL_SHIFT;
  }

  /** Records more facts of word `id` (`added` is bits to set), here and on the word for later documents. */
  private addFlags(id: number, added: number): void {
    const flags = this.flagsOf(id) | added;
    this.flags[id] = flags;
    const word = this.flagSerial !== 0 ? this.words?.[id] : undefined;
    if (word) word.entityFlags = flags;
  }

  private infoAt(i: number): WordInfo {
    if (!(i >= 0 && i < this.wordOf.length)) return newWordInfo('', this.knowledgeSerial);
    const id = this.wordOf[i]!;
    let info = this.wordInfo[id];
    if (!info) {
      const word = this.words?.[id];
      const memo = word?.entityMemo as WordInfo | undefined;
      if (memo && memo.knowledge === this.knowledgeSerial) info = memo;
      else {
        info = newWordInfo(this.tokens[i]!.norm, this.knowledgeSerial);
        if (word) word.entityMemo = info;
      }
      this.wordInfo[id] = info;
    }
    return info;
  }

  /** The whole word, then its proclitic-stripped readings (و + موسكو, ب + حلب, ل + الجيش …). */
  formsAt(i: number): readonly CliticForm[] {
    return this.infoAt(i).forms;
  }

  /** True when some reading of token i passes `has` (a cheap test before full matching). */
  anyFormAt(i: number, has: (key: string) => boolean): boolean {
    // A word with no reading but itself is tested by its folded form alone, which its token holds.
    const id = this.words ? this.idAt(i) : -1;
    if (id >= 0 && factOf(this.flagsOf(id), STRIPPED_SHIFT) === NO) return has(this.tokens[i]!.norm);
    const forms = this.infoAt(i).forms;
    if (id >= 0) this.addFlags(id, (forms.length > 1 ? YES : NO) << STRIPPED_SHIFT);
    for (const form of forms) if (has(form.key)) return true;
    return false;
  }

  /**
   * Bit t set when some reading of the word passes form test t (see `formTest`), by word id, -1 until asked
   * (kept on the word too: the tests depend on the word lists only). Most words answer every test from here.
   */
  private readonly formMasks: Int32Array;

  /** True when some reading of token i passes form test `test`: one array read once the word was seen. */
  hasForm(i: number, test: number): boolean {
    return i >= 0 && i < this.wordOf.length && (this.maskAt(i) & (1 << test)) !== 0;
  }

  /**
   * The first reading of token i that passes form test `test` (see `formTest`), or null. Rules that look for a
   * few nouns ask this at every token: one array read for most words, whose readings all tests saw at once.
   */
  firstForm(i: number, test: number): CliticForm | null {
    if ((this.maskAt(i) & (1 << test)) === 0) return null;
    return this.infoAt(i).forms.find((f) => formTests[test]!(f.key)) ?? null;
  }

  private maskAt(i: number): number {
    const id = this.wordOf[i]!;
    let mask = this.formMasks[id]!;
    if (mask < 0) {
      mask = formMaskOf(this.infoAt(i).forms);
      this.formMasks[id] = mask;
      const word = this.words?.[id];
      if (word) word.entityFormMask = mask;
    }
    return mask;
  }

  /** Tokens whose word passes each form test, in text order, found in one scan for every test. */
  private positions: number[][] | null = null;

  /**
   * The tokens (in order) where some reading passes form test `test`: the few places a rule that starts at a
   * noun needs to look at, found for all such rules in one scan of the document.
   */
  positionsOf(test: number): readonly number[] {
    if (!this.positions) {
      const positions: number[][] = formTests.map(() => []);
      for (let i = 0; i < this.tokens.length; i++) {
        let mask = this.maskAt(i) & ~unpositionedTests;
        while (mask !== 0) {
          const t = 31 - Math.clz32(mask & -mask);
          positions[t]!.push(i);
          mask &= mask - 1;
        }
      }
      this.positions = positions;
    }
    return this.positions[test]!;
  }

  /** Which readings of token i (bit k for `formsAt(i)[k]`) may start a knowledge-base name. */
  nameStartForms(i: number): number {
    const id = this.idAt(i);
    if (id >= 0) {
      const flags = this.flagsOf(id);
      if (flags & NAME_STARTS_KNOWN) return (flags >> NAME_STARTS_SHIFT) & ((1 << NAME_STARTS_READINGS) - 1);
    }
    const forms = this.infoAt(i).forms;
    let bits = 0;
    for (let k = 0; k < forms.length; k++) if (this.knowledge.names.startsWith(forms[k]!.key)) bits |= 1 << k;
    if (id >= 0 && forms.length <= NAME_STARTS_READINGS)
      this.addFlags(id, NAME_STARTS_KNOWN | (bits << NAME_STARTS_SHIFT));
    return bits;
  }

  /** `isKnown` of token i's word, asked once per distinct word. */
  knownWord(i: number, isKnown: (work: Work, forms: readonly CliticForm[]) => boolean): boolean {
    flaggedKnownTest ??= isKnown;
    const id = isKnown === flaggedKnownTest ? this.idAt(i) : -1;
    if (id >= 0) {
      let fact = factOf(this.flagsOf(id), KNOWN_SHIFT);
      if (fact === UNKNOWN) {
        fact = isKnown(this, this.infoAt(i).forms) ? YES : NO;
        this.addFlags(id, fact << KNOWN_SHIFT);
      }
      return fact === YES;
    }
    const info = this.infoAt(i);
    if (info.known === UNKNOWN || info.knownBy !== isKnown) {
      info.known = isKnown(this, info.forms) ? YES : NO;
      info.knownBy = isKnown;
    }
    return info.known === YES;
  }

  /** True when some reading of token i may start a trigger phrase. */
  startsTrigger(i: number): boolean {
    const id = this.idAt(i);
    let fact = id < 0 ? UNKNOWN : factOf(this.flagsOf(id), TRIGGER_SHIFT);
    if (fact === UNKNOWN) {
      const starts =
        this.anyFormAt(i, this.lists.triggerStarts) && !this.lists.isNotTriggerSpelling(this.tokens[i]!.text);
      fact = starts ? YES : NO;
      if (id >= 0) this.addFlags(id, fact << TRIGGER_SHIFT);
    }
    return fact === YES;
  }

  /** True when some reading of token i heads a public body named by a complement and an adjective. */
  isBodyHead(i: number): boolean {
    const id = this.idAt(i);
    let fact = id < 0 ? UNKNOWN : factOf(this.flagsOf(id), BODY_SHIFT);
    if (fact === UNKNOWN) {
      fact = this.anyFormAt(i, this.lists.isStateBodyNoun) ? YES : NO;
      if (id >= 0) this.addFlags(id, fact << BODY_SHIFT);
    }
    return fact === YES;
  }

  /** True when token i's word is a curated given name (a name may start there without a title). */
  isGivenName(i: number): boolean {
    const id = this.idAt(i);
    let fact = id < 0 ? UNKNOWN : factOf(this.flagsOf(id), GIVEN_SHIFT);
    if (fact === UNKNOWN) {
      fact = this.lists.curatedGivenNames.has(this.tokens[i]?.norm ?? '') ? YES : NO;
      if (id >= 0) this.addFlags(id, fact << GIVEN_SHIFT);
    }
    return fact === YES;
  }

  isFree(from: number, to: number): boolean {
    if (from < 0 || to > this.tokens.length || from >= to) return false;
    for (let i = from; i < to; i++) if (this.owner[i] !== 0) return false;
    return true;
  }

  /** The mention holding token i, if any. */
  at(i: number): Draft | null {
    const o = this.owner[i] ?? 0;
    return o === 0 ? null : this.drafts[o - 1]!;
  }

  /** Adds a mention over free tokens; returns false (and adds nothing) when a token is taken. */
  add(draft: Draft): boolean {
    if (!this.isFree(draft.startToken, draft.endToken) || draft.end <= draft.start) return false;
    this.drafts.push(draft);
    for (let i = draft.startToken; i < draft.endToken; i++) this.owner[i] = this.drafts.length;
    this.seen.add(draft.entityId);
    return true;
  }

  /**
   * Adds a mention inside one token that may hold several (روسياوالولاياتالمتحدة): offsets keep them apart, and
   * the token counts as taken.
   */
  addWithinToken(draft: Draft): void {
    if (draft.end <= draft.start) return;
    this.drafts.push(draft);
    if (this.owner[draft.startToken] === 0) this.owner[draft.startToken] = this.drafts.length;
    this.seen.add(draft.entityId);
  }

  /** Frees the tokens of a mention (a longer name absorbs it). */
  remove(draft: Draft): void {
    // The owner of its first token names the draft's index (no search through a long document's mentions).
    const held = (this.owner[draft.startToken] ?? 0) - 1;
    const index = this.drafts[held] === draft ? held : this.drafts.indexOf(draft);
    if (index < 0) return;
    for (let i = draft.startToken; i < draft.endToken; i++)
      if (this.owner[i] === index + 1) this.owner[i] = 0;
    // Emptied rather than spliced, so the indices in `owner` stay valid; empty drafts are dropped at the end.
    this.drafts[index] = { ...draft, endToken: draft.startToken, end: draft.start };
  }

  /** The id of a name the knowledge does not have, with a record made for it. */
  docEntity(label: EntityLabel, name: string, folded: string): string {
    const id = `doc:${label}:${folded}`;
    if (!this.docRecords.has(id) && !this.knowledge.entities.has(id)) {
      this.docRecords.set(id, {
        id,
        label,
        canonical: name,
        canonicalEn: null,
        aliases: [],
        lat: null,
        lon: null,
        country: null,
      });
    }
    return id;
  }
}
