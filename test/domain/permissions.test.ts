import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ROLES, type Role } from '../../src/api/types.js';
import { canCreate, canTake, LIST_ACTIONS } from '../../src/domain/list-permissions.js';
import { can, ORG_ACTIONS } from '../../src/domain/permissions.js';
import { PROPERTY_TIMEOUT_MS } from './property-timeout.js';

const roleOrUnknown = fc.constantFrom<Role | null | undefined>(...ROLES, null, undefined);

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

  // Until the list delegates to `can`, its matrix must not drift from this one.
  it('agrees with the list for every role and action', () => {
    fc.assert(
      fc.property(roleOrUnknown, fc.constantFrom(...LIST_ACTIONS), (role, action) => {
        expect(can(role, action), `${role} ${action}`).to.equal(canTake(role, action));
      }),
    );
    for (const role of [...ROLES, null, undefined]) expect(can(role, 'create-sub-org'), String(role)).to.equal(canCreate(role));
  });
});
