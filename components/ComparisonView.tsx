import { useState } from 'preact/hooks';
import type { Consensus } from '../lib/match/types';
import type { Comparison, DriftKind } from '../lib/types';
import { consensusLabel } from '../lib/ui/consensus-label';
import { filterGroups, type GroupFilter } from '../lib/ui/group-filter';
import { visibleTokens } from '../lib/ui/visible-tokens';
import { FilterBar } from './FilterBar';
import { GroupView } from './GroupView';
import { Legend } from './Legend';
import { SummaryBar } from './SummaryBar';
import { Tokens } from './Tokens';
import { t, type MessageKey } from './i18n';
import { TEST_IDS } from './test-ids';

const DRIFT_LABEL: Record<DriftKind, MessageKey> = { number: 'drift_number', date: 'drift_date', name: 'drift_name' };

interface Props {
  comparison: Comparison;
  /** Cross-outlet consensus, when there are two or more other outlets (undefined while it is computed). */
  consensus?: Consensus;
  /** How many other outlets the consensus counts. */
  otherCount: number;
}

/** A comparison: summary, legend, filters, the marked text, quotes worded differently and number/name drift. */
export function ComparisonView({ comparison, consensus, otherCount }: Props) {
  const [filter, setFilter] = useState<GroupFilter>('all');
  const [hideMinor, setHideMinor] = useState(false);
  const shown = filterGroups(comparison.groups, filter);
  const withConsensus = otherCount >= 2;
  const list = (values: string[]) => values.join(', ') || t('driftNone');
  const quoted = new Set(comparison.quotes.map((q) => q.group));
  const drifted = new Set(comparison.drift.map((d) => d.group));
  return (
    <>
      <SummaryBar stats={comparison.stats} />
      <Legend />
      <FilterBar filter={filter} onFilter={setFilter} hideMinor={hideMinor} onHideMinor={setHideMinor} />
      <div class="groups" data-filter={filter} data-hide-minor={hideMinor}>
        {shown.map(({ group, index }) => (
          <GroupView
            key={index}
            comparison={comparison}
            group={group}
            index={index}
            hideMinor={hideMinor}
            quote={quoted.has(index)}
            drift={drifted.has(index)}
            consensus={withConsensus && consensus ? consensusLabel(group.a, consensus.sentences, otherCount) : undefined}
          />
        ))}
        {!shown.length && <p class="muted">{t('noneToShow')}</p>}
      </div>
      {comparison.quotes.length > 0 && (
        <section data-testid={TEST_IDS.quotes} aria-label={t('quotesHeading')}>
          <h2>{t('quotesHeading')}</h2>
          <ul class="report-list">
            {comparison.quotes.map((q, i) => (
              <li key={i} data-group={q.group} dir="auto">
                <Tokens tokens={visibleTokens(q.tokens, hideMinor)} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {comparison.drift.length > 0 && (
        <section data-testid={TEST_IDS.drift} aria-label={t('driftHeading')}>
          <h2>{t('driftHeading')}</h2>
          <ul class="report-list">
            {comparison.drift.map((d, i) => (
              <li key={i} data-group={d.group}>
                {d.values.map((v, j) => (
                  <span key={j} data-drift-kind={v.kind}>
                    {j > 0 && '; '}
                    {t('driftValues', [t(DRIFT_LABEL[v.kind]), list(v.a), list(v.b)])}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
