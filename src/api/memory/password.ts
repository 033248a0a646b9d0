// A one-time password for a new sub-account, from the platform CSPRNG (Node 20 and browsers).
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%+=?@';

export function generatePassword(length = 16): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  // 64 symbols: a byte's low 6 bits pick one without bias.
  for (const byte of bytes) out += ALPHABET[byte & 63];
  return out;
}
