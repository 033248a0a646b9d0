import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { PROPERTY_TIMEOUT_MS } from './property-timeout.js';
import { hostMatches, isSafeUrl, safeRedirectUrl, safeUrl } from '../../src/domain/url-safety.js';

const BASE = 'https://portal.agency.test/app/';
const DANGEROUS_SCHEMES = ['javascript', 'vbscript', 'data', 'file', 'blob', 'filesystem', 'about', 'jar'];
const PAYLOADS = ['alert(1)', '//%0aalert(document.domain)', 'text/html;base64,PHNjcmlwdD4=', 'msgbox(1)', '/etc/passwd', ''];

/** Characters a browser (or a sloppy renderer) ignores inside a URL. */
const JUNK = ['\t', '\n', '\r', '\u0000', '\u0001', '\u001f', '\u007f', ' ', '\u00a0', '\u200b', '\u200e', '\u202e', '\ufeff', '\u00ad', '\u206a', '\ufff9', '\u{e0041}', '\u180e', '&Tab;', '&NewLine;', '&#9;', '&#x0A;', '&#0;'];

/** One character of the scheme, possibly as an HTML reference (also double-encoded). */
function obfuscatedChar(ch: string): fc.Arbitrary<string> {
  const cp = ch.codePointAt(0)!;
  return fc.constantFrom(
    ch.toLowerCase(),
    ch.toUpperCase(),
    `&#${cp};`,
    `&#${cp}`,
    `&#00${cp};`,
    `&#x${cp.toString(16)};`,
    `&#X${cp.toString(16).toUpperCase()};`, // (unterminated hex would swallow the next letter, as in a browser)
    `&amp;#${cp};`,
  );
}

const colon = fc.constantFrom(':', '&colon;', '&#58;', '&#58', '&#x3a;', '&#X3A;', '&amp;colon;', '&COLON;');

/** A dangerous-scheme URL with random case, references and ignorable junk at random positions. */
const obfuscatedDangerous = fc
  .tuple(fc.constantFrom(...DANGEROUS_SCHEMES), fc.constantFrom(...PAYLOADS))
  .chain(([scheme, payload]) =>
    fc.tuple(
      fc.tuple(...[...scheme].map(obfuscatedChar)),
      colon,
      fc.array(fc.tuple(fc.nat(), fc.constantFrom(...JUNK)), { maxLength: 6 }),
      fc.constantFrom('', ' ', '\u0000', '\t\n', '\u0008'),
      fc.constant(payload),
    ),
  )
  .map(([chars, sep, junk, lead, payload]) => {
    const pieces = [...chars, sep];
    for (const [pos, j] of junk) pieces.splice(pos % (pieces.length + 1), 0, j);
    return lead + pieces.join('') + payload;
  });

describe('safeUrl', function () {
  this.timeout(PROPERTY_TIMEOUT_MS);
  it('never passes an obfuscated javascript:/data:/vbscript:/file:/blob: URL, with or without base or allow-list', () => {
    fc.assert(
      fc.property(obfuscatedDangerous, (url) => {
        expect(safeUrl(url), url).to.equal(null);
        expect(safeUrl(url, { base: BASE }), url).to.equal(null);
        expect(safeUrl(url, { base: BASE, allowHosts: ['*.agency.test'] }), url).to.equal(null);
        expect(safeRedirectUrl(url, { base: BASE, allowHosts: ['portal.agency.test'] }), url).to.equal(null);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses the classic vectors', () => {
    const vectors = [
      'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', '\u0001javascript:alert(1)', 'java\tscript:alert(1)',
      'java\nscript:alert(1)', 'java\u0000script:alert(1)', '&#106;avascript:alert(1)', '&#x6A;avascript:alert(1)', 'javascript&colon;alert(1)',
      '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)',
      'javascript&#58;alert(1)', 'jav&#x09;ascript:alert(1)', 'java script:alert(1)', 'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)', 'file:///etc/passwd', 'blob:https://portal.agency.test/uuid', 'ftp://files.example.com/x', 'mailto:a@b.c',
    ];
    for (const v of vectors) {
      expect(safeUrl(v), v).to.equal(null);
      expect(safeUrl(v, { base: BASE }), v).to.equal(null);
    }
  });

  it('passes https URLs unchanged (normalised) and refuses credentials', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }), (url) => {
        fc.pre(!/&[#a-z]/i.test(url));
        expect(safeUrl(url)).to.equal(new URL(url).href);
        const withUser = url.replace('https://', 'https://user:secret@');
        expect(safeUrl(withUser)).to.equal(null);
        expect(safeUrl(url.replace('https://', 'https://user@'))).to.equal(null);
      }),
    );
    expect(safeUrl('https://:@example.com/')).to.equal('https://example.com/');
    expect(safeUrl('  https://example.com/a b  ')).to.equal('https://example.com/a%20b');
  });

  it('allows http only same-origin or for development hosts', () => {
    expect(safeUrl('http://example.com/')).to.equal(null);
    expect(safeUrl('http://localhost/x', { base: 'http://localhost:5173/', allowDevHttp: false })).to.equal(null);
    expect(safeUrl('http://intranet.test/x', { base: 'http://intranet.test/' })).to.equal('http://intranet.test/x');
    expect(safeUrl('/x', { base: 'http://intranet.test/' })).to.equal('http://intranet.test/x');
    expect(safeUrl('http://other.test/x', { base: 'http://intranet.test/' })).to.equal(null);
    expect(safeUrl('http://localhost.evil.com/')).to.equal(null);
  });

  it('resolves relative URLs only against a base', () => {
    for (const rel of ['/logo.png', 'logo.png', '../x', '?q=1', '#top', '//cdn.example.com/x']) {
      expect(safeUrl(rel), rel).to.equal(null);
      expect(safeUrl(rel, { base: BASE }), rel).to.equal(new URL(rel, BASE).href);
    }
    expect(safeUrl('/x', { base: 'javascript:alert(1)' })).to.equal(null);
    expect(safeUrl('/x', { base: 'not a url' })).to.equal(null);
  });

  it('applies allow-lists: exact hosts, and *.suffix for subdomains only', () => {
    const allowHosts = ['cdn.example.com', '*.brand.test', 'BÜCHER.example'];
    const ok = ['https://cdn.example.com/a', 'https://a.brand.test/', 'https://x.y.brand.test/', 'https://xn--bcher-kva.example/', 'https://bücher.example/'];
    const no = ['https://example.com/', 'https://a.cdn.example.com/', 'https://brand.test/', 'https://evilbrand.test/', 'https://brand.test.evil.com/', 'https://a.brand.test.evil.com/'];
    for (const u of ok) expect(safeUrl(u, { allowHosts }), u).to.equal(new URL(u).href);
    for (const u of no) expect(safeUrl(u, { allowHosts }), u).to.equal(null);
    // The base's own origin is always allowed.
    expect(safeUrl('/x', { base: BASE, allowHosts })).to.equal('https://portal.agency.test/x');
    expect(safeUrl('https://portal.agency.test/y', { base: BASE, allowHosts: [] })).to.equal('https://portal.agency.test/y');
  });

  it('matches wildcards like the reference: host ends with "." + suffix and is longer', () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,6}[a-z0-9])?$/);
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 4 }), fc.array(label, { minLength: 1, maxLength: 3 }), fc.boolean(), (hostLabels, suffixLabels, shareSuffix) => {
        const host = (shareSuffix ? [...hostLabels, ...suffixLabels] : hostLabels).join('.');
        const suffix = suffixLabels.join('.');
        // A name whose last label is numeric is read as IPv4 by the URL parser: not a host name.
        fc.pre(/\.[a-z][a-z0-9-]*$|^[a-z][a-z0-9-]*$/.test(host) && /\.[a-z][a-z0-9-]*$|^[a-z][a-z0-9-]*$/.test(suffix));
        const expectedWild = host.endsWith(`.${suffix}`);
        expect(hostMatches(host, `*.${suffix}`), `${host} vs *.${suffix}`).to.equal(expectedWild);
        expect(hostMatches(host, suffix)).to.equal(host === suffix);
        expect(safeUrl(`https://${host}/`, { allowHosts: [`*.${suffix}`] }) !== null).to.equal(expectedWild);
      }),
    );
  });

  it('refuses non-strings (except URL objects) and overlong input', () => {
    for (const v of [null, undefined, 42, {}, [], true]) expect(safeUrl(v)).to.equal(null);
    expect(safeUrl(new URL('https://example.com/a'))).to.equal('https://example.com/a');
    expect(safeUrl(new URL('javascript:alert(1)'))).to.equal(null);
    expect(safeUrl(`https://example.com/${'a'.repeat(9000)}`)).to.equal(null);
    expect(safeUrl('')).to.equal(null);
    expect(safeUrl('   ')).to.equal(null);
    expect(isSafeUrl('https://example.com')).to.equal(true);
    expect(isSafeUrl('javascript:alert(1)')).to.equal(false);
  });
});

describe('safeUrl and plain-http development hosts', function () {
  this.timeout(PROPERTY_TIMEOUT_MS);
  const DEV_URLS = ['http://localhost:5173/x', 'http://127.0.0.1/x', 'http://[::1]:8080/x', 'http://127.0.0.1:8080/admin/reboot'];
  const DEV_PAGES = ['http://localhost:8000/demo/', 'https://localhost/app', 'http://127.0.0.1:5173/', 'http://[::1]:4000/'];

  it('refuses them on a production page, or with no page given (the default)', () => {
    for (const url of DEV_URLS) {
      expect(safeUrl(url), url).to.equal(null);
      expect(safeUrl(url, { base: BASE }), url).to.equal(null);
      expect(safeUrl(url, { base: 'http://intranet.test/' }), url).to.equal(null);
      expect(safeRedirectUrl(url, { allowHosts: ['localhost', '127.0.0.1', '[::1]'], base: BASE }), url).to.equal(null);
    }
  });

  it('allows them when the page itself is on a development host', () => {
    for (const page of DEV_PAGES) {
      for (const url of DEV_URLS) expect(safeUrl(url, { base: page }), `${url} on ${page}`).to.equal(new URL(url).href);
      expect(safeUrl('http://example.com/', { base: page }), page).to.equal(null);
      expect(safeUrl('http://localhost.evil.com/', { base: page }), page).to.equal(null);
    }
  });

  it('lets the caller decide explicitly either way', () => {
    expect(safeUrl('http://localhost:5173/x', { base: BASE, allowDevHttp: true })).to.equal('http://localhost:5173/x');
    expect(safeUrl('http://localhost:5173/x', { allowDevHttp: true })).to.equal('http://localhost:5173/x');
    expect(safeUrl('http://localhost:5173/x', { base: 'http://localhost:8000/', allowDevHttp: false })).to.equal(null);
    // The page's own origin is same-origin, not a development exception.
    expect(safeUrl('http://localhost:8000/x', { base: 'http://localhost:8000/', allowDevHttp: false })).to.equal('http://localhost:8000/x');
  });

  it('never passes an http URL for a page that is not on a development host, whatever the host', () => {
    const host = fc.oneof(fc.constantFrom('localhost', '127.0.0.1', '[::1]'), fc.domain());
    const port = fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined });
    fc.assert(
      fc.property(fc.domain(), host, port, fc.webPath(), (pageHost, urlHost, p, path) => {
        const url = `http://${urlHost}${p === undefined ? '' : `:${p}`}${path}`;
        const result = safeUrl(url, { base: `https://${pageHost}/` });
        expect(result, url).to.equal(null);
      }),
    );
  });
});

describe('safeRedirectUrl', function () {
  this.timeout(PROPERTY_TIMEOUT_MS);
  it('needs the host on the allow-list; with none only the same origin passes', () => {
    expect(safeRedirectUrl('https://checkout.stripe.com/c/pay', { allowHosts: undefined, base: BASE })).to.equal(null);
    expect(safeRedirectUrl('https://checkout.stripe.com/c/pay', { allowHosts: [], base: BASE })).to.equal(null);
    expect(safeRedirectUrl('https://checkout.stripe.com/c/pay', { allowHosts: ['checkout.stripe.com'], base: BASE })).to.equal('https://checkout.stripe.com/c/pay');
    expect(safeRedirectUrl('https://billing.stripe.com/p', { allowHosts: ['*.stripe.com'], base: BASE })).to.equal('https://billing.stripe.com/p');
    expect(safeRedirectUrl('https://stripe.com.evil.io/p', { allowHosts: ['*.stripe.com'], base: BASE })).to.equal(null);
    expect(safeRedirectUrl('/billing/done', { allowHosts: [], base: BASE })).to.equal('https://portal.agency.test/billing/done');
    expect(safeRedirectUrl('http://localhost:4000/x', { allowHosts: ['checkout.stripe.com'], base: BASE })).to.equal(null);
    expect(safeRedirectUrl('http://checkout.stripe.com/x', { allowHosts: ['checkout.stripe.com'], base: BASE })).to.equal(null);
    expect(safeRedirectUrl('/x', { allowHosts: ['checkout.stripe.com'] })).to.equal(null);
  });

  it('never leaves for a host off the list', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https', 'http'] }), (url) => {
        const result = safeRedirectUrl(url, { allowHosts: ['pay.example.org'], base: BASE });
        if (result !== null) expect(['pay.example.org', 'portal.agency.test']).to.include(new URL(result).hostname);
      }),
    );
  });
});
