// The quick actions a row or panel offers (DESIGN §8): the one `as const` list behind
// `suborg-action`'s `detail.action`, the list's menu, the role rules' names and the tests.

/** Invent's eight row actions in menu order, plus the row's Manage button. */
export const SUBORG_ACTIONS = [
  'invite-member',
  'join-as',
  'manage-features',
  'members',
  'domains',
  'customization',
  'billing',
  'detach',
  'manage',
] as const;
export type SuborgAction = (typeof SUBORG_ACTIONS)[number];
