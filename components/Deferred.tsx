import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from './i18n';
import { TEST_IDS } from './test-ids';

type Loaded = { view: ComponentType } | { failed: string };

/**
 * A part of a page whose code is loaded after the page is on screen (a dynamic import): the page's
 * up-front bundle stays small, and the part says it is loading, or in one line why it could not.
 * @example <Deferred load={async () => { const { FeedsSettings } = await import('./FeedsSettings'); return () => <FeedsSettings deps={deps} />; }} />
 */
export function Deferred({ load }: { load: () => Promise<ComponentType> }) {
  const [loaded, setLoaded] = useState<Loaded>();
  useEffect(() => {
    let live = true;
    load().then(
      (view) => live && setLoaded({ view }),
      (error: unknown) => live && setLoaded({ failed: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  if (!loaded)
    return (
      <p data-testid={TEST_IDS.deferred} aria-busy="true">
        {t('working')}
      </p>
    );
  if ('failed' in loaded)
    return (
      <p data-testid={TEST_IDS.deferred} role="alert">
        {t('partFailed', loaded.failed)}
      </p>
    );
  const View = loaded.view;
  return <View />;
}
