import { compareArticles } from '../compare';
import { segmentSentences } from '../text/segment-sentences';
import type { Article, Comparison } from '../types';
import type { Consensus, SentenceRef } from './types';

const isAligned = (kind: string) => kind === 'same' || kind === 'reworded';

/** Union-find over "articleId#index" keys: sentences of different outlets that the engine aligns. */
function unionFind() {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  return { find, union: (x: string, y: string) => parent.set(find(x), find(y)) };
}

/**
 * Cross-outlet consensus for one article against other outlets' reports of the same story: for each of
 * its sentences, which others carry it, in full or in part (the comparison engine aligns or links it to
 * one of theirs); and the omission report, the sentences at least `minOutlets` others carry and this article
 * does not, grouped (by aligning the others with each other) so that one fact appears once.
 * @example coverageConsensus(page, sameStoryArticles).omissions[0] // -> { text: 'Kim greeted Putin at the airport.', carriedBy: ['001', '003'], sentences: [...] }
 */
export function coverageConsensus(article: Article, others: Article[], options: { minOutlets?: number } = {}): Consensus {
  const minOutlets = options.minOutlets ?? 2;
  const withOthers = others.map((other) => compareArticles(article, other));
  const carried = new Map<number, string[]>();
  const omitted: SentenceRef[] = [];
  withOthers.forEach((comparison: Comparison, o) => {
    const id = (others[o] as Article).id;
    const carriedHere = new Set(comparison.links.map((l) => l.a));
    for (const group of comparison.groups) if (isAligned(group.kind)) group.a.forEach((i) => carriedHere.add(i));
    for (const i of [...carriedHere].sort((x, y) => x - y)) carried.set(i, [...(carried.get(i) ?? []), id]);
    for (const group of comparison.groups) {
      if (group.kind !== 'omitted') continue;
      for (const j of group.b) {
        const sentence = comparison.sentencesB[j];
        // Headlines and subheads only the other outlet has are its signposts, not facts left out.
        if (sentence && (sentence.kind === 'body' || sentence.kind === 'bullet')) omitted.push({ articleId: id, index: j, text: sentence.text });
      }
    }
  });

  // Group the omitted sentences by what the other outlets say in common with each other.
  const key = (articleId: string, index: number) => `${articleId}#${index}`;
  const omittedKeys = new Set(omitted.map((s) => key(s.articleId, s.index)));
  const sets = unionFind();
  others.forEach((b, x) => {
    others.slice(x + 1).forEach((c) => {
      for (const group of compareArticles(b, c).groups) {
        if (!isAligned(group.kind)) continue;
        const members = [...group.a.map((i) => key(b.id, i)), ...group.b.map((j) => key(c.id, j))].filter((k) => omittedKeys.has(k));
        for (const m of members.slice(1)) sets.union(members[0] as string, m);
      }
    });
  });
  const byRoot = new Map<string, SentenceRef[]>();
  for (const s of omitted) {
    const root = sets.find(key(s.articleId, s.index));
    byRoot.set(root, [...(byRoot.get(root) ?? []), s]);
  }
  const omissions = [...byRoot.values()]
    .map((sentences) => ({ text: (sentences[0] as SentenceRef).text, carriedBy: [...new Set(sentences.map((s) => s.articleId))], sentences }))
    .filter((o) => o.carriedBy.length >= minOutlets)
    .sort((x, y) => y.carriedBy.length - x.carriedBy.length);

  const sentences = segmentSentences(article).map((s) => ({
    index: s.index,
    text: s.text,
    carriedBy: carried.get(s.index) ?? [],
  }));
  return { sentences, omissions, minOutlets };
}
