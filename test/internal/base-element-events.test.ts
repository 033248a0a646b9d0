import { expect, fixture, html } from '@open-wc/testing';
import { ApiError } from '../../src/api/errors.js';
import type { SubOrgSummary } from '../../src/api/types.js';
import { SuborgElement } from '../../src/internal/base-element.js';
import { SUBORG_ACTIONS, SuborgActionEvent, SuborgErrorEvent } from '../../src/internal/events.js';

class TestEventsEl extends SuborgElement {
  report(error: unknown): void {
    this.reportError(error);
  }
  override render() {
    return html`<button type="button">x</button>`;
  }
}
customElements.define('test-events-el', TestEventsEl);

describe('shared events', () => {
  it('suborg-action is cancelable and crosses shadow roots; dispatchEvent says whether the host took over', async () => {
    const el = await fixture<TestEventsEl>(html`<test-events-el></test-events-el>`);
    const button = el.shadowRoot!.querySelector('button')!;
    const subOrg = { id: 'sub_1', name: 'Acme' } as SubOrgSummary;
    const seen: SuborgActionEvent[] = [];
    const takeOver = (e: SuborgActionEvent) => {
      seen.push(e);
      if (e.detail.action === 'billing') e.preventDefault();
    };
    document.addEventListener('suborg-action', takeOver);
    try {
      expect(button.dispatchEvent(new SuborgActionEvent('members', subOrg))).to.be.true;
      expect(button.dispatchEvent(new SuborgActionEvent('billing', subOrg))).to.be.false;
    } finally {
      document.removeEventListener('suborg-action', takeOver);
    }
    expect(seen.map((e) => e.detail.action)).to.deep.equal(['members', 'billing']);
    expect(seen[0]!.detail.subOrg).to.equal(subOrg);
    expect(seen[0]!.composed && seen[0]!.bubbles && seen[0]!.cancelable).to.be.true;
    expect(SUBORG_ACTIONS).to.include.members(['invite-member', 'join-as', 'detach', 'manage']);
  });

  it('reportError fires suborg-error for failures only, never for aborts', async () => {
    const el = await fixture<TestEventsEl>(html`<test-events-el></test-events-el>`);
    const seen: SuborgErrorEvent[] = [];
    el.addEventListener('suborg-error', (e) => seen.push(e));
    el.report(new DOMException('gone', 'AbortError'));
    const controller = new AbortController();
    controller.abort();
    el.report(controller.signal.reason);
    expect(seen).to.have.length(0);

    const apiError = new ApiError({ kind: 'conflict', code: 'stale' });
    el.report(apiError);
    el.report(new TypeError('a bug'));
    expect(seen).to.have.length(2);
    expect(seen[0]).to.be.instanceOf(SuborgErrorEvent);
    expect(seen[0]!.detail.error).to.equal(apiError);
    expect(seen[1]!.detail.error).to.be.instanceOf(ApiError);
    expect(seen[1]!.detail.error.message).to.equal('a bug');
  });
});
