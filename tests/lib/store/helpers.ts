import { readFileSync } from 'node:fs';
import type { BundledCorpus } from '../../../lib/corpus/types';
import { addArticles, type AddOutcome } from '../../../lib/store/add-articles';
import type { BaseIndex } from '../../../lib/store/base-index';
import { SCHEMA_STEPS } from '../../../lib/store/corpus-schema';
import { MemoryDatabase } from '../../../lib/store/memory-database';
import type { SnapshotTarget } from '../../../lib/store/refresh-norms';
import type { SnapshotFile } from '../../../lib/store/shard-snapshot';
import type { ArticleSource } from '../../../lib/store/types';
import type { Article } from '../../../lib/types';
import { BUNDLE_PATH } from '../../../scripts/build-corpus';

/** An empty corpus store in memory. */
export const memoryStore = () => new MemoryDatabase(SCHEMA_STEPS.flatMap((step) => step.create));

/** The bundled corpus as the extension ships it (built by the tests' global setup). */
export const BUNDLE = JSON.parse(readFileSync(BUNDLE_PATH, 'utf8')) as BundledCorpus;

/** Adds articles one at a time, as saves arrive. */
export async function addOneByOne(db: MemoryDatabase, articles: readonly Article[], source: ArticleSource = 'saved', base?: BaseIndex): Promise<AddOutcome[]> {
  const outcomes: AddOutcome[] = [];
  for (const [i, article] of articles.entries()) outcomes.push(await addArticles(db, [{ article, source }], { now: 1_700_000_000_000 + i, base }));
  return outcomes;
}

const article = (id: string, outlet: string, title: string, text: string, extra: Partial<Article> = {}): Article => ({ id, outlet, title, text, ...extra });

/** Short invented reports: two events with several outlets each, and unrelated stories. */
export const STORIES: Article[] = [
  article('fire-a', 'Coast Daily', 'Fire destroys warehouses at Port Elwin harbour', 'A fire destroyed three warehouses at Port Elwin harbour on Sunday night, the Elwin fire brigade said.\n\nAbout 120 firefighters fought the blaze for nine hours. Nobody was hurt, but 40 tonnes of grain were lost.', { url: 'https://coast.test/fire', published: '2024-06-02' }),
  article('fire-b', 'Northern Post', 'Port Elwin harbour blaze: grain warehouses burn', 'Three grain warehouses burned down at Port Elwin harbour overnight into Monday, the fire brigade reported.\n\nSome 120 firefighters battled the fire for nine hours; 40 tonnes of grain went up in smoke.', { published: '2024-06-03' }),
  article('fire-c', 'Bay Herald', 'Grain lost as Port Elwin warehouses burn', 'Fire gutted three warehouses at Port Elwin harbour, where 120 firefighters worked for nine hours.\n\nForty tonnes of grain were destroyed. Harbour master Ilse Brandt said ships could return on Tuesday.', { published: '2024-06-03' }),
  article('vote-a', 'City Ledger', 'Council approves Valdera tram budget', 'Valdera city council approved a 40 million euro budget for the new tram line on Thursday by 31 votes to 12.\n\nMayor Ana Reis said construction would start in March.', { published: '2024-03-14' }),
  article('vote-b', 'Valdera Courier', 'Tram line wins council vote', 'The council of Valdera voted 31 to 12 for the tram budget of 40 million euros.\n\nWork on the line begins in March, Mayor Ana Reis said after the vote.', { published: '2024-03-15' }),
  article('cup', 'Sport Now', 'Rovers beat United 3-1 in cup semi-final', 'Rovers reached the cup final with a 3-1 win over United at Castle Park on Saturday.\n\nStriker Tomas Vey scored twice before half-time and captain Leon Dart added a third.'),
  article('cake', 'Kitchen Weekly', 'A lemon cake for lazy Sundays', 'Beat the butter and sugar until pale, then fold in the flour, eggs and the zest of two lemons.\n\nBake for 45 minutes and pour the lemon syrup over the warm cake.'),
  article('storm', 'Weather Desk', 'Storm Ilse brings floods to the coast', 'Storm Ilse flooded roads along the coast on Sunday and cut power to 4,000 homes.\n\nThe harbour at Port Elwin was closed to ships until Tuesday.', { published: '2024-06-02' }),
];

/** A snapshot target in memory that, like an OPFS writable, shows its bytes only once closed with keep. */
export function memoryTarget(failAt = Infinity) {
  let pending = new Uint8Array(0);
  let kept: Uint8Array | undefined;
  const closed: boolean[] = [];
  let writes = 0;
  const target: SnapshotTarget = {
    write(data, at) {
      if (++writes >= failAt) throw new Error('disk full');
      if (at + data.length > pending.length) {
        const grown = new Uint8Array(at + data.length);
        grown.set(pending);
        pending = grown;
      }
      pending.set(data, at);
    },
    async close(keep) {
      closed.push(keep);
      if (keep) kept = pending;
      pending = new Uint8Array(0);
    },
  };
  const file = (): SnapshotFile => ({
    size: () => kept?.length ?? 0,
    read: (into, at) => {
      const part = (kept ?? new Uint8Array(0)).subarray(at, at + into.length);
      into.set(part);
      return part.length;
    },
  });
  return { target, file, closed };
}
