import { expect } from '@open-wc/testing';
import { createBackend } from '../../../src/api/memory/backend.js';
import type { Backend } from '../../../src/api/memory/backend.js';
import { LONG_NAME, MARKUP_NAME } from '../../../src/api/memory/seed.js';
import { body, call, errorCode, errorFields, rows, testClock } from './call.js';

const AGENCY = '/orgs/org_agency';

describe('memory backend', () => {
  let clock: ReturnType<typeof testClock>;
  let backend: Backend;

  beforeEach(() => {
    clock = testClock();
    backend = createBackend({ now: clock.now, control: true });
  });

  describe('caller identity', () => {
    it('answers 401 unauthenticated without a token or session cookie', async () => {
      const res = await call(backend, 'GET', AGENCY, { token: null });
      expect(res.status).to.equal(401);
      expect(errorCode(res)).to.equal('unauthenticated');
    });

    it('answers 401 for an empty bearer token', async () => {
      const res = await call(backend, 'GET', AGENCY, { token: null, headers: { authorization: 'Bearer   ' } });
      expect(res.status).to.equal(401);
    });

    it('accepts the demo session cookie as an ADMIN session', async () => {
      const res = await call(backend, 'GET', AGENCY, { token: null, headers: { cookie: 'theme=dark; suborg_demo_session=1' } });
      expect(res.status).to.equal(200);
      expect(body(res).role).to.equal('ADMIN');
    });

    it('takes the role from the token, ADMIN by default', async () => {
      expect(body(await call(backend, 'GET', AGENCY)).role).to.equal('ADMIN');
      expect(body(await call(backend, 'GET', AGENCY, { token: 'abc role=MANAGER' })).role).to.equal('MANAGER');
      expect(body(await call(backend, 'GET', AGENCY, { token: 'role=DEVELOPER' })).role).to.equal('DEVELOPER');
    });

    it('answers 404 for unknown routes and 405 with Allow for a known path with another method', async () => {
      expect((await call(backend, 'GET', '/nope')).status).to.equal(404);
      const res = await call(backend, 'DELETE', AGENCY);
      expect(res.status).to.equal(405);
      expect(res.headers.allow).to.equal('GET');
    });

    it('answers 400 invalid_json when the transport says the body was not JSON', async () => {
      const res = await backend.handle({ method: 'POST', path: `${AGENCY}/orgs`, query: new URLSearchParams(), headers: { authorization: 'Bearer t' }, body: undefined, rawBodyError: true });
      expect(res.status).to.equal(400);
      expect(errorCode(res)).to.equal('invalid_json');
    });
  });

  describe('GET /orgs/{org}', () => {
    it('returns the agency in wire shape with limits and the sub-org count', async () => {
      const res = await call(backend, 'GET', AGENCY);
      expect(res.status).to.equal(200);
      const org = body(res);
      expect(org).to.include({ id: 'org_agency', name: 'Northwind Digital', balance: 25000, parent_org: null, sub_org_count: 27, type: 'TEAM' });
      expect(org.limits).to.deep.equal({ sub_orgs: 50 });
      expect(org.features).to.deep.equal({ enterprise: true, allow_overdraft: false, workflows: true, broadcasts: true, enable_japifon: false, custom_domain: true, slack_access: false });
      expect(org.billing.currency).to.equal('usd');
      expect(org.config.access).to.have.keys('session_ttl_seconds', 'allow_invites');
      for (const key of ['verified', 'disabled', 'deleted', 'plan', 'promo_balance', 'promo_balance_reset_at', 'logo_url', 'created_at', 'updated_at', 'spending_cap_used']) {
        expect(org, key).to.have.property(key);
      }
    });

    it('serves a sub-org on its own route, and 404 for unknown ids', async () => {
      const res = await call(backend, 'GET', '/orgs/org_acme_dental');
      expect(body(res)).to.include({ id: 'org_acme_dental', parent_org: 'org_agency', role: null });
      expect((await call(backend, 'GET', '/orgs/org_nobody')).status).to.equal(404);
    });
  });

  describe('GET /orgs/{org}/orgs', () => {
    it('pages with pagination headers; a page past the end is []', async () => {
      const first = await call(backend, 'GET', `${AGENCY}/orgs?page=1&take=10`);
      expect(rows(first)).to.have.length(10);
      expect(first.headers).to.include({ 'pagination-count': '27', 'pagination-page': '1', 'pagination-take': '10' });
      const third = await call(backend, 'GET', `${AGENCY}/orgs?page=3&take=10`);
      expect(rows(third)).to.have.length(7);
      const past = await call(backend, 'GET', `${AGENCY}/orgs?page=9&take=10`);
      expect(past.status).to.equal(200);
      expect(rows(past)).to.deep.equal([]);
      expect(past.headers['pagination-count']).to.equal('27');
    });

    it('rejects take > 100 and bad page values with 400', async () => {
      for (const q of ['take=101', 'take=0', 'page=0', 'page=abc', 'take=1.5']) {
        const res = await call(backend, 'GET', `${AGENCY}/orgs?${q}`);
        expect(res.status, q).to.equal(400);
        expect(errorCode(res)).to.equal('invalid');
      }
      expect((await call(backend, 'GET', `${AGENCY}/orgs?take=100`)).status).to.equal(200);
    });

    it('searches names case-insensitively (contains) and counts after search', async () => {
      const res = await call(backend, 'GET', `${AGENCY}/orgs?search=  hArBoR `);
      expect(rows(res).map((o) => o.name).sort()).to.deep.equal(['Blue Harbor Realty', 'Harborview Law Partners']);
      expect(res.headers['pagination-count']).to.equal('2');
      expect(rows(await call(backend, 'GET', `${AGENCY}/orgs?search=${encodeURIComponent('ياسمين')}`))).to.have.length(1);
    });

    it('sorts by name (collated), balance and created_at in both directions', async () => {
      const names = rows(await call(backend, 'GET', `${AGENCY}/orgs?sort=name&take=100`)).map((o) => o.name as string);
      const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
      expect(names).to.deep.equal([...names].sort(collator.compare));
      const desc = rows(await call(backend, 'GET', `${AGENCY}/orgs?sort=-name&take=100`)).map((o) => o.name);
      expect(desc).to.deep.equal([...names].reverse());
      const balances = rows(await call(backend, 'GET', `${AGENCY}/orgs?sort=-balance&take=100`)).map((o) => o.balance as number);
      expect(balances[0]).to.equal(15000);
      expect(balances).to.deep.equal([...balances].sort((a, b) => b - a));
      const created = rows(await call(backend, 'GET', `${AGENCY}/orgs?sort=created_at&take=100`)).map((o) => o.created_at as string);
      expect(created).to.deep.equal([...created].sort());
      expect((await call(backend, 'GET', `${AGENCY}/orgs?sort=size`)).status).to.equal(400);
    });

    it('returns SubOrgSummary rows with members', async () => {
      const [acme] = rows(await call(backend, 'GET', `${AGENCY}/orgs?search=acme`));
      expect(acme).to.have.keys('id', 'name', 'logo_url', 'plan', 'balance', 'promo_balance', 'billing', 'members', 'spending_cap_used', 'created_at', 'updated_at', 'features', 'config');
      expect(acme!.members[0]).to.have.keys('id', 'name', 'email', 'avatar', 'role');
    });
  });

  describe('default seed', () => {
    async function sub(id: string) {
      return body(await call(backend, 'GET', `${AGENCY}/orgs/${id}`));
    }

    it('holds the edge cases the UI must survive, stored verbatim', async () => {
      const all = rows(await call(backend, 'GET', `${AGENCY}/orgs?take=100`));
      const names = all.map((o) => o.name as string);
      expect(names).to.include(MARKUP_NAME);
      expect(MARKUP_NAME).to.contain('<img src=x onerror=alert(1)>').and.contain('"').and.contain("'");
      expect(names).to.include(LONG_NAME);
      expect([...LONG_NAME]).to.have.length(120);
      expect(names.some((n) => /[\u0600-\u06ff]/.test(n)), 'Arabic').to.be.true;
      expect(names.some((n) => /[\u0590-\u05ff]/.test(n)), 'Hebrew').to.be.true;
      expect(names.some((n) => /\p{Extended_Pictographic}/u.test(n)), 'emoji').to.be.true;
      expect(all.some((o) => o.balance === 0)).to.be.true;
      expect(all.some((o) => o.logo_url?.startsWith('javascript:'))).to.be.true;
      expect(all.filter((o) => o.logo_url?.startsWith('https://')).length).to.be.greaterThan(2);
    });

    it('has failing and inactive cards, caps at 95% and 100%, JPY and KWD, promo balances and notifications', async () => {
      expect((await sub('org_summit_plumbing')).billing.payment_method).to.include({ failed_message: 'Your card was declined: insufficient funds.' });
      expect((await sub('org_summit_plumbing')).billing.payment_method.failed_at).to.be.a('string');
      expect((await sub('org_old_mill')).billing.payment_method.inactive).to.be.true;
      const yoga = await sub('org_riverside_yoga');
      expect(yoga.spending_cap_used / yoga.billing.spending_cap.amount).to.equal(0.95);
      const auto = await sub('org_pinecrest_auto');
      expect(auto.spending_cap_used).to.equal(auto.billing.spending_cap.amount);
      const sushi = await sub('org_sakura_sushi');
      expect(sushi.billing.currency).to.equal('jpy');
      expect(sushi.billing.spending_cap.amount).to.equal(50000);
      const gulf = await sub('org_gulf_pearl');
      expect(gulf.billing.currency).to.equal('kwd');
      expect(gulf.billing.spending_cap.amount).to.equal(150.5);
      expect(gulf.spending_cap_used).to.equal(98.125);
      const bright = await sub('org_brightside');
      expect(bright.promo_balance).to.equal(250);
      expect(bright.promo_balance_reset_at).to.be.a('string');
      expect((await sub('org_zero_fitness')).billing.last_out_of_balance_notification_at).to.be.a('string');
      expect((await sub('org_dormant')).disabled).to.be.true;
    });

    it('has pending and expired invites', async () => {
      const invites = rows(await call(backend, 'GET', '/orgs/org_evergreen/invites'));
      expect(invites.map((i) => i.status).sort()).to.deep.equal(['EXPIRED', 'PENDING']);
    });

    it('is deterministic for the same day', async () => {
      const other = createBackend({ now: clock.now });
      const a = await call(backend, 'GET', `${AGENCY}/orgs?take=100`);
      const b = await call(other, 'GET', `${AGENCY}/orgs?take=100`);
      expect(a.body).to.deep.equal(b.body);
    });
  });

  describe('POST /orgs/{org}/orgs', () => {
    it('creates a sub-org (201) that joins the list', async () => {
      const res = await call(backend, 'POST', `${AGENCY}/orgs`, { body: { name: 'Fresh Start Bakery', features: { workflows: true } } });
      expect(res.status).to.equal(201);
      expect(body(res)).to.include({ name: 'Fresh Start Bakery', balance: 0 });
      expect(body(res).features.workflows).to.be.true;
      expect(body(res)).not.to.have.property('initial_password');
      expect(rows(await call(backend, 'GET', `${AGENCY}/orgs?search=fresh start`))).to.have.length(1);
      expect(body(await call(backend, 'GET', AGENCY)).sub_org_count).to.equal(28);
    });

    it('gives a new sub-account 100 credits, an admin member and a one-time password', async () => {
      const res = await call(backend, 'POST', `${AGENCY}/orgs`, {
        body: { name: 'Client With Account', account: { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', business_name: 'Ada Ltd' } },
      });
      expect(res.status).to.equal(201);
      const created = body(res);
      expect(created.balance).to.equal(100);
      expect(created.initial_password).to.be.a('string').with.length.greaterThan(11);
      expect(created.members).to.deep.include({ id: created.members[0].id, name: 'Ada Lovelace', email: 'ada@example.com', avatar: null, role: 'ADMIN' });
      const again = body(await call(backend, 'GET', `${AGENCY}/orgs/${created.id}`));
      expect(again).not.to.have.property('initial_password');
    });

    it('stores names verbatim: markup, quotes, RTL overrides and emoji are data', async () => {
      const name = '\u202Egnp.exe <b>"hi"</b> 🦄';
      const res = await call(backend, 'POST', `${AGENCY}/orgs`, { body: { name } });
      expect(body(res).name).to.equal(name);
    });

    it('rejects an empty or whitespace name with 422 fields.name', async () => {
      for (const name of ['', '   ', undefined, 42]) {
        const res = await call(backend, 'POST', `${AGENCY}/orgs`, { body: { name } });
        expect(res.status).to.equal(422);
        expect(errorCode(res)).to.equal('invalid');
        expect(errorFields(res)).to.have.property('name');
      }
    });

    it('rejects a duplicate name (trimmed, case-insensitive) with 409 duplicate_name', async () => {
      const res = await call(backend, 'POST', `${AGENCY}/orgs`, { body: { name: '  acme DENTAL group ' } });
      expect(res.status).to.equal(409);
      expect(errorCode(res)).to.equal('duplicate_name');
    });

    it('rejects delegating a feature the parent lacks with 422 fields.features.<flag>', async () => {
      const res = await call(backend, 'POST', `${AGENCY}/orgs`, { body: { name: 'Greedy', features: { workflows: true, allow_overdraft: true, slack_access: true } } });
      expect(res.status).to.equal(422);
      expect(errorFields(res)).to.have.keys('features.allow_overdraft', 'features.slack_access');
    });

    it('rejects bad account fields by wire path', async () => {
      const res = await call(backend, 'POST', `${AGENCY}/orgs`, { body: { name: 'X', account: { first_name: '', last_name: 'B', email: 'not-an-email' } } });
      expect(res.status).to.equal(422);
      expect(errorFields(res)).to.have.keys('account.first_name', 'account.email');
    });

    it('enforces the tier limit with 409 sub_org_limit', async () => {
      for (let i = 0; i < 23; i++) expect((await call(backend, 'POST', `${AGENCY}/orgs`, { body: { name: `Client ${i}` } })).status).to.equal(201);
      const res = await call(backend, 'POST', `${AGENCY}/orgs`, { body: { name: 'One too many' } });
      expect(res.status).to.equal(409);
      expect(errorCode(res)).to.equal('sub_org_limit');
    });
  });

  describe('idempotency', () => {
    const create = (key: string, name: string) => call(backend, 'POST', `${AGENCY}/orgs`, { body: { name }, headers: { 'idempotency-key': key } });

    it('replays the first result for the same key and body (200), creating once', async () => {
      const first = await create('k-1', 'Once Only');
      const second = await create('k-1', 'Once Only');
      expect(first.status).to.equal(201);
      expect(second.status).to.equal(200);
      expect(second.headers['idempotent-replayed']).to.equal('true');
      expect(second.body).to.deep.equal(first.body);
      expect(rows(await call(backend, 'GET', `${AGENCY}/orgs?search=once only`))).to.have.length(1);
    });

    it('answers 409 idempotency_reused for the same key with another body', async () => {
      await create('k-2', 'First Body');
      const res = await create('k-2', 'Second Body');
      expect(res.status).to.equal(409);
      expect(errorCode(res)).to.equal('idempotency_reused');
    });

    it('makes a concurrent duplicate wait for the first and get its result', async () => {
      const slow = createBackend({ now: clock.now, writeDelayMs: 50 });
      const send = () =>
        call(slow, 'POST', `${AGENCY}/orgs/org_acme_dental/credits`, { body: { amount: 10, reason: 'twice?' }, headers: { 'idempotency-key': 'same' } });
      const [a, b] = await Promise.all([send(), send()]);
      expect([a.status, b.status]).to.deep.equal([200, 200]);
      expect(a.body).to.deep.equal(b.body);
      expect(b.headers['idempotent-replayed']).to.equal('true');
      expect(body(a).balance).to.equal(1260);
      expect(body(await call(slow, 'GET', AGENCY)).balance).to.equal(24990);
    });

    it('does not keep failures: a retry with the same key runs again', async () => {
      const res1 = await call(backend, 'POST', `${AGENCY}/orgs`, { body: { name: '' }, headers: { 'idempotency-key': 'bad' } });
      expect(res1.status).to.equal(422);
      const res2 = await call(backend, 'POST', `${AGENCY}/orgs`, { body: { name: '' }, headers: { 'idempotency-key': 'bad' } });
      expect(res2.status).to.equal(422);
    });

    it('forgets keys after 24 hours', async () => {
      await create('k-old', 'Old Key Org');
      clock.advance(24 * 3600 * 1000 + 1000);
      const res = await create('k-old', 'Another Org Entirely');
      expect(res.status).to.equal(201);
    });
  });

  describe('PATCH /orgs/{org}/orgs/{sub}', () => {
    const path = `${AGENCY}/orgs/org_cafe_lumiere`;

    it('merge-patches name, features, config and logo_url and returns the OrgDetail', async () => {
      const before = body(await call(backend, 'GET', path));
      const res = await call(backend, 'PATCH', path, {
        body: { name: 'Café Lumière Paris', features: { broadcasts: true }, config: { address: '1 Rue X', access: { allow_invites: false } }, logo_url: 'https://logos.example.com/c.png' },
      });
      expect(res.status).to.equal(200);
      const org = body(res);
      expect(org).to.include({ name: 'Café Lumière Paris', logo_url: 'https://logos.example.com/c.png' });
      expect(org.features.broadcasts).to.be.true;
      expect(org.config.address).to.equal('1 Rue X');
      expect(org.config.access).to.deep.equal({ session_ttl_seconds: before.config.access.session_ttl_seconds, allow_invites: false });
      expect(org.config.email).to.equal(before.config.email);
      expect(org.updated_at > before.updated_at).to.be.true;
      const removed = body(await call(backend, 'PATCH', path, { body: { config: { address: null }, logo_url: null } }));
      expect(removed.config.address).to.equal(null);
      expect(removed.logo_url).to.equal(null);
    });

    it('honours If-Match: the current updated_at passes, an old one is 409 stale', async () => {
      const { updated_at } = body(await call(backend, 'GET', path));
      const ok = await call(backend, 'PATCH', path, { body: { name: 'Renamed' }, headers: { 'if-match': updated_at } });
      expect(ok.status).to.equal(200);
      const stale = await call(backend, 'PATCH', path, { body: { name: 'Again' }, headers: { 'if-match': updated_at } });
      expect(stale.status).to.equal(409);
      expect(errorCode(stale)).to.equal('stale');
      expect(body(await call(backend, 'GET', path)).name).to.equal('Renamed');
    });

    it('gives every write a later updated_at even when the clock stands still', async () => {
      const a = body(await call(backend, 'PATCH', path, { body: { name: 'A1' } })).updated_at;
      const b = body(await call(backend, 'PATCH', path, { body: { name: 'A2' } })).updated_at;
      expect(b > a).to.be.true;
    });

    it('validates name, duplicates, features and config', async () => {
      expect(errorFields(await call(backend, 'PATCH', path, { body: { name: ' ' } }))).to.have.property('name');
      expect(errorCode(await call(backend, 'PATCH', path, { body: { name: 'blue harbor realty' } }))).to.equal('duplicate_name');
      expect((await call(backend, 'PATCH', path, { body: { name: 'café lumière' } })).status, 'its own name').to.equal(200);
      expect(errorFields(await call(backend, 'PATCH', path, { body: { features: { enable_japifon: true } } }))).to.have.property('features.enable_japifon');
      expect(errorFields(await call(backend, 'PATCH', path, { body: { config: { email: 'nope' } } }))).to.have.property('config.email');
      expect(errorFields(await call(backend, 'PATCH', path, { body: { config: { access: { session_ttl_seconds: -1 } } } }))).to.have.property('config.access.session_ttl_seconds');
      expect(errorFields(await call(backend, 'PATCH', path, { body: { plan: 'free' } }))).to.have.property('plan');
    });

    it('answers 404 for a sub-org of another parent', async () => {
      expect((await call(backend, 'PATCH', `${AGENCY}/orgs/org_agency`, { body: { name: 'x' } })).status).to.equal(404);
    });
  });

  describe('PATCH …/billing', () => {
    const path = `${AGENCY}/orgs/org_cafe_lumiere/billing`;

    it('merge-patches auto_recharge, spending_cap and use_parent_balance', async () => {
      const res = await call(backend, 'PATCH', path, {
        body: { auto_recharge: { enabled: true, recharge_threshold: 50.5, recharge_amount: 200 }, spending_cap: { enabled: true, amount: 99.99 }, use_parent_balance: false },
      });
      expect(res.status).to.equal(200);
      const billing = body(res).billing;
      expect(billing.auto_recharge).to.deep.equal({ enabled: true, recharge_threshold: 50.5, recharge_amount: 200 });
      expect(billing.spending_cap).to.include({ enabled: true, amount: 99.99 });
      expect(billing.use_parent_balance).to.be.false;
      const next = body(await call(backend, 'PATCH', path, { body: { auto_recharge: { recharge_threshold: 10 } } })).billing;
      expect(next.auto_recharge).to.deep.equal({ enabled: true, recharge_threshold: 10, recharge_amount: 200 });
    });

    it('rejects bad amounts with 422 fields by wire path', async () => {
      const cases: Array<[unknown, string]> = [
        [{ auto_recharge: { recharge_threshold: -1 } }, 'auto_recharge.recharge_threshold'],
        [{ auto_recharge: { recharge_threshold: 1.234 } }, 'auto_recharge.recharge_threshold'],
        [{ auto_recharge: { recharge_amount: 'ten' } }, 'auto_recharge.recharge_amount'],
        [{ auto_recharge: { enabled: true, recharge_amount: 0 } }, 'auto_recharge.recharge_amount'],
        [{ spending_cap: { enabled: true, amount: 0 } }, 'spending_cap.amount'],
        [{ spending_cap: { amount: 10.001 } }, 'spending_cap.amount'],
        [{ spending_cap: { amount: 1e21 } }, 'spending_cap.amount'],
        [{ use_parent_balance: 'yes' }, 'use_parent_balance'],
        [{ payment_method: null }, 'payment_method'],
      ];
      for (const [patch, field] of cases) {
        const res = await call(backend, 'PATCH', path, { body: patch });
        expect(res.status, JSON.stringify(patch)).to.equal(422);
        expect(errorFields(res), JSON.stringify(patch)).to.have.property(field);
      }
    });

    it('checks the cap in the currency precision: JPY whole, KWD three decimals', async () => {
      const jpy = `${AGENCY}/orgs/org_sakura_sushi/billing`;
      expect(errorFields(await call(backend, 'PATCH', jpy, { body: { spending_cap: { amount: 100.5 } } }))).to.have.property('spending_cap.amount');
      expect(body(await call(backend, 'PATCH', jpy, { body: { spending_cap: { amount: 120000 } } })).billing.spending_cap.amount).to.equal(120000);
      const kwd = `${AGENCY}/orgs/org_gulf_pearl/billing`;
      expect(body(await call(backend, 'PATCH', kwd, { body: { spending_cap: { amount: 12.345 } } })).billing.spending_cap.amount).to.equal(12.345);
      expect(errorFields(await call(backend, 'PATCH', kwd, { body: { spending_cap: { amount: 12.3456 } } }))).to.have.property('spending_cap.amount');
    });

    it('honours If-Match', async () => {
      const res = await call(backend, 'PATCH', path, { body: { use_parent_balance: false }, headers: { 'if-match': '2000-01-01T00:00:00.000Z' } });
      expect(errorCode(res)).to.equal('stale');
    });
  });

  describe('roles', () => {
    const as = (role: string) => ({ token: `t role=${role}` });

    it('lets DEVELOPER read sub-orgs but not change them, and keeps STAFF out (403)', async () => {
      expect((await call(backend, 'GET', `${AGENCY}/orgs`, as('DEVELOPER'))).status).to.equal(200);
      expect((await call(backend, 'POST', `${AGENCY}/orgs`, { ...as('DEVELOPER'), body: { name: 'Nope' } })).status).to.equal(403);
      expect((await call(backend, 'PATCH', `${AGENCY}/orgs/org_cafe_lumiere`, { ...as('DEVELOPER'), body: { name: 'Nope' } })).status).to.equal(403);
      const staff = await call(backend, 'GET', `${AGENCY}/orgs`, as('STAFF'));
      expect(staff.status).to.equal(403);
      expect(errorCode(staff)).to.equal('forbidden');
      expect((await call(backend, 'GET', '/orgs/org_cafe_lumiere', as('STAFF'))).status).to.equal(403);
      expect((await call(backend, 'GET', AGENCY, as('STAFF'))).status).to.equal(200);
      expect((await call(backend, 'GET', `${AGENCY}/members`, as('STAFF'))).status).to.equal(200);
    });

    it('lets a MANAGER manage sub-orgs but not detach them', async () => {
      expect((await call(backend, 'POST', `${AGENCY}/orgs`, { ...as('MANAGER'), body: { name: 'By Manager' } })).status).to.equal(201);
      expect((await call(backend, 'POST', `${AGENCY}/orgs/org_cafe_lumiere/detach`, as('MANAGER'))).status).to.equal(403);
    });

    it('lets a MANAGER invite and re-role only MANAGER and STAFF', async () => {
      const invite = (role: string) => call(backend, 'POST', `${AGENCY}/invites`, { ...as('MANAGER'), body: { email: `${role.toLowerCase()}@x.example`, role } });
      expect((await invite('STAFF')).status).to.equal(201);
      expect((await invite('MANAGER')).status).to.equal(201);
      expect((await invite('ADMIN')).status).to.equal(403);
      expect((await invite('DEVELOPER')).status).to.equal(403);
      // mem_northwind_3 is a DEVELOPER, mem_northwind_4 STAFF.
      expect((await call(backend, 'PATCH', `${AGENCY}/members/mem_northwind_3`, { ...as('MANAGER'), body: { role: 'STAFF' } })).status).to.equal(403);
      expect((await call(backend, 'PATCH', `${AGENCY}/members/mem_northwind_4`, { ...as('MANAGER'), body: { role: 'ADMIN' } })).status).to.equal(403);
      expect((await call(backend, 'PATCH', `${AGENCY}/members/mem_northwind_4`, { ...as('MANAGER'), body: { role: 'MANAGER' } })).status).to.equal(200);
      expect((await call(backend, 'POST', `${AGENCY}/invites`, { ...as('DEVELOPER'), body: { email: 'd@x.example', role: 'STAFF' } })).status).to.equal(403);
    });

    it('keeps DEVELOPER and STAFF away from payments, portal and checkout, and a MANAGER from removing an ADMIN', async () => {
      for (const role of ['DEVELOPER', 'STAFF']) {
        expect((await call(backend, 'GET', `${AGENCY}/billing/payments`, as(role))).status, role).to.equal(403);
        expect((await call(backend, 'POST', `${AGENCY}/billing/portal`, { ...as(role), body: { return_url: 'https://x.example' } })).status, role).to.equal(403);
        const checkout = await call(backend, 'POST', `${AGENCY}/reseller/checkout`, { ...as(role), body: { tier_id: 'tier_1k' }, headers: { 'idempotency-key': role } });
        expect(checkout.status, role).to.equal(403);
        expect((await call(backend, 'GET', `${AGENCY}/reseller/pricing`, as(role))).status, role).to.equal(200);
      }
      expect((await call(backend, 'DELETE', `${AGENCY}/members/mem_northwind_1`, as('MANAGER'))).status).to.equal(403);
      expect((await call(backend, 'DELETE', `${AGENCY}/members/mem_northwind_4`, as('MANAGER'))).status).to.equal(204);
    });

    it('lets a MANAGER join or assist only as MANAGER or STAFF', async () => {
      expect((await call(backend, 'POST', `${AGENCY}/orgs/org_cafe_lumiere/join`, { ...as('MANAGER'), body: { role: 'ADMIN' } })).status).to.equal(403);
      expect((await call(backend, 'POST', `${AGENCY}/orgs/org_cafe_lumiere/join`, { ...as('MANAGER'), body: { role: 'STAFF' } })).status).to.equal(200);
      expect((await call(backend, 'POST', `${AGENCY}/orgs/org_cafe_lumiere/assist`, { ...as('MANAGER'), body: { role: 'DEVELOPER' } })).status).to.equal(403);
    });
  });

  describe('join, assist, detach', () => {
    it('join makes the caller a member with that role and returns the summary', async () => {
      const res = await call(backend, 'POST', `${AGENCY}/orgs/org_cafe_lumiere/join`, { body: { role: 'DEVELOPER' } });
      expect(res.status).to.equal(200);
      expect(body(res).members.map((m: { role: string; name: string }) => [m.name, m.role])).to.deep.include(['Dana Demo', 'DEVELOPER']);
      expect(body(await call(backend, 'GET', '/orgs/org_cafe_lumiere')).role).to.equal('DEVELOPER');
      const again = await call(backend, 'POST', `${AGENCY}/orgs/org_cafe_lumiere/join`, { body: { role: 'ADMIN' } });
      expect(body(again).members.filter((m: { name: string }) => m.name === 'Dana Demo')).to.have.length(1);
      expect(errorFields(await call(backend, 'POST', `${AGENCY}/orgs/org_cafe_lumiere/join`, { body: { role: 'OWNER' } }))).to.have.property('role');
    });

    it('assist opens a session with a same-origin demo URL (201)', async () => {
      const res = await backend.handle({
        method: 'POST',
        path: `${AGENCY}/orgs/org_cafe_lumiere/assist`,
        query: new URLSearchParams(),
        headers: { authorization: 'Bearer t' },
        body: { role: 'STAFF' },
        origin: 'http://localhost:8000',
      });
      expect(res.status).to.equal(201);
      const session = body(res);
      expect(session).to.include({ sub_org_id: 'org_cafe_lumiere', role: 'STAFF' });
      expect(session.session_id).to.be.a('string');
      expect(session.expires_at > clock.now().toISOString()).to.be.true;
      expect(session.url).to.match(/^http:\/\/localhost:8000\/demo\/assist\.html\?session=/);
    });

    it('detach removes the sub-org from the list and clears parent_org', async () => {
      const res = await call(backend, 'POST', `${AGENCY}/orgs/org_cafe_lumiere/detach`);
      expect(res.status).to.equal(200);
      expect(body(res)).to.include({ id: 'org_cafe_lumiere', parent_org: null });
      const list = await call(backend, 'GET', `${AGENCY}/orgs?take=100`);
      expect(rows(list).map((o) => o.id)).not.to.include('org_cafe_lumiere');
      expect(list.headers['pagination-count']).to.equal('26');
      expect((await call(backend, 'GET', `${AGENCY}/orgs/org_cafe_lumiere`)).status).to.equal(404);
    });
  });

  describe('POST …/credits', () => {
    const credits = (sub: string, amount: unknown, extra: Record<string, string> = {}) =>
      call(backend, 'POST', `${AGENCY}/orgs/${sub}/credits`, { body: { amount, reason: 'Test' }, headers: extra });

    it('moves credits from the agency pool, both balances change, a transaction is recorded', async () => {
      const res = await credits('org_cafe_lumiere', 100.25);
      expect(res.status).to.equal(200);
      expect(body(res).balance).to.equal(410.5);
      expect(body(await call(backend, 'GET', AGENCY)).balance).to.equal(24899.75);
      const [tx] = rows(await call(backend, 'GET', `${AGENCY}/credits/transactions?take=1`));
      expect(tx).to.include({ org_id: 'org_cafe_lumiere', org_name: 'Café Lumière', amount_credits: 100.25, reason: 'Test', contact_name: 'Dana Demo' });
    });

    it('takes credits back with a negative amount, but not more than the sub-org has', async () => {
      expect(body(await credits('org_cafe_lumiere', -10.25)).balance).to.equal(300);
      expect(body(await call(backend, 'GET', AGENCY)).balance).to.equal(25010.25);
      const res = await credits('org_cafe_lumiere', -300.01);
      expect(res.status).to.equal(409);
      expect(errorCode(res)).to.equal('insufficient_credits');
    });

    it('answers 409 insufficient_credits beyond the pool unless the parent allows overdraft', async () => {
      const res = await credits('org_cafe_lumiere', 25000.01);
      expect(res.status).to.equal(409);
      expect(errorCode(res)).to.equal('insufficient_credits');
      backend.state.orgs.get('org_agency')!.features.allow_overdraft = true;
      expect((await credits('org_cafe_lumiere', 25000.01)).status).to.equal(200);
      expect(body(await call(backend, 'GET', AGENCY)).balance).to.equal(-0.01);
    });

    it('validates the amount: not zero, finite, at most 2 decimals', async () => {
      for (const amount of [0, 1.005, 'ten', null, 1e21]) {
        const res = await credits('org_cafe_lumiere', amount);
        expect(res.status, String(amount)).to.equal(422);
        expect(errorFields(res)).to.have.property('amount');
      }
    });

    it('never drifts: many small allocations add up exactly', async () => {
      for (let i = 0; i < 10; i++) await credits('org_cafe_lumiere', 0.1);
      expect(body(await call(backend, 'GET', '/orgs/org_cafe_lumiere')).balance).to.equal(311.25);
      expect(body(await call(backend, 'GET', AGENCY)).balance).to.equal(24999);
    });
  });

  describe('GET …/credits/transactions', () => {
    it('lists newest first, filters by sub-org and date, and pages', async () => {
      const all = await call(backend, 'GET', `${AGENCY}/credits/transactions`);
      const dates = rows(all).map((t) => t.created_at as string);
      expect(dates).to.deep.equal([...dates].sort().reverse());
      expect(all.headers['pagination-count']).to.equal('6');
      const acme = rows(await call(backend, 'GET', `${AGENCY}/credits/transactions?sub_org_id=org_acme_dental`));
      expect(acme.map((t) => t.org_id)).to.deep.equal(['org_acme_dental', 'org_acme_dental']);
      const recent = rows(await call(backend, 'GET', `${AGENCY}/credits/transactions?from_date=2026-06-01&to_date=2026-06-15`));
      expect(recent.map((t) => t.reason)).to.deep.equal(['Holiday campaign', 'Onboarding bundle']);
      expect((await call(backend, 'GET', `${AGENCY}/credits/transactions?from_date=15/06/2026`)).status).to.equal(400);
    });
  });

  describe('GET …/orgs/usage', () => {
    const usage = (q: string) => call(backend, 'GET', `${AGENCY}/orgs/usage?${q}`);

    it('requires an interval', async () => {
      const res = await usage('');
      expect(res.status).to.equal(400);
      expect(errorFields(res)).to.have.property('interval');
    });

    it('defaults to the last 30 days of daily rows with currency, deterministic', async () => {
      const res = await usage('interval=day&take=100');
      // 30 days × 27 sub-orgs × 5 events.
      expect(res.headers['pagination-count']).to.equal(String(30 * 27 * 5));
      const [row] = rows(res);
      expect(row).to.have.keys('org_id', 'org_name', 'event_name', 'amount_credits', 'amount_monetary', 'currency', 'date');
      expect(row!.date).to.equal('2026-05-17T00:00:00.000Z');
      const again = await createBackend({ now: clock.now }).handle({ method: 'GET', path: `${AGENCY}/orgs/usage`, query: new URLSearchParams('interval=day&take=100'), headers: { authorization: 'Bearer x' }, body: undefined });
      expect(again.body).to.deep.equal(res.body);
    });

    /** Every row of a usage query, across pages. */
    async function allRows(q: string) {
      const out = [];
      for (let page = 1; ; page++) {
        const chunk = rows(await usage(`${q}&take=100&page=${page}`));
        if (chunk.length === 0) return out;
        out.push(...chunk);
      }
    }
    const hundredths = (credits: number) => Math.round(credits * 100);

    it('aggregates: a week is the sum of its days, a day the sum of its hours', async () => {
      const q = 'from_date=2026-06-01&to_date=2026-06-07&type=sms_sent';
      const daily = await allRows(`interval=day&${q}`);
      expect(daily).to.have.length(7 * 27);
      const weekly = await allRows(`interval=week&${q}`);
      expect(weekly).to.have.length(27);
      const acmeDays = daily.filter((r) => r.org_id === 'org_acme_dental').map((r) => hundredths(r.amount_credits));
      expect(acmeDays).to.have.length(7);
      const acmeWeek = weekly.find((r) => r.org_id === 'org_acme_dental')!;
      expect(hundredths(acmeWeek.amount_credits)).to.equal(acmeDays.reduce((a, b) => a + b, 0));
      expect(acmeWeek.date).to.equal('2026-06-01T00:00:00.000Z'); // a Monday

      const oneDay = 'from_date=2026-06-03&to_date=2026-06-03&type=email_sent';
      const hourly = (await allRows(`interval=hour&${oneDay}`)).filter((r) => r.org_id === 'org_yasmin');
      expect(hourly.map((r) => r.date)).to.have.length(24);
      expect(hourly[23]!.date).to.equal('2026-06-03T23:00:00.000Z');
      const [day] = (await allRows(`interval=day&${oneDay}`)).filter((r) => r.org_id === 'org_yasmin');
      expect(hourly.reduce((sum, r) => sum + hundredths(r.amount_credits), 0)).to.equal(hundredths(day!.amount_credits));
    });

    it('supports month and year buckets and the currency of each org', async () => {
      const months = await usage('interval=month&from_date=2026-01-01&to_date=2026-03-31&type=ai_reply&take=100');
      expect(months.headers['pagination-count']).to.equal(String(3 * 27));
      const years = rows(await usage('interval=year&from_date=2026-01-01&to_date=2026-03-31&take=100'));
      expect(years.every((r) => r.date === '2026-01-01T00:00:00.000Z')).to.be.true;
      const jpy = years.find((r) => r.org_id === 'org_sakura_sushi')!;
      expect(jpy.currency).to.equal('jpy');
      expect(Number.isInteger(jpy.amount_monetary)).to.be.true;
    });

    it('rejects a reversed or too long range', async () => {
      expect((await usage('interval=day&from_date=2026-06-10&to_date=2026-06-01')).status).to.equal(400);
      expect((await usage('interval=day&from_date=2024-01-01&to_date=2026-06-01')).status).to.equal(400);
    });
  });

  describe('members and invites', () => {
    const members = '/orgs/org_acme_dental/members';
    const invites = '/orgs/org_acme_dental/invites';

    it('lists members with pagination headers', async () => {
      const res = await call(backend, 'GET', members);
      expect(res.headers['pagination-count']).to.equal('3');
      expect(rows(res)[0]).to.include({ org_id: 'org_acme_dental', role: 'ADMIN', status: 'ACTIVE' });
      expect(rows(res)[0]).to.have.keys('id', 'name', 'email', 'avatar', 'role', 'status', 'org_id', 'user_id', 'created_at', 'updated_at', 'seen_at');
    });

    it('re-roles (200 Member) and removes (204) members, keeping one admin', async () => {
      const res = await call(backend, 'PATCH', `${members}/mem_acme_dental_2`, { body: { role: 'STAFF' } });
      expect(res.status).to.equal(200);
      expect(body(res).role).to.equal('STAFF');
      const last = await call(backend, 'PATCH', `${members}/mem_acme_dental_1`, { body: { role: 'STAFF' } });
      expect(last.status).to.equal(409);
      expect(errorCode(last)).to.equal('last_admin');
      const del = await call(backend, 'DELETE', `${members}/mem_acme_dental_3`);
      expect(del.status).to.equal(204);
      expect(del.body).to.equal(undefined);
      expect(rows(await call(backend, 'GET', members))).to.have.length(2);
      expect((await call(backend, 'DELETE', `${members}/mem_acme_dental_3`)).status).to.equal(404);
    });

    it('invites (201), rejects duplicates (409 duplicate) and bad emails (422 fields.email)', async () => {
      const res = await call(backend, 'POST', invites, { body: { email: 'new.person@acme.example', role: 'STAFF' } });
      expect(res.status).to.equal(201);
      expect(body(res)).to.include({ email: 'new.person@acme.example', role: 'STAFF', status: 'PENDING' });
      const dup = await call(backend, 'POST', invites, { body: { email: 'NEW.person@acme.example', role: 'MANAGER' } });
      expect(dup.status).to.equal(409);
      expect(errorCode(dup)).to.equal('duplicate');
      expect(errorFields(dup)).to.have.property('email');
      const member = await call(backend, 'POST', invites, { body: { email: 'alice.moreno@acme-dental.example', role: 'STAFF' } });
      expect(errorCode(member)).to.equal('duplicate');
      const bad = await call(backend, 'POST', invites, { body: { email: 'not an email', role: 'STAFF' } });
      expect(bad.status).to.equal(422);
      expect(errorFields(bad)).to.have.property('email');
      expect(errorFields(await call(backend, 'POST', invites, { body: { email: 'a@b.example', role: 'KING' } }))).to.have.property('role');
    });

    it('resends (200, new expiry, expired becomes pending) and deletes (204) invites', async () => {
      const list = rows(await call(backend, 'GET', '/orgs/org_evergreen/invites'));
      const expired = list.find((i) => i.status === 'EXPIRED')!;
      const res = await call(backend, 'POST', `/orgs/org_evergreen/invites/${expired.id}/resend`);
      expect(res.status).to.equal(200);
      expect(body(res).status).to.equal('PENDING');
      expect(body(res).expires_at > expired.expires_at).to.be.true;
      expect((await call(backend, 'DELETE', `/orgs/org_evergreen/invites/${expired.id}`)).status).to.equal(204);
      expect(rows(await call(backend, 'GET', '/orgs/org_evergreen/invites'))).to.have.length(1);
      expect((await call(backend, 'POST', '/orgs/org_evergreen/invites/inv_nope/resend')).status).to.equal(404);
    });

    it('lets a new invite replace an expired one to the same address', async () => {
      const res = await call(backend, 'POST', '/orgs/org_evergreen/invites', { body: { email: 'rowan@evergreen.example', role: 'MANAGER' } });
      expect(res.status).to.equal(201);
    });
  });

  describe('payments and billing portal', () => {
    it('lists payments newest first, deterministic, paginated', async () => {
      const res = await call(backend, 'GET', '/orgs/org_acme_dental/billing/payments?take=100');
      const list = rows(res);
      expect(list.length).to.be.greaterThan(0);
      expect(list[0]).to.have.keys('id', 'type', 'amount', 'currency', 'status', 'description', 'created_at');
      expect(Number.isInteger(list[0]!.amount)).to.be.true;
      const dates = list.map((p) => p.created_at as string);
      expect(dates).to.deep.equal([...dates].sort().reverse());
      const other = await call(createBackend({ now: clock.now }), 'GET', '/orgs/org_acme_dental/billing/payments?take=100');
      expect(other.body).to.deep.equal(res.body);
    });

    it('opens a portal session on a same-origin demo URL (201)', async () => {
      const res = await call(backend, 'POST', '/orgs/org_acme_dental/billing/portal', { body: { return_url: 'https://portal.example.com/back' } });
      expect(res.status).to.equal(201);
      expect(body(res).url).to.equal('/demo/billing-portal.html?org=org_acme_dental');
      expect(body(res).expires_at > clock.now().toISOString()).to.be.true;
      expect(errorFields(await call(backend, 'POST', '/orgs/org_acme_dental/billing/portal', { body: {} }))).to.have.property('return_url');
    });
  });

  describe('reseller pricing and checkout', () => {
    const checkout = (payload: unknown, key: string | null = 'chk-key') =>
      call(backend, 'POST', `${AGENCY}/reseller/checkout`, { body: payload, headers: key ? { 'idempotency-key': key } : {} });

    it('serves pricing in minor units with decimal credits', async () => {
      const pricing = body(await call(backend, 'GET', `${AGENCY}/reseller/pricing`));
      expect(pricing.currency).to.equal('usd');
      expect(pricing.tiers.map((t: { credits: number }) => t.credits)).to.deep.equal([1000, 5000, 20000]);
      expect(pricing.tiers[0]).to.deep.equal({ id: 'tier_1k', credits: 1000, amount: 1000 });
      expect(pricing.per_credit).to.deep.equal({ amount: 1, min_credits: 100, max_credits: 100000 });
    });

    it('requires an Idempotency-Key (400) and replays with 200 and the same body', async () => {
      const missing = await checkout({ tier_id: 'tier_1k' }, null);
      expect(missing.status).to.equal(400);
      expect(errorCode(missing)).to.equal('idempotency_key_required');
      const first = await checkout({ tier_id: 'tier_5k', sub_org_id: 'org_acme_dental' });
      expect(first.status).to.equal(201);
      expect(body(first)).to.include({ status: 'open', credits: 5000, amount: 4500, currency: 'usd' });
      expect(body(first).redirect_url).to.equal(`/demo/hosted-checkout.html?id=${body(first).id}&org=org_agency`);
      const replay = await checkout({ sub_org_id: 'org_acme_dental', tier_id: 'tier_5k' });
      expect(replay.status).to.equal(200);
      expect(replay.body).to.deep.equal(first.body);
      expect(errorCode(await checkout({ tier_id: 'tier_1k' }))).to.equal('idempotency_reused');
    });

    it('prices a custom number of credits and validates the item', async () => {
      expect(body(await checkout({ credits: 2500 }, 'c1'))).to.include({ credits: 2500, amount: 2500 });
      expect(errorFields(await checkout({ credits: 10 }, 'c2'))).to.have.property('credits');
      expect(errorFields(await checkout({ tier_id: 'tier_nope' }, 'c3'))).to.have.property('tier_id');
      expect(errorFields(await checkout({ tier_id: 'tier_1k', credits: 1000 }, 'c4'))).to.have.property('tier_id');
      expect(errorFields(await checkout({ tier_id: 'tier_1k', sub_org_id: 'org_nope' }, 'c5'))).to.have.property('sub_org_id');
    });

    it('moves open → pending → succeeded and adds the credits once', async () => {
      const { id } = body(await checkout({ tier_id: 'tier_1k', sub_org_id: 'org_cafe_lumiere' }));
      const sim = (outcome: string) => call(backend, 'POST', `${AGENCY}/reseller/checkout/${id}/simulate`, { body: { outcome } });
      expect(body(await sim('pending')).status).to.equal('pending');
      expect(body(await sim('succeeded')).status).to.equal('succeeded');
      expect(body(await call(backend, 'GET', `${AGENCY}/reseller/checkout/${id}`))).to.include({ status: 'succeeded' });
      expect(body(await call(backend, 'GET', `${AGENCY}/reseller/checkout/${id}`))).not.to.have.property('redirect_url');
      expect(body(await sim('succeeded')).status).to.equal('succeeded');
      expect(backend.setCheckoutStatus(id, 'succeeded').status).to.equal(200);
      expect(body(await call(backend, 'GET', '/orgs/org_cafe_lumiere')).balance).to.equal(1310.25);
      const payments = rows(await call(backend, 'GET', '/orgs/org_cafe_lumiere/billing/payments'));
      expect(payments[0]).to.include({ type: 'checkout', amount: 1000, status: 'succeeded' });
      const failed = await sim('failed');
      expect(failed.status).to.equal(409);
      expect(errorCode(failed)).to.equal('invalid_transition');
    });

    it('fails and expires without adding credits; an old open checkout lapses', async () => {
      const a = body(await checkout({ tier_id: 'tier_1k', sub_org_id: 'org_cafe_lumiere' }, 'a')).id;
      expect(backend.setCheckoutStatus(a, 'failed').status).to.equal(200);
      const b = body(await checkout({ tier_id: 'tier_1k', sub_org_id: 'org_cafe_lumiere' }, 'b')).id;
      clock.advance(31 * 60 * 1000);
      expect(body(await call(backend, 'GET', `${AGENCY}/reseller/checkout/${b}`)).status).to.equal('expired');
      expect(body(await call(backend, 'GET', '/orgs/org_cafe_lumiere')).balance).to.equal(310.25);
      expect((await call(backend, 'GET', `${AGENCY}/reseller/checkout/chk_nope`)).status).to.equal(404);
    });

    it('serves the simulate route only when control is on', async () => {
      const closed = createBackend({ now: clock.now });
      const created = await call(closed, 'POST', `${AGENCY}/reseller/checkout`, { body: { tier_id: 'tier_1k' }, headers: { 'idempotency-key': 'z' } });
      const res = await call(closed, 'POST', `${AGENCY}/reseller/checkout/${body(created).id}/simulate`, { body: { outcome: 'succeeded' } });
      expect(res.status).to.equal(404);
    });
  });

  describe('reset and generated seeds', () => {
    it('reset restores the seed', async () => {
      await call(backend, 'POST', `${AGENCY}/orgs`, { body: { name: 'Temporary' } });
      backend.reset();
      expect(body(await call(backend, 'GET', AGENCY)).sub_org_count).to.equal(27);
    });

    it('a generated seed has no tier limit', async () => {
      backend.reset({ generate: 500, seed: 7 });
      const agency = body(await call(backend, 'GET', AGENCY));
      expect(agency.limits).to.deep.equal({ sub_orgs: null });
      expect(agency.sub_org_count).to.equal(500);
      expect((await call(backend, 'POST', `${AGENCY}/orgs`, { body: { name: 'One more, no limit' } })).status).to.equal(201);
    });
  });
});
