export function minifyTemplates(code: string, fileName?: string): string;
export function isOwnSource(id: string): boolean;
export function esbuildMinifyTemplates(): { name: string; setup(build: unknown): void };
