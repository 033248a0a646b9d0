import { expect } from '@open-wc/testing';
import { expectViolation } from './helpers/strict-page.js';

describe('strict test page', () => {
  it('reports an inline style attribute as a CSP violation', async () => {
    const seen = await expectViolation(() => {
      const div = document.createElement('div');
      div.setAttribute('style', 'color: red');
      document.body.append(div);
      div.remove();
    });
    expect(seen.map((e) => e.effectiveDirective)).to.include('style-src-attr');
  });

  it('reports a string assigned to innerHTML as a Trusted Types violation', async () => {
    const seen = await expectViolation(() => {
      const div = document.createElement('div');
      // eslint-disable-next-line no-restricted-properties -- the deliberate violation this test proves is caught
      div.innerHTML = '<b>x</b>';
    });
    expect(seen.map((e) => e.effectiveDirective)).to.include('require-trusted-types-for');
  });

  it('lets style.setProperty through (the way theme values are applied)', async () => {
    const seen = await expectViolation(() => {
      document.body.style.setProperty('--suborg-test', '1px');
      document.body.style.removeProperty('--suborg-test');
    });
    expect(seen).to.have.length(0);
  });
});
