import { Button, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentReviewRequest } from '../../../../shared/contracts/liaison.js';
import { DialogActions } from './DialogActions.js';
import { liaisonApi, liaisonKeys } from '../api.js';

export type ReviewTarget = {
  documentId: string;
  decision: DocumentReviewRequest['decision'];
  title: string;
  fileName: string;
  version: number;
};

const REASON_MAX = 500;

/**
 * Accept or reject one document, after saying what the applicant will see: a rejection's reason is
 * shown to them with the item, and they are mailed that something needs them (the reason is not).
 */
export function ReviewDialog({
  caseId,
  patientName,
  target,
  onClose,
}: {
  caseId: string;
  patientName: string;
  target: ReviewTarget | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      centered
      size="lg"
      title={target ? t(`liaison.case.review.${target.decision}.title`, { title: target.title }) : ''}
      closeButtonProps={{ 'aria-label': t('liaison.common.close') }}
    >
      {target && (
        <ReviewForm
          key={`${target.documentId}-${target.decision}`}
          caseId={caseId}
          patientName={patientName}
          target={target}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}

function ReviewForm({
  caseId,
  patientName,
  target,
  onDone,
}: {
  caseId: string;
  patientName: string;
  target: ReviewTarget;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const rejecting = target.decision === 'rejected';
  const review = useMutation({
    mutationFn: (body: DocumentReviewRequest) => liaisonApi.reviewDocument(caseId, target.documentId, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: liaisonKeys.all });
      onDone();
    },
  });
  const submit = () => {
    const trimmed = reason.trim();
    if (rejecting && trimmed === '') {
      setMissing(true);
      return;
    }
    review.mutate(
      rejecting
        ? { decision: 'rejected', reason: trimmed }
        : { decision: 'accepted', ...(trimmed ? { reason: trimmed } : {}) },
    );
  };
  const params = {
    title: target.title,
    name: target.fileName,
    version: target.version,
    patient: patientName,
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        <Text data-testid="review-explained">
          {t(`liaison.case.review.${target.decision}.explained`, params)}
        </Text>
        <Textarea
          label={t(`liaison.case.review.${target.decision}.reason`)}
          description={t(`liaison.case.review.${target.decision}.reasonHint`)}
          required={rejecting}
          value={reason}
          maxLength={REASON_MAX}
          autosize
          minRows={3}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setMissing(false);
          }}
          error={missing ? t('liaison.case.review.reasonRequired') : undefined}
          data-testid="review-reason"
          data-autofocus
        />
        <DialogActions error={review.isError ? review.error : null} onCancel={onDone}>
          <Button
            type="submit"
            color={rejecting ? 'red.9' : 'brand'}
            loading={review.isPending}
            data-testid="review-confirm"
          >
            {t(`liaison.case.review.${target.decision}.confirm`)}
          </Button>
        </DialogActions>
      </Stack>
    </form>
  );
}
