import type { Consensus } from '../lib/match/types';
import type { Article } from '../lib/types';
import { t } from './i18n';
import { TEST_IDS } from './test-ids';

interface Props {
  consensus?: Consensus;
  others: readonly Article[];
}

/** The omission report: what several other outlets carry and this one does not, most widely carried first. */
export function ConsensusReport({ consensus, others }: Props) {
  const outlet = (id: string) => others.find((a) => a.id === id)?.outlet ?? id;
  return (
    <section data-testid={TEST_IDS.consensus} aria-label={t('consensusHeading')} aria-busy={!consensus}>
      <h2>{t('consensusHeading')}</h2>
      {!consensus ? (
        <p class="muted">{t('consensusComputing')}</p>
      ) : (
        <div data-testid={TEST_IDS.omissions}>
          <h2>{t('omissionsHeading')}</h2>
          {consensus.omissions.length ? (
            <ul class="report-list">
              {consensus.omissions.map((o, i) => (
                <li key={i} data-carried-by={o.carriedBy.length} dir="auto">
                  <strong>{t('omissionCarried', o.carriedBy.length)}</strong> ({o.carriedBy.map(outlet).join(', ')}): {o.text}
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">{t('omissionsNone')}</p>
          )}
        </div>
      )}
    </section>
  );
}
