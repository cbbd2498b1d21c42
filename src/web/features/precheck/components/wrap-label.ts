import type { ButtonStylesNames } from '@mantine/core';
import type { CSSProperties } from 'react';

/**
 * Mantine buttons keep their label on one line; a long one (English especially) would run past a
 * 360 px screen. These styles let it wrap and the button grow.
 */
export const wrapLabel: Partial<Record<ButtonStylesNames, CSSProperties>> = {
  root: { height: 'auto', paddingBlock: 10 },
  label: { whiteSpace: 'normal', textAlign: 'center', lineHeight: 1.4 },
  inner: { height: 'auto' },
};
