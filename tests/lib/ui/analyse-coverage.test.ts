import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../lib/ui/analyse-coverage';
import type { Coverage, Match, MatchDecision } from '../../../lib/match/types';
import type { Article } from '../../../lib/types';

const article = (id: string, text = `Text of ${id}.`): Article => ({ id, outlet: `Outlet ${id}`, title: id, text });
const match = (id: string, decision: MatchDecision, score: number, text?: string): Match => ({ article: article(id, text), decision, score });
const page = article('page', 'The page text.');

describe('analyseCoverage', () => {
  it.each<[string, Match[], string, string, string[], string[]]>([
    ['other outlets on the story', [match('b', 'same-story', 0.6), match('c', 'same-story', 0.5), match('d', 'related', 0.2)], 'ready', 'page', ['b', 'c'], ['d']],
    ['the page is a corpus article', [match('self', 'this-article', 0.9), match('b', 'same-story', 0.6)], 'this-article', 'self', ['b'], []],
    ['nothing on the story', [match('d', 'related', 0.3), match('e', 'unrelated', 0.1), match('f', 'unrelated', 0.05), match('g', 'unrelated', 0.01)], 'no-coverage', 'page', [], ['d', 'e', 'f']],
    ['an empty corpus', [], 'no-coverage', 'page', [], []],
    ['a saved copy of the page under another id', [match('copy', 'same-story', 0.99, 'The page text.'), match('b', 'same-story', 0.5)], 'ready', 'page', ['b'], []],
    ['the page itself among the matches', [match('page', 'same-story', 1), match('b', 'same-story', 0.5)], 'ready', 'page', ['b'], []],
  ])('%s', (_case, matches, state, articleId, others, nearest) => {
    const outcome = analyseCoverage(page, { matches } as Coverage);
    expect(outcome.state).toBe(state);
    expect(outcome.article.id).toBe(articleId);
    expect(outcome.others.map((m) => m.article.id)).toEqual(others);
    expect(outcome.nearest.map((m) => m.article.id)).toEqual(nearest);
  });

  it('keeps the matching corpus article as self', () => {
    const self = match('self', 'this-article', 0.9);
    expect(analyseCoverage(page, { matches: [self] }).self).toBe(self);
  });
});
