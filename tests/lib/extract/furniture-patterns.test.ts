import { describe, expect, it } from 'vitest';
import { BULLET_MARKER, FURNITURE_LINES, LEADING_LINES, LIST_LABELS, TIMESTAMP_LINES, type FurniturePattern } from '../../../lib/extract/furniture-patterns';

const tables: Array<[string, FurniturePattern[]]> = [
  ['FURNITURE_LINES', FURNITURE_LINES],
  ['LIST_LABELS', LIST_LABELS],
  ['LEADING_LINES', LEADING_LINES],
];
const entries = tables.flatMap(([table, list]) => list.map((entry) => [table, entry.name, entry] as const));
/** Body lines must survive every furniture table that is applied to body text. */
const bodyTables = [...FURNITURE_LINES, ...LIST_LABELS];

describe('furniture pattern tables', () => {
  it.each(entries)('%s / %s matches each of its furniture examples', (_table, _name, entry) => {
    expect(entry.furniture.length).toBeGreaterThan(0);
    expect(entry.furniture.filter((line) => !entry.pattern.test(line))).toEqual([]);
  });

  it.each(entries)('%s / %s keeps each of its body examples', (_table, _name, entry) => {
    expect(entry.body.length).toBeGreaterThan(0);
    expect(entry.body.filter((line) => entry.pattern.test(line))).toEqual([]);
  });

  it.each(entries.filter(([table]) => table !== 'LEADING_LINES'))('no body-text table removes the body examples of %s / %s', (_table, _name, entry) => {
    expect(entry.body.filter((line) => bodyTables.some((other) => other.pattern.test(line)))).toEqual([]);
  });

  it('has unique names within each table', () => {
    for (const [, list] of tables) expect(new Set(list.map((entry) => entry.name)).size).toBe(list.length);
  });

  it('includes the timestamp table in the furniture lines', () => {
    for (const entry of TIMESTAMP_LINES) expect(FURNITURE_LINES).toContain(entry);
  });
});

describe('BULLET_MARKER', () => {
  it.each([
    ['hyphen', '- Putin arrived', true],
    ['bullet', '• Putin arrived', true],
    ['asterisk', '* Putin arrived', true],
    ['number with dot', '1. Delhi: power demand', true],
    ['number with bracket', '12) Roger Waters', true],
    ['dash inside a word', 'Kim-Jong', false],
    ['year at the start', '2024. A year of summits', false],
    ['em dash quote attribution', '— Jean-Pierre', false],
  ])('%s', (_name, line, expected) => {
    expect(BULLET_MARKER.test(line)).toBe(expected);
  });
});
