import everydayWords from '../data/entities/everyday-words.json' with { type: 'json' };
import givenNames from '../data/entities/given-names.json' with { type: 'json' };
import newsVocabulary from '../data/entities/news-vocabulary.json' with { type: 'json' };
import triggers from '../data/entities/triggers.json' with { type: 'json' };
import wordClasses from '../data/entities/word-classes.json' with { type: 'json' };
import months from '../data/temporal/months.json' with { type: 'json' };
import numbers from '../data/temporal/numbers.json' with { type: 'json' };
import weekdays from '../data/temporal/weekdays.json' with { type: 'json' };
import { fold } from '../text/normalize.js';
import { PhraseIndex, phraseKeys } from './phrase-index.js';

/** Kinds of trigger phrase; a phrase may be several (ريف is a place noun, ريفي also starts a list). */
export interface TriggerKinds {
  title?: boolean;
  place?: boolean;
  placeInside?: boolean;
  placeList?: boolean;
  orgInside?: boolean;
  orgOutside?: boolean;
  /**
   * Heads of state bodies named by a nationality adjective, with the adjective's gender: وزارة الخارجية القطرية،
   * الدفاع الروسية (وزارة understood), الجيش الأردني.
   */
  stateBodyFeminine?: boolean;
  stateBodyMasculine?: boolean;
  /** Nouns that head the names of armed groups (جبهة، فيلق، لواء …): their complement is a name. */
  orgNamed?: boolean;
  /** A news agency noun that belongs to a definite name after it: وكالة الأناضول (not وكالة «سانا»). */
  agency?: boolean;
  /** Nouns of fighters and their groups (فصائل، مقاتلو): an operation named after them is the group's name. */
  groupNoun?: boolean;
}

/** Word classes and trigger phrases for the rules, folded and indexed once. */
export interface WordLists {
  readonly common: ReadonlySet<string>;
  readonly vocabulary: ReadonlySet<string>;
  readonly personParts: ReadonlySet<string>;
  /** Given names that are no everyday word (ANERcorp person words never seen outside a name, curated names). */
  readonly givenNames: ReadonlySet<string>;
  /** Every curated given name, those that are also everyday words included (علي، كريم): inside a name only. */
  readonly anyGivenNames: ReadonlySet<string>;
  /** Curated given names only: a word of them starts a name even with no title before it. */
  readonly curatedGivenNames: ReadonlySet<string>;
  /** Second parts of compound given names (عطاء الله، فخر الدين): the word before them is a name's, not a noun. */
  readonly compoundNameEnds: ReadonlySet<string>;
  /** Kinship nouns that, with a pronoun, introduce a relative's name: ابنه علي، وطفلتها رهف. */
  readonly kinshipNouns: ReadonlySet<string>;
  /** «Servant of» before one of God's names (عبد الجليل، عبد الرزاق): the next word is a name's, never a place. */
  readonly servantParticles: ReadonlySet<string>;
  /** Nouns of forces and branches outside a known body's own name: قوات البيشمركة → البيشمركة. */
  readonly forceNouns: ReadonlySet<string>;
  /** Adjectives of affiliation (التابعة لـ، الموالية لـ): they follow a body's name, never close it. */
  readonly affiliationAdjectives: ReadonlySet<string>;
  /**
   * «Free» (الحرة، الأحرار): the opposition's own body of a kind, a particular body however generic its noun
   * (نقابة المحامين الأحرار); الأحرار, plural, agrees with the members, not with the head noun.
   */
  readonly freeBodyAdjectives: ReadonlySet<string>;
  /** A front, an organisation's noun too (جبهة النصرة): after على or في the front line at a place (على جبهة الراشدين). */
  readonly frontNouns: ReadonlySet<string>;
  /** Kinship nouns in the dual's construct form (ابنتي + ها: her two daughters), two names after them. */
  readonly kinshipDuals: ReadonlySet<string>;
  /** Honorifics that start a family name before a given name: الحاج يوسف، شيخ عمر. */
  readonly familyHonorifics: ReadonlySet<string>;
  /** Regnal ordinals that end a name: عبد الله الثاني، جيمس الأول. */
  readonly nameOrdinals: ReadonlySet<string>;
  /** Definite words that follow a given name but are no family name (اليوم، الماضي، نفسه). */
  readonly notFamilyNames: ReadonlySet<string>;
  /** Particles and pronouns that never stand inside a name (إن، في، التي …). */
  readonly functionWords: ReadonlySet<string>;
  /**
   * True when a word is written as a function word, not only folded onto one: على is the preposition, علي (ي, not
   * ى) the given name. Read on the surface, diacritics aside and hamza on alef unified.
   */
  readonly isFunctionWordSpelling: (surface: string) => boolean;
  /** Adjectives that end the names of councils and bodies named by a place: مجلس منبج العسكري. */
  readonly orgNameAdjectives: ReadonlySet<string>;
  /** Prepositions of place (في، إلى، من، قرب …): before a word that may be a town, a naming context. */
  readonly placePrepositions: ReadonlySet<string>;
  readonly nameParticles: ReadonlySet<string>;
  /** مشفى، مستشفى: a hospital is named by whatever follows (see hospital-rule.ts). */
  readonly hospitalNouns: ReadonlySet<string>;
  /** مدرسة، فرن، كلية: named like hospitals, but only by a name (see hospital-rule.ts). */
  readonly namedFacilityNouns: ReadonlySet<string>;
  /** أبو، أم: a kunya (أم محمد) is a whole name. */
  readonly kunyaParticles: ReadonlySet<string>;
  /** Honorifics that stand inside a person's name, between or after given names: محمد الحاج علي، محمود الشيخ حسن. */
  readonly nameHonorifics: ReadonlySet<string>;
  /** Verbs that introduce reported speech (قال، وأضافت): the person after them is the speaker, no object. */
  readonly speechVerbs: ReadonlySet<string>;
  /** «Led by» (بقيادة، بزعامة): the name before it ends there, and what follows is a name of its own. */
  readonly leaderPrepositions: ReadonlySet<string>;
  /** الذي، التي، اللواتي …: a verb or a clause follows, never a name. */
  readonly relativePronouns: ReadonlySet<string>;
  /** الشمال، الجنوب …: a region of no name, save as the last word of a group's name (شمس الشمال). */
  readonly directionNouns: ReadonlySet<string>;
  /** معركة، حصار، سقوط …: the battle, siege or fall of a place named right after. */
  readonly placeEventNouns: ReadonlySet<string>;
  /** لواء، كتائب، فيلق …: armed units, whose names are often everyday words in construct (لواء فجر الأمة). */
  readonly brigadeNouns: ReadonlySet<string>;
  /** إعداد، تحرير، ترجمة …: the staff a wire credits in brackets, «(إعداد نادر الصباغ - تحرير رنا فتوح)». */
  readonly creditNouns: ReadonlySet<string>;
  /** موقع: a website, also a position or a site (موقع المبادر): names an outlet unquoted only by a word without the article. */
  readonly siteNouns: ReadonlySet<string>;
  /** Clans named by the plural of their nisba (المسالمة، الطراونة): family names, though they end in ة. */
  readonly clanPlurals: ReadonlySet<string>;
  /** قائد، زعيم …: the unit a leader leads may follow in quotes («بيرق الهرم»). */
  readonly leaderNouns: ReadonlySet<string>;
  /** Nouns of news outlets that stay outside the outlet's name (صحيفة الحياة → الحياة). */
  readonly outletNouns: ReadonlySet<string>;
  /** A reporter of an outlet (مراسل الميادين): the known outlet after it is the outlet, not a town of its name. */
  readonly isReporterNoun: (key: string) => boolean;
  /** Heads of public bodies named by a complement and an adjective: مديرية الصحة الحرة، رئاسة الأركان التركية. */
  readonly stateBodyNouns: ReadonlySet<string>;
  /** Adjectives besides nationalities that close such a body's name: الحرة، الوطنية، المؤقتة. */
  readonly stateBodyAdjectives: ReadonlySet<string>;
  /** Dual place nouns (حيي، مخيمي): exactly two places follow, the second after و even if an everyday word. */
  readonly placeDualNouns: ReadonlySet<string>;
  /** `placeDualNouns.has` as a bound function. */
  readonly isPlaceDualNoun: (key: string) => boolean;
  /** `stateBodyNouns.has` as a bound function. */
  readonly isStateBodyNoun: (key: string) => boolean;
  /** Particles before a verb (قد، لن، لم): the word after them is a verb, never a name (قد تدمر). */
  readonly verbParticles: ReadonlySet<string>;
  /** Quantifiers and ordinals before a noun that make it generic (أول حي، كل مدينة، أي بلدة). */
  readonly genericDeterminers: ReadonlySet<string>;
  /** Words that announce a list after plural nouns (القرى التالية، البلدات الآتية). */
  readonly listAnnouncers: ReadonlySet<string>;
  /** «Among them» after a plural place noun and a comma: بلدات في الريف، بينها … (see announcedPlaceListRule). */
  readonly listMemberAnnouncers: ReadonlySet<string>;
  /** A river's bank (الضفة): a name it starts (الضفة الغربية) is no name before ل + a river (see isBankOf). */
  readonly bankNouns: ReadonlySet<string>;
  /** A government after a title's linker, named by one word (وزير التربية في حكومة النظام): part of the title. */
  readonly governmentNouns: ReadonlySet<string>;
  /**
   * Prepositions of place as written, hamza included (أمام; إمام and امام are also a title and a name): no name
   * ends with one. Compared with the token's text, not its folded form.
   */
  readonly spatialPrepositions: ReadonlySet<string>;
  /** Given names that are also perfect verbs taking على (أشرف على): see isGivenNameVerb. */
  readonly verbGivenNames: ReadonlySet<string>;
  /**
   * Spellings that fold onto a trigger but are another word: إحياء (reviving) is no أحياء (neighbourhoods). Read
   * on the surface, diacritics and up to two proclitic letters aside.
   */
  readonly isNotTriggerSpelling: (surface: string) => boolean;
  /**
   * Bodies named by a place (مصرف سورية المركزي، جامعة حلب): head noun (folded) → the adjective that must close
   * the name, or '' when none does.
   */
  readonly placeNamedBodies: ReadonlyMap<string, string>;
  /**
   * Adjectives that may close the name of such a body when none must (مشفى إدلب الوطني، جامعة حلب الحرة), in the
   * head's gender.
   */
  readonly institutionAdjectives: ReadonlySet<string>;
  /**
   * Facilities named after a place (مسجد حلب الكبير، مدرسة دمشق): the name is the facility's, the place right
   * after the noun is no mention. Singular nouns only: مدارس حلب are the schools of Aleppo.
   */
  readonly facilityNouns: ReadonlySet<string>;
  /**
   * Heads of institutions named by a genitive chain (مديرية صحة حلب، المؤسسة العامة لمياه الشرب، مكتب توثيق
   * الشهداء في درعا), with and without the article.
   */
  readonly institutionHeads: ReadonlySet<string>;
  /**
   * Heads of associations and courts: one definite noun after them names the body (نقابة المحامين، محكمة الجنايات),
   * and two adjectives after the definite head (المحكمة الدستورية العليا).
   */
  readonly associationHeads: ReadonlySet<string>;
  /** Crowds (العشرات، الأهالي): after one an organisation noun is a verb, تجمّع العشرات (dozens gathered). */
  readonly crowdWords: ReadonlySet<string>;
  /** «General» and «supreme» (القيادة العامة، الهيئة العليا): a body so named may head a known body after ل. */
  readonly commandAdjectives: ReadonlySet<string>;
  /** «National» (الوطنية): a body so named works for the country, a city is only where its branch is. */
  readonly nationalAdjectives: ReadonlySet<string>;
  /** Adjectives besides nisba ones that continue such a name: العامة، العليا. */
  readonly institutionNameAdjectives: ReadonlySet<string>;
  /**
   * Bodies named by where they work, with «في + place» in the name: indefinite heads (مكتب توثيق الشهداء في درعا)
   * and the adjectives of definite ones (الهيئة الإعلامية في وادي بردى, not المجلس التنفيذي في دبي).
   */
  readonly localBodyHeads: ReadonlySet<string>;
  /** Heads that a city names through its place noun: مجلس مدينة حلب، تنسيقية مدينة سقبا. */
  readonly placeCouncilHeads: ReadonlySet<string>;
  readonly localBodyAdjectives: ReadonlySet<string>;
  /**
   * Nouns of military bases named by a place (قاعدة حميميم): after one, the bare definite noun (القاعدة) is that
   * base, not an organisation of that name.
   */
  readonly baseNouns: ReadonlySet<string>;
  /** Group nouns a place right after names (فيلق حمص، كتائب حلب): the place is the group's name, no mention. */
  readonly placeGroupNouns: ReadonlySet<string>;
  /**
   * Nouns of military units named by a number or an ordinal (اللواء 104، الفرقة الرابعة، الفيلق الخامس), and the
   * feminine ordinals (the masculine ones are `nameOrdinals`).
   */
  readonly unitNouns: ReadonlySet<string>;
  readonly feminineOrdinals: ReadonlySet<string>;
  /** Nouns whose quoted name after them is an organisation's: مجموعة «الرقة تذبح بصمت»، حملة «…». */
  readonly quotedNameNouns: ReadonlySet<string>;
  /** Nouns of telling (تصريح، حديث): «لـ + a quoted name» after them is the outlet told. */
  readonly speechNouns: ReadonlySet<string>;
  /** «And its countryside» after a place (دمشق وريفها): part of the place a body is named by. */
  readonly placeSelfExtensions: ReadonlySet<string>;
  /** Attached pronouns (كتابه، سنينها): a known word with one is a word, never a misspelt name. */
  readonly pronounSuffixes: readonly string[];
  /** The pronoun suffixes of two letters or more (ها، هم، كم): no name ends in one after a known word. */
  readonly longPronounSuffixes: readonly string[];
  /** Ministries named by their portfolio alone in a headline: «الخارجية: …». */
  readonly headlineBodies: ReadonlySet<string>;
  /** One-word names of the Gregorian months in every Arabic usage (ديسمبر، دجنبر، كانون): no entity alone. */
  readonly monthNames: ReadonlySet<string>;
  /** الاثنين … الأحد: a date follows an outlet in a dateline (الشرق الأوسط – الأحد 7 أغسطس). */
  readonly weekdayNames: ReadonlySet<string>;
  /** Cardinal number words (تسع، عشرات): a count before a noun, no name (وتسع بلدات). */
  readonly numberWords: ReadonlySet<string>;
  readonly personLinkers: ReadonlySet<string>;
  readonly genericComplements: ReadonlySet<string>;
  /** Adjectives that end place names (الغوطة الشرقية، أورم الكبرى): kept in an unknown name. */
  readonly placeNameAdjectives: ReadonlySet<string>;
  /** Everyday words that begin many place names (الشيخ سعيد، تل رفعت، كفر حمرة): allowed first after a place noun. */
  readonly placeNameStarters: ReadonlySet<string>;
  /**
   * Heads of Levantine compound toponyms (كفر نوران، خربة الجحيش، عين الخضرة): head + a name word is one place
   * where the context is a place's.
   */
  readonly placeCompoundHeads: ReadonlySet<string>;
  /**
   * Those heads that are also everyday nouns (عين eye, بيت house, دير monastery, تل hill): after a preposition they
   * need a name word that is no everyday word and no given name (بيت حانون, not بيت أحمد).
   */
  readonly placeCompoundHeadsEveryday: ReadonlySet<string>;
  /** Bombardment and control words (القصف، غارات، سيطرت): what follows «… على» is a place. */
  readonly placeAttackWords: ReadonlySet<string>;
  /**
   * Words of refugees, flight, arrival and aid (لاجئة، نزحوا، وصلت، قافلة): a name that is also an everyday word
   * right after them and a preposition of place (لاجئة من القصير) is the place.
   */
  readonly placeMovementWords: ReadonlySet<string>;
  /** The preposition after those words (على). */
  readonly placeAttackPrepositions: ReadonlySet<string>;
  /** Nationality adjectives in every inflection, with and without the article (روسي، الروسية، الروس …). */
  readonly nationalities: ReadonlySet<string>;
  readonly triggers: PhraseIndex<TriggerKinds>;
  /** True when some trigger phrase starts with the word. */
  readonly triggerStarts: (key: string) => boolean;
}

function nationalityForms(stems: readonly string[], plurals: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const stem of stems.map(fold)) {
    for (const form of [stem, `${stem}ه`, `${stem}ون`, `${stem}ين`, `${stem}تان`, `${stem}تين`]) {
      out.add(form);
      out.add(`ال${form}`);
    }
  }
  for (const p of plurals.map(fold)) {
    out.add(p);
    out.add(`ال${p}`);
  }
  return out;
}

/** Harakat, shadda, sukun, tanwin and tatweel: not part of a spelling. */
const DIACRITICS = /[\u064b-\u0652\u0640]/g;
/** Hamza on or under alef, madda: written or left out at will, so no difference of spelling. */
const HAMZA_ALEF = /[أإآ]/g;

/** A word's spelling: its letters as written (ى, ي and ة kept apart), diacritics and hamza on alef aside. */
const spelling = (surface: string) => surface.replace(DIACRITICS, '').replace(HAMZA_ALEF, 'ا');

let cached: WordLists | null = null;

export function wordLists(): WordLists {
  if (cached) return cached;
  const index = new PhraseIndex<TriggerKinds>();
  const add = (phrases: readonly string[], kind: keyof TriggerKinds) => {
    for (const p of phrases)
      index.add(phraseKeys(p), { [kind]: true }, (old, added) => ({ ...old, ...added }));
  };
  add(triggers.personTitles, 'title');
  add(triggers.placeNouns, 'place');
  add(triggers.placeNounsInside, 'placeInside');
  add(triggers.placeListNouns, 'placeList');
  add(triggers.orgNounsInside, 'orgInside');
  add(triggers.orgNounsOutside, 'orgOutside');
  add(triggers.orgNounsNamed, 'orgNamed');
  add(triggers.agencyNouns, 'agency');
  add(triggers.groupNouns, 'groupNoun');
  add(triggers.stateBodyHeadsFeminine, 'stateBodyFeminine');
  add(triggers.stateBodyHeadsMasculine, 'stateBodyMasculine');
  const folded = (xs: readonly string[]) => new Set(xs.map(fold));
  const common = new Set([...wordClasses.common, ...everydayWords.words.map(fold)]);
  const vocabulary = new Set([...wordClasses.vocabulary, ...newsVocabulary.words.map(fold)]);
  const curatedGiven = givenNames.names.map(fold).filter((n) => !common.has(n));
  const given = new Set(curatedGiven);
  for (const w of wordClasses.personParts) if (!vocabulary.has(w) && !common.has(w)) given.add(w);
  const reporterNouns = folded(triggers.reporterNouns);
  const pronounSuffixes = [...folded(triggers.pronounSuffixes)].sort((a, b) => b.length - a.length);
  const dualNouns = folded(triggers.placeDualNouns);
  const bodyNouns = folded(triggers.stateBodyNouns);
  const functionWordSpellings = new Set(triggers.functionWords.map(spelling));
  cached = {
    common,
    vocabulary,
    personParts: new Set([...wordClasses.personParts, ...curatedGiven]),
    givenNames: given,
    anyGivenNames: new Set(givenNames.names.map(fold)),
    curatedGivenNames: new Set(curatedGiven.filter((n) => !vocabulary.has(n))),
    compoundNameEnds: folded(triggers.compoundNameEnds),
    familyHonorifics: folded(triggers.familyHonorifics),
    kinshipNouns: folded(triggers.kinshipNouns),
    kinshipDuals: folded(triggers.kinshipDuals),
    frontNouns: folded(triggers.frontNouns),
    freeBodyAdjectives: folded(triggers.freeBodyAdjectives),
    forceNouns: folded(triggers.forceNouns),
    affiliationAdjectives: folded(triggers.affiliationAdjectives),
    servantParticles: folded(triggers.servantParticles),
    nameOrdinals: folded(triggers.nameOrdinals),
    notFamilyNames: folded(triggers.notFamilyNames),
    functionWords: folded(triggers.functionWords),
    isFunctionWordSpelling: (surface) => functionWordSpellings.has(spelling(surface)),
    orgNameAdjectives: folded(triggers.orgNameAdjectives),
    placePrepositions: folded(triggers.placePrepositions),
    nameParticles: folded(triggers.nameParticles),
    kunyaParticles: folded(triggers.kunyaParticles),
    hospitalNouns: folded(triggers.hospitalNouns),
    namedFacilityNouns: folded(triggers.namedFacilityNouns),
    nameHonorifics: folded(triggers.nameHonorifics),
    speechVerbs: folded(triggers.speechVerbs),
    leaderPrepositions: folded(triggers.leaderPrepositions),
    relativePronouns: folded(triggers.relativePronouns),
    directionNouns: folded(triggers.directionNouns),
    placeEventNouns: folded(triggers.placeEventNouns),
    brigadeNouns: folded(triggers.brigadeNouns),
    creditNouns: folded(triggers.creditNouns),
    siteNouns: folded(triggers.siteNouns),
    clanPlurals: folded(triggers.clanPlurals),
    leaderNouns: folded(triggers.leaderNouns),
    outletNouns: folded(triggers.outletNouns),
    isReporterNoun: (key) => reporterNouns.has(key),
    stateBodyNouns: bodyNouns,
    stateBodyAdjectives: folded(triggers.stateBodyAdjectives),
    placeDualNouns: dualNouns,
    isPlaceDualNoun: (key) => dualNouns.has(key),
    isStateBodyNoun: (key) => bodyNouns.has(key),
    verbParticles: folded(triggers.verbParticles),
    listAnnouncers: folded(triggers.listAnnouncers),
    listMemberAnnouncers: folded(triggers.listMemberAnnouncers),
    bankNouns: folded(triggers.bankNouns),
    governmentNouns: folded(triggers.governmentNouns),
    spatialPrepositions: new Set(triggers.spatialPrepositions),
    verbGivenNames: folded(triggers.verbGivenNames),
    genericDeterminers: folded(triggers.genericDeterminers),
    isNotTriggerSpelling: (surface) => {
      // A shadda written on the word tells it apart: مدرّسة is a teacher, مدرسة a school.
      if (triggers.notTriggerVocalisations.some((v) => surface.includes(v))) return true;
      const bare = surface.replace(DIACRITICS, '');
      return triggers.notTriggerSpellings.some((s) => bare.endsWith(s) && bare.length - s.length <= 2);
    },
    placeNamedBodies: new Map(triggers.placeNamedBodies.map((b) => [fold(b.head), fold(b.adjective ?? '')])),
    institutionAdjectives: folded(triggers.institutionAdjectives),
    facilityNouns: folded(triggers.facilityNouns),
    institutionHeads: folded(triggers.institutionHeads),
    associationHeads: folded(triggers.associationHeads),
    crowdWords: folded(triggers.crowdWords),
    commandAdjectives: folded(triggers.commandAdjectives),
    nationalAdjectives: folded(triggers.nationalAdjectives),
    institutionNameAdjectives: folded(triggers.institutionNameAdjectives),
    placeSelfExtensions: folded(triggers.placeSelfExtensions),
    quotedNameNouns: folded(triggers.quotedNameNouns),
    unitNouns: folded(triggers.unitNouns),
    placeGroupNouns: folded(triggers.placeGroupNouns),
    baseNouns: folded(triggers.baseNouns),
    feminineOrdinals: folded(triggers.feminineOrdinals),
    speechNouns: folded(triggers.speechNouns),
    localBodyHeads: folded(triggers.localBodyHeads),
    placeCouncilHeads: folded(triggers.placeCouncilHeads),
    localBodyAdjectives: folded(triggers.localBodyAdjectives),
    pronounSuffixes,
    longPronounSuffixes: pronounSuffixes.filter((s) => s.length > 1),
    headlineBodies: folded(triggers.headlineBodies),
    monthNames: folded(
      months.gregorian.flatMap((m) => m.names.map((n) => n.name)).filter((n) => !n.includes(' ')),
    ),
    weekdayNames: folded(weekdays.weekdays.flatMap((d) => d.names)),
    numberWords: folded([
      ...Object.keys(numbers.cardinals),
      ...Object.keys(numbers.tens),
      ...Object.keys(numbers.hundreds),
      ...numbers.vagueQuantifiers,
    ]),
    personLinkers: folded(triggers.personLinkers),
    genericComplements: folded(triggers.genericComplements),
    placeNameStarters: folded(triggers.placeNameStarters),
    placeCompoundHeads: folded(triggers.placeCompoundHeads),
    placeCompoundHeadsEveryday: folded(triggers.placeCompoundHeadsEveryday),
    placeAttackWords: folded(triggers.placeAttackWords),
    placeAttackPrepositions: folded(triggers.placeAttackPrepositions),
    placeMovementWords: folded(triggers.placeMovementWords),
    placeNameAdjectives: folded(triggers.placeNameAdjectives),
    nationalities: nationalityForms(triggers.nationalityStems, triggers.nationalityPlurals),
    triggers: index,
    triggerStarts: index.startsWithKey,
  };
  return cached;
}
