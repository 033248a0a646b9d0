// Wire schemas (snake_case, DESIGN §4). Only the REST adapter imports these.
export * from './common.js';
export * from './org.js';
export * from './people.js';
export * from './ledger.js';
export * from './payments.js';
export * from './assist.js';
export * from './error.js';
export * from './issues.js';
