import { createTheme, InputWrapper, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/** A deep teal whose darker shades keep AA contrast on its own light tints. */
const brand: MantineColorsTuple = [
  '#e6f4f1',
  '#c2e4dc',
  '#99d2c5',
  '#6fbfad',
  '#4aae98',
  '#2f9d86',
  '#1f8a74',
  '#147560',
  '#0b5f4d',
  '#064a3b',
];

/** Warnings: amber tints with a brown text shade that stays readable. */
const caution: MantineColorsTuple = [
  '#fff4e5',
  '#ffe3bf',
  '#ffd08f',
  '#ffbb5c',
  '#ffa833',
  '#f59a0f',
  '#d98200',
  '#b36a00',
  '#8c5300',
  '#663c00',
];

/** Calm and readable for older eyes: 17 px body text, generous line height, AA contrast everywhere. */
export const theme = createTheme({
  colors: { brand, caution },
  primaryColor: 'brand',
  primaryShade: { light: 8, dark: 5 },
  autoContrast: true,
  fontFamily:
    '"Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans JP", "Noto Sans CJK JP", Meiryo, system-ui, sans-serif',
  fontSizes: { xs: '0.875rem', sm: '1rem', md: '1.0625rem', lg: '1.1875rem', xl: '1.375rem' },
  lineHeights: { xs: '1.6', sm: '1.65', md: '1.75', lg: '1.75', xl: '1.7' },
  headings: { fontWeight: '700', sizes: { h1: { fontSize: '1.75rem', lineHeight: '1.4' } } },
  defaultRadius: 'md',
  focusRing: 'always',
  // People who asked their phone for less motion (often older users) get no sliding or fading.
  respectReducedMotion: true,
  components: {
    // Hints under a field are read before typing: full body size and a dark grey that passes AA.
    InputWrapper: InputWrapper.extend({
      styles: {
        description: {
          color: 'var(--mantine-color-gray-7)',
          fontSize: 'var(--mantine-font-size-sm)',
          lineHeight: 1.6,
        },
        error: { fontSize: 'var(--mantine-font-size-sm)', lineHeight: 1.6 },
      },
    }),
  },
});

/**
 * Mantine draws light and outline variants in shade 6, which fails WCAG AA on light backgrounds;
 * shade 9 passes, so every colour's light/outline text uses it.
 */
export const contrastCssVariables: CSSVariablesResolver = (resolvedTheme) => ({
  variables: {},
  light: {
    ...Object.fromEntries(
      Object.keys(resolvedTheme.colors).flatMap((color) => [
        [`--mantine-color-${color}-light-color`, `var(--mantine-color-${color}-9)`],
        [`--mantine-color-${color}-outline`, `var(--mantine-color-${color}-9)`],
        [`--mantine-color-${color}-text`, `var(--mantine-color-${color}-9)`],
      ]),
    ),
    // Field errors (and invalid borders) in a red that keeps AA contrast on white.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
