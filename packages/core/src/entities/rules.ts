import { organisationRule, stateBodyRule } from './organisation-rule.js';
import { familyNameExtension, givenNameExtension, givenNameRule, titleRule } from './person-rule.js';
import { placeRule } from './place-rule.js';
import type { Work } from './work.js';

/** Finds names no list has, from the words around them. */
export function rulePass(work: Work): void {
  // The tokens that may start a trigger phrase, found once for the three rules.
  const starts: number[] = [];
  const given: number[] = [];
  const tokens = work.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'arabic') continue;
    if (work.startsTrigger(i)) starts.push(i);
    else if (work.isGivenName(i)) given.push(i);
  }
  stateBodyRule(work, starts);
  placeRule(work, starts);
  organisationRule(work, starts);
  titleRule(work, starts);
  givenNameExtension(work);
  givenNameRule(work, given);
  familyNameExtension(work);
}
