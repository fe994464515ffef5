import { fold } from '../text/normalize.js';
import { ARTICLE_PROCLITIC_PREFIXES } from '../text/tokenize.js';
import { originalOffset } from './clitics.js';
import { hasTanwinFath, nameAt } from './lexicon-pass.js';
import {
  addNew,
  addOverModelGuesses,
  DEFINITE_MASDAR,
  isDefiniteAfterLinker,
  isEverydayWord,
  isGivenNameVerb,
  isKinshipWord,
  isNameBreaker,
  isNounWithPronoun,
  isParticleAndImperfect,
  isTitle,
  lineBreakBefore,
  QUOTES_CLOSE,
  QUOTES_OPEN,
  startsWithConjunction,
  triggerAt,
} from './rule-helpers.js';
import { wordLists } from './word-lists.js';
import { type Draft, formTest, type Work } from './work.js';

const MAX_NAME_WORDS = 6;
const NAME_CONTINUATIONS = new Set(['بن', 'ابن', 'بنت', 'ال']);
/** «la» after «de» in a name (دو لا فين): a particle there, «no» anywhere else. */
const ROMANCE_ARTICLE = 'لا';
/** An imperfect verb (يقول، تضمنان): the word after a name is often one, never part of it. */
const VERB_START = /^س?[يتن][\u0621-\u064a]{3,}$/;

/** A token of the sentence that a person name may cover: free, or held by a model guess the rule may correct. */
function isNameSlot(work: Work, i: number, sentence: number): boolean {
  const t = work.tokens[i];
  if (!t || t.sentence !== sentence || t.kind !== 'arabic') return false;
  const held = work.at(i);
  return !held || held.source === 'model';
}

/** A verb or participle by its shape (يقول، مذبوحين، الاستهداف): a word after a name, never one of its words. */
export function hasVerbOrParticipleShape(norm: string): boolean {
  return VERB_START.test(norm) || PLURAL_PARTICIPLE.test(norm) || DEFINITE_MASDAR.test(norm);
}

/** A word no list knows (a family name, likely): no everyday word, particle or verb shape, also without proclitics. */
export function isUnfamiliar(work: Work, i: number): boolean {
  const l = work.lists;
  const norm = work.tokens[i]!.norm;
  const forms = work.formsAt(i);
  for (let f = 1; f < forms.length; f++) {
    const key = forms[f]!.key;
    // كمن، بما، فمن: a proclitic on a particle.
    if (l.vocabulary.has(key) || l.common.has(key) || l.functionWords.has(key)) return false;
    if ((norm[0] === 'ل' || norm[0] === 'ف') && VERB_START.test(key)) return false; // ليضربوا، فيقول
  }
  return (
    !l.vocabulary.has(norm) &&
    !isNameBreaker(work, norm) &&
    !l.functionWords.has(norm) &&
    !hasVerbOrParticipleShape(norm) &&
    !startsWithConjunction(work, norm)
  );
}

/**
 * A word the tokenizer read as a preposition + the article (كال، بال) whose rest no list knows, as a foreign name
 * spelt with those letters is (كالاتايود، كالديرون): a name word, where the words around it make a name.
 */
function isNameAfterArticleLookalike(work: Work, i: number): boolean {
  const token = work.tokens[i]!;
  const rest = token.norm.slice(token.proclitic.length);
  return rest.length > 4 && !isEverydayWord(work, rest) && isUnfamiliar(work, i);
}

/** The plural of a passive participle (مذبوحين، مقتولون): an adjective after a name, never part of it. */
const PLURAL_PARTICIPLE = /^م[\u0621-\u064a]{2}و[\u0621-\u064a](ين|ون)$/;

/**
 * A given name that folds onto a function word but is written as the name: علي (ي), not the preposition على (ى).
 * Folding is for matching; the spelling decides here.
 */
export function isNameSpelling(work: Work, i: number): boolean {
  const t = work.tokens[i];
  const l = work.lists;
  return (
    !!t && l.functionWords.has(t.norm) && l.anyGivenNames.has(t.norm) && !l.isFunctionWordSpelling(t.text)
  );
}

/**
 * A name-spelt function word (علي) inside a name: only where the name ends with it or a family name follows
 * (عدنان علي،، حسين علي الجبوري). Some writers spell the preposition so too: «علق تيم سيباستيان علي ذلك».
 */
export function isNameSpellingInName(work: Work, i: number): boolean {
  if (!isNameSpelling(work, i)) return false;
  const next = work.tokens[i + 1];
  if (!next || next.sentence !== work.tokens[i]!.sentence || next.kind === 'punct') return true;
  return next.norm.startsWith('ال') && (isNisbaFamilyName(work, next.norm) || isUnfamiliar(work, i + 1));
}

/** The article, alone or after a proclitic: a noun or an adjective takes it, a given name never. */
const ARTICLES = ['ال', ...ARTICLE_PROCLITIC_PREFIXES];
/** Proclitics alone (و ف ب ل ك): evidence only on a word long enough not to make another word with one (كمين). */
const PROCLITICS = ['و', 'ف', 'ب', 'ل', 'ك'];

/** Answers of `isInflectedEverydayWord` by word (it builds a dozen strings), bounded like the other memos. */
const inflectedMemo = new Map<string, boolean>();
const INFLECTED_MEMO_LIMIT = 50_000;

/**
 * An everyday word the vocabulary knows only inflected: with the article (also on its feminine or plural: الزوج،
 * الزوجة، الزوجات) or with a proclitic (بزوج). The vocabulary holds the words seen outside names, so those forms
 * are a noun's or an adjective's.
 */
function isInflectedEverydayWord(work: Work, norm: string): boolean {
  let answer = inflectedMemo.get(norm);
  if (answer === undefined) {
    if (inflectedMemo.size >= INFLECTED_MEMO_LIMIT) inflectedMemo.clear();
    answer = inflectedEverydayWord(work, norm);
    inflectedMemo.set(norm, answer);
  }
  return answer;
}

function inflectedEverydayWord(work: Work, norm: string): boolean {
  if (norm.length < 3 || norm.startsWith('ال')) return false;
  for (const stem of [norm, `${norm}ه`, `${norm}ات`])
    for (const prefix of ARTICLES) if (isEverydayWord(work, prefix + stem)) return true;
  if (norm.length < 4) return false;
  for (const prefix of PROCLITICS) if (isEverydayWord(work, prefix + norm)) return true;
  return false;
}

/** A definite family name (الأبيض، الحسن) after a given name: a definite word that is no everyday word of news. */
export function isDefiniteFamilyName(work: Work, norm: string): boolean {
  const l = work.lists;
  return (
    norm.startsWith('ال') &&
    norm.length > 3 &&
    !l.notFamilyNames.has(norm) &&
    !l.genericComplements.has(norm) &&
    !l.nationalities.has(norm) &&
    !l.triggers.startsWith(norm) &&
    !l.functionWords.has(norm) &&
    !l.placeNameAdjectives.has(norm) &&
    !isSureKnownName(work, norm)
  );
}

/**
 * A one-word name the knowledge has in its own right (الأسد، حلب): no family name of a new person. One it has only
 * in naming contexts (الشرقاط, a town and a family name) or as a known person's short name once named (الزعبي) may
 * be one.
 */
function isSureKnownName(work: Work, norm: string): boolean {
  return !!work.knowledge.names.lookup([norm])?.some((hit) => hit.mode === 'always');
}

/** A curated given name that is also an everyday word of news (معين، أمل، نور), no function word (على). */
function isEverydayGivenName(work: Work, i: number): boolean {
  const l = work.lists;
  const norm = work.tokens[i]?.norm ?? '';
  return (
    l.anyGivenNames.has(norm) &&
    !l.personParts.has(norm) &&
    !l.functionWords.has(norm) &&
    !norm.startsWith('ال')
  );
}

/**
 * A family name at token i: a name word, a definite word no list knows (المرعبي), a nisba (الحمصي) or an unknown
 * word without the article.
 */
function hasFamilyNameAt(work: Work, i: number, sentence: number): boolean {
  if (!isNameSlot(work, i, sentence)) return false;
  const l = work.lists;
  const norm = work.tokens[i]!.norm;
  if (norm.startsWith('ال'))
    return (isDefiniteFamilyName(work, norm) && !l.vocabulary.has(norm)) || isNisbaFamilyName(work, norm);
  return l.personParts.has(norm) || isUnfamiliar(work, i);
}

/**
 * A person name after a title: given names, particles (عبد، أبو، بن) and words no list knows, two or three of them
 * (سليم قره باغ). The first word is no definite everyday word (الرئيس المؤقت …).
 */
function personNameEnd(work: Work, k: number): number | null {
  const tokens = work.tokens;
  const l = work.lists;
  const sentence = tokens[k]?.sentence ?? -1;
  const first = tokens[k]?.norm ?? '';
  if (first.startsWith('ال') && !l.personParts.has(first)) return null;
  if (isGivenNameVerb(work, k)) return null; // قائد «قوات النمر»، أشرف شخصياً على …
  if (NAME_CONTINUATIONS.has(first)) return null; // بن حمد continues a name, it does not start one
  if (startsWithConjunction(work, first) || (l.functionWords.has(first) && !isNameSpelling(work, k)))
    return null;
  // A preposition or conjunction on an everyday word (بالشركة، والري) starts no name.
  if (!l.personParts.has(first) && work.formsAt(k).some((f, n) => n > 0 && isEverydayWord(work, f.key)))
    return null;
  // ل/ف + an imperfect verb (ليقرر، فيقول) after a title is the start of a clause, not a name.
  if (!l.personParts.has(first) && isParticleAndImperfect(first, 'لف')) return null;
  // Nor does an everyday word the vocabulary knows inflected (الأب زوج مثالي: الزوجة), save a given name or the
  // first part of a compound one (عطاء الله، فخر الدين).
  if (
    !l.personParts.has(first) &&
    !l.anyGivenNames.has(first) &&
    !l.compoundNameEnds.has(tokens[k + 1]?.norm ?? '') &&
    isInflectedEverydayWord(work, first)
  )
    return null;
  // A given name that is also an everyday word (معين, certain; أمل, hope; نور, light) is a name's first word only
  // with a family name right after it: the everyday word needs none.
  // … or the second word of a compound given name: نور الهدى، نور الدين.
  const everydayGiven =
    isEverydayGivenName(work, k) &&
    (hasFamilyNameAt(work, k + 1, sentence) || l.compoundNameEnds.has(tokens[k + 1]?.norm ?? ''));
  // Only a curated given name vouches for a definite family name or a nisba after it (ANERcorp's name words hold
  // surnames): a nisba closes the name, even before ل + a word (عمر الحلبي لمراسلنا).
  const firstIsGiven = l.curatedGivenNames.has(first) || everydayGiven;
  // Alone it is a name only when punctuation closes it: الطبيبة فريدة، …
  const loneEverydayGiven = isEverydayGivenName(work, k) && tokens[k + 1]?.kind === 'punct';
  // Where the word after the given name stands: after both words of a compound one (نور الهدى | الشامي).
  const afterGiven = everydayGiven && l.compoundNameEnds.has(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
  let end = k;
  let open = false; // a particle needs a following word
  while (end - k < MAX_NAME_WORDS && isNameSlot(work, end, sentence)) {
    const norm = tokens[end]!.norm;
    // The article of a Romance particle is one with it: دو لا فين، دي لا كروز.
    const particle = l.nameParticles.has(norm) || (open && norm === ROMANCE_ARTICLE);
    // After a particle any word but a particle of the sentence is a name (آل ثاني); an ordinal ends a name.
    const nameWord =
      l.personParts.has(norm) ||
      isNameSpelling(work, end) ||
      (end === k && (everydayGiven || loneEverydayGiven)) ||
      (open && norm.length > 1 && !l.functionWords.has(norm) && !particle) ||
      (end > k && l.nameOrdinals.has(norm)) ||
      // The second word of a compound given name: محمد خير، نور الدين.
      (end > k &&
        l.compoundNameEnds.has(norm) &&
        (l.personParts.has(tokens[end - 1]!.norm) || l.anyGivenNames.has(tokens[end - 1]!.norm)));
    if (end > k && norm[0] === 'و' && !nameWord) break; // وتلة: a conjunction starts the next phrase
    if (end > k && isGivenNameVerb(work, end)) break; // أندريه سوكولوف | أشرف أمس على التوزيع
    // للنشرة، بالمدينة: a preposition starts the next phrase; كالاتايود is a name that only looks like ك + ال.
    if (end > k && tokens[end]!.proclitic && !isNameAfterArticleLookalike(work, end)) break;
    if (end > k && hasTanwinFath(tokens[end]!.text)) break; // … غيرغييف حفلاً: an accusative noun, no name word
    if (end > k && isNounWithPronoun(work, end)) break; // وزوجته أسماء بصوتيهما: a noun with its pronoun
    if (end > k && work.formsAt(end).some((f, n) => n > 0 && l.functionWords.has(f.key))) break; // كمن، بما
    if (particle) open = true;
    else if (nameWord) open = false;
    else if (end === afterGiven && firstIsGiven && isDefiniteFamilyName(work, norm)) open = false;
    else if (
      end === k + 1 &&
      firstIsGiven &&
      l.nameHonorifics.has(norm) &&
      !isNameWordAt(work, end + 1, sentence)
    ) {
      end++; // an honorific with no name after it is the family name: الناشط محمد الشيخ من …
      break;
    } else if (end === afterGiven && firstIsGiven && isNisbaFamilyName(work, norm)) {
      end++; // a nisba closes the name: الناشط معاذ الشامي
      break;
    } else if (
      end - k === 2 &&
      !open &&
      (firstIsGiven || l.nameParticles.has(first)) &&
      (isDefiniteFamilyName(work, norm) || isNisbaFamilyName(work, norm)) &&
      // After عبد + a name, a definite word is the family name even when it is a word (عبد الرحمن العمر).
      (isUnfamiliar(work, end) || l.nameParticles.has(first)) &&
      // After a definite family name a definite feminine noun is the sentence's: الشيخ حسن العثمان | الوقفة (but
      // حامد الفرج العلي).
      (!tokens[end - 1]!.norm.startsWith('ال') || l.nameParticles.has(first) || !norm.endsWith('ه'))
    ) {
      end++; // a definite family name after two name words closes the name: محمد زعال العلي
      break;
    } else if (end - k >= 2 && !open && !(end - k === 2 && !norm.startsWith('ال') && isUnfamiliar(work, end)))
      break;
    else if (
      isNameBreaker(work, norm) ||
      l.vocabulary.has(norm) ||
      l.functionWords.has(norm) ||
      (end > k && startsWithConjunction(work, norm))
    ) {
      break;
    } else open = false;
    end++;
  }
  if (open) end--;
  while (end > k && l.nameParticles.has(tokens[end - 1]!.norm)) end--;
  // One unknown word after a title is as likely a verb (الرئيس سعى …) as a name: a lone word must be a given name.
  // A given name that is also a word stands alone only when punctuation closes it: الطبيبة فريدة، …
  if (end === k + 1 && !l.personParts.has(first) && !loneEverydayGiven) return null;
  return end > k ? end : null;
}

/** A definite word of a title's complement: وزير الصحة، مسؤول الإغاثة، المنسق للشؤون الإنسانية. */
function isPortfolioWord(work: Work, norm: string): boolean {
  const l = work.lists;
  if (!/^(ال|لل|بال)/.test(norm) || l.personParts.has(norm)) return false;
  // Also a body's noun (حاكم المصرف، رئيس الهيئة): a trigger word with the article.
  const bare = norm.replace(/^(ال|لل|بال)/, '');
  return (
    l.vocabulary.has(norm) || l.common.has(norm) || l.genericComplements.has(norm) || l.triggers.has(bare)
  );
}

/**
 * Where the name after a title starts: past held names of other kinds (المتحدثة باسم منظمة الصحة العالمية), the
 * title's complement (وزير الصحة), adjectives (التركي، السابق) and linkers (باسمها). Null when a person is
 * already there.
 */
/**
 * A one-word place the lexicon found that is also a given name, before a family name: after a title it is the
 * person's given name, even when the gazetteer is sure of the town (الطفل عمران دقنيش).
 */
function isGivenNameBeforeFamilyName(work: Work, held: Draft, sentence: number): boolean {
  const k = held.startToken;
  // With a proclitic (وعمران) it is no name after a title.
  if (held.source !== 'lexicon' || !isBarePlaceWord(work, held, k)) return false;
  const given = work.lists.personParts.has(work.tokens[k]!.norm) || isEverydayGivenName(work, k);
  return given && hasFamilyNameAt(work, k + 1, sentence);
}

/** A place mention that is exactly the word at token k, without a proclitic (بنش, not وبنش). */
function isBarePlaceWord(work: Work, d: Draft, k: number): boolean {
  return d.label === 'LOC' && d.startToken === k && d.endToken === k + 1 && d.start === work.tokens[k]!.start;
}

/**
 * Where the name after a title ending at `from` starts, past the title's complements; `at`, when given, is a name
 * already found there (a held person), which ends the walk.
 */
function nameStart(work: Work, from: number, sentence: number, at = -1): number | null {
  const tokens = work.tokens;
  const l = work.lists;
  let k = from;
  let afterAdjective = false;
  let afterName = false;
  let portfolio = 0;
  for (let hops = 0; hops < 6 && k < tokens.length && tokens[k]!.sentence === sentence; hops++) {
    if (k === at) return k;
    const held = work.at(k);
    if (held) {
      if (held.label === 'PER') return held.source === 'model' && held.startToken === k ? k : null;
      // After the adjective that closes a title, or right after the body or place it names (رئيسة بعثة أطباء بلا
      // حدود في سوريا موسكيلدا زانكادا), a model guess of another kind is the name itself, mis-tagged.
      if (held.source === 'model' && (afterAdjective || afterName || held.label === 'MISC')) return k;
      if (isGivenNameBeforeFamilyName(work, held, sentence)) return k; // الطفل عمران دقنيش: عمران is a town too
      k = held.endToken;
      afterName = true;
      continue;
    }
    afterName = false;
    const norm = tokens[k]!.norm;
    // An appositive comma: «وزير الصحة التركي، فخر الدين قوجة،».
    if (k > from && (norm === '،' || norm === ',') && tokens[k + 1]?.kind === 'arabic') {
      k++;
      continue;
    }
    // Quotes around the body named in the title: المتحدث باسم «أحرار الشام» أحمد قره علي.
    if (QUOTES_OPEN.has(norm) || (k > from && QUOTES_CLOSE.has(norm))) {
      k++;
      continue;
    }
    // A branch or office of a body: مدير فرع الهلال الأحمر في حمص حسام السقا.
    if (work.at(k + 1)?.label === 'ORG' && l.institutionHeads.has(norm) && !norm.startsWith('ال')) {
      k++;
      continue;
    }
    // A government named by one word after the linker: وزير التربية في حكومة النظام هزوان الوز.
    const government =
      k > from &&
      l.governmentNouns.has(norm) &&
      l.personLinkers.has(tokens[k - 1]!.norm) &&
      (tokens[k + 1]?.norm ?? '').startsWith('ال') &&
      !l.personParts.has(tokens[k + 1]!.norm);
    if (government) k += 2;
    else if (l.nationalities.has(norm)) {
      afterAdjective = true;
      k++;
    } else if (l.personLinkers.has(norm)) k++;
    // The word a linker governs is where the title holds, not a name: القاضي في الدار | وليد المحاميد.
    else if (k > from && isDefiniteAfterLinker(work, k)) k++;
    // A noun with a pronoun is the title's complement: رئيس بلديتها | باسل الحجيري.
    else if (
      !afterAdjective &&
      isNounWithPronoun(work, k) &&
      !l.personParts.has(norm) &&
      !l.anyGivenNames.has(norm)
    )
      k++;
    else if (k > from && norm.length > 3 && norm[0] === 'و' && isEverydayWord(work, norm.slice(1)))
      k++; // والزراعة
    else if (triggerAt(work, k, isTitle)) k = triggerAt(work, k, isTitle)!.end;
    else if (!afterAdjective && portfolio < 2 && isPortfolioWord(work, norm)) {
      portfolio++;
      k++;
    } else break;
  }
  return k < tokens.length && tokens[k]!.sentence === sentence ? k : null;
}

/**
 * A model person after a title that ends elsewhere than the rule's name is corrected only when it takes an
 * everyday word past the name (فيصل بن خالد الوفد); a longer span of name words stays (حمد بن خليفة آل ثاني).
 */
function modelOverreaches(work: Work, modelEnd: number, ruleEnd: number): boolean {
  if (modelEnd < ruleEnd) return true;
  const l = work.lists;
  for (let j = ruleEnd; j < modelEnd; j++) {
    const norm = work.tokens[j]!.norm;
    if (l.personParts.has(norm) || l.nameParticles.has(norm) || l.nameOrdinals.has(norm)) continue;
    if (l.anyGivenNames.has(norm) && !l.functionWords.has(norm)) continue; // a given name that is a word too (نور)
    if (l.common.has(norm) || l.functionWords.has(norm)) return true;
    if (work.formsAt(j).some((f, n) => n > 0 && (l.vocabulary.has(f.key) || l.common.has(f.key))))
      return true;
  }
  return false;
}

/** Titles before persons: الرئيس، وزير الخارجية الروسي، مدير المرصد، الناطق باسم الخارجية … then the name. */
export function titleRule(work: Work, starts: readonly number[]): void {
  let after = 0;
  for (const i of starts) {
    if (i < after || work.owner[i] !== 0) continue;
    const title = triggerAt(work, i, isTitle);
    if (!title) continue;
    after = title.end;
    personAfterTitle(work, title.end, work.tokens[i]!.sentence);
  }
}

/**
 * A nationality that is no adjective of the word before it names a person of that nation, whose name follows:
 * «وكان الأميركي كارميلو أنطوني»، «عادت للكوبية زوليا كالاتايود». After a definite noun or a name it is that
 * word's adjective (الجيش الأميركي، بوردو الفرنسي), so nothing follows from it.
 */
export function nationalityNounRule(work: Work): void {
  const tokens = work.tokens;
  for (const i of work.positionsOf(DEFINITE_NATIONALITY)) {
    if (work.owner[i] !== 0 || work.owner[i + 1] !== 0 || !isNationalityNoun(work, i)) continue;
    personAfterTitle(work, i + 1, tokens[i]!.sentence);
  }
}

const DEFINITE_NATIONALITY = formTest((key) => key.startsWith('ال') && wordLists().nationalities.has(key));

function isNationalityNoun(work: Work, i: number): boolean {
  const before = work.tokens[i - 1];
  if (!before || before.sentence !== work.tokens[i]!.sentence) return true;
  // After a quoted or bracketed name it is that name's adjective: «وحدات حماية الشعب» الكردية.
  if (before.kind !== 'arabic')
    return (
      before.kind === 'punct' &&
      !QUOTES_OPEN.has(before.text) &&
      !QUOTES_CLOSE.has(before.text) &&
      before.text !== ')'
    );
  // A proclitic on the nationality itself (للكوبية، والروسي) leaves it no noun to agree with.
  if (work.tokens[i]!.proclitic) return !work.at(i - 1);
  const norm = before.norm;
  return (
    !work.at(i - 1) &&
    !norm.startsWith('ال') &&
    !ARTICLES.some((a) => norm.startsWith(a)) &&
    !work.lists.nationalities.has(norm)
  );
}

/** The person named right after a title (or its complements) that ends at `from`; the end of the name or -1. */
export function personAfterTitle(work: Work, from: number, sentence: number, direct = false): number {
  const tokens = work.tokens;
  // `direct`: the name follows at once, no complement between (ابنه علي).
  const k = direct ? (tokens[from]?.sentence === sentence ? from : null) : nameStart(work, from, sentence);
  if (k === null) return -1;
  let held = work.at(k);
  // A town the lexicon found that is a given name before a family name is the person's: الطفل عمران دقنيش.
  const town = held && isGivenNameBeforeFamilyName(work, held, sentence) ? held : null;
  if (town) {
    work.remove(town);
    held = null;
  }
  if (held && (held.source !== 'model' || held.startToken !== k)) return -1;
  // A known name of another kind after the title (مراسل الجزيرة) is no person.
  // A given name that is also a town (سلمى) after a title is the person's.
  const known = town || held ? null : nameAt(work, k, true);
  const given = work.lists.personParts.has(tokens[k]!.norm) || isEverydayGivenName(work, k);
  if (known && (known.hit.mode !== 'ambiguous' || !given)) return -1;
  const end = personNameEnd(work, k);
  if (end === null || (held && held.label === 'PER' && !modelOverreaches(work, held.endToken, end))) {
    if (town) work.add(town);
    return -1;
  }
  // The title rule knows better than the model where a person's name after a title ends.
  for (let j = k; j < end; j++) {
    const guess = work.at(j);
    if (guess) work.remove(guess);
  }
  if (addNew(work, 'PER', k, end, 0, 0.7)) return end;
  if (town) work.add(town);
  return -1;
}

/** A given name no dictionary word shares, before a surname no list knows: ألكسندر بيتروفسكي، نيكولاس برادلي. */
export function givenNameRule(work: Work, given: readonly number[]): void {
  const tokens = work.tokens;
  const l = work.lists;
  let after = 0;
  for (const i of given) {
    const t = tokens[i]!;
    if (i < after || work.owner[i] !== 0) continue;
    if (l.nameParticles.has(tokens[i - 1]?.norm ?? '')) continue;
    let end = i + 1;
    while (end - i < 3 && isNameSlot(work, end, t.sentence) && work.owner[end] === 0) {
      const norm = tokens[end]!.norm;
      // A nisba family name closes the name: عمر الحلبي.
      if (end === i + 1 && isNisbaFamilyName(work, norm)) {
        end++;
        break;
      }
      const nameWord = l.givenNames.has(norm) || isNameSpellingInName(work, end) || isUnfamiliar(work, end);
      if (!nameWord || isSureKnownName(work, norm) || isKinshipWord(work, end)) break;
      if (tokens[end]!.proclitic) break; // سامر الخطيب للنشرة: a preposition starts the next phrase
      end++;
      // A definite family name closes the name: the unknown word after it is the sentence's (ضرغام الفتلاوي نجا).
      if (norm.startsWith('ال')) break;
    }
    if (end > i + 1 && addNew(work, 'PER', i, end, 0, 0.6)) after = end;
  }
}

/**
 * A known person's surname after a given name is a full name, and the mention takes the given name: the known
 * person's own (سيرجي لافروف, spelling variants included), or another given name, which names another person of
 * that family (رفعت الأسد is not بشار الأسد): a name of the document.
 */
export function givenNameExtension(work: Work): void {
  const tokens = work.tokens;
  const l = work.lists;
  for (const d of work.drafts) {
    if (d.label !== 'PER' || d.source !== 'lexicon') continue;
    // A surname of one word, or of several (جاووش أوغلو) that starts with no given name of its own.
    const head = tokens[d.startToken]!.norm;
    if (d.endToken !== d.startToken + 1 && (l.personParts.has(head) || l.anyGivenNames.has(head))) continue;
    const i = d.startToken - 1;
    const before = tokens[i];
    if (before?.kind !== 'arabic' || before.sentence !== tokens[d.startToken]!.sentence) continue;
    if (!l.anyGivenNames.has(before.norm)) continue;
    // A given name that folds onto a function word counts only spelt as the name (علي, not على).
    if (l.functionWords.has(before.norm) && !isNameSpelling(work, i)) continue;
    // The tagger or the title rule may have taken the given name alone (جوزف | ليبرمان): one name.
    const lone = work.at(i);
    if (
      lone &&
      !(lone.source !== 'lexicon' && lone.label === 'PER' && lone.startToken === i && lone.endToken === i + 1)
    )
      continue;
    const own = isOwnGivenName(work, d.entityId, before.norm);
    // A given name that is also a word (رفعت, she raised) counts only where it names another person.
    if (own && !l.curatedGivenNames.has(before.norm)) continue;
    if (lone) work.remove(lone);
    work.remove(d);
    if (own) work.add({ ...d, startToken: i, start: before.start });
    else work.add(withStart(work, d, i));
  }
}

/** True when `given` is a word of the known person's names, or one letter from one (سيرجي / سيرغي). */
function isOwnGivenName(work: Work, entityId: string, given: string): boolean {
  const record = work.knowledge.entities.get(entityId);
  if (!record) return true;
  for (const name of [record.canonical, ...record.aliases]) {
    for (const word of fold(name).split(' ')) if (word === given || oneEditApart(word, given)) return true;
  }
  return false;
}

/** One substitution, insertion or deletion apart, for words of four letters or more. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A person named with the family after آل (محمد بن زايد آل نهيان): the mention takes the family name. */
export function familyNameExtension(work: Work): void {
  const tokens = work.tokens;
  for (const d of work.drafts) {
    if (d.label !== 'PER' || d.end <= d.start) continue;
    const particle = tokens[d.endToken];
    const family = tokens[d.endToken + 1];
    if (!particle || !family || particle.norm !== 'ال' || family.kind !== 'arabic') continue;
    if (particle.sentence !== family.sentence || !work.isFree(d.endToken, d.endToken + 2)) continue;
    if (work.lists.functionWords.has(family.norm)) continue;
    work.remove(d);
    work.add({ ...d, endToken: d.endToken + 2, end: family.end });
  }
}

/** A word that may continue a person's name: a name word, a word no list knows, or a definite family name. */
function isNameWordAt(work: Work, i: number, sentence: number): boolean {
  const t = work.tokens[i];
  if (t?.kind !== 'arabic' || t.sentence !== sentence || work.owner[i] !== 0) return false;
  const l = work.lists;
  if (l.nameHonorifics.has(t.norm) || l.nameParticles.has(t.norm)) return false;
  // A given name first, also one that is an everyday word: علي is no preposition (على) after الحاج.
  if (l.personParts.has(t.norm) || l.anyGivenNames.has(t.norm)) return true;
  return !l.functionWords.has(t.norm) && (isUnfamiliar(work, i) || isDefiniteFamilyName(work, t.norm));
}

/** The end of the name part that starts at token p: a person mention there, or one name word. */
function namePartEnd(
  work: Work,
  p: number,
  sentence: number,
  afterHonorific: boolean,
): { end: number; held: Draft | null } | null {
  const held = work.at(p);
  if (held?.label === 'PER' && held.startToken === p) return { end: held.endToken, held };
  // After an honorific, a one-word place is the family name: سامر الشيخ عمران.
  if (held?.label === 'LOC' && afterHonorific && held.startToken === p && held.endToken === p + 1)
    return { end: p + 1, held };
  if (held) return null;
  if (isNameWordAt(work, p, sentence)) return { end: p + 1, held: null };
  // After a particle (عبد، أبو) any word is the name's, even an everyday one: عبد ربه، أبو النور.
  const t = work.tokens[p];
  const afterParticle = !afterHonorific && work.lists.nameParticles.has(work.tokens[p - 1]?.norm ?? '');
  return afterParticle &&
    t?.kind === 'arabic' &&
    t.sentence === sentence &&
    !t.proclitic &&
    !work.lists.functionWords.has(t.norm)
    ? { end: p + 1, held: null }
    : null;
}

/**
 * Honorifics and particles inside a name join its parts: محمود + الشيخ + حسن, محمد الحاج + علي, ليلى أبو + سعيد.
 * A person mention that ends in one, or is followed by an honorific after a given name, takes the next name part
 * (another person mention or a name word); then a speaker's family name (see `speakerFamilyName`).
 */
export function completePersonName(work: Work, d: Draft): void {
  speakerFamilyName(
    work,
    kunyaNisba(
      work,
      joinNameParts(work, givenNameBefore(work, joinWawGivenName(work, joinHyphenated(work, d)))),
    ),
  );
}

/**
 * A person right after a person is one name when a hyphen without spaces joins them (فرانك-فالتر شتاينماير), or
 * when the tagger split a name of given names and one of the parts is a single word (محمود سليمان | إسماعيل):
 * Arabic puts و or a comma between two persons. Known persons stay apart (استقبل الأسد | جنبلاط).
 */
function joinHyphenated(work: Work, d: Draft): Draft {
  const tokens = work.tokens;
  const hyphen = tokens[d.endToken];
  const hyphenated = hyphen?.text === '-' && hyphen.start === d.end && work.owner[d.endToken] === 0;
  const at = hyphenated ? d.endToken + 1 : d.endToken;
  const next = work.at(at);
  if (next?.label !== 'PER' || next.startToken !== at || next.start !== tokens[at]!.start) return d;
  if (tokens[at]!.sentence !== tokens[d.startToken]!.sentence) return d;
  if (hyphenated ? next.start !== hyphen!.end : !isSplitName(work, d, next) && !isKunyaOf(work, d, next))
    return d;
  const joined = joinWithNext(work, d, next);
  // A known person keeps its identity with the kunya in front (أبو حسن | يحيى الحجار).
  if (joined === d || next.source !== 'lexicon') return joined;
  work.remove(joined);
  const known: Draft = { ...joined, entityId: next.entityId, source: 'lexicon', confidence: next.confidence };
  work.add(known);
  return known;
}

/** A kunya of two words right before a person's name is part of it: أبو حسن | يحيى الحجار، أبو فهد | وحيد البلعوس. */
function isKunyaOf(work: Work, d: Draft, next: Draft): boolean {
  const l = work.lists;
  const tokens = work.tokens;
  return (
    d.endToken === d.startToken + 2 &&
    l.kunyaParticles.has(tokens[d.startToken]!.norm) &&
    (l.personParts.has(tokens[d.startToken + 1]!.norm) ||
      l.anyGivenNames.has(tokens[d.startToken + 1]!.norm)) &&
    next.endToken - next.startToken >= 2
  );
}

/** Two adjacent persons of the tagger, one of them a single given name: the parts of one name. */
function isSplitName(work: Work, d: Draft, next: Draft): boolean {
  if (d.source !== 'model' || next.source !== 'model') return false;
  return isLoneGivenName(work, d) || isLoneGivenName(work, next);
}

/** A person mention of one word that is a given name (محمد). */
function isLoneGivenName(work: Work, d: Draft): boolean {
  const norm = work.tokens[d.startToken]!.norm;
  const l = work.lists;
  return d.endToken === d.startToken + 1 && (l.personParts.has(norm) || l.anyGivenNames.has(norm));
}

/** Person `d` and the person `next` after it as one name of the document, or `d` unchanged when refused. */
function joinWithNext(work: Work, d: Draft, next: Draft): Draft {
  work.remove(next);
  work.remove(d);
  const joined = withEnd(work, d, next.endToken);
  if (work.add(joined)) return joined;
  work.add(d);
  work.add(next);
  return d;
}

/**
 * A person right after a lone given name, whose first word is a given name that begins with و (وسيم، وائل، وليد)
 * and is no «and» + a name, is the rest of the same name: محمد | وسيم معاذ → محمد وسيم معاذ.
 */
function joinWawGivenName(work: Work, d: Draft): Draft {
  const tokens = work.tokens;
  const next = work.at(d.endToken);
  const first = tokens[d.endToken];
  if (!next || !first || next.label !== 'PER' || next.startToken !== d.endToken || next.source === 'lexicon')
    return d;
  if (first.sentence !== tokens[d.startToken]!.sentence || next.start !== first.start) return d;
  const l = work.lists;
  // Only a lone given name before it (محمد وسيم): after a full name (بشار الأسد | وليد …) و is «and».
  if (!isLoneGivenName(work, d)) return d;
  const norm = first.norm;
  if (norm[0] !== 'و' || !l.curatedGivenNames.has(norm)) return d;
  const rest = norm.slice(1);
  if (l.personParts.has(rest) || l.anyGivenNames.has(rest) || work.knowledge.nameWords.has(rest)) return d;
  return joinWithNext(work, d, next);
}

/**
 * The next person of a list after a person (بسمة قضماني، وسهير الأتاسي، وهند قبوات): «، و» or «و» + a given name
 * and one or two name words. Each new name is a draft of its own, so the list goes on from it.
 */
export function coordinatedPerson(work: Work, d: Draft): void {
  const tokens = work.tokens;
  const l = work.lists;
  const sentence = tokens[d.startToken]!.sentence;
  let j = d.endToken;
  if (tokens[j]?.norm === '،' || tokens[j]?.norm === ',') j++;
  const t = tokens[j];
  if (t?.kind !== 'arabic' || t.sentence !== sentence || work.owner[j] !== 0 || t.norm[0] !== 'و') return;
  const given = t.norm.slice(1);
  // A given name no everyday word shares after the conjunction (وسهير, not وأمل); و of its own (وليد) is a name.
  if (!l.curatedGivenNames.has(given) || l.anyGivenNames.has(t.norm)) return;
  let end = j + 1;
  while (end - j < 3 && isNameWordAt(work, end, sentence) && !tokens[end]!.proclitic) {
    const norm = tokens[end]!.norm;
    if (norm[0] === 'و' && !l.personParts.has(norm)) break; // the next item of the list
    end++;
    if (norm.startsWith('ال')) break; // a definite family name closes the name
  }
  // A family name of an honorific and a given name (وصهيب الحاج يوسف), which the tagger may have taken alone.
  const family = end === j + 1 ? honorificFamilyName(work, end, sentence) : null;
  if (family?.held) work.remove(family.held);
  if (family) end = family.end;
  if (end === j + 1) return; // a given name alone may be anyone's: وسهير قالت …
  if (!addNew(work, 'PER', j, end, 1, 0.6) && family?.held) work.add(family.held);
}

/**
 * A family honorific and a given name at token i (الحاج يوسف), the given name free or a one-word person of the
 * tagger (`held`, which the caller takes into the name); null when there is none.
 */
function honorificFamilyName(
  work: Work,
  i: number,
  sentence: number,
): { end: number; held: Draft | null } | null {
  const tokens = work.tokens;
  const given = tokens[i + 1];
  if (!work.lists.familyHonorifics.has(tokens[i]?.norm ?? '') || work.owner[i] !== 0) return null;
  if (given?.kind !== 'arabic' || given.sentence !== sentence || given.proclitic) return null;
  if (!work.lists.curatedGivenNames.has(given.norm) && !isNameSpelling(work, i + 1)) return null;
  const held = work.at(i + 1);
  const split = held?.label === 'PER' && held.source === 'model' && held.startToken === i + 1;
  if (held && !(split && held.endToken === i + 2)) return null;
  return { end: i + 2, held };
}

/**
 * A kunya's nisba (أبو يعقوب التركماني، أبو محمد الحلبي) or its town before punctuation (أبو حفص بنش،): a nom de guerre
 * ends with where its bearer is from.
 */
function kunyaNisba(work: Work, d: Draft): Draft {
  const tokens = work.tokens;
  const l = work.lists;
  if (d.source === 'lexicon' || d.endToken !== d.startToken + 2) return d;
  if (!l.kunyaParticles.has(tokens[d.startToken]!.norm)) return d;
  const next = tokens[d.endToken];
  if (next?.kind !== 'arabic' || next.sentence !== tokens[d.startToken]!.sentence) return d;
  // Or the bare name of a town right before punctuation: أبو حفص بنش، (a nom de guerre by its town).
  const town = work.owner[d.endToken] === 0 ? null : work.at(d.endToken);
  if (town) {
    if (!isBarePlaceWord(work, town, d.endToken) || tokens[d.endToken + 1]?.kind !== 'punct') return d;
  } else if (
    !isNisbaFamilyName(work, next.norm) &&
    !(next.norm.startsWith('ال') && next.norm.endsWith('ي') && isUnfamiliar(work, d.endToken)) &&
    !isClanPlural(work, next.norm) // أبو محمد المسالمة
  )
    return d;
  if (town) work.remove(town);
  work.remove(d);
  const grown = withEnd(work, d, d.endToken + 1);
  if (work.add(grown)) return grown;
  work.add(d);
  if (town) work.add(town);
  return d;
}

/**
 * A given name that is also a word (آية، سماح، جمعة) before a full name that starts with a given name: the
 * person's own name before the father's (ثم آية نور الدين زيدان): no word stands in construct with a full name.
 */
function isDaughterOrSonOfNamed(work: Work, d: Draft, b: number): boolean {
  const given = work.tokens[b]!;
  return (
    !given.proclitic &&
    given.norm[0] !== 'و' &&
    isEverydayGivenName(work, b) &&
    d.endToken - d.startToken >= 2 &&
    (work.lists.anyGivenNames.has(work.tokens[d.startToken]!.norm) ||
      work.lists.personParts.has(work.tokens[d.startToken]!.norm))
  );
}

/**
 * A given name right before a person the tagger or a rule found is the start of that name (تيم | سيباستيان →
 * تيم سيباستيان). Only given names that are no everyday word, without proclitics (وعبير is «and Abir»), and only
 * for names new to the knowledge: before a known person's surname a given name may be another person, the
 * subject of the sentence (استقبل عبدالله كيري).
 */
function givenNameBefore(work: Work, d: Draft): Draft {
  if (d.source === 'lexicon' || d.entityId.indexOf('doc:') !== 0) return d;
  const b = d.startToken - 1;
  const tokens = work.tokens;
  const given = tokens[b];
  const first = tokens[d.startToken]!;
  if (given?.kind !== 'arabic' || given.sentence !== first.sentence) return d;
  // علي spelt with ي is the name, not the preposition على that it folds onto.
  if (
    d.start !== first.start ||
    !(work.lists.givenNames.has(given.norm) || isNameSpelling(work, b) || isDaughterOrSonOfNamed(work, d, b))
  )
    return d;
  if (isDefiniteAfterLinker(work, b)) return d;
  // A given name the lexicon took for a place (آسيا) before a name the tagger found (عبد الله): آسيا عبد الله.
  const town = work.owner[b] === 0 ? null : work.at(b);
  if (town && !(isTownBeforeName(work, town, b) && d.source === 'model')) return d;
  if (town) work.remove(town);
  work.remove(d);
  const grown = withStart(work, d, b);
  if (work.add(grown)) return grown;
  work.add(d);
  if (town) work.add(town);
  return d;
}

/**
 * A known person found by a shorter name (جاووش أوغلو, a spelling the knowledge lists without the given name) after
 * the first word of one of the person's full names (مولود) is named in full: the same entity, from that word.
 */
export function knownFirstNameBefore(work: Work, d: Draft): Draft {
  const b = d.startToken - 1;
  const tokens = work.tokens;
  const given = tokens[b];
  if (d.label !== 'PER' || given?.kind !== 'arabic' || work.owner[b] !== 0) return d;
  if (given.sentence !== tokens[d.startToken]!.sentence || d.start !== tokens[d.startToken]!.start) return d;
  const record = work.knowledge.entities.get(d.entityId);
  if (!record) return d;
  // A full name of the person whose second word starts the mention: مولود جاويش أوغلو before جاووش أوغلو.
  const second = tokens[d.startToken]!.norm;
  const names = [record.canonical, ...record.aliases].map((name) => fold(name).split(' '));
  const firstWords = names
    .filter((words) => words.length > 2 && sameWord(words[1]!, second))
    .map((w) => w[0]);
  // The given name may carry a conjunction (ومولود), which stays outside the span.
  // A title the knowledge writes with the name (الملك عبد الله الثاني) stays outside it, as the guideline marks it.
  const form = work
    .formsAt(b)
    .find((f) => f.strip <= 1 && firstWords.includes(f.key) && !work.lists.triggers.get(f.key)?.title);
  if (!form || (form.strip === 1 && given.norm[0] !== 'و' && given.norm[0] !== 'ف')) return d;
  work.remove(d);
  const grown: Draft = { ...d, startToken: b, start: originalOffset(given, form.strip) };
  if (work.add(grown)) return grown;
  work.add(d);
  return d;
}

/** Two spellings of a name word: equal, or equal once doubled and long vowels are dropped (جاويش، جاووش، جاوش). */
function sameWord(a: string, b: string): boolean {
  const skeleton = (w: string) => w.replace(/[اويى]/g, '');
  return a === b || skeleton(a) === skeleton(b);
}

/** A one-word place of the lexicon at token b, written without a proclitic, before a name that starts a name. */
function isTownBeforeName(work: Work, town: Draft, b: number): boolean {
  if (town.source !== 'lexicon' || !isBarePlaceWord(work, town, b)) return false;
  const next = work.tokens[b + 1]!.norm;
  const l = work.lists;
  return l.nameParticles.has(next) || l.curatedGivenNames.has(next);
}

function isLink(l: Work['lists'], norm: string | undefined): boolean {
  return norm !== undefined && (l.nameHonorifics.has(norm) || l.nameParticles.has(norm));
}

function joinNameParts(work: Work, draft: Draft): Draft {
  const tokens = work.tokens;
  const l = work.lists;
  let d = draft;
  // Most names have no honorific or particle at either edge.
  if (
    !isLink(l, tokens[d.startToken - 1]?.norm) &&
    !isLink(l, tokens[d.startToken]!.norm) &&
    !isLink(l, tokens[d.endToken - 1]!.norm) &&
    !isLink(l, tokens[d.endToken]?.norm)
  )
    return d;
  {
    const sentence = tokens[d.startToken]!.sentence;
    // Backwards: a given name and an honorific (مصطفى الحاج + يوسف), a name word and a particle (منى أبو + زيد).
    for (let grown = 0; grown < 2; grown++) {
      const b = d.startToken - 1;
      const link = tokens[b];
      if (
        !link ||
        link.sentence !== sentence ||
        work.owner[b] !== 0 ||
        d.start !== tokens[d.startToken]!.start
      )
        break;
      // A name that starts with a particle (أبو خالد) has a given name before it: منى أبو خالد.
      const firstNorm = tokens[d.startToken]!.norm;
      if (
        grown === 0 &&
        l.nameParticles.has(firstNorm) &&
        firstNorm !== 'ال' &&
        !link.norm.startsWith('ال') &&
        !link.norm.startsWith('وال') &&
        isNameWordAt(work, b, sentence) &&
        // A particle is no given name unless spelt as the name (على أم عمر, but علي أبو خالد).
        (!l.functionWords.has(link.norm) || isNameSpelling(work, b)) &&
        // و + an imperfect verb (ويعاون دي ميستورا) starts the clause; a known person takes a given name only.
        !isParticleAndImperfect(link.norm, 'وف') &&
        (d.source !== 'lexicon' || l.personParts.has(link.norm) || l.anyGivenNames.has(link.norm)) &&
        // Before a kunya (أم محمد) only a given name: وروت أم محمد is «and Umm Muhammad told».
        (!l.kunyaParticles.has(firstNorm) || l.personParts.has(link.norm) || l.anyGivenNames.has(link.norm))
      ) {
        work.remove(d);
        const grownDraft = withStart(work, d, b);
        if (!work.add(grownDraft)) work.add(d);
        else d = grownDraft;
        break;
      }
      const honorific = l.nameHonorifics.has(link.norm);
      if (!honorific && !(l.nameParticles.has(link.norm) && link.norm !== 'ال')) break;
      // Before a known person's name a particle is no part of it: فإن (folded فان) ظريف.
      if (!honorific && d.source === 'lexicon') break;
      const word = tokens[b - 1];
      // The preposition على folds onto the name علي: spelt with ى it is no given name (على الشيخ نواف البشير).
      const given =
        !!word &&
        (l.personParts.has(word.norm) || l.anyGivenNames.has(word.norm)) &&
        (!l.functionWords.has(word.norm) || isNameSpelling(work, b - 1));
      // Before a kunya a verb with its conjunction is the sentence's (وتختم أم أحمد), not the name's (منى أبو زيد).
      const verbBefore = l.kunyaParticles.has(link.norm) && isParticleAndImperfect(word?.norm ?? '', 'وف');
      const from =
        isNameWordAt(work, b - 1, sentence) && (given || !honorific) && !verbBefore
          ? b - 1
          : honorific
            ? -1
            : b;
      if (from < 0) break;
      work.remove(d);
      const grownDraft = withStart(work, d, from);
      if (!work.add(grownDraft)) {
        work.add(d);
        break;
      }
      d = grownDraft;
      if (from === b) break;
    }
    for (let grown = 0; grown < 3; grown++) {
      const last = tokens[d.endToken - 1]!.norm;
      const next = tokens[d.endToken];
      let p: number;
      let afterHonorific = true;
      if (l.nameHonorifics.has(last)) p = d.endToken;
      else if (l.nameParticles.has(last)) {
        p = d.endToken;
        afterHonorific = false;
      } else if (
        next?.sentence === sentence &&
        work.owner[d.endToken] === 0 &&
        l.nameHonorifics.has(next.norm) &&
        l.personParts.has(last)
      )
        p = d.endToken + 1;
      else break;
      const part = namePartEnd(work, p, sentence, afterHonorific);
      if (!part) break;
      if (part.held) work.remove(part.held);
      work.remove(d);
      const grownDraft = withEnd(work, d, part.end);
      if (!work.add(grownDraft)) {
        work.add(d);
        if (part.held) work.add(part.held);
        break;
      }
      d = grownDraft;
    }
  }
  return d;
}

/** A person mention extended to token `end` (exclusive), as a name of the document. */
export function withEnd(work: Work, d: Draft, end: number): Draft {
  const tokens = work.tokens;
  const first = tokens[d.startToken]!;
  const strip = d.start - first.start > 0 ? 1 : 0;
  const folded = tokens
    .slice(d.startToken, end)
    .map((t, k) => (k === 0 ? t.norm.slice(strip) : t.norm))
    .join(' ');
  const stop = tokens[end - 1]!.end;
  return {
    ...d,
    endToken: end,
    end: stop,
    entityId: work.docEntity('PER', work.text.slice(d.start, stop), folded),
    source: d.source === 'lexicon' ? 'rule' : d.source,
  };
}

/** A person mention extended back to token `from`, as a name of the document. */
function withStart(work: Work, d: Draft, from: number): Draft {
  const tokens = work.tokens;
  const folded = tokens
    .slice(from, d.endToken)
    .map((t) => t.norm)
    .join(' ');
  const start = tokens[from]!.start;
  return {
    ...d,
    startToken: from,
    start,
    entityId: work.docEntity('PER', work.text.slice(start, d.end), folded),
    source: d.source === 'lexicon' ? 'rule' : d.source,
  };
}

/**
 * A token that closes a speaker's name: punctuation, a bare proclitic (لـ), أن, or ل + an agency, an outlet or a
 * reporter (لوكالة، لصحيفة، لمراسل).
 */
function closesSpeakerName(work: Work, i: number): boolean {
  const t = work.tokens[i];
  if (!t) return true;
  if (t.kind === 'punct') return true;
  if (t.kind !== 'arabic') return false;
  if (t.norm === 'ل' || t.norm === 'ان' || t.norm === 'لوكاله') return true;
  const l = work.lists;
  return (
    t.norm[0] === 'ل' &&
    work.formsAt(i).some((f, n) => n > 0 && (l.isReporterNoun(f.key) || l.outletNouns.has(f.key)))
  );
}

/** The plural of a clan's nisba (المسالمة، الطراونة): a family name, though it ends in ة like nouns and adjectives. */
function isClanPlural(work: Work, norm: string): boolean {
  return work.lists.clanPlurals.has(norm);
}

/**
 * The family name that closes a name of given names (عبد الرحمن مصطفى القادولي، …): a definite word no list
 * knows, right before punctuation. After a speech verb (قال الطبيب عبد الكريم السويد لـ…) it may even be a
 * country or an everyday word, and after a title any word (اللواء حسان معروف أن، الدكتور عصام الأمين.): family
 * names are often words.
 */
function speakerFamilyName(work: Work, d: Draft): void {
  const tokens = work.tokens;
  const l = work.lists;
  const j = d.endToken;
  const family = tokens[j];
  const sentence = tokens[d.startToken]!.sentence;
  if (family?.kind !== 'arabic' || family.sentence !== sentence) return;
  if (!closesSpeakerName(work, j + 1)) return;
  const norm = family.norm;
  // After a title, a name that still lacks its family name — one given name (حسان | معروف), a compound one (جمال
  // الدين | الخلف) or a kunya (أبو عمر | الباب) — may be closed by any word but a verb (… فقالت، … يعتبرها), a verbal
  // noun, an accusative (هاتفياً) or a preposition on a word (بسحب; برد is too short to be ب + رد). A known person's
  // name and one of a given and a family name are whole: the word after them is the sentence's (عدنان دخاخني رأى).
  const words = d.endToken - d.startToken;
  const lacksFamily =
    words === 1 ||
    (words === 2 &&
      (l.kunyaParticles.has(tokens[d.startToken]!.norm) ||
        l.compoundNameEnds.has(tokens[d.startToken + 1]!.norm)));
  const titled =
    d.source !== 'lexicon' &&
    lacksFamily &&
    titleEndsAt(work, d.startToken, sentence) &&
    norm.length > 2 &&
    !family.proclitic &&
    !hasTanwinFath(family.text) &&
    !work.formsAt(j).some((f, n) => n > 0 && f.key.length > 2 && isEverydayWord(work, f.key)) &&
    !isVerbAfterName(work, norm) &&
    !DEFINITE_MASDAR.test(norm); // وحضر الشيخ محمد بن زايد آل نهيان الاجتماع: the verb's object
  if (!norm.startsWith('ال') && !titled) return;
  const speaker = afterSpeechVerb(work, d.startToken, sentence);
  const unknown = work.owner[j] === 0 && isUnfamiliar(work, j) && isDefiniteFamilyName(work, norm);
  if (!speaker && !unknown && !titled) return;
  if (l.functionWords.has(norm) || l.notFamilyNames.has(norm) || l.nameOrdinals.has(norm)) return;
  if (l.triggers.has(norm) || l.genericComplements.has(norm)) return;
  if (norm.endsWith('ه') && !isClanPlural(work, norm)) return;
  const held = work.at(j);
  if (held && (held.endToken !== j + 1 || held.label !== 'LOC')) return;
  // Given names only (عبد الكريم، محمد): a definite word only after a particle.
  for (let i = d.startToken; i < d.endToken; i++) {
    const word = tokens[i]!.norm;
    const afterParticle = i > d.startToken && l.nameParticles.has(tokens[i - 1]!.norm);
    const given =
      afterParticle ||
      l.nameParticles.has(word) ||
      (i > d.startToken && l.compoundNameEnds.has(word)) || // جمال الدين
      ((l.personParts.has(word) || l.anyGivenNames.has(word)) && !word.startsWith('ال'));
    if (!given) return;
  }
  if (held) work.remove(held);
  work.remove(d);
  work.add(withEnd(work, d, j + 1));
}

/** A verb, bare or after و/ف (يعتبرها، فقالت، وأكد): what follows a speaker's name, never its family name. */
function isVerbAfterName(work: Work, norm: string): boolean {
  const l = work.lists;
  const bare = norm[0] === 'و' || norm[0] === 'ف' ? norm.slice(1) : norm;
  return (
    l.speechVerbs.has(norm) ||
    l.speechVerbs.has(bare) ||
    (bare.endsWith('ت') && l.speechVerbs.has(bare.slice(0, -1))) ||
    (bare !== norm && l.vocabulary.has(bare)) ||
    isParticleAndImperfect(norm, 'وفل') ||
    /^[يت][\u0621-\u064a]{3,}(ها|هم|ه|ون|ان)$/.test(norm)
  );
}

/**
 * True when the name at token i follows a title and its complements: اللواء، مدير المشفى الدكتور، القيادي في «جيش
 * الثوار».
 */
function titleEndsAt(work: Work, i: number, sentence: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    if (work.tokens[k]!.sentence !== sentence) return false;
    const title = triggerAt(work, k, isTitle);
    if (title && title.end <= i && nameStart(work, title.end, sentence, i) === i) return true;
  }
  return false;
}

/** True when a speech verb stands at most a title (of up to three words) before token i. */
function afterSpeechVerb(work: Work, i: number, sentence: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const t = work.tokens[k]!;
    if (t.sentence !== sentence) return false;
    if (work.lists.speechVerbs.has(t.norm)) return true;
    if (work.at(k)) return false;
  }
  return false;
}

/** How far into a text its dateline and byline may reach, in tokens. */
export const DATELINE_TOKENS = 60;

/**
 * The reporter of a dateline between slashes: «أنقرة/ سليم قره باغ/ الأناضول». Two to four words after a place
 * and a slash, starting with a given name and closed by another slash, are a person's name.
 */
export function bylineRule(work: Work): void {
  const tokens = work.tokens;
  const l = work.lists;
  // A dateline opens the text: its first lines only.
  const last = Math.min(tokens.length, DATELINE_TOKENS);
  for (let i = 1; i < last; i++) {
    if (tokens[i]!.text !== '/' || work.at(i - 1)?.label !== 'LOC') continue;
    const from = i + 1;
    let to = from;
    while (to - from < 4 && tokens[to]?.kind === 'arabic' && work.owner[to] === 0) to++;
    if (to - from < 2 || tokens[to]?.text !== '/') continue;
    const first = tokens[from]!.norm;
    if (!l.personParts.has(first) && !l.anyGivenNames.has(first)) continue;
    let plain = true;
    for (let k = from + 1; k < to && plain; k++) {
      const norm = tokens[k]!.norm;
      plain = !l.functionWords.has(norm) && !l.triggers.has(norm) && !l.common.has(norm);
    }
    if (plain) addNew(work, 'PER', from, to, 0, 0.6);
  }
}

/** True when token i opens a line or follows punctuation or a date: where a dateline's place stands. */
export function opensDateline(work: Work, i: number): boolean {
  const before = work.tokens[i - 1];
  return (
    !before ||
    before.kind === 'punct' ||
    before.kind === 'number' ||
    work.lists.monthNames.has(before.norm) ||
    lineBreakBefore(work, i)
  );
}

/**
 * The reporter of a dateline after a colon or a dash: «بيروت: ندى الأيوبي»، «دمشق - سلام حسن /». A given name and one family word right after a
 * place that opens a line (or follows the date) and a colon are a person's name.
 */
export function colonBylineRule(work: Work): void {
  const tokens = work.tokens;
  const last = Math.min(tokens.length, DATELINE_TOKENS);
  for (let i = 1; i + 2 < last; i++) {
    // After the place or the outlet that opens the line: «دمشق - سلام حسن /», «أورينت نت – رامي الحلبي /».
    if (!BYLINE_SEPARATORS.has(tokens[i]!.text)) continue;
    // … or after the place and a quoted outlet: «حلب – «الجماهير» – لينا حج عمر |».
    const opener = work.at(i - 1) ?? placeBeforeQuotedOutlet(work, i);
    const outlet = opener?.label === 'ORG' && opener.source === 'lexicon';
    if (opener?.label !== 'LOC' && !outlet) continue;
    if (!opensDateline(work, opener!.startToken)) continue;
    // After a dash the name must close the byline (دمشق - سلام حسن / …): a dash also opens the story's text.
    if (tokens[i]!.text !== ':' && !closesByline(work, i + 1 + bylineNameWords(work, i + 1))) continue;
    addGivenAndFamilyName(work, i + 1);
  }
}

/**
 * A given name and one family word at token `from`, where the context says a person is named (a byline, a wire's
 * credits): added as a person over the tagger's guess on either word (دمشق - سلام | حسن). The family word may be
 * any name-like word: a name word, a definite family name, a nisba or a word no list knows.
 */
export function addGivenAndFamilyName(work: Work, from: number): boolean {
  const tokens = work.tokens;
  const l = work.lists;
  const given = tokens[from];
  const family = tokens[from + 1];
  if (given?.kind !== 'arabic' || family?.kind !== 'arabic' || given.sentence !== family.sentence)
    return false;
  if (!(l.personParts.has(given.norm) || l.anyGivenNames.has(given.norm)) || given.norm.startsWith('ال'))
    return false;
  const familyName =
    l.personParts.has(family.norm) ||
    isDefiniteFamilyName(work, family.norm) ||
    isNisbaFamilyName(work, family.norm) ||
    (!family.norm.startsWith('ال') && isUnfamiliar(work, from + 1));
  if (!familyName || family.proclitic) return false;
  return addOverModelGuesses(work, 'PER', from, from + bylineNameWords(work, from), 0, 0.6);
}

const BYLINE_SEPARATORS = new Set([':', '-', '–', '—']);

/** Words of a name: two, or three when the family name is an honorific and a given name (لينا حج عمر). */
function bylineNameWords(work: Work, from: number): number {
  const l = work.lists;
  const family = work.tokens[from + 1];
  const next = work.tokens[from + 2];
  if (!family || !next || !l.familyHonorifics.has(family.norm) || family.sentence !== next.sentence) return 2;
  return l.personParts.has(next.norm) || l.anyGivenNames.has(next.norm) ? 3 : 2;
}

/** The place before «separator «outlet»» that ends at separator `i`: حلب – «الجماهير» – …, or null. */
function placeBeforeQuotedOutlet(work: Work, i: number): Draft | null {
  const tokens = work.tokens;
  if (!QUOTES_CLOSE.has(tokens[i - 1]?.text ?? '')) return null;
  for (let q = i - 2; q > 1 && q >= i - 5; q--) {
    if (!QUOTES_OPEN.has(tokens[q]!.text)) continue;
    const place = BYLINE_SEPARATORS.has(tokens[q - 1]!.text) ? work.at(q - 2) : null;
    return place?.label === 'LOC' ? place : null;
  }
  return null;
}

/** A slash, a line break or the end of the text right after token i - 1: where a byline's name ends. */
function closesByline(work: Work, i: number): boolean {
  const tokens = work.tokens;
  const next = tokens[i];
  if (!next) return true;
  if (next.text === '/' || next.text === '|') return true;
  return lineBreakBefore(work, i);
}

/** A definite nisba of a place or people after a given name is a family name: عمر الحلبي، سامي المصري. */
export function isNisbaFamilyName(work: Work, norm: string): boolean {
  return (
    norm.startsWith('ال') &&
    work.lists.nationalities.has(norm) &&
    !/(ه|ين|ون|ان)$/.test(norm) &&
    !work.lists.genericComplements.has(norm)
  );
}
