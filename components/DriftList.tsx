import type { Drift, DriftKind } from '../lib/types';
import { t, type MessageKey } from './i18n';
import { TEST_IDS } from './test-ids';

const DRIFT_LABEL: Record<DriftKind, MessageKey> = { number: 'drift_number', date: 'drift_date', name: 'drift_name' };

/**
 * The facts the two outlets state with conflicting values: kind, each side's value, and what both say it of;
 * when the reports were published days apart, a note that a later one may give an updated figure.
 */
export function DriftList({ drift, daysApart }: { drift: readonly Drift[]; daysApart?: number }) {
  if (!drift.length) return null;
  const list = (values: string[]) => values.join(', ') || t('driftNone');
  return (
    <section data-testid={TEST_IDS.drift} aria-label={t('driftHeading')}>
      <h2>{t('driftHeading')}</h2>
      {daysApart ? <p class="muted" data-testid={TEST_IDS.driftDaysApart}>{t('driftDaysApart', String(daysApart))}</p> : null}
      <ul class="report-list">
        {drift.map((d, i) => (
          <li key={i} data-group={d.group}>
            {d.values.map((v, j) => (
              <span key={j} data-drift-kind={v.kind}>
                {j > 0 && '; '}
                {t('driftValues', [t(DRIFT_LABEL[v.kind]), list(v.a), list(v.b)])}
                {v.about && <span class="muted"> ({t('driftAbout', v.about)})</span>}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
