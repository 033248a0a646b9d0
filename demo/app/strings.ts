// The portal's own words (the elements bring theirs, through the provider's locale).

export const LOCALES = ['en', 'de'] as const;
export type DemoLocale = (typeof LOCALES)[number];

type PageKey = 'sub-orgs' | 'billing' | 'usage' | 'members' | 'switcher' | 'checkout' | 'client' | 'plain';
type SoonKey = Exclude<PageKey, 'client' | 'plain'>;
/** A section's title and one-line description. */
type Heading = readonly [title: string, description: string];

const en = {
  skip: 'Skip to content',
  nav: 'Portal sections',
  brand: 'Agency',
  locale: 'Language',
  dark: 'Dark mode',
  signedIn: 'Signed in as Alex Rivera, Admin',
  comingSoon: 'Coming soon',
  willDo: 'What it will do',
  tag: 'Element',
  client: 'Client',
  openPlain: 'Open the plain HTML page',
  footer: 'Demo data is generated in memory and resets when the server restarts.',
  pages: {
    'sub-orgs': ['Sub-organizations', 'Every client workspace you run: balances, plans and members at a glance.'],
    billing: ['Billing', 'Credits, auto-recharge and spending caps for one client.'],
    usage: ['Usage', 'Credits and spend per client, by hour, day, week or month.'],
    members: ['Members', 'Who can sign in to a client workspace, and with which role.'],
    switcher: ['Org switcher', 'Jump between your agency and any client workspace.'],
    checkout: ['Checkout', 'Clients buy credits at your prices, on a hosted payment page.'],
    client: ['Client portal', 'What Greenleaf Organic Market sees: its own brand, its own balance, nothing of yours.'],
    plain: ['Plain HTML', 'One script tag and a few attributes: no build step, no framework.'],
  } as Record<PageKey, Heading>,
  soon: {
    usage: ['Usage chart and table per client', 'Interval picker: hour, day, week, month, year', 'Export-ready rows with credits and money side by side'],
    members: ['Members and pending invites of a client', 'Change roles: Admin, Developer, Manager, Agent', 'Invite by email, resend or revoke'],
    switcher: ['A menu button listing your agency and its clients', 'Type-ahead search across thousands of workspaces', 'Fires an event your app turns into navigation'],
    checkout: ['Credit packs and custom amounts at your prices', 'Redirects to the hosted payment page: no card fields on your site', 'One idempotency key per purchase, safe to retry'],
    billing: ['Balance and promo credits of a client', 'Auto-recharge and spending cap settings', 'Move credits between your pool and the client'],
    'sub-orgs': ['Search, sort and page through every client', 'Create, join, assist and detach', 'Virtualised rows: smooth with 100,000 clients'],
  } as Record<SoonKey, readonly string[]>,
  events: {
    created: (n: string) => `Created ${n}.`,
    joined: (n: string) => `You joined ${n}. Your app would switch into it now.`,
    invited: (n: string) => `Invitation sent for ${n}.`,
    detached: (n: string) => `${n} is now independent.`,
    upgrade: 'Your plan’s sub-organization limit is reached: this is where your upgrade page opens.',
    billingSaved: 'Billing settings saved.',
    leaveBilling: 'This client’s billing has unsaved changes. Leave without saving them?',
    creditsMoved: 'Credits moved.',
    handOff: (action: string, n: string) => `Your app opens “${action}” for ${n} here.`,
    error: (m: string) => `Something went wrong: ${m}`,
  },
  plainIntro: 'This page is the agency site a no-code owner builds: it loads only the drop-in file and configures everything with attributes.',
  clientIntro: 'A nested provider swaps in the client’s branding and workspace; everything inside follows it.',
};

type Strings = typeof en;

const de: Strings = {
  skip: 'Zum Inhalt springen',
  nav: 'Bereiche des Portals',
  brand: 'Agentur',
  locale: 'Sprache',
  dark: 'Dunkelmodus',
  signedIn: 'Angemeldet als Alex Rivera, Admin',
  comingSoon: 'Demnächst',
  willDo: 'Was es können wird',
  tag: 'Element',
  client: 'Kunde',
  openPlain: 'Die reine HTML-Seite öffnen',
  footer: 'Die Demodaten entstehen im Speicher und werden beim Neustart des Servers zurückgesetzt.',
  pages: {
    'sub-orgs': ['Unterorganisationen', 'Alle Kundenarbeitsbereiche: Guthaben, Tarife und Mitglieder auf einen Blick.'],
    billing: ['Abrechnung', 'Guthaben, automatisches Aufladen und Ausgabenlimits eines Kunden.'],
    usage: ['Nutzung', 'Credits und Ausgaben pro Kunde, nach Stunde, Tag, Woche oder Monat.'],
    members: ['Mitglieder', 'Wer sich in einem Kundenarbeitsbereich anmelden darf und mit welcher Rolle.'],
    switcher: ['Organisationswechsler', 'Zwischen Agentur und jedem Kundenarbeitsbereich wechseln.'],
    checkout: ['Kasse', 'Kunden kaufen Credits zu Ihren Preisen auf einer gehosteten Zahlungsseite.'],
    client: ['Kundenportal', 'Was Greenleaf Organic Market sieht: die eigene Marke, das eigene Guthaben, nichts von Ihnen.'],
    plain: ['Reines HTML', 'Ein Script-Tag und ein paar Attribute: kein Build-Schritt, kein Framework.'],
  },
  soon: {
    usage: ['Nutzungsdiagramm und Tabelle pro Kunde', 'Intervall: Stunde, Tag, Woche, Monat, Jahr', 'Zeilen mit Credits und Beträgen nebeneinander'],
    members: ['Mitglieder und offene Einladungen eines Kunden', 'Rollen ändern: Admin, Entwickler, Manager, Agent', 'Per E-Mail einladen, erneut senden oder widerrufen'],
    switcher: ['Ein Menü mit Ihrer Agentur und ihren Kunden', 'Suche beim Tippen über Tausende Arbeitsbereiche', 'Löst ein Ereignis aus, das Ihre App zur Navigation nutzt'],
    checkout: ['Credit-Pakete und freie Beträge zu Ihren Preisen', 'Weiterleitung zur gehosteten Zahlungsseite: keine Kartenfelder auf Ihrer Seite', 'Ein Idempotenzschlüssel pro Kauf, sicher wiederholbar'],
    billing: ['Guthaben und Aktions-Credits eines Kunden', 'Automatisches Aufladen und Ausgabenlimit', 'Credits zwischen Ihrem Pool und dem Kunden verschieben'],
    'sub-orgs': ['Alle Kunden suchen, sortieren und blättern', 'Anlegen, beitreten, unterstützen und abtrennen', 'Virtualisierte Zeilen: flüssig mit 100.000 Kunden'],
  },
  events: {
    created: (n: string) => `${n} wurde angelegt.`,
    joined: (n: string) => `Sie sind ${n} beigetreten. Ihre App würde jetzt dorthin wechseln.`,
    invited: (n: string) => `Einladung für ${n} gesendet.`,
    detached: (n: string) => `${n} ist jetzt eigenständig.`,
    upgrade: 'Das Limit Ihres Tarifs ist erreicht: Hier öffnet sich Ihre Upgrade-Seite.',
    billingSaved: 'Abrechnungseinstellungen gespeichert.',
    leaveBilling: 'Die Abrechnung dieses Kunden hat ungespeicherte Änderungen. Ohne Speichern verlassen?',
    creditsMoved: 'Credits verschoben.',
    handOff: (action: string, n: string) => `Ihre App öffnet hier „${action}“ für ${n}.`,
    error: (m: string) => `Etwas ist schiefgelaufen: ${m}`,
  },
  plainIntro: 'Diese Seite ist die Agentur-Website, die jemand ohne Code baut: Sie lädt nur die Drop-in-Datei und wird ganz über Attribute konfiguriert.',
  clientIntro: 'Ein verschachtelter Provider setzt Marke und Arbeitsbereich des Kunden ein; alles darin folgt ihm.',
};

export const STRINGS: Record<DemoLocale, Strings> = { en, de };

export function isLocale(value: string | null | undefined): value is DemoLocale {
  return (LOCALES as readonly string[]).includes(value ?? '');
}
