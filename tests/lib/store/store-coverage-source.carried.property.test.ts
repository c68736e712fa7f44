import { vi } from 'vitest';
import { describeCoverageProperty } from './coverage-property';

// Small stores move their norms more than a large one (normRatioBounds): at the threshold the extension
// uses, a test store would never take the pruned search on a changed store. Here every changed store does.
vi.mock('../../../lib/store/index-layout', async (original) => {
  const { INDEX_LAYOUT } = await original<typeof import('../../../lib/store/index-layout')>();
  return { INDEX_LAYOUT: { ...INDEX_LAYOUT, carriedRatio: 0 } };
});

describeCoverageProperty('the pruned search on a store changed since its refresh (property: the same as a batch build)', true);
