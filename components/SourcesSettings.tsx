import { useEffect, useState } from 'preact/hooks';
import { parseSiteList } from '../lib/sources/parse-site-list';
import { t, type MessageKey } from './i18n';
import type { SourceSettings } from './services/source-settings';
import { TEST_IDS } from './test-ids';

/** What the sources section needs from the browser, passed in so the view is testable without one. */
export interface SourcesDeps {
  /** Whether this browser lets the link menu be asked for (Firefox takes no menus permission as optional). */
  linkMenuAvailable: boolean;
  linkMenuEnabled: () => Promise<boolean>;
  /** Asks for the menus permission (first thing in the click) and shows the item; false when refused. */
  enableLinkMenu: () => Promise<boolean>;
  disableLinkMenu: () => Promise<void>;
  readSettings: () => Promise<SourceSettings>;
  /** Asks for access to all sites (first thing in the click), then starts remembering; false when refused. */
  enableRemember: (excludedSites: string[]) => Promise<boolean>;
  disableRemember: () => Promise<void>;
  /** Keeps the excluded sites (and applies them at once while remembering is on). */
  saveExcluded: (sites: string[]) => Promise<void>;
}

/**
 * The options page's opt-in sources: the link menu and "remember the articles I read", each off until
 * the reader turns it on, with plain words on what is kept and where.
 */
export function SourcesSettings({ deps }: { deps: SourcesDeps }) {
  const [linkMenu, setLinkMenu] = useState(false);
  const [remember, setRemember] = useState(false);
  const [excluded, setExcluded] = useState('');
  const [status, setStatus] = useState('');
  const [loaded, setLoaded] = useState(false);
  // Bumped when a change fails: the switches are drawn afresh, back to what is actually on.
  const [drawn, setDrawn] = useState(0);

  useEffect(() => {
    Promise.all([deps.linkMenuAvailable ? deps.linkMenuEnabled() : false, deps.readSettings()])
      .then(([menu, settings]) => {
        setLinkMenu(menu);
        setRemember(settings.remember);
        setExcluded(settings.excludedSites.join('\n'));
      })
      .catch(() => undefined)
      .finally(() => setLoaded(true));
  }, [deps]);

  const say = (key: MessageKey, subs?: string | number) => setStatus(t(key, subs));
  const failed = (error: unknown) => {
    say('sourcesFailed', error instanceof Error ? error.message : String(error));
    setDrawn((n) => n + 1);
  };

  /** One switch: asks (turning on may be refused) or stops, then says what happened in one line. */
  const flip = async (on: boolean, set: (on: boolean) => void, enable: () => Promise<boolean>, disable: () => Promise<void>, words: { on: MessageKey; off: MessageKey; denied: MessageKey }) => {
    try {
      if (!on) {
        await disable();
        set(false);
        return say(words.off);
      }
      const granted = await enable();
      set(granted);
      say(granted ? words.on : words.denied);
    } catch (error) {
      failed(error);
    }
  };
  const toggleLinkMenu = (on: boolean) => flip(on, setLinkMenu, deps.enableLinkMenu, deps.disableLinkMenu, { on: 'linkMenuOn', off: 'linkMenuOff', denied: 'linkMenuDenied' });
  // The sites in the box are excluded from the start (and saved with the switch).
  const toggleRemember = (on: boolean) => flip(on, setRemember, () => deps.enableRemember(parseSiteList(excluded).sites), deps.disableRemember, { on: 'rememberOn', off: 'rememberOff', denied: 'rememberDenied' });

  const saveExcluded = async () => {
    const { sites, invalid } = parseSiteList(excluded);
    if (invalid.length) return say('excludedInvalid', invalid[0]);
    try {
      await deps.saveExcluded(sites);
      setExcluded(sites.join('\n'));
      say('excludedSaved', sites.length);
    } catch (error) {
      failed(error);
    }
  };

  return (
    <section class="sources" id="sources" aria-labelledby="sources-heading" aria-busy={!loaded}>
      <h2 id="sources-heading">{t('sourcesHeading')}</h2>
      <p>{t('sourcesIntro')}</p>
      {deps.linkMenuAvailable ? (
        <>
          <label class="switch">
            <input key={`menu-${drawn}`} type="checkbox" data-testid={TEST_IDS.linkMenuToggle} checked={linkMenu} disabled={!loaded} onChange={(e) => toggleLinkMenu(e.currentTarget.checked)} />
            {t('linkMenuToggle')}
          </label>
          <p class="muted">{t('linkMenuHelp')}</p>
        </>
      ) : (
        <p class="muted">{t('linkMenuUnavailable')}</p>
      )}
      <label class="switch">
        <input key={`remember-${drawn}`} type="checkbox" data-testid={TEST_IDS.rememberToggle} checked={remember} disabled={!loaded} onChange={(e) => toggleRemember(e.currentTarget.checked)} />
        {t('rememberToggle')}
      </label>
      <p class="muted">{t('rememberHelp')}</p>
      <label class="block">
        {t('excludedLabel')}
        <textarea data-testid={TEST_IDS.excludedSites} rows={4} value={excluded} spellcheck={false} onInput={(e) => setExcluded(e.currentTarget.value)} />
      </label>
      <button type="button" data-testid={TEST_IDS.excludedSave} onClick={saveExcluded}>
        {t('excludedSave')}
      </button>
      <p role="status" aria-live="polite" data-testid={TEST_IDS.sourcesStatus}>
        {status}
      </p>
    </section>
  );
}
