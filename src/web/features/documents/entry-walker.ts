import type { PickedFile } from './selection.js';

/**
 * Folders dropped on the page arrive as FileSystemEntry trees (DataTransferItem.webkitGetAsEntry()).
 * This walks them into a flat list of files with their paths. It is written against the few members it
 * uses, so the DOM's entries fit and tests can pass plain objects.
 */

export type EntryLike = {
  readonly name: string;
  /** "/CD/DICOM/IM0001": the path inside what was dropped. */
  readonly fullPath: string;
  readonly isFile: boolean;
  readonly isDirectory: boolean;
};

export type FileEntryLike<T> = EntryLike & {
  file(success: (file: T) => void, error?: (error: DOMException) => void): void;
};

export type DirectoryReaderLike = {
  readEntries(success: (entries: EntryLike[]) => void, error?: (error: DOMException) => void): void;
};

export type DirectoryEntryLike = EntryLike & { createReader(): DirectoryReaderLike };

export type WalkResult<T> = {
  files: PickedFile<T>[];
  /** Files the browser would not open (permissions, a CD taken out meanwhile). */
  unreadable: number;
  /** True when the walk stopped at `maxFiles`: someone dropped their whole disk. */
  truncated: boolean;
};

function isFileEntry<T>(entry: EntryLike): entry is FileEntryLike<T> {
  return entry.isFile && 'file' in entry;
}

function isDirectoryEntry(entry: EntryLike): entry is DirectoryEntryLike {
  return entry.isDirectory && 'createReader' in entry;
}

function readFile<T>(entry: FileEntryLike<T>): Promise<T | null> {
  return new Promise((resolve) => entry.file(resolve, () => resolve(null)));
}

function readBatch(reader: DirectoryReaderLike): Promise<EntryLike[] | null> {
  return new Promise((resolve) => reader.readEntries(resolve, () => resolve(null)));
}

/** Every entry of a folder: readEntries gives at most 100 at a time (Chrome), so read until empty. */
async function readAll(directory: DirectoryEntryLike): Promise<{ entries: EntryLike[]; failed: boolean }> {
  const reader = directory.createReader();
  const entries: EntryLike[] = [];
  for (;;) {
    const batch = await readBatch(reader);
    if (batch === null) return { entries, failed: true };
    if (batch.length === 0) return { entries, failed: false };
    entries.push(...batch);
  }
}

/** Flattens dropped entries (files and folders, nested to any depth) in the order they were given. */
export async function walkEntries<T>(roots: readonly EntryLike[], maxFiles: number): Promise<WalkResult<T>> {
  const result: WalkResult<T> = { files: [], unreadable: 0, truncated: false };
  // Depth first with an explicit stack: a deep CD tree never grows the call stack.
  const stack: EntryLike[] = [...roots].reverse();
  while (stack.length > 0) {
    const entry = stack.pop();
    if (!entry) break;
    if (isDirectoryEntry(entry)) {
      const { entries, failed } = await readAll(entry);
      if (failed) result.unreadable += 1;
      for (let index = entries.length - 1; index >= 0; index -= 1) {
        const child = entries[index];
        if (child) stack.push(child);
      }
    } else if (isFileEntry<T>(entry)) {
      if (result.files.length >= maxFiles) {
        result.truncated = true;
        break;
      }
      const file = await readFile(entry);
      if (file === null) result.unreadable += 1;
      else result.files.push({ file, path: entry.fullPath });
    }
  }
  return result;
}
