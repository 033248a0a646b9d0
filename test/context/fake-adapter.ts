// A hand-driven adapter for the foundation tests: each read waits until the test settles it.
import { AdapterChangeEvent, type AdapterChange, type SubOrgAdapter } from '../../src/api/adapter.js';
import type { OrgDetail } from '../../src/api/types.js';

export interface PendingCall {
  method: string;
  input: { orgId: string; signal?: AbortSignal };
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export class FakeAdapter extends EventTarget {
  readonly calls: PendingCall[] = [];

  private call(method: string, input: PendingCall['input']): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.calls.push({ method, input, resolve, reject });
      input.signal?.addEventListener('abort', () => reject(input.signal?.reason), { once: true });
    });
  }

  getOrg(input: PendingCall['input']): Promise<OrgDetail> {
    return this.call('getOrg', input) as Promise<OrgDetail>;
  }

  get last(): PendingCall {
    const call = this.calls.at(-1);
    if (!call) throw new Error('no call yet');
    return call;
  }

  announce(change: AdapterChange): void {
    this.dispatchEvent(new AdapterChangeEvent(change));
  }

  asAdapter(): SubOrgAdapter {
    return this as unknown as SubOrgAdapter;
  }
}

/** Just enough of an OrgDetail for rendering a name. */
export function org(id: string, name: string): OrgDetail {
  return { id, name } as OrgDetail;
}

/** Waits until `check` holds (up to 5 s: the shared test machine can be slow). */
export async function until(check: () => boolean, what = 'condition'): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}
