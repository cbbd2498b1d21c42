import { createTheme } from '@mantine/core';

/**
 * Calm and readable for older eyes: 17 px body text, generous line height, and the darker shades of the
 * primary colour so text and buttons pass WCAG AA contrast.
 */
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 9, dark: 5 },
  fontFamily:
    '"Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans JP", "Noto Sans CJK JP", Meiryo, system-ui, sans-serif',
  fontSizes: { xs: '0.875rem', sm: '1rem', md: '1.0625rem', lg: '1.1875rem', xl: '1.375rem' },
  lineHeights: { xs: '1.6', sm: '1.65', md: '1.75', lg: '1.75', xl: '1.7' },
  headings: { fontWeight: '700', sizes: { h1: { fontSize: '1.75rem', lineHeight: '1.4' } } },
  defaultRadius: 'md',
  focusRing: 'always',
});
