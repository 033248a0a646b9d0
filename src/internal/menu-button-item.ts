/** One entry of a `<suborg-menu-button>`; `children` make it open a submenu (one level deep). */
export interface MenuItem {
  /** Sent in `suborg-menu-select`; unique within the menu. */
  value: string;
  label: string;
  /** Destructive action: styled as such (its label must say so too). */
  danger?: boolean;
  children?: MenuItem[];
}

/**
 * Type-ahead: the index of the next label after `from` (wrapping) that starts with `char`,
 * or -1. Case-insensitive in the given locale.
 */
export function nextIndexByFirstChar(labels: readonly string[], from: number, char: string, locale?: string): number {
  const wanted = char.toLocaleLowerCase(locale);
  for (let step = 1; step <= labels.length; step++) {
    const index = (from + step) % labels.length;
    if (labels[index]!.trim().toLocaleLowerCase(locale).startsWith(wanted)) return index;
  }
  return -1;
}
