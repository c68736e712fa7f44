import type { Match, MatchDecision } from '../lib/match/types';
import type { ArticleOrigin } from '../lib/store/article-origin';
import { t, type MessageKey } from './i18n';
import { MatchOrigin } from './MatchOrigin';
import { TEST_IDS } from './test-ids';

const DECISION_LABEL: Record<MatchDecision, MessageKey> = {
  'this-article': 'decision_this_article',
  'same-story': 'decision_same_story',
  related: 'decision_related',
  unrelated: 'decision_unrelated',
};

interface Props {
  matches: readonly Match[];
  selectedId?: string;
  onSelect: (match: Match) => void;
  label: string;
  /** Where the matches from the reader's store came from, by article id. */
  origins?: Readonly<Record<string, ArticleOrigin>>;
}

/** Ranked articles with their scores (and, for stored ones, where they came from); the chosen one is pressed. */
export function MatchList({ matches, selectedId, onSelect, label, origins }: Props) {
  return (
    <ul class="matches" aria-label={label}>
      {matches.map((m) => (
        <li key={m.article.id}>
          <button
            type="button"
            data-testid={TEST_IDS.match}
            data-article-id={m.article.id}
            data-decision={m.decision}
            data-score={m.score}
            aria-pressed={m.article.id === selectedId}
            onClick={() => onSelect(m)}
          >
            <span>
              <strong>{m.article.outlet}</strong> — {m.article.title}
            </span>
            <span class="score muted">
              {t('matchScore', m.score.toFixed(2))} · {t(DECISION_LABEL[m.decision])}
            </span>
            {origins?.[m.article.id] && <MatchOrigin origin={origins[m.article.id]!} />}
          </button>
        </li>
      ))}
    </ul>
  );
}
