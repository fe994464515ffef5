import everydayWords from '../data/entities/everyday-words.json' with { type: 'json' };
import triggers from '../data/entities/triggers.json' with { type: 'json' };
import wordClasses from '../data/entities/word-classes.json' with { type: 'json' };
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
}

/** Word classes and trigger phrases for the rules, folded and indexed once. */
export interface WordLists {
  readonly common: ReadonlySet<string>;
  readonly vocabulary: ReadonlySet<string>;
  readonly personParts: ReadonlySet<string>;
  readonly nameParticles: ReadonlySet<string>;
  readonly personLinkers: ReadonlySet<string>;
  readonly genericComplements: ReadonlySet<string>;
  /** Adjectives that end place names (الغوطة الشرقية، أورم الكبرى): kept in an unknown name. */
  readonly placeNameAdjectives: ReadonlySet<string>;
  /** Everyday words that begin many place names (الشيخ سعيد، تل رفعت، كفر حمرة): allowed first after a place noun. */
  readonly placeNameStarters: ReadonlySet<string>;
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
  add(triggers.stateBodyHeadsFeminine, 'stateBodyFeminine');
  add(triggers.stateBodyHeadsMasculine, 'stateBodyMasculine');
  const folded = (xs: readonly string[]) => new Set(xs.map(fold));
  cached = {
    common: new Set([...wordClasses.common, ...everydayWords.words.map(fold)]),
    vocabulary: new Set(wordClasses.vocabulary),
    personParts: new Set(wordClasses.personParts),
    nameParticles: folded(triggers.nameParticles),
    personLinkers: folded(triggers.personLinkers),
    genericComplements: folded(triggers.genericComplements),
    placeNameStarters: folded(triggers.placeNameStarters),
    placeNameAdjectives: folded(triggers.placeNameAdjectives),
    nationalities: nationalityForms(triggers.nationalityStems, triggers.nationalityPlurals),
    triggers: index,
    triggerStarts: index.startsWithKey,
  };
  return cached;
}
