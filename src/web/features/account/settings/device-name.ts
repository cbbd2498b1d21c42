/** A rough, human name for a browser from its user agent: "Chrome / Android". Unknown parts are left out. */
export function deviceName(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /(Chrome|CriOS|Chromium)\//.test(userAgent)
      ? 'Chrome'
      : /(Firefox|FxiOS)\//.test(userAgent)
        ? 'Firefox'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : null;
  const system = /iPhone/.test(userAgent)
    ? 'iPhone'
    : /iPad/.test(userAgent)
      ? 'iPad'
      : /Android/.test(userAgent)
        ? 'Android'
        : /Windows/.test(userAgent)
          ? 'Windows'
          : /Mac OS X|Macintosh/.test(userAgent)
            ? 'Mac'
            : /Linux/.test(userAgent)
              ? 'Linux'
              : null;
  const parts = [browser, system].filter(Boolean);
  return parts.length > 0 ? parts.join(' / ') : null;
}
