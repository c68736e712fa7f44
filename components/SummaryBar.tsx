import type { ComparisonStats } from '../lib/types';
import { summaryParts } from '../lib/ui/summary-parts';
import { t } from './i18n';
import { TEST_IDS } from './test-ids';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Added / omitted / reworded / same as a proportional bar and as sentences (the bar is decoration; the list says it). */
export function SummaryBar({ stats }: { stats: ComparisonStats }) {
  const parts = summaryParts(stats);
  return (
    <section data-testid={TEST_IDS.summary} aria-label={t('summaryHeading')}>
      <div class="bar" aria-hidden="true">
        {parts.map((p) => (p.share > 0 ? <span key={p.kind} class={`kind-${p.kind}`} style={{ width: percent(p.share) }} /> : null))}
      </div>
      <ul class="summary-list">
        {parts.map((p) => (
          <li key={p.kind} data-kind={p.kind} data-sentences={p.sentences} data-share={p.share.toFixed(3)}>
            {p.sentences === 1
              ? t('summaryPartOne', [t(`kind_${p.kind}`), percent(p.share)])
              : t('summaryPart', [t(`kind_${p.kind}`), p.sentences, percent(p.share)])}
          </li>
        ))}
      </ul>
    </section>
  );
}
