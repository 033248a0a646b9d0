import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseColor } from '../../src/domain/theme-values.js';
import { applyTokens, brandingTokens, colorToken, DEFAULT_BRANDING, resolveBranding } from '../../src/theme/branding.js';
import { DARK_TOKENS, TOKENS } from '../../src/theme/tokens.js';

const collect = () => {
  const seen: string[] = [];
  return { seen, warn: (m: string) => seen.push(m) };
};

describe('resolveBranding', () => {
  it('keeps valid values, normalized', () => {
    const { warn, seen } = collect();
    const { branding, rejected } = resolveBranding(
      {
        productName: '  Acme Portal ',
        logoUrl: 'https://cdn.example.com/logo.svg',
        colors: { primary: '#FF0000', textMuted: 'rgb(1 2 3)' },
        colorsDark: { surface: 'black' },
        fontFamily: "'Inter', sans-serif",
        radius: '1.50REM',
        density: 'compact',
        colorScheme: 'auto',
        legal: { termsUrl: '/terms', privacyUrl: 'https://example.com/privacy' },
        supportEmail: 'help@example.com',
      },
      { warn, urlBase: 'https://portal.example.com/app/' },
    );
    expect(rejected).to.deep.equal([]);
    expect(seen).to.deep.equal([]);
    expect(branding.productName).to.equal('Acme Portal');
    expect(branding.logoUrl).to.equal('https://cdn.example.com/logo.svg');
    expect(branding.colors).to.deep.equal({ primary: '#ff0000', textMuted: 'rgb(1 2 3)' });
    expect(branding.colorsDark).to.deep.equal({ surface: 'black' });
    expect(branding.fontFamily).to.equal('"Inter", sans-serif');
    expect(branding.radius).to.equal('1.5rem');
    expect(branding.density).to.equal('compact');
    expect(branding.colorScheme).to.equal('auto');
    expect(branding.legal.termsUrl).to.equal('https://portal.example.com/terms');
    expect(branding.supportEmail).to.equal('help@example.com');
  });

  it('drops each bad value with exactly one warning, keeping the base', () => {
    const { warn, seen } = collect();
    const base = resolveBranding({ colors: { primary: '#111111' }, radius: '4px' }, { warn }).branding;
    const { branding, rejected } = resolveBranding(
      {
        logoUrl: 'javascript:alert(1)',
        colors: { primary: 'red;background:url(//evil)', bogus: '#fff' } as never,
        fontFamily: 'Inter; } body { display:none',
        radius: 'calc(1px + 1px)',
        density: 'roomy' as never,
        colorScheme: 'sepia' as never,
        legal: { termsUrl: 'https://user:pw@example.com/t' },
        supportEmail: 'not an email',
        productName: 'x'.repeat(500),
      },
      { base, warn },
    );
    expect(rejected.sort()).to.deep.equal(
      ['colorScheme', 'colors.bogus', 'colors.primary', 'density', 'fontFamily', 'legal.termsUrl', 'logoUrl', 'productName', 'radius', 'supportEmail'].sort(),
    );
    expect(seen).to.have.length(rejected.length);
    expect(branding.colors.primary).to.equal('#111111');
    expect(branding.radius).to.equal('4px');
    expect(branding.colorScheme).to.equal('light');
    expect(branding.logoUrl).to.equal(undefined);
  });

  it('accepts a color exactly when the theme grammar does (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('#abc', 'red', 'rgb(1 2 3 / 50%)', 'url(x)', 'var(--x)', 'expression(alert(1))')), (value) => {
        const { warn } = collect();
        const { branding, rejected } = resolveBranding({ colors: { primary: value } }, { warn });
        const expected = value === '' ? undefined : (parseColor(value) ?? undefined);
        expect(branding.colors.primary).to.equal(expected);
        expect(rejected.length).to.equal(value !== '' && expected === undefined ? 1 : 0);
      }),
    );
  });

  it('clamps a huge radius', () => {
    expect(resolveBranding({ radius: '999px' }, { warn: () => {} }).branding.radius).to.equal('64px');
  });
});

describe('branding tokens', () => {
  it('maps brand colors to their tokens', () => {
    expect(colorToken('surfaceRaised')).to.equal('--suborg-color-surface-raised');
    expect(colorToken('onPrimary')).to.equal('--suborg-color-on-primary');
    for (const [name] of Object.entries(brandingTokens({ ...DEFAULT_BRANDING, colors: { primary: '#000', textMuted: '#111' } }, 'light'))) {
      expect(Object.keys(TOKENS)).to.include(name);
    }
  });

  it('light sets only brand values; dark adds the dark defaults; light under dark restores the light ones', () => {
    const branding = { ...DEFAULT_BRANDING, colors: { primary: '#ff0000', surface: '#eeeeee' }, colorsDark: { surface: '#000000' } };
    expect(brandingTokens(branding, 'light')).to.deep.equal({ '--suborg-color-primary': '#ff0000', '--suborg-color-surface': '#eeeeee' });
    const dark = brandingTokens(branding, 'dark');
    expect(dark['--suborg-color-text']).to.equal(DARK_TOKENS['--suborg-color-text']);
    expect(dark['--suborg-color-primary']).to.equal('#ff0000');
    expect(dark['--suborg-color-surface']).to.equal('#000000');
    // Light under a dark provider: every token back to `initial`, so elements use their light defaults.
    const lightUnderDark = brandingTokens(branding, 'light', 'dark');
    expect(lightUnderDark['--suborg-color-text']).to.equal('initial');
    expect(lightUnderDark['--suborg-color-primary']).to.equal('#ff0000');
    const outer = document.createElement('div');
    const inner = document.createElement('div');
    const probe = document.createElement('div');
    probe.className = 'probe';
    outer.append(inner);
    inner.append(probe);
    document.body.append(outer);
    try {
      applyTokens(outer, DEFAULT_BRANDING, 'dark');
      applyTokens(inner, DEFAULT_BRANDING, 'light', 'dark');
      const read = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();
      expect(read(inner, '--suborg-color-text')).to.equal('');
      // What tokenStyles' `var(--suborg-color-text, <light default>)` then reads: the fallback.
      probe.style.setProperty('color', `var(--suborg-color-text, ${TOKENS['--suborg-color-text']})`);
      expect(getComputedStyle(probe).color).to.equal('rgb(15, 23, 42)');
    } finally {
      outer.remove();
    }
  });

  it('applies with setProperty and removes what a later branding no longer sets', () => {
    const el = document.createElement('div');
    document.body.append(el);
    try {
      applyTokens(el, { ...DEFAULT_BRANDING, colors: { primary: '#ff0000' }, density: 'compact' }, 'dark');
      expect(el.style.getPropertyValue('--suborg-color-primary')).to.equal('#ff0000');
      expect(el.style.getPropertyValue('--suborg-color-surface')).to.equal(DARK_TOKENS['--suborg-color-surface']);
      expect(el.style.getPropertyValue('--suborg-space')).to.equal('0.3125rem');
      expect(el.style.getPropertyValue('color-scheme')).to.equal('dark');
      applyTokens(el, DEFAULT_BRANDING, 'light');
      expect(el.style.getPropertyValue('--suborg-color-primary')).to.equal('');
      expect(el.style.getPropertyValue('--suborg-color-surface')).to.equal('');
      expect(el.style.getPropertyValue('color-scheme')).to.equal('');
    } finally {
      el.remove();
    }
  });
});
