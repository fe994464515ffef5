import { appointeeRule } from './appointee-rule.js';
import { givenSpeakerRule } from './given-speaker-rule.js';
import { institutionRule } from './institution-rule.js';
import { kinshipRule } from './kinship-rule.js';
import { kunyaRule } from './kunya-rule.js';
import {
  numberedUnitRule,
  organisationRule,
  placeNamedBodyRule,
  stateBodyRule,
} from './organisation-rule.js';
import {
  familyNameExtension,
  givenNameExtension,
  givenNameRule,
  nationalityNounRule,
  titleRule,
} from './person-rule.js';
import { announcedPlaceListRule, attackedPlaceRule, coordinatedPlaceRule, placeRule } from './place-rule.js';
import { quotedNameRule } from './quoted-name-rule.js';
import type { Work } from './work.js';

const TRIGGER_START = 1;
const GIVEN = 2;
const OTHER = 3;
const BODY = 4;

/** Finds names no list has, from the words around them. */
export function rulePass(work: Work): void {
  // The tokens that may start a trigger phrase, found once for the three rules.
  const starts: number[] = [];
  const given: number[] = [];
  const bodies: number[] = [];
  const tokens = work.tokens;
  // Per distinct word (its kind included), asked once: 0 not yet, then one of the three below.
  const role = new Uint8Array(work.wordCount);
  for (let i = 0; i < tokens.length; i++) {
    const word = work.wordOf[i]!;
    if (role[word] === 0) {
      const arabic = tokens[i]!.kind === 'arabic';
      role[word] = !arabic
        ? OTHER
        : work.startsTrigger(i)
          ? TRIGGER_START
          : work.isGivenName(i)
            ? GIVEN
            : work.isBodyHead(i)
              ? BODY
              : OTHER;
    }
    if (role[word] === TRIGGER_START) starts.push(i);
    else if (role[word] === GIVEN) given.push(i);
    else if (role[word] === BODY) bodies.push(i);
  }
  stateBodyRule(work, starts, bodies);
  placeNamedBodyRule(work);
  placeRule(work, starts);
  announcedPlaceListRule(work);
  institutionRule(work);
  numberedUnitRule(work);
  quotedNameRule(work);
  attackedPlaceRule(work);
  coordinatedPlaceRule(work);
  organisationRule(work, starts);
  titleRule(work, starts);
  nationalityNounRule(work);
  kinshipRule(work);
  givenNameExtension(work);
  givenNameRule(work, given);
  givenSpeakerRule(work);
  kunyaRule(work);
  appointeeRule(work);
  familyNameExtension(work);
}
