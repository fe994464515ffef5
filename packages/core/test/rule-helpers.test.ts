import { describe, expect, it } from 'vitest';
import { isParticleAndImperfect } from '../src/entities/rule-helpers.js';

// Folded words (ة → ه, hamza forms → ا), as the rules see them.
const cases: readonly [norm: string, particles: string, expected: boolean][] = [
  ['ليقرر', 'لف', true],
  ['فيقول', 'لف', true],
  ['لتخسر', 'لف', true],
  ['فنحن', 'لف', false], // four letters: too short for particle + imperfect
  ['وتختم', 'لف', false], // و is not among the particles asked for
  ['وتختم', 'وف', true],
  ['فيصل', 'وف', false], // a name of four letters
  ['لبنان', 'لف', false], // ب is no imperfect prefix
  ['يقول', 'لف', false], // no particle
  ['لي', 'لف', false],
  ['', 'لف', false],
  ['فتح2016', 'لف', false], // not letters only
];

describe('isParticleAndImperfect', () => {
  it.each(cases)('%s with particles %s → %s', (norm, particles, expected) => {
    expect(isParticleAndImperfect(norm, particles)).toBe(expected);
  });
});
