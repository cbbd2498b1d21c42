import { describe, expect, it } from 'vitest';
import { walkEntries, type DirectoryEntryLike, type EntryLike, type FileEntryLike } from './entry-walker.js';

type FakeFile = { name: string; size: number };

function fileEntry(fullPath: string, options: { unreadable?: boolean } = {}): FileEntryLike<FakeFile> {
  const name = fullPath.split('/').pop() ?? fullPath;
  return {
    name,
    fullPath,
    isFile: true,
    isDirectory: false,
    file: (success, error) => {
      // Asynchronous like the browser's callbacks.
      queueMicrotask(() => {
        if (options.unreadable) error?.(new DOMException('gone', 'NotFoundError'));
        else success({ name, size: 1 });
      });
    },
  };
}

/** A folder whose reader hands out entries `batch` at a time, as Chrome does (100). */
function folder(
  fullPath: string,
  children: EntryLike[],
  options: { batch?: number; failAfter?: number } = {},
): DirectoryEntryLike {
  const batch = options.batch ?? 100;
  return {
    name: fullPath.split('/').pop() ?? fullPath,
    fullPath,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let position = 0;
      let calls = 0;
      return {
        readEntries: (success, error) => {
          queueMicrotask(() => {
            calls += 1;
            if (options.failAfter !== undefined && calls > options.failAfter) {
              error?.(new DOMException('denied', 'SecurityError'));
              return;
            }
            const slice = children.slice(position, position + batch);
            position += slice.length;
            success(slice);
          });
        },
      };
    },
  };
}

describe('walkEntries', () => {
  it('flattens nested folders in order, with their paths', async () => {
    const cd = folder('/CD', [
      fileEntry('/CD/DICOMDIR'),
      folder('/CD/DICOM', [folder('/CD/DICOM/ST0', [fileEntry('/CD/DICOM/ST0/IM1')])]),
    ]);
    const result = await walkEntries<FakeFile>([fileEntry('/letter.pdf'), cd], 1000);
    expect(result.files.map((item) => item.path)).toEqual([
      '/letter.pdf',
      '/CD/DICOMDIR',
      '/CD/DICOM/ST0/IM1',
    ]);
    expect(result).toMatchObject({ unreadable: 0, truncated: false });
  });

  it('reads a large folder to the end, not only the first batch of 100', async () => {
    const children = Array.from({ length: 250 }, (_, index) => fileEntry(`/CD/IM${index}`));
    const result = await walkEntries<FakeFile>([folder('/CD', children, { batch: 100 })], 1000);
    expect(result.files).toHaveLength(250);
  });

  it('counts files the browser would not open and goes on', async () => {
    const result = await walkEntries<FakeFile>(
      [folder('/F', [fileEntry('/F/a', { unreadable: true }), fileEntry('/F/b')])],
      1000,
    );
    expect(result.files.map((item) => item.path)).toEqual(['/F/b']);
    expect(result.unreadable).toBe(1);
  });

  it('keeps what a folder gave before it failed', async () => {
    const children = Array.from({ length: 150 }, (_, index) => fileEntry(`/F/${index}`));
    const result = await walkEntries<FakeFile>([folder('/F', children, { batch: 100, failAfter: 1 })], 1000);
    expect(result.files).toHaveLength(100);
    expect(result.unreadable).toBe(1);
  });

  it('stops at the limit instead of walking a whole disk', async () => {
    const children = Array.from({ length: 50 }, (_, index) => fileEntry(`/Disk/${index}`));
    const result = await walkEntries<FakeFile>([folder('/Disk', children)], 20);
    expect(result.files).toHaveLength(20);
    expect(result.truncated).toBe(true);
  });

  it('handles a deep tree without growing the call stack', async () => {
    let deepest: EntryLike = fileEntry('/d/file');
    for (let depth = 0; depth < 2000; depth += 1) deepest = folder(`/d${depth}`, [deepest]);
    const result = await walkEntries<FakeFile>([deepest], 10);
    expect(result.files).toHaveLength(1);
  });
});
