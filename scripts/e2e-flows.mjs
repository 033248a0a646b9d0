// The <suborg-list> flows of `npm run e2e`: search, create, invite, join as and detach on the
// built demo against the reference API, once by mouse (default brand, light) and once by
// keyboard alone (second brand, dark; arrow keys in the grid, Shift+F10 for the row menu),
// plus a sub-account create in each. Every step checks what a person would notice (rows,
// dialogs, focus, the spoken outcome, the host's toast) and saves list-*.png screenshots at
// 1280 wide. Failures go into the run's shared `problems`.
import path from 'node:path';

const ORG = 'org_agency';
const WAIT_MS = 10_000;

/** A step that did not do what a person would see: ends the pass it is in. */
class FlowFailure extends Error {}

/**
 * Runs both passes in a new page of `context` (the run's CSP watch and logo routing apply).
 * Returns what it visited and how many screenshots it saved.
 */
export async function runListFlows({ context, origin, watch, problems, warnings = [], shotsDir }) {
  const page = await context.newPage();
  const flow = { page, origin, shotsDir, warnings, step: 'start', shots: 0, visited: [] };
  page.setDefaultTimeout(WAIT_MS);
  watch(page, () => `list flows: ${flow.step}`);
  const before = problems.length;
  try {
    const reset = await page.request.post(`${origin}/api/__control/reset`, { data: {} });
    if (!reset.ok()) throw new FlowFailure(`resetting the API answered ${reset.status()}`);
    await loadList(page, origin);
    if (!(await page.evaluate(() => Boolean(customElements.get('suborg-list'))))) {
      problems.push('[list flows] <suborg-list> is not defined in the demo');
      return { shots: 0, visited: [] };
    }
    for (const pass of [
      { brand: 'northwind', dark: false, by: 'mouse', run: mousePass },
      { brand: 'lumen', dark: true, by: 'keyboard', run: keyboardPass },
    ]) {
      const look = `${pass.brand}-${pass.dark ? 'dark' : 'light'}`;
      try {
        flow.step = 'brand and dark mode';
        await applyLook(page, origin, pass.brand, pass.dark);
        await pass.run(flow, look);
        flow.visited.push(`/#/sub-orgs (list flows by ${pass.by}, ${look}: search, create, invite, join as, detach, sub-account)`);
      } catch (err) {
        problems.push(`[list flows by ${pass.by}, ${look}: ${flow.step}] ${describe(err)}`);
      }
    }
  } catch (err) {
    problems.push(`[list flows: ${flow.step}] ${describe(err)}`);
  } finally {
    flow.step = 'restore defaults';
    await applyLook(page, origin, 'northwind', false).catch(() => {});
    await page.close();
  }
  const found = problems.length - before;
  console.log(`list flows: ${found === 0 ? 'mouse and keyboard passes green' : `${found} problem(s)`}, ${flow.shots} screenshots`);
  return { shots: flow.shots, visited: flow.visited };
}

// ── the two passes ──────────────────────────────────────────────────────────────────────

async function mousePass(flow, look) {
  const { page } = flow;
  const name = `E2E Mouse ${stamp()}`;
  const email = `mouse.${stamp()}@example.com`;
  await openList(flow, look);

  flow.step = 'search "acme" by mouse';
  await page.locator('suborg-list #search').click();
  await page.keyboard.type('acme');
  await expectAcmeOnly(page);
  await page.locator('suborg-list #search').fill('');
  await until(async () => (await rows(page)).some((r) => !/acme/i.test(r.name)), 'clearing the search did not bring the other rows back');

  flow.step = 'create by mouse';
  await page.locator('suborg-list [part~="create-button"]').click();
  await dialogOpen(page, 'create-dialog');
  await page.locator('suborg-list #create-name').fill(name);
  await page.locator('suborg-list #feature-workflows').check();
  await shot(flow, `create-${look}`);
  await page.locator('suborg-list .create-dialog button[type="submit"]').click();
  await expectCreated(flow, name, { workflows: true });

  flow.step = 'find the new row by mouse';
  await page.locator('suborg-list #search').fill(name);
  const id = await onlyRow(page, name);

  flow.step = 'invite by mouse';
  await rowMenuButton(page, id).click();
  await menuItem(page, 'Invite member').click();
  await dialogOpen(page, 'invite-dialog');
  await page.locator('suborg-list #invite-email').fill(email);
  await page.locator('suborg-list #invite-role').selectOption('MANAGER');
  await page.locator('suborg-list .invite-dialog button[type="submit"]').click();
  await expectInvited(flow, id, name, email, 'MANAGER');

  flow.step = 'join as by mouse';
  await rowMenuButton(page, id).click();
  await menuItem(page, 'Join as').hover();
  await menuItem(page, 'Manager').waitFor({ timeout: WAIT_MS });
  await shot(flow, `menu-${look}`);
  await menuItem(page, 'Manager').click();
  await expectJoined(page, name);

  flow.step = 'sub-account create by mouse';
  const account = `E2E Account ${stamp()}`;
  await setCreateMode(page, 'sub-account');
  await page.locator('suborg-list [part~="create-button"]').click();
  await dialogOpen(page, 'create-dialog');
  await page.locator('suborg-list #create-name').fill(account);
  await page.locator('suborg-list #create-firstName').fill('Mia');
  await page.locator('suborg-list #create-lastName').fill('Mouse');
  await page.locator('suborg-list #create-email').fill(`owner.${stamp()}@example.com`);
  await shot(flow, `create-account-${look}`);
  await page.locator('suborg-list .create-dialog button[type="submit"]').click();
  await expectPassword(flow, look, account);
  await page.locator('suborg-list .create-dialog button', { hasText: 'Done' }).click();
  await dialogClosed(page, 'create-dialog');
  await setCreateMode(page, null);

  flow.step = 'detach by mouse';
  await rowMenuButton(page, id).click();
  await menuItem(page, 'Detach…').click();
  await dialogOpen(page, 'detach-dialog');
  await page.locator('suborg-list .detach-dialog #confirm-input').fill(name);
  await shot(flow, `detach-${look}`);
  await page.locator('suborg-list .detach-dialog [part~="confirm-button"]').click();
  await expectDetached(flow, id, name);
}

async function keyboardPass(flow, look) {
  const { page } = flow;
  const name = `E2E Keys ${stamp()}`;
  const email = `keys.${stamp()}@example.com`;
  await openList(flow, look);

  flow.step = 'search "acme" by keyboard';
  await tabTo(page, (f) => f.host === 'suborg-list' && f.id === 'search', 'the search field');
  await page.keyboard.type('acme');
  await expectAcmeOnly(page);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await until(async () => (await rows(page)).some((r) => !/acme/i.test(r.name)), 'clearing the search did not bring the other rows back');

  flow.step = 'arrow keys in the grid';
  await tabTo(page, (f) => f.role === 'row', 'the grid (its active row)');
  await focused(page, (f) => f.rowIndex === 0, 'the first row (a fresh grid starts there)');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await focused(page, (f) => f.rowIndex === 2, 'the third row after ArrowDown twice');
  await page.keyboard.press('End');
  const total = await page.evaluate(() => Number(document.querySelector('suborg-list')?.shadowRoot?.querySelector('[role="grid"]')?.getAttribute('aria-rowcount')) - 1);
  await focused(page, (f) => f.rowIndex === total - 1, `the last row (${total}) after End`);
  await page.keyboard.press('Home');
  await focused(page, (f) => f.rowIndex === 0, 'the first row after Home');

  flow.step = 'create by keyboard';
  await tabTo(page, (f) => f.part.includes('create-button'), 'the create button', { back: true });
  await page.keyboard.press('Enter');
  await dialogOpen(page, 'create-dialog');
  await focused(page, (f) => f.id === 'create-name', 'the name field (first field of the dialog)');
  await page.keyboard.type(name);
  await tabTo(page, (f) => f.id === 'feature-workflows', 'the Workflows checkbox');
  await page.keyboard.press('Space');
  await shot(flow, `create-${look}`);
  await tabTo(page, (f) => f.tag === 'button' && f.type === 'submit', 'the Create button');
  await page.keyboard.press('Enter');
  await expectCreated(flow, name, { workflows: true });

  flow.step = 'find the new row by keyboard';
  await tabTo(page, (f) => f.host === 'suborg-list' && f.id === 'search', 'the search field', { back: true });
  await page.keyboard.type(name);
  const id = await onlyRow(page, name);

  flow.step = 'invite by keyboard';
  await openRowMenuByKeys(page, id);
  await arrowTo(page, 'ArrowDown', (f) => f.text === 'Invite member', '"Invite member"');
  await page.keyboard.press('Enter');
  await dialogOpen(page, 'invite-dialog');
  await focused(page, (f) => f.id === 'invite-email', 'the email field (first field of the dialog)');
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await focused(page, (f) => f.id === 'invite-role', 'the role select after the email field');
  await page.keyboard.type('M'); // type-ahead on the closed select: "Manager"
  await focused(page, (f) => f.value === 'MANAGER', 'the role Manager chosen by type-ahead');
  await tabTo(page, (f) => f.tag === 'button' && f.type === 'submit', 'the Send invite button');
  await page.keyboard.press('Enter');
  await expectInvited(flow, id, name, email, 'MANAGER');

  flow.step = 'join as by keyboard';
  await openRowMenuByKeys(page, id);
  await arrowTo(page, 'ArrowDown', (f) => f.text === 'Join as', '"Join as"');
  await page.keyboard.press('ArrowRight');
  await focused(page, (f) => f.role === 'menuitem' && f.text !== 'Join as', 'the first item of the Join as submenu');
  await arrowTo(page, 'ArrowDown', (f) => f.text === 'Manager', '"Manager" in the submenu');
  await shot(flow, `menu-${look}`);
  await page.keyboard.press('Enter');
  await expectJoined(page, name);

  flow.step = 'sub-account create by keyboard';
  const account = `E2E Account Keys ${stamp()}`;
  await setCreateMode(page, 'sub-account'); // the demo has no control for this mode
  await tabTo(page, (f) => f.part.includes('create-button'), 'the create button', { back: true });
  await page.keyboard.press('Enter');
  await dialogOpen(page, 'create-dialog');
  await focused(page, (f) => f.id === 'create-name', 'the name field');
  await page.keyboard.type(account);
  await tabTo(page, (f) => f.id === 'create-firstName', 'the first-name field');
  await page.keyboard.type('Kim');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Keys');
  await page.keyboard.press('Tab');
  await focused(page, (f) => f.id === 'create-email', 'the login email field after first and last name');
  await page.keyboard.type(`owner.${stamp()}@example.com`);
  await shot(flow, `create-account-${look}`);
  await page.keyboard.press('Enter'); // implicit submission from a text field
  await expectPassword(flow, look, account);
  await tabTo(page, (f) => f.tag === 'button' && f.text === 'Done', 'the Done button');
  await page.keyboard.press('Enter');
  await dialogClosed(page, 'create-dialog');
  await setCreateMode(page, null);

  flow.step = 'detach by keyboard';
  await openRowMenuByKeys(page, id);
  await arrowTo(page, 'ArrowDown', (f) => f.text === 'Detach…', '"Detach…"');
  await page.keyboard.press('Enter');
  await dialogOpen(page, 'detach-dialog');
  await focused(page, (f) => f.id === 'confirm-input', 'the type-the-name field');
  await page.keyboard.type(name);
  await shot(flow, `detach-${look}`);
  await page.keyboard.press('Enter');
  await expectDetached(flow, id, name);
}

// ── what a person notices ───────────────────────────────────────────────────────────────

async function openList(flow, look) {
  flow.step = 'open the list';
  await loadList(flow.page, flow.origin);
  await until(async () => (await rows(flow.page)).length > 0, 'the list showed no rows');
  await shot(flow, `table-${look}`, { fullPage: true });
}

async function expectAcmeOnly(page) {
  await until(async () => {
    const r = await rows(page);
    return r.length > 0 && r.every((row) => /acme/i.test(row.name));
  }, 'searching "acme" did not narrow the rows to Acme ones');
  await until(async () => /result/i.test(await spoken(page)), 'the search result count was not announced');
}

async function expectCreated(flow, name, features) {
  const { page } = flow;
  await dialogClosed(page, 'create-dialog');
  await focused(page, (f) => f.part.includes('create-button'), 'the create button again after the dialog closed');
  await until(async () => (await spoken(page)).includes(`${name} was created.`), `"${name} was created." was not announced`);
  await until(async () => (await toasts(page)).includes(`Created ${name}.`), 'the host page did not get suborg-created (no toast)');
  const [org] = await apiSearch(flow, name);
  if (!org) throw new FlowFailure(`the API has no sub-org named "${name}" after create`);
  for (const [key, on] of Object.entries(features)) {
    if (org.features?.[key] !== on) throw new FlowFailure(`created "${name}" with features.${key}=${org.features?.[key]}, expected ${on}`);
  }
}

async function onlyRow(page, name) {
  let found = [];
  await until(async () => {
    found = await rows(page);
    return found.length === 1 && found[0].name === name;
  }, `searching "${name}" did not show exactly its row`);
  return found[0].id;
}

async function expectInvited(flow, subId, name, email, role) {
  const { page } = flow;
  await dialogClosed(page, 'invite-dialog');
  await focused(page, (f) => f.host === 'suborg-menu-button' && f.part.includes('button'), 'the row\'s ⋯ button again after the dialog closed');
  await until(async () => (await spoken(page)).includes(`Invite sent to ${email}.`), `"Invite sent to ${email}." was not announced`);
  await until(async () => (await toasts(page)).includes(`Invitation sent for ${name}.`), 'the host page did not get suborg-invited (no toast)');
  const res = await page.request.get(`${flow.origin}/api/orgs/${subId}/invites`);
  const invite = res.ok() ? (await res.json()).find((i) => i.email === email) : undefined;
  if (invite?.role !== role) throw new FlowFailure(`the API has no ${role} invite for ${email} (got ${JSON.stringify(invite)}, status ${res.status()})`);
}

async function expectJoined(page, name) {
  const notice = page.locator('suborg-list [part~="notice"]');
  await until(async () => ((await notice.textContent()) ?? '').replace(/[\u2068\u2069]/g, '').includes(`Joined ${name} as Manager.`), `the list did not say "Joined ${name} as Manager."`);
  await until(async () => (await spoken(page)).includes(`Joined ${name} as Manager.`), 'joining was not announced');
  await until(async () => (await toasts(page)).includes(`You joined ${name}.`), 'the host page did not get suborg-joined (no toast)');
}

async function expectPassword(flow, look, account) {
  const { page } = flow;
  const password = page.locator('suborg-list .create-dialog #initial-password');
  await password.waitFor({ timeout: WAIT_MS }).catch(() => {
    throw new FlowFailure(`no generated-password panel after creating the sub-account "${account}"`);
  });
  if (!(await password.inputValue())) throw new FlowFailure('the generated-password field is empty');
  await shot(flow, `password-${look}`);
}

async function expectDetached(flow, id, name) {
  const { page } = flow;
  await dialogClosed(page, 'detach-dialog');
  await until(async () => !(await rows(page)).some((r) => r.id === id), `the detached row "${name}" stayed in the list`);
  // The dialog's opener left with the row; say where a keyboard user lands (not a failure yet).
  const landed = await focus(page);
  if (!landed || landed.tag === 'body') flow.warnings.push(`[list flows: ${flow.step}] after detach, focus fell back to <body> (the row's ⋯ button that opened the dialog left the list)`);
  await until(async () => (await spoken(page)).includes(`${name} was detached.`), `"${name} was detached." was not announced`);
  await until(async () => (await toasts(page)).includes(`${name} is now independent.`), 'the host page did not get suborg-detached (no toast)');
  if ((await apiSearch(flow, name)).length !== 0) throw new FlowFailure(`the API still lists "${name}" under ${ORG} after detach`);
}

// ── reading the page ────────────────────────────────────────────────────────────────────

/** The rendered body rows: id and full name (the `title` of the name cell). */
function rows(page) {
  return page.evaluate(() =>
    [...(document.querySelector('suborg-list')?.shadowRoot?.querySelectorAll('.row[data-id]') ?? [])].map((r) => ({
      id: r.dataset.id,
      name: r.querySelector('[part~="name"]')?.getAttribute('title') ?? '',
    })),
  );
}

/** What the list's live region holds (spoken text and its visible bar). */
function spoken(page) {
  return page.evaluate(() => document.querySelector('suborg-list')?.shadowRoot?.querySelector('suborg-live-region')?.shadowRoot?.textContent?.replace(/\s+/g, ' ').replace(/[\u2068\u2069]/g, '') ?? '');
}

function toasts(page) {
  return page.evaluate(() => document.querySelector('.toasts')?.textContent ?? '');
}

/** The focused element through open shadow roots, described for matching. */
function focus(page) {
  return page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    if (!a) return null;
    const host = a.getRootNode().host;
    return {
      tag: a.localName,
      id: a.id,
      part: a.getAttribute('part') ?? '',
      role: a.getAttribute('role') ?? '',
      type: a.getAttribute('type') ?? '',
      value: 'value' in a ? String(a.value) : '',
      rowId: a.getAttribute('role') === 'row' ? (a.dataset.id ?? '') : '',
      rowIndex: a.getAttribute('role') === 'row' ? Number(a.dataset.index) : -1,
      text: (a.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80),
      host: host?.localName ?? '',
    };
  });
}

async function apiSearch(flow, name) {
  const res = await flow.page.request.get(`${flow.origin}/api/orgs/${ORG}/orgs?search=${encodeURIComponent(name)}&take=100`);
  if (!res.ok()) throw new FlowFailure(`GET sub-orgs answered ${res.status()}`);
  return (await res.json()).filter((o) => o.name === name);
}

// ── acting ──────────────────────────────────────────────────────────────────────────────

/** The row's ⋯ button: the real menu button on the active row, its look-alike on others. */
function rowMenuButton(page, id) {
  return page.locator(`suborg-list .row[data-id="${id}"] button[aria-haspopup="menu"]`).first();
}

function menuItem(page, label) {
  return page.getByRole('menuitem', { name: label, exact: true });
}

async function openRowMenuByKeys(page, id) {
  await tabTo(page, (f) => f.role === 'row' && f.rowId === id, 'the row');
  await page.keyboard.press('Shift+F10');
  await focused(page, (f) => f.role === 'menuitem', 'the first menu item after Shift+F10');
}

async function setCreateMode(page, mode) {
  await page.evaluate((m) => {
    const list = document.querySelector('suborg-list');
    if (m) list?.setAttribute('create-mode', m);
    else list?.removeAttribute('create-mode');
  }, mode);
}

/** A fresh document: nothing typed, opened or left failing by an earlier step stays. */
async function loadList(page, origin) {
  const url = `${origin}/#/sub-orgs`;
  // Idle on both sides: leaving a document while logos load would abort them (a failed request).
  if (page.url() === url) {
    await settle(page);
    await page.reload();
  } else {
    await page.goto(url);
  }
  await settle(page);
}

/** Brand and dark mode through the demo's own switchers (setup, not part of a flow). */
async function applyLook(page, origin, brand, dark) {
  await loadList(page, origin);
  await page.selectOption('#brand-select', brand);
  const isDark = await page.evaluate(() => document.documentElement.dataset.scheme === 'dark');
  if (isDark !== dark) await page.click('#scheme-toggle');
  await until(async () => (await page.evaluate(() => document.documentElement.dataset.brand)) === brand, `brand ${brand} did not apply`);
  await settle(page);
}

/** Presses Tab (or Shift+Tab) until the focused element matches. */
async function tabTo(page, test, what, { back = false, max = 60 } = {}) {
  for (let i = 0; i < max; i++) {
    const f = await focus(page);
    if (f && test(f)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  const last = await focus(page);
  throw new FlowFailure(`${back ? 'Shift+Tab' : 'Tab'} never reached ${what} (${max} presses; focus ended on ${JSON.stringify(last)})`);
}

/** Presses an arrow key until the focused element matches (menus, selects). */
async function arrowTo(page, key, test, what, max = 12) {
  for (let i = 0; i < max; i++) {
    const f = await focus(page);
    if (f && test(f)) return;
    await page.keyboard.press(key);
  }
  throw new FlowFailure(`${key} never reached ${what} (focus ended on ${JSON.stringify(await focus(page))})`);
}

async function focused(page, test, what) {
  let last = null;
  await until(async () => {
    last = await focus(page);
    return last !== null && test(last);
  }, () => `focus is not on ${what} (it is on ${JSON.stringify(last)})`, 5000);
}

async function dialogOpen(page, className) {
  await page.locator(`suborg-list .${className} dialog[open]`).waitFor({ timeout: WAIT_MS }).catch(() => {
    throw new FlowFailure(`the ${className} did not open`);
  });
  await settle(page);
}

async function dialogClosed(page, className) {
  await page.locator(`suborg-list .${className} dialog[open]`).waitFor({ state: 'hidden', timeout: WAIT_MS }).catch(async () => {
    const error = await page.locator(`suborg-list .${className} [role="alert"]`).allTextContents();
    throw new FlowFailure(`the ${className} stayed open${error.length ? `: ${error.join(' ')}` : ''}`);
  });
}

// ── plumbing ────────────────────────────────────────────────────────────────────────────

/** A flow failure says itself; anything else (a Playwright timeout) by its first line. */
function describe(err) {
  return err instanceof FlowFailure ? err.message : String(err?.message ?? err).split('\n')[0];
}

async function until(check, what, timeout = WAIT_MS) {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new FlowFailure(typeof what === 'function' ? what() : what);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(150);
}

async function shot(flow, name, { fullPage = false } = {}) {
  await settle(flow.page);
  await flow.page.screenshot({ path: path.join(flow.shotsDir, `list-${name}.png`), fullPage });
  flow.shots++;
}

let counter = 0;
/** Unique per run and call, so reruns never collide with names from an earlier run. */
function stamp() {
  return `${Date.now().toString(36)}${(counter++).toString(36)}`;
}
