import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/internal/amount-input.define.js';
import type { SuborgAmountInput } from '../../src/internal/amount-input.js';
import type { AmountChangeDetail } from '../../src/internal/events.js';

/** Like `fixture`, but for a plain wrapper it waits for the elements inside, not for a frame (none comes in a background tab). */
async function wrapperFixture(template: TemplateResult): Promise<HTMLDivElement> {
  const root = fixtureSync<HTMLDivElement>(template);
  await Promise.all(Array.from(root.querySelectorAll('*'), (el) => (el as { updateComplete?: Promise<unknown> }).updateComplete));
  return root;
}


async function setup(template = html`<suborg-amount-input label="Top-up"></suborg-amount-input>`) {
  const el = await fixture<SuborgAmountInput>(template);
  const input = el.shadowRoot!.querySelector('input')!;
  const changes: AmountChangeDetail[] = [];
  el.addEventListener('suborg-amount-change', (e) => changes.push(e.detail));
  return { el, input, changes };
}

/** Types with real key presses, then leaves the field with Tab. */
async function typeAndBlur(el: SuborgAmountInput, input: HTMLInputElement, text: string) {
  input.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
  expect(input.value, 'never rewritten while typing').to.equal(text);
  input.blur();
  await el.updateComplete;
}

const errorText = (el: SuborgAmountInput) => el.shadowRoot!.querySelector('#error')!.textContent!.trim();

describe('suborg-amount-input', () => {
  afterEach(async () => {
    await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
  });

  it('is a labelled decimal text field with a credits suffix, axe-clean', async () => {
    const { el, input } = await setup();
    expect(input.type).to.equal('text');
    expect(input.inputMode).to.equal('decimal');
    expect(el.shadowRoot!.querySelector('label')!.htmlFor).to.equal(input.id);
    expect(el.shadowRoot!.querySelector('[part="suffix"]')!.textContent).to.equal('credits');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(el.value).to.equal(null);
    expect(el.valid).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('reads de-DE "1,5" as 150 hundredths and keeps the locale form on blur', async () => {
    const { el, input, changes } = await setup(html`<suborg-amount-input locale="de-DE"></suborg-amount-input>`);
    await typeAndBlur(el, input, '1,5');
    expect(el.value).to.equal(150);
    expect(el.valid).to.be.true;
    expect(input.value).to.equal('1,5');
    expect(changes.at(-1)).to.deep.equal({ value: 150, raw: '1,5', valid: true });
    expect(changes.map((c) => c.raw)).to.deep.equal(['1', '1,', '1,5']);
  });

  it('refuses en-US "1,5" as ambiguous, keeps the raw text and shows the error (wired for AT)', async () => {
    const { el, input } = await setup();
    await typeAndBlur(el, input, '1,5');
    expect(el.errorCode).to.equal('ambiguous');
    expect(el.value).to.equal(null);
    expect(el.raw).to.equal('1,5');
    expect(input.value).to.equal('1,5');
    expect(errorText(el)).to.equal('Check the separators: write it like 1,234.5.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')!.split(' ')).to.include('error');
    await expect(el).to.be.accessible();
  });

  it('shows errors only after the first blur, then live', async () => {
    const { el, input } = await setup();
    input.focus();
    await sendKeys({ type: '1,5' });
    await el.updateComplete;
    expect(el.errorCode).to.equal('ambiguous');
    expect(errorText(el)).to.equal('');
    input.blur();
    await el.updateComplete;
    expect(errorText(el)).to.not.equal('');
    input.focus();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(errorText(el)).to.equal('');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
  });

  it('reads Arabic-Indic digits', async () => {
    const { el, input } = await setup(html`<suborg-amount-input locale="ar-EG"></suborg-amount-input>`);
    input.focus();
    await sendKeys({ type: '١٢٫٥' });
    await el.updateComplete;
    expect(el.value).to.equal(1250);
    const latin = await setup();
    latin.input.focus();
    await sendKeys({ type: '١٢.٥' });
    await latin.el.updateComplete;
    expect(latin.el.value).to.equal(1250);
  });

  it('refuses "12.345" credits as too precise', async () => {
    const { el, input } = await setup();
    await typeAndBlur(el, input, '12.345');
    expect(el.errorCode).to.equal('too-precise');
    expect(errorText(el)).to.equal('Use at most 2 decimal places.');
    expect(input.value).to.equal('12.345');
  });

  it('refuses JPY "12.5" as too precise and reads "1,234" yen with a ¥ prefix', async () => {
    const { el, input } = await setup(html`<suborg-amount-input kind="money" currency="jpy" locale="ja-JP"></suborg-amount-input>`);
    expect(el.shadowRoot!.querySelector('[part="prefix"]')!.textContent).to.match(/[¥￥]/);
    await typeAndBlur(el, input, '12.5');
    expect(el.errorCode).to.equal('too-precise');
    expect(errorText(el)).to.equal('Use a whole number, without decimals.');
    expect(input.value).to.equal('12.5');
    input.focus();
    input.select();
    await sendKeys({ type: '1,234' });
    input.blur();
    await el.updateComplete;
    expect(el.value).to.equal(1234);
  });

  it('reformats a valid amount on blur (money with its minor digits)', async () => {
    const { el, input } = await setup(html`<suborg-amount-input kind="money" currency="usd"></suborg-amount-input>`);
    expect(el.shadowRoot!.querySelector('[part="prefix"]')!.textContent).to.equal('$');
    await typeAndBlur(el, input, '1234.5');
    expect(el.value).to.equal(123450);
    expect(input.value).to.equal('1,234.50');
    const euro = await setup(html`<suborg-amount-input kind="money" currency="eur" locale="de-DE"></suborg-amount-input>`);
    expect(euro.el.shadowRoot!.querySelector('[part="suffix"]')!.textContent).to.equal('€');
    await typeAndBlur(euro.el, euro.input, '1234,5');
    expect(euro.el.value).to.equal(123450);
    expect(euro.input.value).to.equal('1.234,50');
  });

  it('requires a value when required, and refuses negatives', async () => {
    const { el, input } = await setup(html`<suborg-amount-input required></suborg-amount-input>`);
    expect(el.valid).to.be.false;
    input.focus();
    input.blur();
    await el.updateComplete;
    expect(errorText(el)).to.equal('Enter an amount.');

    const negative = await setup();
    await typeAndBlur(negative.el, negative.input, '-5');
    expect(negative.el.errorCode).to.equal('negative');
  });

  it('takes message overrides and a server error', async () => {
    const { el, input } = await setup(html`<suborg-amount-input locale="en-US" .messages=${{ ambiguous: 'Schreib es wie {example}' }}></suborg-amount-input>`);
    await typeAndBlur(el, input, '1,5');
    expect(errorText(el)).to.equal('Schreib es wie 1,234.5');

    const server = await setup();
    server.el.errorMessage = 'Exceeds the agency pool.';
    await server.el.updateComplete;
    expect(errorText(server.el)).to.equal('Exceeds the agency pool.');
    expect(server.input.getAttribute('aria-invalid')).to.equal('true');
    await expect(server.el).to.be.accessible();
  });

  it('fits a 320 px container and renders in forced colors and RTL', async () => {
    await emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    const wrapper = await wrapperFixture(html`<div dir="rtl"><suborg-amount-input label="مبلغ إعادة الشحن التلقائي عند انخفاض الرصيد" kind="money" currency="kwd" locale="ar-KW"></suborg-amount-input></div>`);
    wrapper.style.setProperty('width', '320px');
    const el = wrapper.querySelector('suborg-amount-input')!;
    el.errorMessage = 'خطأ';
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(wrapper.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});
