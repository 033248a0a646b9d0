// Awaiting a promise that must reject, for adapter and API tests.
import { expect } from '@open-wc/testing';
import { ApiError } from '../../src/api/errors.js';

/** What `promise` rejects with; fails the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** The `ApiError` `promise` rejects with; fails the test when it resolves or rejects with anything else. */
export async function apiError(promise: Promise<unknown>): Promise<ApiError> {
  const error = await rejection(promise);
  expect(error).to.be.instanceOf(ApiError);
  return error as ApiError;
}
