import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseDetail } from '../../../shared/contracts/cases.js';
import { applicationApi, caseQueryKey, isProblem } from './api.js';
import { valueAt, type FormDraft } from './form-draft.js';
import { clearLocalCopy, readLocalCopy, writeLocalCopy } from './local-copy.js';
import { savableDraft } from './savable.js';
import type { StepContext } from './steps.js';

/** How long typing may pause before the draft is saved by itself. */
const saveDelayMs = 1500;

export type SaveState =
  { kind: 'saved'; at: string } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'failed' };

/** What became of a save: the caller moves on only after 'saved'. */
export type SaveOutcome = 'saved' | 'invalid' | 'conflict' | 'submitted' | 'failed';

/** A server's word on one field, shown until that field's value changes. */
type ServerError = { message: string; value: string };

const snapshot = (value: unknown) => JSON.stringify(value) ?? '';

/**
 * The application being edited: the answers on screen, saved to the server after a pause in typing and
 * at every "next", one save at a time (each carries the revision the last one returned). What cannot be
 * saved yet is kept in this tab (local-copy.ts). When another device saved first (stale_draft), the
 * server's answers are loaded and the person is told.
 */
export function useDraftEditor(detail: CaseDetail, context: StepContext) {
  const caseId = detail.id;
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<FormDraft>(
    () => readLocalCopy(caseId, detail.revision) ?? detail.application,
  );
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: detail.updatedAt });
  const [serverErrors, setServerErrors] = useState<Record<string, ServerError>>({});
  const [reloaded, setReloaded] = useState(false);
  // Raised when the answers are replaced wholesale, so screens holding their own state start afresh.
  const [generation, setGeneration] = useState(0);

  const draftRef = useRef(draft);
  const contextRef = useRef(context);
  const revisionRef = useRef(detail.revision);
  const lastSentRef = useRef<string | null>(null);
  const chainRef = useRef<Promise<SaveOutcome>>(Promise.resolve('saved'));

  useEffect(() => {
    contextRef.current = context;
  }, [context]);

  const remember = useCallback(
    (revision: number, application: FormDraft, updatedAt: string) => {
      // The cached case follows the saves, so coming back to the editor starts from this revision.
      queryClient.setQueryData<CaseDetail>(caseQueryKey(caseId), (old) =>
        old
          ? { ...old, revision, updatedAt, application: savableDraft(application, contextRef.current) }
          : old,
      );
    },
    [caseId, queryClient],
  );

  /** Another device saved first: its answers replace these, and the screen says so. */
  const reload = useCallback(async (): Promise<SaveOutcome> => {
    try {
      const fresh = await applicationApi.get(caseId);
      revisionRef.current = fresh.revision;
      lastSentRef.current = null;
      draftRef.current = fresh.application;
      clearLocalCopy(caseId);
      queryClient.setQueryData(caseQueryKey(caseId), fresh);
      setDraft(fresh.application);
      setReloaded(true);
      setGeneration((current) => current + 1);
      setSaveState({ kind: 'saved', at: fresh.updatedAt });
      return 'conflict';
    } catch {
      setSaveState({ kind: 'failed' });
      return 'failed';
    }
  }, [caseId, queryClient]);

  const addServerErrors = useCallback((errors: readonly { field: string; message: string }[]) => {
    const found: Record<string, ServerError> = {};
    for (const { field, message } of errors) {
      const key = field.replace(/^application\./, '');
      found[key] ??= { message, value: snapshot(valueAt(draftRef.current, key)) };
    }
    setServerErrors((current) => ({ ...current, ...found }));
  }, []);

  const runSave = useCallback(async (): Promise<SaveOutcome> => {
    const current = draftRef.current;
    const body = savableDraft(current, contextRef.current);
    const json = JSON.stringify(body);
    if (json === lastSentRef.current) {
      setSaveState((state) =>
        state.kind === 'pending' ? { kind: 'saved', at: new Date().toISOString() } : state,
      );
      return 'saved';
    }
    setSaveState({ kind: 'saving' });
    try {
      const answer = await applicationApi.save(caseId, revisionRef.current, body);
      revisionRef.current = answer.revision;
      lastSentRef.current = json;
      writeLocalCopy(caseId, answer.revision, draftRef.current);
      remember(answer.revision, current, answer.updatedAt);
      // Typing may have gone on while the request was out: that is saved by the next round.
      setSaveState(
        draftRef.current === current ? { kind: 'saved', at: answer.updatedAt } : { kind: 'pending' },
      );
      return 'saved';
    } catch (error) {
      if (isProblem(error, 409, 'stale_draft')) return reload();
      setSaveState({ kind: 'failed' });
      if (isProblem(error, 409)) return 'submitted';
      if (isProblem(error, 400) && error.fieldErrors.length > 0) {
        addServerErrors(error.fieldErrors);
        return 'invalid';
      }
      return 'failed';
    }
  }, [addServerErrors, caseId, reload, remember]);

  /** Saves now, after any save already on its way; resolves with this save's outcome. */
  const saveNow = useCallback((): Promise<SaveOutcome> => {
    const next = chainRef.current.then(runSave, runSave);
    chainRef.current = next;
    return next;
  }, [runSave]);

  const update = useCallback(
    (change: (draft: FormDraft) => FormDraft) => {
      const next = change(draftRef.current);
      draftRef.current = next;
      writeLocalCopy(caseId, revisionRef.current, next);
      setDraft(next);
      setSaveState({ kind: 'pending' });
    },
    [caseId],
  );

  // A pause in typing saves by itself.
  useEffect(() => {
    if (saveState.kind !== 'pending') return;
    const timer = window.setTimeout(() => void saveNow(), saveDelayMs);
    return () => window.clearTimeout(timer);
  }, [draft, saveState.kind, saveNow]);

  // Leaving the editor (to the status page, the documents page) saves what is still waiting.
  const saveNowRef = useRef(saveNow);
  useEffect(() => {
    saveNowRef.current = saveNow;
  }, [saveNow]);
  useEffect(() => () => void saveNowRef.current(), []);

  /** The server's message for a field, while the field still holds the value it was about. */
  const serverErrorOf = (key: string): string | undefined => {
    const error = serverErrors[key];
    return error && error.value === snapshot(valueAt(draft, key)) ? error.message : undefined;
  };

  /** The fields the server's words are still about. */
  const serverErrorKeys = (): string[] =>
    Object.keys(serverErrors).filter((key) => serverErrorOf(key) !== undefined);

  return {
    caseId,
    generation,
    serverErrorKeys,
    draft,
    update,
    saveNow,
    saveState,
    serverErrorOf,
    addServerErrors,
    /** The answers were replaced by those saved on another device; cleared once seen. */
    reloaded,
    acknowledgeReload: useCallback(() => setReloaded(false), []),
    forget: useCallback(() => clearLocalCopy(caseId), [caseId]),
  };
}

export type DraftEditor = ReturnType<typeof useDraftEditor>;
