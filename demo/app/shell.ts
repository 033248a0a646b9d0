// The agency portal around the elements: header with the agency's logo and name, the
// brand / language / dark-mode switchers, section navigation, and one provider that
// every element on the page reads its adapter, branding and locale from.
import { html, render } from 'lit';
import { absolute, BRANDS, brandById } from './brands.js';
import { icon } from './icons.js';
import type { PageId } from './pages.js';
import { BILLING_CLIENTS, isPageId, PAGE_IDS, pageHref, renderPage } from './pages.js';
import type { ClientRef } from './pages.js';
import { LOCALES, STRINGS, isLocale } from './strings.js';
import { de } from '../../src/i18n/de/index.js';

/** Languages other than English are opt-in: an app with a build hands them to its provider. */
const LOCALE_PACKS = { de };
import type { DemoLocale } from './strings.js';

export interface ShellState {
  page: PageId;
  brand: string;
  locale: DemoLocale;
  dark: boolean;
  billingOrg: string;
  openedClient?: ClientRef;
}

/** What the host-event wiring may ask of the shell. */
export interface ShellControl {
  /** Shows `page`, applying `patch` first. */
  go(page: PageId, patch?: Partial<ShellState>): void;
  readonly locale: DemoLocale;
}

const STORAGE_KEY = 'suborg-demo:settings';

function loadSettings(): Omit<ShellState, 'page' | 'openedClient'> {
  let saved: Partial<ShellState> = {};
  try {
    saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<ShellState>;
  } catch {
    // A corrupt entry just means defaults.
  }
  return {
    brand: brandById(saved.brand).id,
    locale: isLocale(saved.locale) ? saved.locale : 'en',
    dark: saved.dark ?? matchMedia('(prefers-color-scheme: dark)').matches,
    billingOrg: BILLING_CLIENTS.some(([id]) => id === saved.billingOrg) ? (saved.billingOrg as string) : BILLING_CLIENTS[0][0],
  };
}

function pageFromHash(): PageId {
  const id = location.hash.replace(/^#\/?/, '');
  return isPageId(id) && id !== 'plain' ? id : 'sub-orgs';
}

export function startShell(container: HTMLElement): ShellControl {
  const state: ShellState = { page: pageFromHash(), ...loadSettings() };

  const update = (patch: Partial<ShellState>) => {
    Object.assign(state, patch);
    const { page: _page, openedClient: _opened, ...settings } = state;
    localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
    draw();
  };

  const draw = () => {
    const brand = brandById(state.brand);
    const t = STRINGS[state.locale];
    const root = document.documentElement;
    root.lang = state.locale;
    root.dataset.brand = brand.id;
    root.dataset.scheme = state.dark ? 'dark' : 'light';
    document.title = `${t.pages[state.page][0]} · ${brand.name}`;

    render(
      html`<a class="skip" href="#main">${t.skip}</a>
        <header class="topbar">
          <a class="agency" href="#/sub-orgs">
            <img src=${brand.logo} alt="" width="36" height="36" />
            <span class="agency-name">${brand.name}</span>
          </a>
          <div class="controls">
            <label class="control">
              <span>${t.brand}</span>
              <select id="brand-select" @change=${(e: Event) => update({ brand: (e.target as HTMLSelectElement).value })}>
                ${BRANDS.map((b) => html`<option value=${b.id} ?selected=${b.id === brand.id}>${b.name}</option>`)}
              </select>
            </label>
            <label class="control">
              <span>${t.locale}</span>
              <select id="locale-select" @change=${(e: Event) => update({ locale: (e.target as HTMLSelectElement).value as DemoLocale })}>
                ${LOCALES.map((l) => html`<option value=${l} ?selected=${l === state.locale}>${l === 'en' ? 'English' : 'Deutsch'}</option>`)}
              </select>
            </label>
            <button id="scheme-toggle" class="toggle" type="button" aria-pressed=${state.dark ? 'true' : 'false'} @click=${() => update({ dark: !state.dark })}>
              ${icon(state.dark ? 'moon' : 'sun')}<span>${t.dark}</span>
            </button>
            <span class="avatar" title=${t.signedIn} role="img" aria-label=${t.signedIn}>AR</span>
          </div>
        </header>
        <div class="layout">
          <nav class="sidenav" aria-label=${t.nav}>
            <ul>
              ${PAGE_IDS.map(
                (id) => html`<li>
                  <a href=${pageHref(id)} data-page=${id} aria-current=${id === state.page ? 'page' : 'false'}>${icon(id)}<span>${t.pages[id][0]}</span></a>
                </li>`,
              )}
            </ul>
          </nav>
          <main id="main" tabindex="-1">
            <suborg-provider
              api-base-url="/api"
              org-id="org_agency"
              auth="cookie"
              locale=${state.locale}
              .localePacks=${LOCALE_PACKS}
              .branding=${{ colors: brand.colors, colorsDark: brand.colorsDark }}
              color-scheme=${state.dark ? 'dark' : 'light'}
              brand-name=${brand.name}
              brand-logo=${absolute(brand.logo)}
              brand-primary=${brand.primary}
              brand-font=${brand.font}
              brand-radius=${brand.radius}
              density=${brand.density}
              support-email=${brand.supportEmail}
              terms-url=${brand.termsUrl}
              privacy-url=${brand.privacyUrl}
            >
              <header class="page-head">
                <h1>${t.pages[state.page][0]}</h1>
                <p>${t.pages[state.page][1]}</p>
              </header>
              <div class="page-body" data-page=${state.page}>${renderPage(state.page, { locale: state.locale, billingOrg: state.billingOrg, openedClient: state.openedClient, onBillingOrg: (id) => update({ billingOrg: id }) })}</div>
            </suborg-provider>
          </main>
        </div>
        <footer class="footer"><p>${t.footer}</p></footer>`,
      container,
    );
    // On narrow screens the navigation is a horizontal strip: keep the current section in view.
    container.querySelector('.sidenav a[aria-current="page"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };

  addEventListener('hashchange', () => {
    // A router guard, as an integrator would write one: billing may hold unsaved edits.
    const billing = document.querySelector('suborg-billing');
    if (state.page === 'billing' && pageFromHash() !== 'billing' && billing && !billing.requestLeave()) {
      history.replaceState(null, '', '#/billing');
      return;
    }
    update({ page: pageFromHash() });
    document.getElementById('main')?.focus();
  });
  draw();
  return {
    go(page, patch = {}) {
      Object.assign(state, patch);
      if (pageFromHash() === page) update({});
      else location.hash = `#/${page}`; // hashchange draws
    },
    get locale() {
      return state.locale;
    },
  };
}
