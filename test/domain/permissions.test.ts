import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ROLES, type Role } from '../../src/api/types.js';
import { can, ORG_ACTIONS, type OrgAction } from '../../src/domain/permissions.js';
import { PROPERTY_TIMEOUT_MS } from './property-timeout.js';

describe('can (the role matrix)', function () {
  this.timeout(PROPERTY_TIMEOUT_MS);

  it('lets an unknown role do nothing (fail closed)', () => {
    for (const action of ORG_ACTIONS) {
      expect(can(null, action), action).to.equal(false);
      expect(can(undefined, action), action).to.equal(false);
    }
  });

  it('gives billing edits to Admins and Managers only', () => {
    expect(ROLES.filter((r) => can(r, 'billing'))).to.have.members(['ADMIN', 'MANAGER']);
    expect(can('DEVELOPER', 'billing')).to.equal(false);
    expect(can('STAFF', 'billing')).to.equal(false);
  });

  it('lets Agents (STAFF) act on nothing and Admins on everything', () => {
    for (const action of ORG_ACTIONS) {
      expect(can('STAFF', action), action).to.equal(false);
      expect(can('ADMIN', action), action).to.equal(true);
    }
  });

  it('never lets a role do something a more privileged one cannot (Admin ⊇ Manager ⊇ Developer ⊇ Agent)', () => {
    const order: Role[] = ['ADMIN', 'MANAGER', 'DEVELOPER', 'STAFF'];
    fc.assert(
      fc.property(fc.constantFrom(...ORG_ACTIONS), fc.integer({ min: 0, max: 2 }), (action, i) => {
        if (can(order[i + 1], action)) expect(can(order[i], action), `${order[i]} ${action}`).to.equal(true);
      }),
    );
  });

  it('matches the backend role matrix, action by action', () => {
    // Written out by hand (not derived from the code under test): A = Admin, M = Manager, D = Developer, S = Agent.
    const expected: Record<OrgAction, string> = {
      'create-sub-org': 'AM',
      'invite-member': 'AM',
      'join-as': 'AM',
      'manage-features': 'AM',
      members: 'AMD',
      domains: 'AM',
      customization: 'AM',
      billing: 'AM',
      detach: 'A',
      manage: 'AMD',
    };
    const letter: Record<Role, string> = { ADMIN: 'A', MANAGER: 'M', DEVELOPER: 'D', STAFF: 'S' };
    for (const action of ORG_ACTIONS) {
      const allowed = ROLES.filter((r) => can(r, action)).map((r) => letter[r]).sort().join('');
      expect(allowed, action).to.equal([...expected[action]].sort().join(''));
    }
  });
});
