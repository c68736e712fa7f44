import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_SEED } from '../setup/property-seed';

describe('fast-check properties are seeded', () => {
  it('every property draws from the one seed, unless PROPERTY_SEED says otherwise', () => {
    expect(fc.readConfigureGlobal().seed).toBe(PROPERTY_SEED);
    expect(Number.isInteger(PROPERTY_SEED)).toBe(true);
  });

  it('so two runs of one property draw the same cases', () => {
    const draws = () => fc.sample(fc.array(fc.double({ noNaN: true }), { maxLength: 5 }), 20);
    expect(draws()).toEqual(draws());
  });
});

describe('no property sets its own seed', () => {
  // A seed given to one property (even `seed: undefined`, which fast-check reads as "draw one") overrides the global one.
  const root = join(import.meta.dirname, '..');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.test\.tsx?$/.test(name) ? [path] : [];
    });
  const properties = files(root).filter((f) => /\bfc\.(assert|check)\(/.test(readFileSync(f, 'utf8')));

  it('finds the property tests', () => {
    expect(properties.length).toBeGreaterThan(5);
  });

  it.each(properties.map((f) => [relative(root, f), f]))('%s passes no seed of its own', (_name, file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(/\bseed\s*[:,}]/);
  });
});
