import { useState } from 'preact/hooks';
import type { Consensus } from '../lib/match/types';
import type { Comparison } from '../lib/types';
import { consensusLabel } from '../lib/ui/consensus-label';
import { filterGroups, type GroupFilter } from '../lib/ui/group-filter';
import { groupQuoteKinds } from '../lib/ui/group-quote-kinds';
import { DriftList } from './DriftList';
import { FilterBar } from './FilterBar';
import { GroupView } from './GroupView';
import { Legend } from './Legend';
import { QuoteList } from './QuoteList';
import { SummaryBar } from './SummaryBar';
import { t } from './i18n';

interface Props {
  comparison: Comparison;
  /** Cross-outlet consensus, when there are two or more other outlets (undefined while it is computed). */
  consensus?: Consensus;
  /** How many other outlets the consensus counts. */
  otherCount: number;
}

/** A comparison: summary, legend, filters, the marked text, the quotes both carry and the values that differ. */
export function ComparisonView({ comparison, consensus, otherCount }: Props) {
  const [filter, setFilter] = useState<GroupFilter>('all');
  const [hideMinor, setHideMinor] = useState(false);
  const shown = filterGroups(comparison.groups, filter);
  const withConsensus = otherCount >= 2;
  const quoted = groupQuoteKinds(comparison.quotes);
  const drifted = new Set(comparison.drift.flatMap((d) => [d.group, d.groupB]));
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
            quote={quoted.get(index)}
            drift={drifted.has(index)}
            consensus={withConsensus && consensus ? consensusLabel(group.a, consensus.sentences, otherCount) : undefined}
          />
        ))}
        {!shown.length && <p class="muted">{t('noneToShow')}</p>}
      </div>
      <QuoteList quotes={comparison.quotes} hideMinor={hideMinor} />
      <DriftList drift={comparison.drift} daysApart={comparison.publishedDaysApart} />
    </>
  );
}
