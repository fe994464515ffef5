import { companyBrand } from './company-rule.js';
import { triggerWordAt } from './lexicon-pass.js';
import { addNew } from './rule-helpers.js';
import { wordLists } from './word-lists.js';
import { type Draft, formTest, type Work } from './work.js';

/**
 * Institutions named by a genitive chain after their head noun: مديرية صحة حلب الحرة، المجلس المحلي لمدينة
 * الباب، المديرية العامة للآثار والمتاحف، جمعية البر والخدمات الاجتماعية، مكتب توثيق الشهداء في درعا. The
 * guideline marks the whole name once, a place inside it not separately.
 *
 * The chain is read word by word: after an indefinite head, nouns in construct (صحة، توثيق), definite nouns,
 * places and proper words; after a definite head, an adjective of its gender first (المجلس المحلي). Then nisba
 * adjectives (الاستراتيجية), complements with ل (للدراسات، لمياه الشرب، لمدينة الباب), a second definite noun
 * after و (والمتاحف), and last «في + a place» for a body named by where it works (الهيئة الإعلامية في وادي
 * بردى). It ends at anything else: a person, a verb, a participle (العاملة في …), punctuation, a title.
 */

type State =
  | 'headDef'
  | 'headIndef'
  | 'indef'
  | 'def'
  | 'adj'
  | 'compl'
  | 'lamIndef'
  | 'lamPlace'
  | 'place'
  | 'tail';

const MAX_WORDS = 9;

interface Head {
  readonly key: string;
  readonly strip: number;
  readonly definite: boolean;
  readonly feminine: boolean;
}

const INSTITUTION_HEAD = formTest((key) => wordLists().institutionHeads.has(key));

function headAt(work: Work, i: number): Head | null {
  const form = work.firstForm(i, INSTITUTION_HEAD);
  if (!form) return null;
  return {
    key: form.key,
    strip: form.strip,
    definite: form.key.startsWith('ال'),
    feminine: form.key.endsWith('ه'),
  };
}

/** A word the chain may hold at all: Arabic, no particle, no title or place noun, no nationality noun alone. */
function isChainWord(work: Work, j: number): boolean {
  const t = work.tokens[j]!;
  if (t.kind !== 'arabic' || t.norm.length < 2) return false;
  const l = work.lists;
  if (l.functionWords.has(t.norm) || l.verbParticles.has(t.norm) || l.speechVerbs.has(t.norm)) return false;
  if (l.monthNames.has(t.norm)) return false;
  const kinds = triggerWordAt(work, j);
  // A title that is also an adjective (الإعلامية، العسكري) stays in a name: الهيئة الإعلامية.
  if (kinds?.title && !isAdjective(work, t.norm)) return false;
  return !kinds?.placeList;
}

/** A definite nisba adjective (الاستراتيجية، الاجتماعية، المحلي) or one of the listed adjectives (العامة). */
function isAdjective(work: Work, norm: string): boolean {
  if (!norm.startsWith('ال') || norm.length < 5) return false;
  const l = work.lists;
  if (
    l.institutionNameAdjectives.has(norm) ||
    l.orgNameAdjectives.has(norm) ||
    l.stateBodyAdjectives.has(norm) ||
    l.institutionAdjectives.has(norm) ||
    l.nationalities.has(norm)
  )
    return true;
  return norm.endsWith('يه') || (norm.endsWith('ي') && !norm.endsWith('اي'));
}

const isDefinite = (norm: string) => norm.startsWith('ال') && norm.length > 3;
const HAMZA_START = /^[أإآ]/;

/** A plural «free» (الأحرار) describes the members: it closes the name whatever the head noun's gender. */
const isMembersAdjective = (norm: string) =>
  wordLists().freeBodyAdjectives.has(norm) && norm.length > 4 && !/(ه|ي)$/.test(norm);

/** ل + the article (للدراسات → الدراسات), or ل + an indefinite noun (لمياه → مياه), or null. */
function afterLam(norm: string): { key: string; definite: boolean } | null {
  if (norm.length < 4 || norm[0] !== 'ل') return null;
  if (norm[1] === 'ل') return { key: `ا${norm.slice(1)}`, definite: true };
  return { key: norm.slice(1), definite: false };
}

/** True when token j is a free Arabic word of the sentence. */
function isWordAt(work: Work, j: number, sentence: number): boolean {
  const t = work.tokens[j];
  return !!t && t.sentence === sentence && t.kind === 'arabic' && work.owner[j] === 0;
}

/** The LOC mention starting exactly at token j (its proclitic, if any, outside it), or null. */
function placeAt(work: Work, j: number): Draft | null {
  const held = work.at(j);
  return held && held.label === 'LOC' && held.startToken === j ? held : null;
}

export function institutionRule(work: Work): void {
  const tokens = work.tokens;
  let after = 0;
  for (const i of work.positionsOf(INSTITUTION_HEAD)) {
    if (i < after || work.owner[i] !== 0 || tokens[i]!.kind !== 'arabic') continue;
    if (companyBrand(work, i, headAt(work, i)!.key)) continue;
    const end = institutionName(work, i);
    if (end > i) after = end;
  }
}

/** Marks the institution whose head is token i; returns the end of its name, or -1. */
function institutionName(work: Work, i: number): number {
  const tokens = work.tokens;
  const l = work.lists;
  const head = headAt(work, i)!;
  const sentence = tokens[i]!.sentence;
  let state = (head.definite ? 'headDef' : 'headIndef') as State;
  let end = -1;
  let endAbsorbed = 0;
  const absorbed: Draft[] = [];
  let elements = 0;
  let endElements = 0;
  let indefRun = 0;
  let specific = false;
  let endSpecific = false;
  let generic = true;
  let headAdjective = '';
  // A place noun led to the place (مجلس مدينة حلب، تنسيقية مدينة سقبا): the place alone then names the body.
  let viaPlaceNoun = false;
  // That noun's gender: an adjective after the place may agree with it (مجلس مدينة حلب الحرة).
  let placeNounFeminine = false;
  let endGeneric = true;
  let j = i + 1;
  // The adjective the chain last closed on (العامة in القيادة العامة), and whether one calls the body national.
  let lastAdjective = '';
  let national = false;
  const close = (next: State, to: number) => {
    if (next === 'adj') {
      lastAdjective = tokens[to - 1]!.norm;
      national ||= l.nationalAdjectives.has(lastAdjective);
    }
    state = next;
    j = to;
    elements++;
    end = to;
    endAbsorbed = absorbed.length;
    endElements = elements;
    endSpecific = specific;
    endGeneric = generic;
  };
  while (j < tokens.length && j - i <= MAX_WORDS) {
    const t = tokens[j]!;
    if (t.sentence !== sentence) break;
    const place = placeAt(work, j);
    if (place) {
      // A place in construct has no proclitic (صحة حلب); after the name, only ل joins one (… لدمشق), not ب
      // (مؤسسة … بطنجة: where it is).
      const proclitic = place.start > t.start;
      const lam = proclitic && t.norm[0] === 'ل';
      const ok =
        (!proclitic &&
          (state === 'headIndef' || state === 'indef' || state === 'lamIndef' || state === 'lamPlace')) ||
        (lam && (state === 'adj' || state === 'def' || state === 'compl'));
      if (!ok || place.startToken !== j) break;
      absorbed.push(place);
      specific = true;
      generic = false;
      close('place', place.endToken);
      continue;
    }
    // A known body in construct after the head names a branch of it (مديرية الدفاع المدني في ريف دمشق): the name
    // goes on, and needs more than the known body to be one (a place, «في + a place»).
    const known = work.at(j);
    if (
      known &&
      state === 'headIndef' &&
      known.label === 'ORG' &&
      known.startToken === j &&
      known.start === t.start &&
      known.source === 'lexicon'
    ) {
      absorbed.push(known);
      elements += known.endToken - j - 1;
      close('def', known.endToken);
      continue;
    }
    // A known body after ل and «general» closes the name of the body that heads it: القيادة العامة | للقوات
    // المسلحة الأردنية، هيئة الأركان العامة | للقوات المسلحة الروسية. An office of a body is no name of its own
    // (المكتب السياسي | لتجمع فاستقم: the guideline marks the body).
    if (
      known &&
      known.label === 'ORG' &&
      known.startToken === j &&
      known.start > t.start &&
      t.norm[0] === 'ل' &&
      state === 'adj' &&
      l.commandAdjectives.has(lastAdjective)
    ) {
      absorbed.push(known);
      specific = true;
      generic = false;
      close('tail', known.endToken);
      break;
    }
    if (work.owner[j] !== 0 || !isChainWord(work, j)) {
      // «في + a place» names a local body: الهيئة الإعلامية في وادي بردى، مكتب توثيق الشهداء في درعا.
      if (t.norm === 'في' && (state === 'adj' || state === 'def' || state === 'compl') && endElements >= 1) {
        // The place may follow its noun: المجلس التنفيذي في مقاطعة عفرين، … في ريف إدلب.
        const noun = isWordAt(work, j + 1, sentence) && !!triggerWordAt(work, j + 1)?.place;
        const where = placeAt(work, noun ? j + 2 : j + 1);
        const qualifies = head.definite
          ? l.localBodyAdjectives.has(headAdjective)
          : endElements >= 1 && l.localBodyHeads.has(head.key);
        // A country is where a national body works, not part of its name (المديرية العامة للآثار … في سوريا),
        // and a body called national (لجنة المصالحة الوطنية) only has a branch in a city.
        const country = where?.entityId.startsWith('country:') ?? false;
        if (where && where.start === tokens[where.startToken]!.start && qualifies && !country && !national) {
          absorbed.push(where);
          specific = true;
          generic = false;
          close('tail', where.endToken);
          if (tokens[j] && l.placeSelfExtensions.has(tokens[j]!.norm) && work.owner[j] === 0)
            close('tail', j + 1);
          // The place's side (… في ريف حلب الغربي) and the body's «free» (… في حلب الحرة) close the name.
          for (const closing of [l.placeNameAdjectives, l.freeBodyAdjectives]) {
            if (isWordAt(work, j, sentence) && closing.has(tokens[j]!.norm)) close('tail', j + 1);
          }
        }
      }
      break;
    }
    const norm = t.norm;
    if (state === 'tail') break;
    // Another head inside the chain names the body (مجلس إدارة المؤسسة العامة للسينما): it is tried on its own.
    if ((state === 'headIndef' || state === 'indef') && headAt(work, j)) return -1;
    // A place noun is followed by its place: مجلس مدينة دوما، المجلس المحلي لمدينة الباب.
    if (triggerWordAt(work, j)?.place) {
      const lamForm = norm[0] === 'ل' && (state === 'adj' || state === 'def' || state === 'compl');
      if (!lamForm && state !== 'headIndef') break;
      viaPlaceNoun = true;
      placeNounFeminine = norm.endsWith('ه');
      state = 'lamPlace';
      j++;
      continue;
    }
    if (state === 'place') {
      // After the place: its countryside (دمشق وريفها) or an adjective of the body (صحة حلب الحرة).
      if (l.placeSelfExtensions.has(norm)) {
        close('place', j + 1);
        continue;
      }
      const complement = afterLam(norm);
      if (complement?.definite && !l.genericComplements.has(complement.key)) {
        if (l.triggers.has(complement.key.slice(2))) break;
        close('compl', j + 1);
        continue;
      }
      const adjective =
        l.institutionNameAdjectives.has(norm) ||
        l.orgNameAdjectives.has(norm) ||
        l.stateBodyAdjectives.has(norm) ||
        l.institutionAdjectives.has(norm);
      const feminine = norm.endsWith('ه');
      const agrees = feminine === head.feminine || (viaPlaceNoun && feminine === placeNounFeminine);
      if (adjective && (agrees || isMembersAdjective(norm))) close('adj', j + 1);
      // A nisba adjective of the body after its place (جمعية شباب تل رفعت الخيرية), not one of the place's own
      // (حلب الشرقية) nor a nation's.
      else if (
        feminine === head.feminine &&
        isAdjective(work, norm) &&
        !l.placeNameAdjectives.has(norm) &&
        !l.nationalities.has(norm)
      )
        close('adj', j + 1);
      break;
    }
    if (state === 'headDef') {
      // The definite head needs an adjective of its gender: المجلس المحلي، الهيئة الإعلامية، المؤسسة العامة.
      if (!isAdjective(work, norm) || norm.endsWith('ه') !== head.feminine) break;
      headAdjective = norm;
      close('adj', j + 1);
      continue;
    }
    const lam = afterLam(norm);
    if (state === 'headIndef' || state === 'indef') {
      if (isDefinite(norm)) {
        if (!l.genericComplements.has(norm)) generic = false;
        indefRun = 0;
        close('def', j + 1);
        continue;
      }
      if (state === 'indef' && lam?.definite) {
        // A proper word and a complement: جمعية نور للإغاثة، مركز عمران للدراسات.
        generic = false;
        specific = true;
        indefRun = 0;
        close('compl', j + 1);
        continue;
      }
      if (indefRun >= 2 || norm.startsWith('و')) break;
      // A word of nisba shape is an adjective describing the head (مؤسسة تجارية، مجلس ملكي استشاري) unless a
      // definite word or a place follows it in construct (مديرية تربية إدلب، مديرية التربية).
      if (norm.endsWith('يه') || (norm.endsWith('ي') && norm.length > 3)) {
        const next = tokens[j + 1];
        const place = placeAt(work, j + 1);
        const construct =
          !!next &&
          next.sentence === sentence &&
          ((place !== null && place.start === next.start) ||
            (work.owner[j + 1] === 0 && isDefinite(next.norm)));
        if (!construct) break;
      }
      indefRun++;
      state = 'indef';
      elements++;
      j++;
      continue;
    }
    if (state === 'lamIndef') {
      if (!isDefinite(norm)) break;
      generic = false;
      specific = true;
      close('compl', j + 1);
      continue;
    }
    if (state === 'lamPlace') break;
    // state: def, adj, compl.
    if (isDefinite(norm) && isAdjective(work, norm)) {
      // «Free» makes the body a particular one: نقابة المحامين الأحرار.
      if (l.freeBodyAdjectives.has(norm)) {
        specific = true;
        generic = false;
      }
      close('adj', j + 1);
      continue;
    }
    if (lam) {
      if (lam.definite) {
        // A reference back (للفصيل، للحركة) or a generic noun (للنظام) is no complement of a name.
        if (l.genericComplements.has(lam.key) || l.triggers.has(lam.key.slice(2))) break;
        generic = false;
        specific = true;
        close('compl', j + 1);
        continue;
      }
      if (lam.key.length >= 3 && !l.functionWords.has(lam.key)) {
        state = 'lamIndef';
        j++;
        continue;
      }
      break;
    }
    // A second construct after و: وزارة التجارة الداخلية وحماية المستهلك.
    if (norm.startsWith('و') && !norm.startsWith('وال') && norm.length > 3 && !l.functionWords.has(norm)) {
      const next = tokens[j + 1];
      const rest = norm.slice(1);
      if (
        next &&
        next.sentence === sentence &&
        work.owner[j + 1] === 0 &&
        isChainWord(work, j + 1) &&
        isDefinite(next.norm) &&
        !l.genericComplements.has(next.norm) &&
        !l.triggers.has(rest) &&
        !l.institutionHeads.has(rest) &&
        !l.functionWords.has(rest)
      ) {
        generic = false;
        specific = true;
        close('def', j + 2);
        continue;
      }
    }
    // A second definite noun after و: للآثار والمتاحف، البر والخدمات.
    if (norm.startsWith('وال') && norm.length > 4 && state !== 'adj') {
      const rest = norm.slice(1);
      if (l.triggers.has(rest) || l.triggers.has(rest.slice(2)) || l.institutionHeads.has(rest.slice(2)))
        break;
      if (!l.genericComplements.has(rest)) generic = false;
      specific = true;
      close('def', j + 1);
      continue;
    }
    break;
  }
  if (end < 0) return -1;
  // A head with adjectives alone (المجلس المحلي، المجلس التشريعي الفلسطيني) or with one noun (مركز المدينة،
  // مكتب الإحصاء الوطني) may be a description: the name needs a place, a complement with ل or a second noun
  // after و.
  const byItsPlace = viaPlaceNoun && l.placeCouncilHeads.has(head.key); // not مركز مدينة حلب (its centre)
  // An association of a profession is one body whatever follows: نقابة المحامين، رابطة الصحفيين السوريين.
  // A court named by two adjectives is one too: المحكمة الدستورية العليا، النيابة العامة الاتحادية.
  const association =
    l.associationHeads.has(head.key) &&
    (head.definite
      ? endElements >= 2
      : work.owner[i + 1] === 0 &&
        isDefinite(tokens[i + 1]!.norm) &&
        !HAMZA_START.test(tokens[i + 1]!.text) && // ألمانية folds to an «ال» it does not have
        !endGeneric);
  if (!association && ((endElements < 2 && !byItsPlace) || !endSpecific)) return -1;
  if (endGeneric && !head.definite && !association) return -1;
  const taken = absorbed.slice(0, endAbsorbed);
  for (const d of taken) work.remove(d);
  if (!work.isFree(i, end)) {
    for (const d of taken) work.add(d);
    return -1;
  }
  if (!addNew(work, 'ORG', i, end, head.strip, 0.6)) {
    for (const d of taken) work.add(d);
    return -1;
  }
  return end;
}
