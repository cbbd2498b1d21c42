import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/**
 * Noto Sans JP, shipped as TTF by an npm package, so printing needs no system font and looks the
 * same on every machine. Resolved through the module system, which finds the package from src (tsx,
 * vitest) and from dist/server alike. Each file is ~5 MB: read once per process and kept, and only the
 * glyphs a form uses are embedded (pdf-lib's subset option).
 */
const require = createRequire(import.meta.url);
const files = {
  regular: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
} as const;

export type FontWeight = keyof typeof files;
export type FormFontBytes = Record<FontWeight, Uint8Array>;

let loading: Promise<FormFontBytes> | null = null;

async function load(): Promise<FormFontBytes> {
  const [regular, bold] = await Promise.all([
    readFile(require.resolve(files.regular)),
    readFile(require.resolve(files.bold)),
  ]);
  return { regular, bold };
}

/** The font files' bytes; concurrent first callers share one read, a failed read is retried later. */
export function formFontBytes(): Promise<FormFontBytes> {
  loading ??= load().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
