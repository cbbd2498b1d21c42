/**
 * `attachment` (or `inline`, for the console's viewer) with the file's name for every browser: an ASCII
 * fallback (non-ASCII → _) and the exact UTF-8 name (RFC 6266 / 5987), so 紹介状.pdf saves as 紹介状.pdf.
 */
export function contentDisposition(fileName: string, type: 'attachment' | 'inline' = 'attachment'): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
