/**
 * The DOM contract (components/test-ids.ts) as both browsers' tests query it.
 */
import { TEST_IDS, type PopupState } from '../../components/test-ids';

export { TEST_IDS, type PopupState };

/**
 * `[data-testid="…"]` for a TEST_IDS key.
 * @example byTestId('popup') // -> '[data-testid="popup"]'
 */
export const byTestId = (key: keyof typeof TEST_IDS) => `[data-testid="${TEST_IDS[key]}"]`;
