// The agencies the demo can be dressed as. Each one sets the provider's brand-* attributes
// (which the elements validate) and a `data-brand` on <html> that the portal's own CSS reads.

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
