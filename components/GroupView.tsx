import { groupText } from '../lib/compare';
import type { Comparison, Group } from '../lib/types';
import type { ConsensusLabel } from '../lib/ui/consensus-label';
import { sideTokens } from '../lib/ui/side-tokens';
import { visibleTokens } from '../lib/ui/visible-tokens';
import { t, type MessageKey } from './i18n';
import { Tokens } from './Tokens';
import { TEST_IDS } from './test-ids';

interface Props {
  comparison: Comparison;
  group: Group;
  index: number;
  hideMinor: boolean;
  consensus?: ConsensusLabel;
  /** The group holds a quote worded differently / numbers, dates or names that differ (listed below the text). */
  quote?: boolean;
  drift?: boolean;
}

/** The hidden label a screen reader reads before a group: what the reader is about to hear. */
function srLabel(group: Group): MessageKey {
  if (group.kind === 'partial') return group.side === 'b' ? 'sr_partialOther' : 'sr_partial';
  return `sr_${group.kind}`;
}

/** The visible lead of a sentence of the other outlet shown inline, or none for this outlet's own sentences. */
function lead(comparison: Comparison, group: Group): string | undefined {
  const outlet = comparison.b.outlet;
  if (group.kind === 'omitted') return t('omittedLead', outlet);
  if (group.kind === 'partial' && group.side === 'b') return t('partialOtherLead', outlet);
  if (group.kind === 'uncertain' && !group.a.length) return t('uncertainOtherLead', outlet);
  return undefined;
}

/**
 * One group of the article text, marked by kind (class, data-kind, a hidden label and a border style):
 * added sentences as this outlet wrote them, reworded ones (and same ones with minor differences) with
 * the word diff, a partly covered sentence with the words the other outlet does not share marked and, to
 * open, the sentences that carry the rest; the other outlet's omitted, partly covered and unmatched
 * sentences inline where they fit, each with a lead naming that outlet.
 */
export function GroupView({ comparison, group, index, hideMinor, consensus, quote, drift }: Props) {
  // A same group may differ in minor ways (quote style, spelling): shown unless the reader hides them.
  const showTokens = group.kind === 'reworded' || (group.kind === 'same' && !hideMinor && group.tokens.some((tk) => tk.op !== 'equal'));
  const partialSide = group.side ?? 'a';
  const body =
    group.kind === 'partial' ? (
      <Tokens tokens={visibleTokens(sideTokens(group.tokens, partialSide), hideMinor)} />
    ) : showTokens ? (
      <Tokens tokens={visibleTokens(group.tokens, hideMinor)} />
    ) : group.a.length ? (
      groupText(comparison.sentencesA, group.a)
    ) : (
      groupText(comparison.sentencesB, group.b)
    );
  const leadText = lead(comparison, group);
  return (
    <div data-testid={TEST_IDS.group} data-kind={group.kind} data-group={index} class={`group kind-${group.kind}`} dir="auto">
      <span class="sr-only">{t(srLabel(group))} </span>
      {leadText && <span class="lead">{leadText}</span>}
      {body}
      {quote && (
        <span class="flag" data-flag="quote">
          {t('flagQuote')}
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
      {group.kind === 'partial' && (
        <details class="counterpart" data-testid={TEST_IDS.counterpart}>
          <summary>{partialSide === 'a' ? t('partialWhere', comparison.b.outlet) : t('partialWhereHere')}</summary>
          {partialSide === 'a' ? groupText(comparison.sentencesB, group.b) : groupText(comparison.sentencesA, group.a)}
        </details>
      )}
    </div>
  );
}
