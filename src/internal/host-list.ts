/**
 * The `allow-hosts` attribute converter, shared by every element that takes a redirect
 * allow-list: hosts separated by spaces and/or commas.
 */
export const hostListConverter = {
  fromAttribute: (value: string | null): string[] | undefined => (value === null ? undefined : value.split(/[\s,]+/).filter(Boolean)),
  toAttribute: (value: string[] | undefined): string | null => (value ? value.join(' ') : null),
};
