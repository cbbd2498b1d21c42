/**
 * What the person chose (files, a folder, or a drop of both), flattened into groups ready to send. A folder
 * with a DICOMDIR anywhere in it is an imaging CD: every image file goes to the same checklist item and
 * the screen says "画像CD（DICOM）: N files" instead of listing thousands of files. Files a computer adds
 * on its own (.DS_Store, Thumbs.db…) are never sent; on a CD, neither is the viewer software that comes
 * with the images (the server would refuse each program with a message the sender cannot act on).
 */

export type PickedFile<T> = {
  readonly file: T;
  /** The path inside what was chosen, "/"-separated: "CD/DICOM/IM0001"; just the name for a loose file. */
  readonly path: string;
};

export type SelectionGroup<T> = {
  readonly kind: 'files' | 'imagingCd';
  /** The chosen folder's name; null for files chosen one by one. */
  readonly folderName: string | null;
  readonly files: PickedFile<T>[];
  readonly skipped: { readonly system: number; readonly programs: number; readonly empty: number };
};

type Sized = { readonly name: string; readonly size: number };

const systemFolders = new Set(['__macosx', '$recycle.bin', 'system volume information']);
const systemFiles = new Set(['thumbs.db', 'ehthumbs.db', 'desktop.ini', 'icon\r']);
// Viewer programs and their support files that imaging CDs carry next to the images.
const programExtensions = new Set([
  'exe', 'dll', 'msi', 'bat', 'cmd', 'com', 'sys', 'inf', 'ini', 'ocx', 'cab', 'jar', 'js', 'css', 'htm',
  'html', 'xml', 'xsl', 'xsd', 'lnk', 'url', 'chm', 'hlp', 'ico', 'cfg', 'config', 'manifest', 'so',
  'dylib', 'sh', 'vbs', 'ps1', 'txt', 'dat', 'bin', 'pak', 'lic', 'plist',
]); // prettier-ignore

const naturalOrder = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** The path as readable text: NFC (macOS gives NFD, where "ガ" is two characters), "/" separators. */
export function normalizePath(path: string): string {
  return path
    .normalize('NFC')
    .replace(/\\/g, '/')
    .replace(/^\/+/, '')
    .split('/')
    .filter((part) => part !== '')
    .join('/');
}

export function baseName(path: string): string {
  const parts = path.split('/');
  return parts[parts.length - 1] ?? path;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Hidden and system files: the dot files of macOS and Unix, and what Windows drops in every folder. */
export function isSystemFile(path: string): boolean {
  const parts = path.split('/');
  const name = (parts[parts.length - 1] ?? '').toLowerCase();
  if (systemFiles.has(name)) return true;
  return parts.some((part) => part.startsWith('.') || systemFolders.has(part.toLowerCase()));
}

/** Programs of a CD's viewer, including everything inside a macOS application bundle. */
export function isViewerProgram(path: string): boolean {
  const parts = path.split('/');
  if (parts.slice(0, -1).some((part) => part.toLowerCase().endsWith('.app'))) return true;
  return programExtensions.has(extensionOf(parts[parts.length - 1] ?? ''));
}

export function isDicomDir(path: string): boolean {
  return baseName(path).toUpperCase() === 'DICOMDIR';
}

function topFolder(path: string): string | null {
  const slash = path.indexOf('/');
  return slash < 0 ? null : path.slice(0, slash);
}

function buildGroup<T extends Sized>(folderName: string | null, picked: PickedFile<T>[]): SelectionGroup<T> {
  const imagingCd = picked.some((item) => isDicomDir(item.path));
  const skipped = { system: 0, programs: 0, empty: 0 };
  const files: PickedFile<T>[] = [];
  for (const item of picked) {
    if (isSystemFile(item.path)) skipped.system += 1;
    else if (imagingCd && isViewerProgram(item.path)) skipped.programs += 1;
    // On a CD an empty file is a placeholder; chosen on its own, it is refused with a reason instead.
    else if (imagingCd && item.file.size === 0) skipped.empty += 1;
    else files.push(item);
  }
  files.sort((a, b) => naturalOrder.compare(a.path, b.path));
  return { kind: imagingCd ? 'imagingCd' : 'files', folderName, files, skipped };
}

/**
 * Groups a selection: files chosen one by one form one group, each top folder forms its own. Groups
 * with nothing left to send (a folder of .DS_Store only) are kept so the screen can say why.
 */
export function groupSelection<T extends Sized>(picked: readonly PickedFile<T>[]): SelectionGroup<T>[] {
  const loose: PickedFile<T>[] = [];
  const folders = new Map<string, PickedFile<T>[]>();
  for (const item of picked) {
    const path = normalizePath(item.path === '' ? item.file.name : item.path);
    const normalized = { file: item.file, path };
    const folder = topFolder(path);
    if (folder === null) loose.push(normalized);
    else {
      const items = folders.get(folder);
      if (items) items.push(normalized);
      else folders.set(folder, [normalized]);
    }
  }
  const groups: SelectionGroup<T>[] = [];
  if (loose.length > 0) groups.push(buildGroup(null, loose));
  for (const [folder, items] of folders) groups.push(buildGroup(folder, items));
  return groups;
}

/** What an `<input type="file">` gave: webkitRelativePath is set (and "/"-separated) for a folder. */
export function pickedFromInput<T extends Sized & { readonly webkitRelativePath: string }>(
  files: Iterable<T>,
): PickedFile<T>[] {
  return Array.from(files, (file) => ({ file, path: file.webkitRelativePath || file.name }));
}
