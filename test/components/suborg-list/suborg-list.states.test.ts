import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ListSubOrgsQuery } from '../../../src/api/adapter.js';
import { ApiError } from '../../../src/api/errors.js';
import { fakeAdapter } from './helpers/fake-adapter.js';
import { bodyRows, mountList, rowById, settled, shadow, sleep } from './helpers/list-fixture.js';
import { subOrgs } from '../../helpers/org-fixtures.js';

const http500 = () => new ApiError({ kind: 'http', status: 500, message: 'boom' });

describe('suborg-list: states', function () {
  this.timeout(30_000); // the shared CI machine is often saturated
  it('loading: skeleton rows, announced busy, accessible', async () => {
    const adapter = fakeAdapter(subOrgs(5)).hold('listSubOrgs');
    const el = await mountList(adapter);
    await waitUntil(() => adapter.pending('listSubOrgs').length === 1);
    await el.updateComplete;
    const status = shadow(el).querySelector('[role="status"][aria-busy="true"]')!;
    expect(status.textContent).to.contain('Loading sub-organizations');
    expect(status.querySelectorAll('.skeleton-rows span').length).to.be.greaterThan(2);
    await expect(el).to.be.accessible();
    adapter.pending('listSubOrgs')[0]!.resolve();
    await settled(el);
  });

  it('a quick answer is the first thing drawn: no skeleton flashes before the rows', async () => {
    const adapter = fakeAdapter(subOrgs(5));
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    const el = document.createElement('suborg-list');
    el.orgId = 'org_parent';
    el.adapter = adapter;
    const drawn: string[] = [];
    // Every state the shadow root ever holds, read before any frame could paint it.
    const watch = () => drawn.push(el.shadowRoot!.querySelector('[part="loading"]') ? 'skeleton' : bodyRows(el).length ? 'rows' : 'other');
    try {
      wrapper.append(el);
      new MutationObserver(watch).observe(el.shadowRoot!, { childList: true, subtree: true });
      await el.updateComplete;
      watch();
      expect(drawn.includes('skeleton'), `drawn: ${drawn.join(', ')}`).to.equal(false);
      expect(bodyRows(el).length).to.equal(5);
      expect(bodyRows(el)[0]!.querySelector('.menu-placeholder'), 'the first rows already offer the role\'s actions').to.exist;
    } finally {
      wrapper.remove();
    }
  });

  it('a slow answer: the skeleton is drawn within a frame', async () => {
    const adapter = fakeAdapter(subOrgs(5)).hold('listSubOrgs');
    const el = await mountList(adapter);
    expect(el.shadowRoot!.querySelector('[part="loading"]'), 'skeleton after the first update').to.exist;
    adapter.pending('listSubOrgs')[0]!.resolve();
    await settled(el);
  });

  it('a slow answer in a page that gets no frames (hidden): the skeleton is drawn all the same', async () => {
    const adapter = fakeAdapter(subOrgs(5)).hold('listSubOrgs');
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    const el = document.createElement('suborg-list');
    el.orgId = 'org_parent';
    el.adapter = adapter;
    // Frames are held back (as in a hidden page) until the element has rendered.
    const raf = window.requestAnimationFrame;
    const held: FrameRequestCallback[] = [];
    window.requestAnimationFrame = (callback) => held.push(callback);
    try {
      wrapper.append(el);
      // A guard, not a speed target: without a fallback the first update never comes.
      await Promise.race([el.updateComplete, sleep(3000)]);
      expect(el.shadowRoot!.querySelector('[part="loading"]'), 'skeleton without a frame').to.exist;
    } finally {
      window.requestAnimationFrame = raf;
      for (const callback of held) raf(callback);
      adapter.pending('listSubOrgs')[0]?.resolve();
      wrapper.remove();
    }
  });

  it('empty: says so and offers create; accessible', async () => {
    const el = await mountList(fakeAdapter([]));
    await settled(el, () => !!shadow(el).querySelector('.async-empty'));
    const empty = shadow(el).querySelector('.async-empty')!;
    expect(empty.textContent).to.contain('No sub-organizations yet.');
    await waitUntil(() => shadow(el).querySelector('.async-empty button'), 'create call to action');
    expect(shadow(el).querySelector('.async-empty button')!.textContent).to.contain('Create the first one');
    await expect(el).to.be.accessible();
  });

  it('error: says why and retries; accessible; fires suborg-error', async () => {
    const adapter = fakeAdapter(subOrgs(3));
    let fail = true;
    adapter.handlers.listSubOrgs = (input) => {
      if (fail) throw http500();
      return adapter.answerList(input as unknown as ListSubOrgsQuery);
    };
    const errors: Event[] = [];
    addEventListener('suborg-error', (e) => errors.push(e));
    const el = await mountList(adapter);
    await settled(el, () => !!shadow(el).querySelector('[part="error"]'));
    expect(shadow(el).querySelector('[part="error"]')!.textContent).to.contain('could not be loaded').and.contain('The server had a problem');
    expect(errors.length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    fail = false;
    shadow(el).querySelector<HTMLButtonElement>('[part="error"] button')!.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(bodyRows(el).length).to.equal(3);
    // Retry went away with the error: focus stays in the list (the search box while rows load,
    // or the first row when they are already in), not on <body>.
    await waitUntil(() => {
      const active = shadow(el).activeElement;
      return active?.id === 'search' || active === bodyRows(el)[0];
    }, 'focus in the list after Retry');
  });

  it('forbidden (403): says the caller has no access and offers no Retry; accessible', async () => {
    const adapter = fakeAdapter(subOrgs(3));
    adapter.handlers.listSubOrgs = () => {
      throw new ApiError({ kind: 'forbidden', status: 403, code: 'forbidden' });
    };
    const el = await mountList(adapter);
    await settled(el, () => !!shadow(el).querySelector('[part="error"]'));
    const error = shadow(el).querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('could not be loaded').and.contain("You don't have access");
    expect(error.querySelector('button'), 'no Retry: retrying cannot help').to.equal(null);
    expect(bodyRows(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('no results: names the search and clears it; accessible', async () => {
    const el = await mountList(fakeAdapter(subOrgs(3)));
    await settled(el);
    el.search = 'zzz-nothing';
    await settled(el, () => !!shadow(el).querySelector('.async-empty.no-results'));
    expect(shadow(el).querySelector('.async-empty.no-results')!.textContent).to.contain('zzz-nothing');
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('.async-empty.no-results button')!.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(bodyRows(el).length).to.equal(3);
    // The button went away with the empty state: focus is in the search box, ready for another search.
    await waitUntil(() => shadow(el).activeElement?.id === 'search', 'focus on the search box after Clear search');
    expect(shadow(el).querySelector<HTMLInputElement>('#search')!.value).to.equal('');
  });

  it('stale: keeps rows while refreshing, then marks a failed refresh with retry; accessible both ways', async () => {
    const adapter = fakeAdapter(subOrgs(3));
    const el = await mountList(adapter);
    await settled(el);
    adapter.hold('listSubOrgs');
    el.refresh();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="stale-banner"]')!.textContent).to.contain('refreshing');
    expect(bodyRows(el).length).to.equal(3);
    await expect(el).to.be.accessible();
    adapter.pending('listSubOrgs')[0]!.reject(http500());
    await settled(el, () => !!shadow(el).querySelector('[part="stale-banner"].failed'));
    expect(bodyRows(el).length, 'rows kept').to.equal(3);
    await expect(el).to.be.accessible();
    adapter.release('listSubOrgs');
    adapter.rows = subOrgs(4);
    shadow(el).querySelector<HTMLButtonElement>('[part="stale-banner"].failed button')!.click();
    await settled(el, () => bodyRows(el).length === 4 && !shadow(el).querySelector('[part="stale-banner"]'));
  });

  it('a later page failing keeps loaded rows and retries only that page', async () => {
    const adapter = fakeAdapter(subOrgs(500));
    let failPage2 = true;
    adapter.handlers.listSubOrgs = (input) => {
      if (input.page === 2 && failPage2) throw http500();
      return adapter.answerList(input as unknown as ListSubOrgsQuery);
    };
    const el = await mountList(adapter);
    await settled(el);
    const vp = shadow(el).querySelector<HTMLElement>('.viewport')!;
    const rowH = bodyRows(el)[0]!.getBoundingClientRect().height;
    // Rows 45–53 in view: the end of page 1 and the start of page 2.
    vp.scrollTop = rowH * 45;
    await settled(el, () => !!shadow(el).querySelector('.row.page-error'), 'page error row');
    expect(shadow(el).querySelector('.row.page-error')!.textContent).to.contain('These rows could not be loaded');
    expect(rowById(el, 'so_49'), 'rows of page 1 kept').to.exist;
    await expect(el).to.be.accessible();
    failPage2 = false;
    const before = adapter.calls('listSubOrgs').filter((c) => c.input.page === 1).length;
    shadow(el).querySelector<HTMLButtonElement>('.row.page-error .retry-page')!.click();
    await settled(el, () => !!rowById(el, 'so_55'), 'page 2 loaded');
    expect(adapter.calls('listSubOrgs').filter((c) => c.input.page === 1).length, 'page 1 not refetched').to.equal(before);
  });

  it('a page that repeats ids already loaded stops paging instead of looping', async () => {
    const adapter = fakeAdapter(subOrgs(100));
    // A broken server: every page answers with page 1's rows and claims 10,000 rows.
    adapter.handlers.listSubOrgs = (input) => ({ ...adapter.answerList({ ...(input as unknown as ListSubOrgsQuery), page: 1 }), total: 10_000, page: input.page });
    const el = await mountList(adapter);
    await settled(el);
    const vp = shadow(el).querySelector<HTMLElement>('.viewport')!;
    const rowH = bodyRows(el)[0]!.getBoundingClientRect().height;
    for (let k = 0; k < 5; k++) {
      vp.scrollTop += rowH * 60;
      await sleep(30);
      await el.updateComplete;
    }
    await settled(el, () => !!shadow(el).querySelector('.stale-banner.truncated'), 'truncation notice');
    const calls = adapter.calls('listSubOrgs').length;
    expect(shadow(el).querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).to.equal('51');
    await sleep(200);
    expect(adapter.calls('listSubOrgs').length, 'no more requests').to.equal(calls);
    expect(calls).to.be.at.most(4);
  });

  it('removed mid-request: the read is aborted and nothing is reported', async () => {
    const adapter = fakeAdapter(subOrgs(5)).hold('listSubOrgs', 'getOrg');
    const errors: Event[] = [];
    const consoleErrors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => consoleErrors.push(args);
    const onError = (e: Event) => errors.push(e);
    addEventListener('suborg-error', onError);
    try {
      const el = await mountList(adapter);
      await waitUntil(() => adapter.pending('listSubOrgs').length === 1);
      const held = adapter.pending('listSubOrgs')[0]!;
      el.remove();
      await sleep(20);
      expect(held.aborted).to.be.true;
      expect(adapter.pending('getOrg')[0]?.aborted ?? true).to.be.true;
      expect(errors).to.have.length(0);
      expect(consoleErrors).to.have.length(0);
    } finally {
      console.error = original;
      removeEventListener('suborg-error', onError);
    }
  });

  it('an adapter change naming a shown row refetches it (rows stay on screen meanwhile); other ids are ignored', async () => {
    const adapter = fakeAdapter(subOrgs(3));
    const el = await mountList(adapter);
    await settled(el);
    const before = adapter.calls('listSubOrgs').length;
    adapter.emitChange(['somebody_else']);
    await el.updateComplete;
    expect(adapter.calls('listSubOrgs').length, 'unrelated change ignored').to.equal(before);
    adapter.rows = adapter.rows.map((r) => (r.id === 'so_1' ? { ...r, name: 'Renamed Client' } : r));
    adapter.hold('listSubOrgs');
    adapter.emitChange(['so_1']);
    await waitUntil(() => adapter.pending('listSubOrgs').length === 1, 'refetch');
    await el.updateComplete;
    expect(rowById(el, 'so_1')!.textContent, 'old row kept while refreshing').to.contain('Client 000001');
    expect(shadow(el).querySelector('[role="grid"]')!.getAttribute('aria-busy')).to.equal('true');
    adapter.pending('listSubOrgs')[0]!.resolve();
    await settled(el, () => rowById(el, 'so_1')!.textContent!.includes('Renamed Client'), 'fresh row');
  });

  it('the parent org failing to load: rows still show, actions are hidden and the banner says why, with retry', async () => {
    const adapter = fakeAdapter(subOrgs(2));
    let fail = true;
    adapter.handlers.getOrg = () => {
      if (fail) throw http500();
      return structuredClone(adapter.parent);
    };
    const el = await mountList(adapter);
    await settled(el, () => !!shadow(el).querySelector('.stale-banner.org-error'), 'org error banner');
    expect(bodyRows(el)).to.have.length(2);
    expect(shadow(el).querySelector('.row .manage, .create')).to.equal(null);
    await expect(el).to.be.accessible();
    fail = false;
    shadow(el).querySelector<HTMLButtonElement>('.stale-banner.org-error button')!.click();
    await settled(el, () => !!shadow(el).querySelector('.row .manage') && !shadow(el).querySelector('.stale-banner.org-error'), 'actions back');
  });

  it('moved in the DOM after loading: rows stay and scrolling still fetches new pages', async () => {
    const adapter = fakeAdapter(subOrgs(300));
    const el = await mountList(adapter);
    await settled(el);
    const parent = el.parentElement!;
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el); // disconnect + reconnect
    await el.updateComplete;
    expect(bodyRows(el).some((r) => r.dataset.id === 'so_0'), 'rows kept').to.be.true;
    const vp = shadow(el).querySelector<HTMLElement>('.viewport')!;
    vp.scrollTop = bodyRows(el)[0]!.getBoundingClientRect().height * 200;
    await settled(el, () => !!rowById(el, 'so_200'), 'page 5 after the move');
    other.remove();
    parent.remove();
  });
});
