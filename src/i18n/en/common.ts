import { defineSlice } from '../types.js';

/** Messages every element shares: actions, async states, error kinds (DESIGN §4 errors table). */
export const commonStrings = defineSlice('common', {
  retry: 'Retry',
  cancel: 'Cancel',
  save: 'Save',
  saving: 'Saving…',
  close: 'Close',
  loading: 'Loading…',
  empty: 'Nothing here yet.',
  stale: 'Showing saved data; refreshing…',
  staleFailed: 'Could not refresh. Showing the last data loaded.',
  retrying: 'The server is busy; trying again in {seconds} s…',
  'error.validation': 'Some values are not valid.',
  'error.auth': 'Your session has ended. Sign in again.',
  'error.forbidden': "You don't have access.",
  'error.not-found': 'Not found. It may have been removed.',
  'error.conflict': 'This changed in the meantime. Reload and try again.',
  'error.rate-limited': 'Too many requests. Try again in {seconds} s.',
  'error.rate-limited-now': 'Too many requests. Try again in a moment.',
  'error.http': 'The server had a problem. Try again.',
  'error.network': 'No connection to the server. Check your network.',
  'error.timeout': 'The server took too long to answer.',
  'error.invalid-response': 'The server sent data we could not read.',
  noConfig: 'Not configured: set an adapter and an organization.',
  credits: { one: '{count} credit', other: '{count} credits' },
});

export type CommonStrings = typeof commonStrings;
