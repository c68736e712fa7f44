import { GROUP_FILTERS, type GroupFilter } from '../lib/ui/group-filter';
import { t } from './i18n';
import { TEST_IDS } from './test-ids';

interface Props {
  filter: GroupFilter;
  onFilter: (filter: GroupFilter) => void;
  hideMinor: boolean;
  onHideMinor: (hide: boolean) => void;
}

/** The filter buttons (one pressed at a time, aria-pressed) and the hide-minor switch. */
export function FilterBar({ filter, onFilter, hideMinor, onHideMinor }: Props) {
  return (
    <div class="toolbar">
      <div role="group" aria-label={t('filterLabel')} class="toolbar">
        {GROUP_FILTERS.map((f) => (
          <button key={f} type="button" data-testid={TEST_IDS.filter} data-filter={f} aria-pressed={f === filter} onClick={() => onFilter(f)}>
            {t(`filter_${f}`)}
          </button>
        ))}
      </div>
      <label>
        <input type="checkbox" data-testid={TEST_IDS.hideMinor} checked={hideMinor} onChange={(e) => onHideMinor(e.currentTarget.checked)} /> {t('hideMinor')}
      </label>
    </div>
  );
}
