// Shared Intl.NumberFormat instances: building one costs far more than using it, and lists
// format hundreds of amounts per render. An unusable locale falls back to en-US instead of
// throwing from a render.

const MAX_CACHED = 200;
const formats = new Map<string, Intl.NumberFormat>();

/** A cached `new Intl.NumberFormat(locale, options)`; en-US when `locale` is not a valid tag. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      format = new Intl.NumberFormat('en-US', options);
    }
    if (formats.size >= MAX_CACHED) formats.clear();
    formats.set(key, format);
  }
  return format;
}
