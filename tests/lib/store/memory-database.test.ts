import { describe, expect, it } from 'vitest';
import { MemoryDatabase } from '../../../lib/store/memory-database';
import { CONTRACT_SCHEMA, kvContract } from './kv-contract';

kvContract('MemoryDatabase', async () => new MemoryDatabase(CONTRACT_SCHEMA));

describe('MemoryDatabase', () => {
  it('refuses a store the transaction did not name, and work after close', async () => {
    const db = new MemoryDatabase(CONTRACT_SCHEMA);
    await expect(db.read(['items'], (tx) => tx.get('loose', 1))).rejects.toThrow(/not in this transaction/);
    db.close();
    await expect(db.read(['items'], (tx) => tx.get('items', 1))).rejects.toThrow(/closed/);
  });
});
