import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { applicationApi, casesQueryKey, isProblem, type ProblemReason } from './api.js';
import { applicationPaths } from './paths.js';
import { firstStepOf } from './steps.js';
import type { DraftEditor, SaveOutcome } from './use-draft-editor.js';

/** The last save before sending did not go through; the editor already shows why. */
export class NotSavedError extends Error {
  constructor(readonly outcome: SaveOutcome) {
    super(`not saved: ${outcome}`);
  }
}

/**
 * Sending the application: the answers are saved first (the server judges what it has), then
 * submitted. Each refusal leads somewhere useful: missing answers to the screen of the first one,
 * missing files to the documents screen, a refusal of the rules to its reasons on the review.
 */
export function useSubmitApplication(editor: DraftEditor) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { caseId } = editor;
  const [reasons, setReasons] = useState<ProblemReason[]>([]);

  const mutation = useMutation({
    mutationFn: async () => {
      setReasons([]);
      const saved = await editor.saveNow();
      if (saved !== 'saved') throw new NotSavedError(saved);
      return applicationApi.submit(caseId);
    },
    onSuccess: async (submitted) => {
      editor.forget();
      await queryClient.invalidateQueries({ queryKey: casesQueryKey });
      await navigate(applicationPaths.status(caseId), { replace: true, state: { submitted } });
    },
    onError: async (error) => {
      if (error instanceof NotSavedError && error.outcome === 'submitted') {
        await navigate(applicationPaths.status(caseId), { replace: true });
      } else if (isProblem(error, 400) && error.fieldErrors.length > 0) {
        editor.addServerErrors(error.fieldErrors);
        const step = firstStepOf(error.fieldErrors.map((problem) => problem.field));
        if (step && step !== 'review') {
          await navigate(applicationPaths.edit(caseId, step), { state: { fromSubmit: true } });
        }
      } else if (isProblem(error, 409, 'ineligible')) {
        setReasons(error.reasons);
      } else if (isProblem(error, 409, 'documents_missing')) {
        await navigate(applicationPaths.edit(caseId, 'documents'), { state: { missing: error.missing } });
      } else if (isProblem(error, 409, 'application_submitted')) {
        await navigate(applicationPaths.status(caseId), { replace: true });
      }
    },
  });

  return { submit: () => mutation.mutate(), pending: mutation.isPending, error: mutation.error, reasons };
}
