import { nameAt, triggerWordAt } from './lexicon-pass.js';
import {
  addNew,
  isNameBreaker,
  isOrgNoun,
  isStateBody,
  isTitle,
  isWord,
  QUOTES_CLOSE,
  QUOTES_OPEN,
  type TriggerAt,
  triggerAt,
} from './rule-helpers.js';
import { wordLists } from './word-lists.js';
import { type Draft, formTest, type Work } from './work.js';

/** The words after an organisation noun that complete its name: an iḍāfa chain ending in a definite word. */
function orgNameEnd(work: Work, k: number): { end: number; absorbed: Draft | null } | null {
  const tokens = work.tokens;
  const l = work.lists;
  const sentence = tokens[k]?.sentence ?? -1;
  const council = placeWithAdjective(work, k);
  if (council) return council;
  // A group named after a person, titled or not: كتائب أبو عمارة، لواء الشهيد أحمد العبدو.
  const title = triggerAt(work, k, isTitle);
  const person = work.at(title ? title.end : k);
  if (person?.label === 'PER' && person.source !== 'lexicon' && person.startToken === (title ? title.end : k))
    return { end: person.endToken, absorbed: person };
  let j = k;
  while (j - k < 3) {
    const t = tokens[j];
    if (!t || t.sentence !== sentence || (t.kind !== 'arabic' && t.kind !== 'latin')) break;
    const held = work.at(j);
    if (held) {
      // A place closing the chain belongs to the organisation's name: جبهة ثوار سوريا.
      if (j > k && held.label === 'LOC' && held.startToken === j)
        return { end: held.endToken, absorbed: held };
      break;
    }
    const norm = t.norm;
    // A direction closes a name the chain holds already (كتائب شمس الشمال); the chain's words are no everyday words.
    if (j > k && l.directionNouns.has(norm)) return { end: j + 1, absorbed: null };
    if (l.genericComplements.has(norm) || l.nationalities.has(norm)) break;
    if (norm.startsWith('ال')) {
      j++;
      while (
        j - k < 4 &&
        tokens[j] &&
        work.owner[j] === 0 &&
        l.nationalities.has(tokens[j]!.norm) &&
        tokens[j]!.norm.startsWith('ال')
      )
        j++;
      return { end: j, absorbed: null };
    }
    // After a name particle (كتائب أبو عمارة) the next word is the name's, even an everyday one.
    const afterParticle = j > k && l.nameParticles.has(tokens[j - 1]!.norm);
    if ((l.common.has(norm) || l.vocabulary.has(norm)) && !l.personParts.has(norm) && !afterParticle) break;
    j++;
  }
  // Without a definite word the chain must hold a word that is no everyday word: تجمع فاستقم.
  return j > k ? { end: j, absorbed: null } : null;
}

/**
 * A place and an adjective after an organisation noun name a body of that place: مجلس منبج العسكري، مجلس الباب
 * المحلي. The place inside is no mention of its own.
 */
function placeWithAdjective(work: Work, k: number): { end: number; absorbed: Draft | null } | null {
  const held = work.at(k);
  let placeEnd: number;
  if (held) {
    if (held.label !== 'LOC' || held.startToken !== k) return null;
    placeEnd = held.endToken;
  } else {
    const found = nameAt(work, k, true);
    if (!found || work.knowledge.entities.get(found.hit.entityId)?.label !== 'LOC') return null;
    placeEnd = found.end;
  }
  const adjective = work.tokens[placeEnd];
  if (!adjective || adjective.sentence !== work.tokens[k]!.sentence || work.owner[placeEnd] !== 0)
    return null;
  if (!work.lists.orgNameAdjectives.has(adjective.norm)) return null;
  return { end: placeEnd + 1, absorbed: held };
}

/** True when some word in [from, to) is no word of the vocabulary (a proper name, likely). */
function hasUnfamiliarWord(work: Work, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const norm = work.tokens[j]!.norm;
    const bare = norm.startsWith('ال') ? norm.slice(2) : norm;
    if (!work.lists.vocabulary.has(norm) && !work.lists.common.has(norm) && !work.lists.vocabulary.has(bare))
      return true;
    if (work.at(j)) return true;
  }
  return false;
}

/** An unquoted word after a media noun that can be its name: no known word, no adjective (صحيفة يومية). */
function isMediaNameWord(work: Work, norm: string): boolean {
  return !isNameBreaker(work, norm) && !work.lists.vocabulary.has(norm) && !norm.endsWith('يه');
}

/**
 * An outlet named by a nationality or a people (مجلة العربي، قناة العربية): right after an outlet noun without the
 * article a definite word is in construct with it, the outlet's name, never its adjective (صحيفة روسية، الصحيفة
 * الروسية). A definite everyday word after it would continue a name no rule can judge (المصري اليوم), save a
 * nisba that agrees with the noun.
 */
function isNationalityOutletName(work: Work, i: number, trigger: TriggerAt, k: number): boolean {
  const tokens = work.tokens;
  const l = work.lists;
  const sentence = tokens[i]!.sentence;
  if (trigger.end !== i + 1 || !isWord(work, k, sentence)) return false;
  const name = tokens[k]!.norm;
  if (!name.startsWith('ال') || !l.nationalities.has(name)) return false;
  if (!readingIn(work, i, trigger.strip, l.outletNouns)) return false;
  if (!isWord(work, k + 1, sentence)) return true;
  const next = tokens[k + 1]!.norm;
  // A nisba agrees with the outlet noun: its adjective (صحيفة العرب اللندنية).
  if (next.endsWith('يه')) return true;
  return !(
    next.startsWith('ال') &&
    !l.nationalities.has(next) &&
    (l.common.has(next) || l.vocabulary.has(next))
  );
}

/**
 * A news agency named by a definite word keeps «وكالة» in its name (وكالة الأناضول، وكالة الفرات), unlike an
 * agency in apposition (وكالة «سانا»). The name needs a word that is no everyday word or a place.
 */
function agencyName(work: Work, i: number, strip: number, k: number): boolean {
  const tokens = work.tokens;
  const sentence = tokens[i]!.sentence;
  let end = k;
  let named = false;
  let absorbed: Draft | null = null;
  while (end - k < 3) {
    const t = tokens[end];
    if (!t || t.sentence !== sentence || t.kind !== 'arabic' || !t.norm.startsWith('ال')) break;
    const held = work.at(end);
    if (held) {
      if (held.label !== 'LOC' || held.startToken !== end || absorbed) break;
      absorbed = held;
      named = true;
      end = held.endToken;
      continue;
    }
    const norm = t.norm;
    if (work.lists.common.has(norm) || work.lists.functionWords.has(norm)) break;
    if (!work.lists.vocabulary.has(norm) && !work.lists.nationalities.has(norm)) named = true;
    // «وكالة الأنباء» + a nationality is a country's agency: وكالة الأنباء القطرية.
    if (end === k && k - i >= 2 && work.lists.nationalities.has(norm)) named = true;
    end++;
  }
  if (!named || end === k) return false;
  if (absorbed) work.remove(absorbed);
  return addNew(work, 'ORG', i, end, strip, 0.65);
}

/**
 * An armed group named with everyday words closed by a place or an unfamiliar definite word after its noun:
 * كتيبة شهداء الصاخور، تجمع شباب وادي بردى. The noun must be one: not sentence-initial, no و/ف before it
 * (وتجمع عشرات المحتجين is a verb). A model span on the everyday words (شباب) is part of the name.
 */
function namedGroupWithWords(work: Work, i: number, strip: number, k: number): boolean {
  const tokens = work.tokens;
  const l = work.lists;
  const sentence = tokens[i]!.sentence;
  const first = tokens[i]!.norm[0];
  if (i === 0 || tokens[i - 1]!.sentence !== sentence) return false;
  // A noun, not a verb (حيث تجمع أهالي حلب): after ب or ل, a preposition or a title (قائد كتيبة …).
  const before = tokens[i - 1]!;
  const nounContext =
    (strip > 0 && (first === 'ب' || first === 'ل')) ||
    // Coordinated with a body named just before: جبهة النصرة ولواء فجر الأمة.
    (strip > 0 && first === 'و' && work.at(i - 1)?.label === 'ORG') ||
    l.placePrepositions.has(before.norm) ||
    ['مع', 'عن', 'على', 'ضد', 'بين'].includes(before.norm) ||
    l.personLinkers.has(before.norm) || // الناطق باسم تجمع أحرار حوران
    !!triggerWordAt(work, i - 1)?.title;
  if (!nounContext) return false;
  const absorbed: Draft[] = [];
  let words = 0;
  let j = k;
  while (j < tokens.length && words < 3) {
    const t = tokens[j]!;
    if (t.sentence !== sentence) return false;
    const held = work.at(j);
    if (
      held?.source === 'model' &&
      held.startToken === j &&
      held.endToken === j + 1 &&
      isUnitCloser(work, i, strip, j, words)
    ) {
      absorbed.push(held);
      return addAbsorbing(work, i, j + 1, strip, absorbed);
    }
    if (held) {
      if (held.startToken !== j) return false;
      if (held.label === 'LOC' && words > 0) {
        absorbed.push(held);
        j = held.endToken;
        break;
      }
      if (held.label !== 'ORG' || held.source !== 'model') return false;
      absorbed.push(held);
      words += held.endToken - j;
      j = held.endToken;
      continue;
    }
    if (t.kind !== 'arabic') return false;
    const norm = t.norm;
    if (l.functionWords.has(norm) || l.triggers.has(norm) || l.nationalities.has(norm)) return false;
    if (l.genericComplements.has(norm) || l.monthNames.has(norm) || norm.length < 2) return false;
    // Only a place closes such a name: a definite everyday word may be anything (تجمع عشرات المحتجين), save after
    // an armed unit's noun and one word (لواء شهداء الإسلام، ألوية صقور الشام).
    if (norm.startsWith('ال'))
      return isUnitCloser(work, i, strip, j, words) && addAbsorbing(work, i, j + 1, strip, absorbed);
    if (norm[0] === 'و') return false;
    words++;
    j++;
  }
  const last = tokens[j - 1];
  if (!last || j <= k + 1 || words === 0) return false;
  const closedByPlace = absorbed.length > 0 && absorbed[absorbed.length - 1]!.endToken === j;
  if (!closedByPlace || absorbed[absorbed.length - 1]!.label !== 'LOC') return false;
  return addAbsorbing(work, i, j, strip, absorbed);
}

/** The reading of token i behind `strip` proclitic letters (the trigger's own reading) is in `nouns`. */
function readingIn(work: Work, i: number, strip: number, nouns: ReadonlySet<string>): boolean {
  return work.formsAt(i).some((f) => f.strip === strip && nouns.has(f.key));
}

/**
 * A definite word after an armed unit's noun and one word closes its name (لواء شهداء الإسلام، ألوية صقور الشام);
 * after other nouns it may be anything (تجمع عشرات المحتجين). Generic complements (قوات النظام) are no name.
 */
function isUnitCloser(work: Work, i: number, strip: number, j: number, words: number): boolean {
  const norm = work.tokens[j]!.norm;
  return (
    words === 1 &&
    norm.startsWith('ال') &&
    !work.lists.genericComplements.has(norm) &&
    !work.lists.nationalities.has(norm) &&
    readingIn(work, i, strip, work.lists.brigadeNouns)
  );
}

/** Adds the organisation [i, end) in place of the guesses it absorbs (put back when it is refused). */
function addAbsorbing(
  work: Work,
  i: number,
  end: number,
  strip: number,
  absorbed: readonly Draft[],
): boolean {
  for (const d of absorbed) work.remove(d);
  if (addNew(work, 'ORG', i, end, strip, 0.6)) return true;
  for (const d of absorbed) work.add(d);
  return false;
}

/**
 * A group named by a place right after its noun (فيلق حمص، كتائب حلب): one ORG, the place inside it no mention. The
 * place stands in construct, without a proclitic; a known name there is left alone.
 */
function placeNamedGroup(work: Work, i: number, trigger: TriggerAt, k: number): boolean {
  const held = work.at(k);
  if (held?.label !== 'LOC' || held.startToken !== k || held.start !== work.tokens[k]!.start) return false;
  if (trigger.end !== i + 1) return false;
  const l = work.lists;
  if (!readingIn(work, i, trigger.strip, l.placeGroupNouns)) return false;
  work.remove(held);
  if (addNew(work, 'ORG', i, held.endToken, trigger.strip, 0.6)) return true;
  work.add(held);
  return false;
}

/** Organisation nouns: جيش الإسلام، حركة حزم، وكالة «سانا» … */
export function organisationRule(work: Work, starts: readonly number[]): void {
  const tokens = work.tokens;
  for (const i of starts) {
    if (work.owner[i] !== 0) continue;
    const trigger = triggerAt(work, i, isOrgNoun);
    if (!trigger) continue;
    const k = trigger.end;
    if (trigger.kinds.agency && agencyName(work, i, trigger.strip, k)) continue;
    if (!tokens[k] || work.lists.crowdWords.has(tokens[k]!.norm)) continue;
    if (trigger.kinds.orgInside && work.owner[k] !== 0) {
      // Only a place named with an adjective may follow here: مجلس منبج العسكري.
      const council = placeWithAdjective(work, k);
      if (council?.absorbed) work.remove(council.absorbed);
      if (council) addNew(work, 'ORG', i, council.end, trigger.strip, 0.6);
      else if (placeNamedGroup(work, i, trigger, k)) continue;
      else if (trigger.kinds.orgNamed) namedGroupWithWords(work, i, trigger.strip, k);
      continue;
    }
    if (work.owner[k] !== 0) continue;
    if (trigger.kinds.orgOutside) {
      // Media: only the name is marked, quoted or not: وكالة “نوفوستي”، صحيفة الحياة.
      const quoted = QUOTES_OPEN.has(tokens[k]!.text);
      // موقع المبادر (the initiator's position): a site's unquoted name is a word without the article.
      const definite = tokens[k]!.norm.startsWith('ال');
      if (
        !quoted &&
        definite &&
        !work.knowledge.nameWords.has(tokens[k]!.norm) &&
        readingIn(work, i, trigger.strip, work.lists.siteNouns)
      )
        continue;
      const from = quoted ? k + 1 : k;
      let to = !quoted && isNationalityOutletName(work, i, trigger, k) ? k + 1 : from;
      while (
        to - from < 3 &&
        isWord(work, to, tokens[k]!.sentence) &&
        (quoted || isMediaNameWord(work, tokens[to]!.norm))
      )
        to++;
      const closed = !quoted || (tokens[to] && QUOTES_CLOSE.has(tokens[to]!.text));
      if (to > from && closed) addNew(work, 'ORG', from, to, 0, 0.65);
      continue;
    }
    const name = orgNameEnd(work, k);
    if (!name) {
      if (trigger.kinds.orgNamed) namedGroupWithWords(work, i, trigger.strip, k);
      continue;
    }
    const placeNamed = name.end > k && work.lists.orgNameAdjectives.has(tokens[name.end - 1]!.norm);
    if (!trigger.kinds.orgNamed && !placeNamed && !hasUnfamiliarWord(work, k, name.end)) continue;
    if (name.absorbed) work.remove(name.absorbed);
    addNew(work, 'ORG', i, name.end, trigger.strip, 0.6);
  }
}

/** State bodies named by a nationality adjective: وزارة الخارجية القطرية، الجيش الأردني، المخابرات التركية. */
export function stateBodyRule(work: Work, starts: readonly number[], bodies: readonly number[]): void {
  const tokens = work.tokens;
  for (const i of starts) {
    if (work.owner[i] !== 0) continue;
    const head = triggerAt(work, i, isStateBody);
    if (!head) continue;
    // The known body behind a head of two words (جهاز | الاستخبارات التركية) is the same body, named in full.
    const known = work.at(i + 1);
    const inner =
      known?.source === 'lexicon' &&
      known.label === 'ORG' &&
      known.startToken === i + 1 &&
      known.endToken === head.end + 1 &&
      head.end - i === 2
        ? known
        : null;
    const adjective = tokens[head.end];
    if (
      !adjective ||
      adjective.sentence !== tokens[i]!.sentence ||
      (work.owner[head.end] !== 0 && !inner) ||
      !adjective.norm.startsWith('ال') ||
      !work.lists.nationalities.has(adjective.norm) ||
      // The adjective agrees with the head (جهاز الاستخبارات التركي) or with its plural complement (… التركية).
      (adjective.norm.endsWith('ه') !== !!head.kinds.stateBodyFeminine && head.end - i < 2)
    ) {
      continue;
    }
    if (inner) work.remove(inner);
    if (!addNew(work, 'ORG', i, head.end + 1, head.strip, 0.75) && inner) work.add(inner);
  }
  // Heads of public bodies: those no trigger phrase starts with (مديرية), then those some do (وزارة، هيئة).
  for (const i of bodies) if (work.owner[i] === 0) publicBody(work, i);
  for (const i of starts) if (work.owner[i] === 0 && work.isBodyHead(i)) publicBody(work, i);
}

/**
 * A public body named by its head, one definite complement and an adjective of the same gender: مديرية التربية
 * الحرة، رئاسة الأركان التركية، هيئة الإغاثة الوطنية.
 */
function publicBody(work: Work, i: number): void {
  const tokens = work.tokens;
  const l = work.lists;
  const form = work.formsAt(i).find((f) => l.stateBodyNouns.has(f.key));
  if (!form) return;
  const sentence = tokens[i]!.sentence;
  const complement = i + 1;
  // A second complement after و: إدارة الكوارث والطوارئ التركية.
  const second = tokens[complement + 1]?.norm ?? '';
  const coordinated =
    second.startsWith('وال') &&
    second.length > 4 &&
    isWord(work, complement + 1, sentence) &&
    !l.nationalities.has(second.slice(1)) &&
    !l.stateBodyAdjectives.has(second.slice(1));
  const adjective = complement + (coordinated ? 2 : 1);
  if (!isWord(work, complement, sentence)) return;
  const c = tokens[complement]!.norm;
  if (!c.startsWith('ال') || l.nationalities.has(c) || l.functionWords.has(c)) return;
  const a = isWord(work, adjective, sentence) ? tokens[adjective]!.norm : '';
  if (!a.startsWith('ال') || !(l.nationalities.has(a) || l.stateBodyAdjectives.has(a))) {
    if (PORTFOLIO_HEADS.has(form.key)) ministryByPortfolio(work, i, form.strip, sentence);
    return;
  }
  // The adjective agrees with the head, not with the complement: مديرية (f.) … الحرة.
  const feminine = form.key.endsWith('ه');
  if (a.endsWith('ه') !== feminine) return;
  // A second adjective of the head's gender belongs to the name too: هيئة الإغاثة الإسلامية العالمية.
  let end = adjective + 1;
  const b = isWord(work, end, sentence) ? tokens[end]!.norm : '';
  if (
    DEFINITE_ADJECTIVE.test(b) &&
    b.endsWith('ه') === feminine &&
    !l.placeNameAdjectives.has(b) &&
    !l.affiliationAdjectives.has(b) && // مؤسسة الحبوب الحرة | التابعة للحكومة
    !ACTIVE_PARTICIPLE.test(b) // … العاملة في: a participle takes its complement
  )
    end++;
  addNew(work, 'ORG', i, end, form.strip, 0.7);
}

/** Heads a body's portfolio alone names: وزارة الصحة، مديرية التربية، مديرية المخابرات. */
const PORTFOLIO_HEADS = new Set(['وزاره', 'مديريه']);
/** A definite adjective (المائية، العامة، الداخلية): it continues a ministry's portfolio. */
const DEFINITE_ADJECTIVE = /^ال[\u0621-\u064a]{2,}(يه|ي|ه)$/;
const MAX_PORTFOLIO_WORDS = 4;
/** A definite feminine active participle (العاملة، الداعمة، التابعة). */
const ACTIVE_PARTICIPLE = /^ال[^ا]ا[^ا]{2}ه$/;

/**
 * A ministry or a directorate named by its portfolio alone is a body (وزارة الصحة، وزارة الموارد المائية، وزارة
 * النفط والثروة المعدنية، مديرية المخابرات): the definite complement, its adjectives and the portfolios coordinated with it. Any other definite
 * word after it is the verb's object (أعلنت وزارة الدفاع الانسحاب), and a nationality adjective is stateBodyRule's.
 */
function ministryByPortfolio(work: Work, i: number, strip: number, sentence: number): void {
  const tokens = work.tokens;
  const l = work.lists;
  let end = i + 2;
  while (end - i - 1 < MAX_PORTFOLIO_WORDS && isWord(work, end, sentence)) {
    const norm = tokens[end]!.norm;
    // و or ل + a noun in construct with a definite word: وحماية المستهلك، لشؤون المصالحة.
    if ((norm[0] === 'و' || norm[0] === 'ل') && !norm.startsWith('ال', 1) && norm.length > 3) {
      if (norm[0] === 'و' && l.isStateBodyNoun(norm.slice(1))) break; // ووزارة الكهرباء: a second body
      const next = tokens[end + 1]?.norm ?? '';
      if (!isWord(work, end + 1, sentence) || !next.startsWith('ال') || l.nationalities.has(next)) break;
      end += 2;
      continue;
    }
    const word = norm.startsWith('وال') ? norm.slice(1) : norm;
    if (!word.startsWith('ال') || l.nationalities.has(word) || l.functionWords.has(word)) break;
    if (l.affiliationAdjectives.has(word)) break; // وزارة التربية التابعة للحكومة
    // After the portfolio only its adjectives and coordinated portfolios (والإصلاح الزراعي) follow.
    if (word === norm && !DEFINITE_ADJECTIVE.test(word) && !l.institutionNameAdjectives.has(word)) break;
    end++;
  }
  addNew(work, 'ORG', i, end, strip, 0.7);
}

/**
 * An operation named after its fighters is their group's name: فصائل «درع الفرات»، مقاتلو «غصن الزيتون». The
 * guideline marks the group (ORG) where the text speaks of fighters.
 */
export function factionRule(work: Work): void {
  const tokens = work.tokens;
  for (const d of work.drafts) {
    if (d.label !== 'MISC' || d.end <= d.start) continue;
    let before = d.startToken - 1;
    if (before >= 0 && QUOTES_OPEN.has(tokens[before]!.text)) before--;
    if (!groupNounEndsAt(work, before)) continue;
    work.remove(d);
    const folded = tokens
      .slice(d.startToken, d.endToken)
      .map((t) => t.norm)
      .join(' ');
    const name = work.text.slice(d.start, d.end);
    work.add({ ...d, label: 'ORG', entityId: work.docEntity('ORG', name, folded), source: 'rule' });
  }
}

/** True when a noun of fighters (فصائل، مقاتلو، غرفة عمليات) ends at token i. */
function groupNounEndsAt(work: Work, i: number): boolean {
  for (let from = i; from >= 0 && from > i - 2; from--) {
    const m = triggerAt(work, from, (k) => !!k.groupNoun);
    if (m && m.end === i + 1) return true;
  }
  return false;
}

const HEADLINE_TOKENS = 80;

/**
 * A ministry named by its portfolio alone at the head of a text or paragraph, before a colon (الخارجية: …), as
 * news agencies title their ledes.
 */
export function headlineBodyRule(work: Work): void {
  const tokens = work.tokens;
  const l = work.lists;
  // Headlines and ledes open the text: its first lines only.
  const last = Math.min(tokens.length - 1, HEADLINE_TOKENS);
  for (let i = 0; i < last; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'arabic' || tokens[i + 1]!.text !== ':' || work.owner[i] !== 0) continue;
    if (!l.headlineBodies.has(t.norm)) continue;
    // At the start of the text or of a line.
    if (i > 0 && !/\n\s*$/.test(work.text.slice(tokens[i - 1]!.end, t.start))) continue;
    addNew(work, 'ORG', i, i + 1, 0, 0.6);
  }
}

/**
 * A body named by a place the lexicon found: مصرف سورية المركزي، لجامعة حلب. The guideline marks the organisation
 * once, its place not separately. Where no adjective must close the name, one of the head's gender may: جامعة حلب
 * الحرة. (Hospitals, named by a place or anything else, are hospital-rule.ts's.)
 */
export function placeNamedBodyRule(work: Work): void {
  const tokens = work.tokens;
  const l = work.lists;
  const bodies = l.placeNamedBodies;
  for (const d of work.drafts) {
    if (d.label !== 'LOC' || d.end <= d.start || d.start !== tokens[d.startToken]!.start) continue;
    const h = d.startToken - 1;
    const sentence = tokens[d.startToken]!.sentence;
    if (!isWord(work, h, sentence)) continue;
    for (const form of work.formsAt(h)) {
      const adjective = bodies.get(form.key);
      if (adjective === undefined) continue;
      const next = isWord(work, d.endToken, sentence) ? tokens[d.endToken]!.norm : '';
      if (adjective && next !== adjective) break;
      const closes =
        !!adjective || (l.institutionAdjectives.has(next) && next.endsWith('ه') === form.key.endsWith('ه'));
      work.remove(d);
      if (!addNew(work, 'ORG', h, closes ? d.endToken + 1 : d.endToken, form.strip, 0.75)) work.add(d);
      break;
    }
  }
}

/**
 * A facility named after a place (مسجد حلب الكبير، مدرسة دمشق، بجامع الرقة) is no mention of that place. Run last,
 * so that no later pass marks the place again.
 */
export function facilityNameRule(work: Work): void {
  const tokens = work.tokens;
  const facilities = work.lists.facilityNouns;
  for (const d of work.drafts) {
    if (d.label !== 'LOC' || d.end <= d.start || d.start !== tokens[d.startToken]!.start) continue;
    const h = d.startToken - 1;
    if (!isWord(work, h, tokens[d.startToken]!.sentence)) continue;
    if (work.formsAt(h).some((form) => facilities.has(form.key))) work.remove(d);
  }
}

const UNIT_NUMBER = /^\d{1,4}$/;

/**
 * A military unit named by its noun and a number or an ordinal of the noun's gender: اللواء 104، الفرقة 17،
 * الفرقة الرابعة، الفيلق الخامس، الفوج 46. A number counting the word after it is no unit's (… 47 ساعة, an
 * indefinite word after the number), and the rank اللواء before a person's name has no number after it.
 */
const UNIT_NOUN = formTest((key) => wordLists().unitNouns.has(key));

export function numberedUnitRule(work: Work): void {
  const tokens = work.tokens;
  const l = work.lists;
  let after = 0;
  for (const i of work.positionsOf(UNIT_NOUN)) {
    const t = tokens[i]!;
    if (i < after || i + 1 >= tokens.length || t.kind !== 'arabic' || work.owner[i] !== 0) continue;
    const form = work.firstForm(i, UNIT_NOUN)!;
    const next = tokens[i + 1]!;
    if (next.sentence !== t.sentence || work.owner[i + 1] !== 0) continue;
    let named = false;
    if (next.kind === 'number') {
      const after = tokens[i + 2];
      const counts =
        !!after &&
        after.sentence === t.sentence &&
        after.kind === 'arabic' &&
        after.start === next.end + 1 &&
        !after.norm.startsWith('ال') &&
        !after.norm.startsWith('وال') &&
        !l.functionWords.has(after.norm) &&
        !l.placePrepositions.has(after.norm) &&
        work.owner[i + 2] === 0;
      named = UNIT_NUMBER.test(next.norm) && !counts;
    } else if (next.kind === 'arabic') {
      const ordinals = form.key.endsWith('ه') ? l.feminineOrdinals : l.nameOrdinals;
      named = ordinals.has(next.norm);
    }
    if (named && addNew(work, 'ORG', i, i + 2, form.strip, 0.6)) after = i + 2;
  }
}

/**
 * A base named by its place (قاعدة الشعيرات، قاعدة حميميم) is what the bare definite noun means after it: «الطائرات
 * في القاعدة» is that base, no mention of al-Qaeda. The latest of the two full names before the bare word decides:
 * after «تنظيم القاعدة» it stays the organisation; with no base named it stays the organisation too.
 */
const BASE_NOUN = formTest((key) => wordLists().baseNouns.has(key));
/** The base noun with the article (القاعدة): a reference back to the base. */
const BARE_BASE = formTest((key) => key.startsWith('ال') && wordLists().baseNouns.has(key.slice(2)));

export function baseReferenceRule(work: Work): void {
  const tokens = work.tokens;
  const l = work.lists;
  if (l.baseNouns.size === 0) return;
  // The base nouns and their bare definite forms, in text order: a full name sets what a bare one means.
  const bases = work.positionsOf(BASE_NOUN);
  const bare = work.positionsOf(BARE_BASE);
  let lastIsBase = false;
  for (let b = 0, r = 0; b < bases.length || r < bare.length; ) {
    const isBase = r >= bare.length || (b < bases.length && bases[b]! < bare[r]!);
    const i = isBase ? bases[b++]! : bare[r++]!;
    if (tokens[i]!.kind !== 'arabic') continue;
    const held = work.at(i);
    if (isBase) {
      const place = work.at(i + 1);
      if (!held && place?.label === 'LOC' && place.startToken === i + 1) lastIsBase = true;
      continue;
    }
    if (held?.label !== 'ORG' || held.endToken !== i + 1) continue;
    // تنظيم القاعدة names the organisation again; القاعدة alone after a base is that base.
    if (held.startToken < i) lastIsBase = false;
    else if (lastIsBase) work.remove(held);
  }
}
