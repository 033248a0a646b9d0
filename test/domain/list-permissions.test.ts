import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ROLES } from '../../src/api/types.js';
import { SUBORG_ACTIONS } from '../../src/domain/actions.js';
import { canCreate, canTake, grantableRoles, limitReached, menuActions } from '../../src/domain/list-permissions.js';

describe('list-permissions', () => {
  it('the menu offers only actions the role may take, in the fixed order, never Manage', () => {
    for (const role of [...ROLES, null]) {
      const menu = menuActions(role);
      expect(menu).to.not.include('manage');
      for (const a of menu) expect(canTake(role, a), `${role} ${a}`).to.be.true;
      expect(menu).to.deep.equal(SUBORG_ACTIONS.filter((a) => menu.includes(a)));
    }
    expect(menuActions('ADMIN')).to.have.length(8);
    expect(menuActions('MANAGER')).to.not.include('detach');
    expect(menuActions('DEVELOPER')).to.deep.equal(['members']);
    expect(menuActions('STAFF')).to.deep.equal([]);
    expect(menuActions(null)).to.deep.equal([]);
  });

  it('Managers grant only Manager and Agent; Admins all four; the others none', () => {
    expect(grantableRoles('ADMIN')).to.deep.equal([...ROLES]);
    expect(grantableRoles('MANAGER')).to.deep.equal(['MANAGER', 'STAFF']);
    expect(grantableRoles('DEVELOPER')).to.deep.equal([]);
    expect(grantableRoles('STAFF')).to.deep.equal([]);
    expect(canCreate('MANAGER') && canCreate('ADMIN')).to.be.true;
    expect(canCreate('DEVELOPER') || canCreate('STAFF') || canCreate(null)).to.be.false;
  });

  it('the tier limit is reached at the limit, never when unlimited', () => {
    fc.assert(
      fc.property(fc.option(fc.nat(1000), { nil: null }), fc.nat(2000), (limit, count) => {
        expect(limitReached(limit, count)).to.equal(limit !== null && count >= limit);
      }),
    );
  });
});
