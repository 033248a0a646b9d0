// The adapter contract suite (DESIGN §5): registers mocha `describe`/`it` blocks that any
// SubOrgAdapter must pass — ours (REST over real HTTP, memory) and an agency's own.
// Mocha's globals must exist where this is called. Fault cases are registered only when
// `options.fault` is given, access cases only when `anonymous` / `restricted` are (never
// skipped at run time).
import { registerAbort } from './contract-abort.js';
import { registerAccess } from './contract-access.js';
import { registerCommerce } from './contract-commerce.js';
import { registerFaults } from './contract-faults.js';
import { registerPeople } from './contract-people.js';
import { registerReads } from './contract-reads.js';
import { registerWrites } from './contract-writes.js';
import { ContractContext } from './context.js';
import type { AdapterContractOptions, MakeAdapter } from './context.js';

export function runAdapterContract(makeAdapter: MakeAdapter, options: AdapterContractOptions): void {
  const ctx = new ContractContext(makeAdapter, options);
  describe('SubOrgAdapter contract', function () {
    // Some cases make dozens of calls (the sub-org limit); a real backend needs the room.
    this.timeout(20_000);
    beforeEach(() => ctx.setUp());
    afterEach(() => ctx.tearDown());

    registerReads(ctx);
    registerWrites(ctx);
    registerPeople(ctx);
    registerCommerce(ctx);
    registerAbort(ctx);
    registerAccess(ctx);
    if (options.fault) registerFaults(ctx, options.fault);
  });
}
