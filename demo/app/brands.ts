// The agencies the demo can be dressed as. Each one sets the provider's brand-* attributes
// (which the elements validate) and a `data-brand` on <html> that the portal's own CSS reads.

import type { BrandColors } from '../../src/theme/branding-types.js';

export interface DemoBrand {
  id: string;
  name: string;
  /** Path under demo/public; made absolute before it reaches the provider. */
  logo: string;
  primary: string;
  font: string;
  radius: string;
  density: 'comfortable' | 'compact';
  supportEmail: string;
  termsUrl: string;
  privacyUrl: string;
  /** Element palettes that match the portal's own light and dark look (passed as `branding`). */
  colors: BrandColors;
  colorsDark: BrandColors;
}

export const BRANDS = [
  {
    id: 'northwind',
    name: 'Northwind Digital',
    logo: '/brands/northwind.svg',
    primary: '#4338ca',
    font: '"Avenir Next", "Segoe UI", system-ui, sans-serif',
    radius: '12px',
    density: 'comfortable',
    supportEmail: 'help@northwind.example',
    termsUrl: 'https://northwind.example/terms',
    privacyUrl: 'https://northwind.example/privacy',
    colors: { border: '#dde2ee', surfaceRaised: '#f8f9fd', surfaceSunken: '#f5f6fb', textMuted: '#52607a' },
    colorsDark: { primary: '#a5b4fc', onPrimary: '#111827', surface: '#121a2e', surfaceRaised: '#17203a', surfaceSunken: '#0b1020', text: '#eef2fb', textMuted: '#a7b2c8', border: '#2a3550' },
  },
  {
    id: 'lumen',
    name: 'Lumen & Co.',
    logo: '/brands/lumen.svg',
    primary: '#c2410c',
    font: 'Georgia, "Iowan Old Style", "Times New Roman", serif',
    radius: '2px',
    density: 'compact',
    supportEmail: 'studio@lumen.example',
    termsUrl: 'https://lumen.example/legal/terms',
    privacyUrl: 'https://lumen.example/legal/privacy',
    colors: { surfaceRaised: '#faf7f2', surfaceSunken: '#f3ede5', border: '#e7dfd5', text: '#1c1917', textMuted: '#5c534c' },
    colorsDark: { primary: '#fdba74', onPrimary: '#1c1917', surface: '#1f1a17', surfaceRaised: '#27211d', surfaceSunken: '#141110', text: '#f5efe8', textMuted: '#c4b8ab', border: '#3d342d' },
  },
] as const satisfies readonly DemoBrand[];

export type BrandId = (typeof BRANDS)[number]['id'];

/** The client whose own portal the "Client portal" page shows (a sub-org of the agency). */
export const CLIENT_BRAND = {
  orgId: 'org_greenleaf',
  name: 'Greenleaf Organic Market',
  logo: '/brands/greenleaf.svg',
  primary: '#15803d',
  font: '"Trebuchet MS", "Segoe UI", system-ui, sans-serif',
  radius: '20px',
} as const;

export function brandById(id: string | null | undefined): DemoBrand {
  return BRANDS.find((b) => b.id === id) ?? BRANDS[0];
}

export const absolute = (path: string) => new URL(path, location.origin).href;
