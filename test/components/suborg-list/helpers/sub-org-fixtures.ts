// Moved to test/helpers/org-fixtures.ts. Kept only for test/domain/billing-cap-meter.test.ts
// (another engineer's file) until it imports from test/helpers; delete it then.
export * from '../../../helpers/org-fixtures.js';
