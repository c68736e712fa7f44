/**
 * All 300 BASIL same-event pairs (100 events x fox-hpo, fox-nyt, hpo-nyt), a always the first outlet of
 * the pair in that order. The truth evaluation's lists over all pairs use these directions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaldataPath } from '../evaldata-path';

export interface BasilPairRef {
  year: string;
  event: string;
  a: string;
  b: string;
  /** e.g. `2010-2b95d2cf-fox-nyt`: year, event prefix and outlets, as the gold files are named. */
  name: string;
}

const ORDER = ['fox', 'hpo', 'nyt'];

/**
 * Every same-event pair of BASIL, sorted by name.
 * @example basilPairs().length // -> 300
 */
export function basilPairs(): BasilPairRef[] {
  const root = join(evaldataPath('basil'), 'articles');
  const pairs: BasilPairRef[] = [];
  for (const year of readdirSync(root).sort()) {
    const byEvent = new Map<string, Map<string, string>>();
    for (const name of readdirSync(join(root, year))) {
      const json = JSON.parse(readFileSync(join(root, year, name), 'utf8')) as { source: string; 'triplet-uuid': string };
      const files = byEvent.get(json['triplet-uuid']) ?? byEvent.set(json['triplet-uuid'], new Map()).get(json['triplet-uuid'])!;
      files.set(json.source.toLowerCase(), name.replace(/\.json$/, ''));
    }
    for (const [event, files] of byEvent) {
      for (let x = 0; x < ORDER.length; x++) {
        for (let y = x + 1; y < ORDER.length; y++) {
          const sa = ORDER[x] as string;
          const sb = ORDER[y] as string;
          const a = files.get(sa);
          const b = files.get(sb);
          if (a && b) pairs.push({ year, event, a, b, name: `${year}-${event.slice(0, 8)}-${sa}-${sb}` });
        }
      }
    }
  }
  return pairs.sort((x, y) => (x.name < y.name ? -1 : 1));
}
