// What an agency's own app does with the elements' events: "Manage" opens the client's
// billing, "View usage" opens Usage, and every outcome gets a short toast. This is the
// host side of the event contract, written the way an integrator would.
import { html, render } from 'lit';
import type { SubOrgSummary } from '../../src/api/types.js';
import type { SuborgActionEvent } from '../../src/internal/events.js';
import type { ShellControl } from './shell.js';
import { STRINGS } from './strings.js';

interface Toast {
  id: number;
  text: string;
  tone: 'info' | 'error';
}

const TOAST_MS = 5000;

export function wireHostEvents(shell: ShellControl): void {
  const region = document.createElement('div');
  region.className = 'toasts';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  document.body.append(region);

  let toasts: Toast[] = [];
  let next = 1;
  const draw = () => render(html`${toasts.map((t) => html`<p class="toast toast-${t.tone}">${t.text}</p>`)}`, region);
  const toast = (text: string, tone: Toast['tone'] = 'info') => {
    const id = next++;
    toasts = [...toasts.slice(-2), { id, text, tone }];
    draw();
    setTimeout(() => {
      toasts = toasts.filter((t) => t.id !== id);
      draw();
    }, TOAST_MS);
  };
  const t = () => STRINGS[shell.locale].events;
  const name = (e: Event) => ((e as CustomEvent<{ subOrg?: SubOrgSummary }>).detail?.subOrg?.name ?? '');

  document.addEventListener('suborg-action', (e: SuborgActionEvent) => {
    const { action, subOrg } = e.detail;
    if (action === 'manage' || action === 'billing') {
      e.preventDefault();
      shell.go('billing', { billingOrg: subOrg.id, openedClient: [subOrg.id, subOrg.name] });
    } else if (action === 'members') {
      e.preventDefault();
      shell.go('members');
    } else if (action === 'manage-features' || action === 'domains' || action === 'customization') {
      e.preventDefault();
      toast(t().handOff(action, subOrg.name));
    }
    // invite-member, join-as and detach: the list runs them itself.
  });
  document.addEventListener('suborg-view-usage', () => shell.go('usage'));
  document.addEventListener('suborg-buy-credits', () => shell.go('checkout'));
  document.addEventListener('suborg-created', (e) => toast(t().created(name(e))));
  document.addEventListener('suborg-joined', (e) => toast(t().joined(name(e))));
  document.addEventListener('suborg-invited', (e) => toast(t().invited(name(e))));
  document.addEventListener('suborg-detached', (e) => toast(t().detached(name(e))));
  document.addEventListener('suborg-upgrade-request', () => toast(t().upgrade));
  document.addEventListener('suborg-billing-change', () => toast(t().billingSaved));
  // Unsaved billing edits: ask before they are dropped (another client picked, or another page).
  document.addEventListener('suborg-billing-leave', (e) => {
    if (confirm(t().leaveBilling)) return;
    e.preventDefault();
    // The element kept its client: the picker goes back to it (after the render that asked).
    const kept = e.detail.subOrgId;
    if (e.detail.reason === 'sub-org-change') setTimeout(() => shell.go('billing', { billingOrg: kept }));
  });
  document.addEventListener('suborg-credits-change', () => toast(t().creditsMoved));
  document.addEventListener('suborg-error', (e) => toast(t().error(e.detail.error.message), 'error'));
}
