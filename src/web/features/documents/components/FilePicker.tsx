import { Box, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState, type ChangeEvent, type DragEvent as ReactDragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { wrapLabel } from '../../precheck/components/wrap-label.js';
import { walkEntries, type EntryLike } from '../entry-walker.js';
import { MAX_FILES_PER_SELECTION } from '../limits.js';
import { groupSelection, pickedFromInput, type PickedFile, type SelectionGroup } from '../selection.js';

type FilePickerProps = {
  /** The checklist item's title, to name the area for screen readers. */
  title: string;
  onPicked: (groups: SelectionGroup<File>[]) => void;
  /** A correction is one file: no folder, no multiple choice. */
  single?: boolean;
};

type Note = { kind: 'truncated' | 'unreadable'; count: number };

const folderPickingSupported = () =>
  typeof document !== 'undefined' && 'webkitdirectory' in document.createElement('input');

/**
 * Choosing what to send: files, a whole folder (an imaging CD copied or opened on a computer), or a drop
 * of files and folders. Every path ends in the same grouped selection; nothing is sent from here.
 */
export function FilePicker({ title, onPicked, single = false }: FilePickerProps) {
  const { t } = useTranslation();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [reading, setReading] = useState(false);
  const [notes, setNotes] = useState<Note[]>([]);
  const folders = !single && folderPickingSupported();

  useEffect(() => {
    if (single) return;
    // A file dropped just beside the box would be opened by the browser in place of this page, ending
    // every upload on it. A drop zone has already taken its own events (defaultPrevented); any other
    // file drag is refused, and the pointer says so.
    const refuse = (event: DragEvent) => {
      if (event.defaultPrevented || !event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'none';
    };
    window.addEventListener('dragover', refuse);
    window.addEventListener('drop', refuse);
    return () => {
      window.removeEventListener('dragover', refuse);
      window.removeEventListener('drop', refuse);
    };
  }, [single]);

  function deliver(picked: PickedFile<File>[], extra: Note[] = []) {
    const truncated = picked.length > MAX_FILES_PER_SELECTION;
    const kept = truncated ? picked.slice(0, MAX_FILES_PER_SELECTION) : picked;
    setNotes([
      ...extra,
      ...(truncated ? [{ kind: 'truncated' as const, count: MAX_FILES_PER_SELECTION }] : []),
    ]);
    if (kept.length > 0) onPicked(groupSelection(kept));
  }

  function fromInput(event: ChangeEvent<HTMLInputElement>) {
    const { files } = event.currentTarget;
    if (files) deliver(pickedFromInput(Array.from(files)));
    // Choosing the same folder again (to resume after a reload) must fire a change again.
    event.currentTarget.value = '';
  }

  async function fromDrop(event: ReactDragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    if (single) return;
    // Entries must be taken while the drop event lasts; the browser empties the list afterwards.
    const entries = Array.from(event.dataTransfer.items)
      .map((item) => item.webkitGetAsEntry?.() ?? null)
      .filter((entry): entry is FileSystemEntry => entry !== null);
    if (entries.length === 0) {
      deliver(pickedFromInput(Array.from(event.dataTransfer.files)));
      return;
    }
    setReading(true);
    try {
      const roots: EntryLike[] = entries;
      const walked = await walkEntries<File>(roots, MAX_FILES_PER_SELECTION);
      const extra: Note[] = [];
      if (walked.unreadable > 0) extra.push({ kind: 'unreadable', count: walked.unreadable });
      if (walked.truncated) extra.push({ kind: 'truncated', count: MAX_FILES_PER_SELECTION });
      deliver(walked.files, extra);
    } finally {
      setReading(false);
    }
  }

  return (
    <Box
      role="group"
      aria-label={t('caseDocuments.picker.regionLabel', { title })}
      p="md"
      onDragOver={(event) => {
        if (single) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        // Leaving for one of the box's own children is still inside the box.
        const to = event.relatedTarget;
        if (!(to instanceof Node && event.currentTarget.contains(to))) setDragging(false);
      }}
      onDrop={(event) => void fromDrop(event)}
      style={{
        border: `2px dashed var(--mantine-color-${dragging ? 'brand-8' : 'gray-6'})`,
        borderRadius: 'var(--mantine-radius-md)',
        background: dragging ? 'var(--mantine-color-brand-0)' : undefined,
      }}
      data-testid="file-picker"
    >
      <Stack gap="sm">
        <Group gap="sm">
          <Button size="lg" onClick={() => filesInput.current?.click()} data-testid="choose-files">
            {t('caseDocuments.picker.chooseFiles')}
          </Button>
          {folders && (
            <Button
              size="lg"
              variant="outline"
              onClick={() => folderInput.current?.click()}
              data-testid="choose-folder"
              styles={wrapLabel}
            >
              {t('caseDocuments.picker.chooseFolder')}
            </Button>
          )}
        </Group>
        <Text size="sm">{t('caseDocuments.picker.hint')}</Text>
        {!single && (
          <Text size="sm" visibleFrom="sm">
            {dragging ? t('caseDocuments.picker.dropActive') : t('caseDocuments.picker.drop')}
          </Text>
        )}
        <div role="status">
          {reading && <Text size="sm">{t('caseDocuments.picker.reading')}</Text>}
          {notes.map((note) => (
            <Text key={note.kind} size="sm">
              {t(`caseDocuments.picker.${note.kind}`, { count: note.count })}
            </Text>
          ))}
        </div>
      </Stack>
      <input
        ref={filesInput}
        type="file"
        multiple={!single}
        hidden
        tabIndex={-1}
        onChange={fromInput}
        data-testid="files-input"
      />
      {folders && (
        <input
          ref={(input) => {
            folderInput.current = input;
            // Not in React's props: set on the element so the browser opens a folder chooser.
            if (input) input.webkitdirectory = true;
          }}
          type="file"
          hidden
          tabIndex={-1}
          onChange={fromInput}
          data-testid="folder-input"
        />
      )}
    </Box>
  );
}
