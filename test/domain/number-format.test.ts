import { expect } from '@open-wc/testing';
import { numberFormat } from '../../src/domain/number-format.js';

describe('numberFormat', () => {
  it('reuses one instance per locale and options', () => {
    const a = numberFormat('de-DE', { style: 'currency', currency: 'EUR' });
    expect(numberFormat('de-DE', { style: 'currency', currency: 'EUR' })).to.equal(a);
    expect(numberFormat('de-DE', { style: 'currency', currency: 'USD' })).to.not.equal(a);
    expect(numberFormat('fr-FR', { style: 'currency', currency: 'EUR' })).to.not.equal(a);
    expect(a.format(1234.5)).to.equal(new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(1234.5));
  });

  it('uses en-US for an invalid locale but still throws for invalid options', () => {
    expect(numberFormat('###', {}).resolvedOptions().locale).to.equal('en-US');
    expect(() => numberFormat('en-US', { style: 'currency' })).to.throw(TypeError);
  });
});
