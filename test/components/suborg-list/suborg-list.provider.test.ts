import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/context/suborg-provider.define.js';
import '../../../src/components/suborg-list/suborg-list.define.js';
import type { SuborgList } from '../../../src/components/suborg-list/suborg-list.js';
import { de } from '../../../src/i18n/de/index.js';
import { fakeAdapter } from './helpers/fake-adapter.js';
import { bodyRows, settled, shadow } from './helpers/list-fixture.js';
import { subOrgs } from '../../helpers/org-fixtures.js';

describe('suborg-list inside <suborg-provider>', function () {
  this.timeout(30_000);

  it('takes adapter, org, locale and the German pack from the provider: German strings and number formats', async () => {
    const adapter = fakeAdapter(subOrgs(2).map((o) => ({ ...o, balance: 123456 })));
    const root = await fixture<HTMLElement>(html`<suborg-provider locale="de" org-id="org_parent" .adapter=${adapter} .localePacks=${{ de }}><suborg-list></suborg-list></suborg-provider>`);
    const el = root.querySelector<SuborgList>('suborg-list')!;
    await settled(el);
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Unterorganisationen');
    expect(shadow(el).querySelector('label[for="search"]')!.textContent).to.contain('durchsuchen');
    expect(bodyRows(el)[0]!.querySelector('.balance')!.textContent).to.contain('1.234,56');
    await waitUntil(() => shadow(el).querySelector('.manage'));
    expect(shadow(el).querySelector('.manage')!.textContent!.trim()).to.equal('Verwalten');
    await expect(el).to.be.accessible();
  });

  it('a property on the element wins over the provider; string overrides apply by key', async () => {
    const fromProvider = fakeAdapter(subOrgs(1));
    const own = fakeAdapter(subOrgs(3));
    const root = await fixture<HTMLElement>(
      html`<suborg-provider org-id="org_parent" .adapter=${fromProvider}
        ><suborg-list .adapter=${own} .strings=${{ 'suborg-list': { title: 'Clients' } }}></suborg-list
      ></suborg-provider>`,
    );
    const el = root.querySelector<SuborgList>('suborg-list')!;
    await settled(el, () => bodyRows(el).length === 3);
    expect(fromProvider.calls('listSubOrgs')).to.have.length(0);
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Clients');
  });
});
