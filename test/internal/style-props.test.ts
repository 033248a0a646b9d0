import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleProps } from '../../src/internal/style-props.js';

describe('styleProps (CSP-safe inline styles)', () => {
  it('sets properties through CSSOM on first render, updates and removes them, never a style attribute string', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const draw = (props: Record<string, string | null>) => render(html`<p ${styleProps(props)}>x</p>`, host);
    // On this strict page (style-src 'self') a style attribute string would be blocked and fail the test.
    draw({ height: '40px', '--_cols': '1fr 2fr' });
    const p = host.querySelector('p')!;
    expect(p.style.height).to.equal('40px');
    expect(p.style.getPropertyValue('--_cols')).to.equal('1fr 2fr');
    draw({ height: '80px', '--_cols': null });
    expect(p.style.height).to.equal('80px');
    expect(p.style.getPropertyValue('--_cols')).to.equal('');
    draw({});
    expect(p.style.height).to.equal('');
  });

  it('refuses a position other than an element', () => {
    const host = document.createElement('div');
    expect(() => render(html`<p>${styleProps({ height: '1px' })}</p>`, host)).to.throw(/element position/);
  });
});
