/**
 * The DOM contract (components/test-ids.ts) as both browsers' tests query it.
 */
import { TEST_IDS, type PopupState } from '../../components/test-ids';
import type { GroupKind } from '../../lib/types';

export { TEST_IDS, type PopupState };

/**
 * `[data-testid="…"]` for a TEST_IDS key.
 * @example byTestId('popup') // -> '[data-testid="popup"]'
 */
export const byTestId = (key: keyof typeof TEST_IDS) => `[data-testid="${TEST_IDS[key]}"]`;

/** Every group kind a group or row may carry in data-kind (lib/types GroupKind). */
export const GROUP_KINDS: readonly GroupKind[] = ['same', 'reworded', 'partial', 'added', 'omitted', 'uncertain'];
