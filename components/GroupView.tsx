import { groupText } from '../lib/group-text';
import { QUOTE_KIND_MARKS } from '../lib/format/quote-kind-marks';
import type { Comparison, Group, QuoteKind } from '../lib/types';
import type { ConsensusLabel } from '../lib/ui/consensus-label';
import { visibleTokens } from '../lib/ui/visible-tokens';
import { t } from './i18n';
import { Tokens } from './Tokens';
import { TEST_IDS } from './test-ids';

interface Props {
  comparison: Comparison;
  group: Group;
  index: number;
  hideMinor: boolean;
  consensus?: ConsensusLabel;
  /** The group holds a quote both outlets carry (the most changed class of its quotes) / values that differ (listed below the text). */
  quote?: QuoteKind;
  drift?: boolean;
}

/**
 * One group of the article text, marked by kind (class, data-kind, a hidden label and a border style):
 * added sentences as this outlet wrote them, reworded ones (and same ones with minor differences) with
 * the word diff, the other outlet's omitted sentences inline where they fit.
 */
export function GroupView({ comparison, group, index, hideMinor, consensus, quote, drift }: Props) {
  // A same group may differ in minor ways (quote style, spelling): shown unless the reader hides them.
  const showTokens = group.kind === 'reworded' || (group.kind === 'same' && !hideMinor && group.tokens.some((tk) => tk.op !== 'equal'));
  const body =
    showTokens ? (
      <Tokens tokens={visibleTokens(group.tokens, hideMinor)} />
    ) : group.kind === 'omitted' ? (
      groupText(comparison.sentencesB, group.b)
    ) : (
      groupText(comparison.sentencesA, group.a)
    );
  return (
    <p data-testid={TEST_IDS.group} data-kind={group.kind} data-group={index} class={`group kind-${group.kind}`} dir="auto">
      <span class="sr-only">{t(`sr_${group.kind}`)} </span>
      {group.kind === 'omitted' && <span class="lead">{t('omittedLead', comparison.b.outlet)}</span>}
      {body}
      {quote && (
        <span class="flag" data-flag="quote" data-quote-kind={quote}>
          <span aria-hidden="true">{QUOTE_KIND_MARKS[quote]} </span>
          {t(`flagQuote_${quote}`)}
        </span>
      )}
      {drift && (
        <span class="flag" data-flag="drift">
          {t('flagDrift')}
        </span>
      )}
      {consensus && (
        <span class="consensus-mark" data-testid={TEST_IDS.consensusMark}>
          {t(consensus.key, consensus.subs)}
        </span>
      )}
    </p>
  );
}
