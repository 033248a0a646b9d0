import { expect } from '@open-wc/testing';
import { checkFault, FaultQueue } from '../../../src/api/memory/faults.js';

describe('FaultQueue', () => {
  it('fires a fault once by default, then lets requests through', () => {
    const q = new FaultQueue([{ kind: 'status-500' }]);
    expect(q.take('GET', '/orgs/a').failure?.kind).to.equal('status-500');
    expect(q.take('GET', '/orgs/a').failure).to.equal(null);
    expect(q.size).to.equal(0);
  });

  it('matches method and path substring, and counts `times`', () => {
    const q = new FaultQueue([{ kind: 'status-429', match: { method: 'post', path: '/credits' }, times: 2, retryAfter: '3' }]);
    expect(q.take('GET', '/orgs/a/orgs/b/credits').failure).to.equal(null);
    expect(q.take('POST', '/orgs/a/orgs').failure).to.equal(null);
    expect(q.take('POST', '/orgs/a/orgs/b/credits').failure?.retryAfter).to.equal('3');
    expect(q.take('POST', '/orgs/a/orgs/b/credits').failure?.kind).to.equal('status-429');
    expect(q.take('POST', '/orgs/a/orgs/b/credits').failure).to.equal(null);
  });

  it('adds up latencies and applies the first failure; Infinity (or null from JSON) never runs out', () => {
    const q = new FaultQueue([
      { kind: 'latency', ms: 30, times: Infinity },
      { kind: 'latency', ms: 20 },
      { kind: 'reset', times: null as unknown as number },
      { kind: 'hang' },
    ]);
    const first = q.take('GET', '/x');
    expect(first).to.deep.equal({ latencyMs: 50, failure: { kind: 'reset', times: null } });
    for (let i = 0; i < 5; i++) expect(q.take('GET', '/x').failure?.kind).to.equal('reset');
    expect(q.take('GET', '/x').latencyMs).to.equal(30);
  });

  it('rejects invalid faults', () => {
    expect(() => checkFault({ kind: 'explode' })).to.throw(TypeError);
    expect(() => checkFault({ kind: 'latency', ms: -1 })).to.throw(TypeError);
    expect(() => checkFault({ kind: 'hang', times: 0 })).to.throw(TypeError);
    expect(() => new FaultQueue().replace([{ kind: 'status-429', retryAfter: 5 as unknown as string }])).to.throw(TypeError);
  });
});
