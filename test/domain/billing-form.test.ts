import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { OrgDetail } from '../../src/api/types.js';
import {
  billingPatch,
  editText,
  fieldErrorsFromServer,
  formFromOrg,
  isDirty,
  parseBillingForm,
  unitsToDecimal,
  type BillingForm,
} from '../../src/domain/billing-form.js';

function org(over: Partial<OrgDetail['billing']> = {}, currency = 'usd'): OrgDetail {
  return {
    billing: {
      currency,
      autoRecharge: { enabled: true, rechargeThreshold: 5000, rechargeAmount: 20000 },
      useParentBalance: false,
      spendingCap: { enabled: true, amount: { amount: 10000, currency }, resetAt: null },
      paymentMethod: null,
      lastLowBalanceNotificationAt: null,
      lastOutOfBalanceNotificationAt: null,
      lastSpendingCapNotificationAt: null,
      ...over,
    },
  } as OrgDetail;
}

const usd = { locale: 'en-US', currency: 'usd' };

describe('billing-form', () => {
  it('writes units as exact decimal text for any integer and exponent', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 3 }), (units, exp) => {
        const text = unitsToDecimal(units, exp);
        // Round-trip through string math only: strip the point and compare the digits.
        const [whole = '', frac = ''] = text.replace('-', '').split('.');
        const back = BigInt(whole + frac.padEnd(exp, '0')) * (text.startsWith('-') ? -1n : 1n);
        expect(back).to.equal(BigInt(units));
        expect(frac.length).to.be.at.most(exp);
      }),
    );
  });

  it('edit text parses back to the same amount in en-US, de-DE and ar-EG', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), fc.constantFrom('en-US', 'de-DE', 'fr-FR', 'ar-EG'), (units, locale) => {
        const form = formFromOrg(org({ autoRecharge: { enabled: true, rechargeThreshold: units, rechargeAmount: units + 1 } }), locale);
        const parsed = parseBillingForm(form, { locale, currency: 'usd' });
        expect(parsed.rechargeThreshold).to.equal(units);
        expect(parsed.rechargeAmount).to.equal(units + 1);
      }),
    );
  });

  it('uses the currency precision for the cap: JPY has none, KWD three', () => {
    expect(formFromOrg(org({ spendingCap: { enabled: true, amount: { amount: 500, currency: 'jpy' }, resetAt: null } }, 'jpy'), 'en-US').capAmount).to.equal('500');
    expect(formFromOrg(org({ spendingCap: { enabled: true, amount: { amount: 12345, currency: 'kwd' }, resetAt: null } }, 'kwd'), 'en-US').capAmount).to.equal('12.345');
    expect(editText(150, 2, 'de-DE')).to.equal('1,5');
  });

  it('a fresh form is not dirty, and any real change makes it dirty', () => {
    const saved = formFromOrg(org(), 'en-US');
    expect(isDirty(saved, saved, usd)).to.be.false;
    expect(billingPatch(saved, saved, usd)).to.equal(null);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), (n) => {
        const edited = { ...saved, rechargeAmount: unitsToDecimal(20000 + n, 2) };
        expect(isDirty(edited, saved, usd)).to.be.true;
        expect(billingPatch(edited, saved, usd)?.autoRecharge?.rechargeAmount).to.equal(20000 + n);
      }),
    );
  });

  it('the same value written differently is not a change', () => {
    const saved = formFromOrg(org(), 'en-US');
    expect(isDirty({ ...saved, rechargeThreshold: '50.00' }, saved, usd)).to.be.false;
    expect(isDirty({ ...saved, rechargeThreshold: ' 50 ' }, saved, usd)).to.be.false;
  });

  it('text that does not parse is dirty, so Cancel can bring the saved value back', () => {
    const saved = formFromOrg(org(), 'en-US');
    expect(isDirty({ ...saved, capAmount: 'abc' }, saved, usd)).to.be.true;
  });

  for (const [text, code] of [
    ['-5', 'negative'],
    ['1e21', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['12.345', 'too-precise'],
  ] as const) {
    it(`rejects "${text}" for the threshold and the amount while on`, () => {
      const form: BillingForm = { ...formFromOrg(org(), 'en-US'), rechargeThreshold: text, rechargeAmount: text };
      const { errors } = parseBillingForm(form, usd);
      expect(errors['autoRecharge.rechargeThreshold'], 'threshold').to.be.a('string');
      expect(errors['autoRecharge.rechargeAmount'], 'amount').to.be.a('string');
      if (code !== 'not-a-number') expect(errors['autoRecharge.rechargeThreshold']).to.equal(code);
    });
  }

  it('rejects an amount of 0 while auto-recharge is on, but allows a 0 threshold', () => {
    const form = { ...formFromOrg(org(), 'en-US'), rechargeThreshold: '0', rechargeAmount: '0' };
    const { errors } = parseBillingForm(form, usd);
    expect(errors['autoRecharge.rechargeAmount']).to.equal('must-be-positive');
    expect(errors['autoRecharge.rechargeThreshold']).to.equal(undefined);
  });

  it('does not validate fields whose switch is off, and sends only enabled:false', () => {
    const saved = formFromOrg(org(), 'en-US');
    const form = { ...saved, autoRechargeEnabled: false, rechargeAmount: 'junk', capEnabled: false, capAmount: '-1' };
    expect(parseBillingForm(form, usd).errors).to.deep.equal({});
    expect(billingPatch(form, saved, usd)).to.deep.equal({ autoRecharge: { enabled: false }, spendingCap: { enabled: false } });
  });

  it('rejects a cap of 12.345 USD and 12.5 JPY, accepts 12.34 USD and 12 JPY', () => {
    const base = formFromOrg(org(), 'en-US');
    expect(parseBillingForm({ ...base, capAmount: '12.345' }, usd).errors['spendingCap.amount']).to.equal('too-precise');
    expect(parseBillingForm({ ...base, capAmount: '12.5' }, { locale: 'en-US', currency: 'jpy' }).errors['spendingCap.amount']).to.equal('too-precise');
    expect(parseBillingForm({ ...base, capAmount: '12.34' }, usd).capAmount).to.deep.equal({ amount: 1234, currency: 'usd' });
    expect(parseBillingForm({ ...base, capAmount: '12' }, { locale: 'en-US', currency: 'jpy' }).capAmount).to.deep.equal({ amount: 12, currency: 'jpy' });
  });

  it('reads 1,5 as one and a half in German and refuses it as ambiguous in English', () => {
    const base = formFromOrg(org(), 'en-US');
    expect(parseBillingForm({ ...base, rechargeAmount: '1,5' }, { locale: 'de-DE', currency: 'usd' }).rechargeAmount).to.equal(150);
    expect(parseBillingForm({ ...base, rechargeAmount: '1.5' }, usd).rechargeAmount).to.equal(150);
    expect(parseBillingForm({ ...base, rechargeAmount: '1,5' }, usd).errors['autoRecharge.rechargeAmount']).to.be.a('string');
  });

  it('reads Arabic-Indic digits', () => {
    const base = formFromOrg(org(), 'en-US');
    expect(parseBillingForm({ ...base, rechargeAmount: '٢٠٠' }, { locale: 'ar-EG', currency: 'usd' }).rechargeAmount).to.equal(20000);
  });

  it('limits the patch to the scope: the client view never sends limits or the credit mode', () => {
    const saved = formFromOrg(org(), 'en-US');
    const form = { ...saved, capAmount: '5', useParentBalance: true, rechargeAmount: '300' };
    const scope = { autoRecharge: true, spendingCap: false, creditMode: false };
    expect(billingPatch(form, saved, { ...usd, scope })).to.deep.equal({ autoRecharge: { enabled: true, rechargeThreshold: 5000, rechargeAmount: 30000 } });
    expect(isDirty({ ...saved, capAmount: '5' }, saved, { ...usd, scope })).to.be.false;
  });

  it('keeps only the server field errors that belong to the form', () => {
    expect(fieldErrorsFromServer({ 'spendingCap.amount': 'too big', name: 'x' })).to.deep.equal({ 'spendingCap.amount': 'too big' });
  });
});
