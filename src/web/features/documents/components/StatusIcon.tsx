/**
 * Small line icons that go with a state's words (never instead of them): a shape tells states apart
 * for readers who cannot tell the colours apart. Decorative, so hidden from screen readers.
 */

export type StatusIconName = 'waiting' | 'check' | 'doubleCheck' | 'alert' | 'pause' | 'cross' | 'arrowUp';

const paths: Record<StatusIconName, string> = {
  waiting: 'M12 3a9 9 0 1 0 0 18a9 9 0 0 0 0-18zM12 7v5l3 2',
  check: 'M12 3a9 9 0 1 0 0 18a9 9 0 0 0 0-18zM8 12.5l2.5 2.5L16 9.5',
  doubleCheck: 'M2 12.5l4 4L13 9.5M10 15l1.5 1.5L22 7',
  alert: 'M12 3L2 20h20L12 3zM12 10v4M12 17v.01',
  pause: 'M12 3a9 9 0 1 0 0 18a9 9 0 0 0 0-18zM10 9v6M14 9v6',
  cross: 'M12 3a9 9 0 1 0 0 18a9 9 0 0 0 0-18zM9 9l6 6M15 9l-6 6',
  arrowUp: 'M12 19V5M6 11l6-6l6 6',
};

/** `firstLine`: beside text that may wrap, the icon stays level with its first line (16 px text). */
export function StatusIcon({
  name,
  size = 18,
  firstLine = false,
}: {
  name: StatusIconName;
  size?: number;
  firstLine?: boolean;
}) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      style={{ flexShrink: 0, marginTop: firstLine ? 4 : undefined }}
    >
      <path d={paths[name]} />
    </svg>
  );
}
