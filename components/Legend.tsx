import { TEST_IDS } from './test-ids';
import { t } from './i18n';

/** What the marks mean, with the marks themselves as the key. */
export function Legend() {
  return (
    <div class="legend" data-testid={TEST_IDS.legend} aria-label={t('legendHeading')} role="note">
      <span>
        <ins class="own">{t('legendOwn')}</ins>
      </span>
      <span>
        <del class="other">{t('legendOther')}</del>
      </span>
      <span>
        <ins class="own minor">{t('legendMinor')}</ins>
      </span>
      <span class="group kind-added">{t('legendAdded')}</span>
      <span class="group kind-omitted">{t('legendOmitted')}</span>
      <span class="group kind-partial">{t('legendPartial')}</span>
      <span class="group kind-uncertain">{t('legendUncertain')}</span>
    </div>
  );
}
