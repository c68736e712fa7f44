// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SourcesSettings, type SourcesDeps } from '../../components/SourcesSettings';
import { TEST_IDS } from '../../components/test-ids';
import { installFakeI18n } from './fake-i18n';
import { byTestId, mount, unmountAll, waitFor } from './mount';

function deps(overrides: Partial<SourcesDeps> = {}): SourcesDeps {
  return {
    linkMenuAvailable: true,
    linkMenuEnabled: vi.fn(async () => false),
    enableLinkMenu: vi.fn(async () => true),
    disableLinkMenu: vi.fn(async () => undefined),
    readSettings: vi.fn(async () => ({ remember: false, excludedSites: ['bank.test'] })),
    enableRemember: vi.fn(async () => true),
    disableRemember: vi.fn(async () => undefined),
    saveExcluded: vi.fn(async () => undefined),
    ...overrides,
  };
}

async function open(d: SourcesDeps) {
  const root = mount(<SourcesSettings deps={d} />);
  await waitFor(() => !(byTestId(root, TEST_IDS.rememberToggle)[0] as HTMLInputElement | undefined)?.disabled);
  return root;
}

const box = (root: HTMLElement, id: string) => byTestId(root, id)[0] as HTMLInputElement;
const status = (root: HTMLElement) => byTestId(root, TEST_IDS.sourcesStatus)[0]?.textContent ?? '';
const toggle = (element: HTMLInputElement) => act(() => element.click());

beforeEach(installFakeI18n);
afterEach(unmountAll);

describe('SourcesSettings', () => {
  it('starts with everything off and says plainly what remembering keeps and where', async () => {
    const root = await open(deps());
    expect(box(root, TEST_IDS.linkMenuToggle).checked).toBe(false);
    expect(box(root, TEST_IDS.rememberToggle).checked).toBe(false);
    expect((byTestId(root, TEST_IDS.excludedSites)[0] as HTMLTextAreaElement).value).toBe('bank.test');
    expect(root.textContent).toMatch(/headline, outlet, date, address and text/);
    expect(root.textContent).toMatch(/stays in this browser’s extension storage on this device and is never sent anywhere/);
    expect(root.textContent).toMatch(/Nothing is kept from private windows/);
  });

  it.each<[string, keyof SourcesDeps, string, boolean, boolean, string]>([
    ['the link menu, allowed', 'enableLinkMenu', TEST_IDS.linkMenuToggle, true, true, 'The link menu is on.'],
    ['the link menu, refused', 'enableLinkMenu', TEST_IDS.linkMenuToggle, false, false, 'The link menu stays off: the browser did not allow it.'],
    ['remembering, allowed', 'enableRemember', TEST_IDS.rememberToggle, true, true, 'Remembering the articles you read, from now on.'],
    ['remembering, refused', 'enableRemember', TEST_IDS.rememberToggle, false, false, 'Remembering stays off: access to all sites was not allowed.'],
  ])('turning on %s', async (_case, dep, id, granted, checked, text) => {
    const d = deps({ [dep]: vi.fn(async () => granted) });
    const root = await open(d);
    toggle(box(root, id));
    await waitFor(() => status(root));
    expect(d[dep]).toHaveBeenCalledTimes(1);
    expect(box(root, id).checked).toBe(checked);
    expect(status(root)).toBe(text);
  });

  it('a browser without an optional menus permission (Firefox): no link-menu switch, a line saying why', async () => {
    const d = deps({ linkMenuAvailable: false });
    const root = await open(d);
    expect(byTestId(root, TEST_IDS.linkMenuToggle)).toEqual([]);
    expect(root.textContent).toContain('This browser does not let extensions ask for a link menu item');
    expect(d.linkMenuEnabled).not.toHaveBeenCalled();
  });

  it('remembering is turned on with the saved exclusions', async () => {
    const d = deps();
    const root = await open(d);
    toggle(box(root, TEST_IDS.rememberToggle));
    await waitFor(() => status(root));
    expect(d.enableRemember).toHaveBeenCalledWith(['bank.test']);
  });

  it.each<[string, 'linkMenuEnabled' | 'readSettings', string, keyof SourcesDeps, string]>([
    ['the link menu', 'linkMenuEnabled', TEST_IDS.linkMenuToggle, 'disableLinkMenu', 'The link menu is off.'],
    ['remembering', 'readSettings', TEST_IDS.rememberToggle, 'disableRemember', 'No longer remembering the articles you read.'],
  ])('turning off %s', async (_case, state, id, dep, text) => {
    const d = deps(state === 'linkMenuEnabled' ? { linkMenuEnabled: vi.fn(async () => true) } : { readSettings: vi.fn(async () => ({ remember: true, excludedSites: [] })) });
    const root = await open(d);
    expect(box(root, id).checked).toBe(true);
    toggle(box(root, id));
    await waitFor(() => status(root));
    expect(d[dep]).toHaveBeenCalledTimes(1);
    expect(box(root, id).checked).toBe(false);
    expect(status(root)).toBe(text);
  });

  it.each<[string, string, string[] | undefined, string]>([
    ['sites, one per line, cleaned', 'https://www.Bank.test/login\nmail.example.com\n\n', ['bank.test', 'mail.example.com'], 'Saved: 2 sites excluded.'],
    ['an empty list', '', [], 'Saved: 0 sites excluded.'],
    ['a line that is not a site: nothing saved', 'bank.test\nmy bank', undefined, 'Nothing saved: “my bank” is not a site (write example.com or a web address).'],
  ])('saving the excluded sites: %s', async (_case, text, saved, line) => {
    const d = deps();
    const root = await open(d);
    const area = byTestId(root, TEST_IDS.excludedSites)[0] as HTMLTextAreaElement;
    act(() => {
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => byTestId(root, TEST_IDS.excludedSave)[0]!.click());
    await waitFor(() => status(root));
    expect(status(root)).toBe(line);
    if (saved) expect(d.saveExcluded).toHaveBeenCalledWith(saved);
    else expect(d.saveExcluded).not.toHaveBeenCalled();
  });

  it('a failure is one line, the switch unchanged', async () => {
    const d = deps({ disableRemember: vi.fn(async () => Promise.reject(new Error('the browser said no'))), readSettings: vi.fn(async () => ({ remember: true, excludedSites: [] })) });
    const root = await open(d);
    toggle(box(root, TEST_IDS.rememberToggle));
    await waitFor(() => status(root));
    expect(status(root)).toBe('That did not work: the browser said no');
    expect(box(root, TEST_IDS.rememberToggle).checked).toBe(true);
  });
});
