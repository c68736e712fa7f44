import { describe, expect, it } from 'vitest';
import { isUpkeepMessage, UPKEEP_MESSAGE } from '../../../components/services/upkeep-message';
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
