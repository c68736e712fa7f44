/**
 * The engine's drift items over ECB+ (../shared/evaldata/ecbplus): every pair of documents of one
 * sub-topic (reports of one event, often written hours or days apart, many from scraped pages), compared
 * whole. A second, independent check of "these values differ" beside BASIL: other outlets, other
 * events, messier text. An item is named by its two documents, the sentence indices the engine compared
 * and a hash of its values, never by text; judges' verdicts on random samples are kept in
 * tests/fixtures/truth/ecb-drift (docs/truth-annotation.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareArticles } from '../../../lib/compare';
import { hashString } from '../../../lib/extract/hash-string';
import type { Article } from '../../../lib/types';
import { evaldataPath } from '../evaldata-path';

interface EcbDoc {
  doc: string;
  topic: number | string;
  subtopic: string;
  domain?: string;
  sentences: Array<{ n: number; text: string }>;
}

export interface EcbDriftItem {
  id: string;
  /** The two passages, for the judges' listing only: never written to the repository. */
  a: string;
  b: string;
}

const articleOf = (d: EcbDoc, id: string): Article => ({ id, outlet: d.domain ?? id, title: '', text: d.sentences.map((s) => s.text).join(' ') });

/**
 * Every drift item the engine lists over the ECB+ same-sub-topic document pairs (about 5,000 pairs).
 * @example ecbDriftItems().length // -> 73
 */
export function ecbDriftItems(): EcbDriftItem[] {
  const docs = readFileSync(join(evaldataPath('ecbplus'), 'ecbplus_docs.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as EcbDoc);
  const bySubtopic = new Map<string, EcbDoc[]>();
  for (const d of docs) {
    const key = `${d.topic}_${d.subtopic}`;
    bySubtopic.set(key, [...(bySubtopic.get(key) ?? []), d]);
  }
  const items: EcbDriftItem[] = [];
  for (const group of bySubtopic.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [x, y] = [group[i] as EcbDoc, group[j] as EcbDoc];
        for (const d of compareArticles(articleOf(x, 'a'), articleOf(y, 'b')).drift) {
          const values = JSON.stringify(d.values.map((v) => [v.kind, v.a, v.b]));
          items.push({ id: `${x.doc}|${y.doc}|${d.sentencesA.join('+')}|${d.sentencesB.join('+')}|${hashString(values)}`, a: d.a, b: d.b });
        }
      }
    }
  }
  return items;
}
