import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handOverUpkeep, isUpkeepMessage, UPKEEP_MESSAGE } from '../../../components/services/upkeep-message';
import { CANCEL_REFRESH_MESSAGE, REFRESH_MESSAGE } from '../../../components/services/refresh-message';

describe('isUpkeepMessage', () => {
  it.each([
    ['the message itself', UPKEEP_MESSAGE, true],
    ['a copy of it (messages arrive cloned)', { type: 'finish-upkeep' }, true],
    ['the feed refresh message', REFRESH_MESSAGE, false],
    ['the cancel message', CANCEL_REFRESH_MESSAGE, false],
    ['a visited page report', { type: 'visited', article: {} }, false],
    ['null', null, false],
    ['undefined', undefined, false],
    ['a string', 'finish-upkeep', false],
  ])('%s: %s', (_name, message, expected) => {
    expect(isUpkeepMessage(message)).toBe(expected);
  });
});

describe('handOverUpkeep', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('sends the background the upkeep message and resolves only once it answers', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    let settled = false;
    const handed = handOverUpkeep().then(() => void (settled = true));
    await Promise.resolve();
    expect(send).toHaveBeenCalledWith(UPKEEP_MESSAGE);
    expect(settled).toBe(false);
    answer(true);
    await handed;
    expect(settled).toBe(true);
  });

  it('resolves when the background cannot be reached: the change is not failed for it', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(handOverUpkeep()).resolves.toBeUndefined();
  });
});
