/**
 * The `allow-hosts` attribute converter, shared by every element that takes a redirect
 * allow-list: hosts separated by spaces and/or commas. The attribute is read, never reflected.
 */
export const hostListConverter = (value: string | null): string[] | undefined => value?.split(/[\s,]+/).filter(Boolean);
