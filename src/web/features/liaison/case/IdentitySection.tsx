import { Alert, Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { identityVerificationMethods, type LiaisonCaseView } from '../../../../shared/contracts/liaison.js';
import { documentTitle } from '../../../../shared/i18n/rules-messages.js';
import { formatDateTime } from '../../../format.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { DialogActions } from './DialogActions.js';
import { liaisonApi, liaisonKeys, type IdentityMethod } from '../api.js';
import { Facts } from './Facts.js';
import { ImageViewer, type ViewedImage } from './ImageViewer.js';
import { birthText, fullName, shortName } from './person.js';
import { Section } from './Section.js';
import { PdfViewer, type ViewedPdf } from './PdfViewer.js';
import { showableInline, useOpenPdf, viewableOf } from './use-file-viewer.js';

const isMethod = (value: string): value is IdentityMethod =>
  (identityVerificationMethods as readonly string[]).includes(value);

/**
 * Is this the patient? The application's name and birth date beside the ID image and the imaging's
 * identity flags; once compared, "identity verified" records who checked, how, and when.
 */
export function IdentitySection({
  view,
  today,
  myName,
}: {
  view: LiaisonCaseView;
  today: string;
  myName: string;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [image, setImage] = useState<ViewedImage | null>(null);
  const [shownPdf, setShownPdf] = useState<ViewedPdf | null>(null);
  const [confirming, setConfirming] = useState(false);
  const pdf = useOpenPdf();
  const caseId = view.case.id;
  const verification = view.identityVerification;
  const idDocuments = view.documents.filter(
    (document) => document.checklistItem === 'PATIENT_IDENTITY_DOCUMENT',
  );
  const mismatches = view.imaging
    .flatMap((study) => study.series)
    .filter((series) => series.identity.status === 'mismatch').length;
  const patient = view.application.patient;

  return (
    <Section id="identity" title={t('liaison.case.identity.title')}>
      <Text size="sm" fw={700} data-testid="identity-state" data-verified={verification !== null}>
        {verification
          ? t('liaison.case.identity.verified', {
              at: formatDateTime(verification.verifiedAt, locale),
              by: verification.verifiedBy?.name ?? t('liaison.common.unknownStaff'),
              method: t(`liaison.case.identity.methods.${verification.method}`),
            })
          : t('liaison.case.identity.notVerified')}
      </Text>
      {mismatches > 0 && (
        <Alert color="red" variant="light" data-testid="identity-mismatch">
          {t('liaison.case.identity.imagingMismatch', { count: mismatches })}
        </Alert>
      )}
      <Facts
        facts={[
          { label: t('liaison.case.who.name'), value: fullName(patient?.name) },
          { label: t('liaison.case.who.birthDate'), value: birthText(patient?.birthDate, today, locale) },
        ]}
      />
      <Stack gap={4}>
        <Text size="sm" fw={700}>
          {documentTitle(locale, 'PATIENT_IDENTITY_DOCUMENT')}
        </Text>
        {idDocuments.length === 0 && <Text size="sm">{t('liaison.case.identity.noIdImage')}</Text>}
        {idDocuments.map((document) => {
          const [newest] = document.versions;
          if (!newest) return null;
          const viewable = viewableOf(newest);
          const viewed = {
            caseId,
            documentId: document.id,
            version: newest.version,
            fileName: newest.fileName,
            title: documentTitle(locale, document.checklistItem),
          };
          // Beside the application in the page, as for images; a new tab only for what the panel can't show.
          const open = () =>
            viewable === 'image'
              ? setImage(viewed)
              : showableInline(newest)
                ? setShownPdf(viewed)
                : void pdf.open(caseId, document.id, newest.version);
          return (
            <Group key={document.id} gap="xs">
              <Text size="sm">{newest.fileName}</Text>
              {viewable && (
                <Button size="compact-sm" variant="light" onClick={open} data-testid="identity-compare">
                  {t('liaison.case.identity.compare')}
                </Button>
              )}
            </Group>
          );
        })}
      </Stack>
      {view.abilities.verifyIdentity && (
        <Button
          variant="outline"
          w="fit-content"
          onClick={() => setConfirming(true)}
          data-testid="identity-verify-open"
        >
          {verification ? t('liaison.case.identity.verifyAgain') : t('liaison.case.identity.verify')}
        </Button>
      )}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        centered
        title={t('liaison.case.identity.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('liaison.common.close') }}
      >
        {confirming && (
          <VerifyForm
            caseId={caseId}
            myName={myName}
            patientName={shortName(patient?.name)}
            onDone={() => setConfirming(false)}
          />
        )}
      </Modal>
      <ImageViewer image={image} onClose={() => setImage(null)} />
      <PdfViewer pdf={shownPdf} onClose={() => setShownPdf(null)} />
    </Section>
  );
}

function VerifyForm({
  caseId,
  myName,
  patientName,
  onDone,
}: {
  caseId: string;
  myName: string;
  patientName: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [method, setMethod] = useState<IdentityMethod>('identity_document');
  const verify = useMutation({
    mutationFn: () => liaisonApi.verifyIdentity(caseId, method),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: liaisonKeys.all });
      onDone();
    },
  });
  return (
    <Stack gap="md">
      <NativeSelect
        label={t('liaison.case.identity.method')}
        value={method}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (isMethod(value)) setMethod(value);
        }}
        data={identityVerificationMethods.map((value) => ({
          value,
          label: t(`liaison.case.identity.methods.${value}`),
        }))}
        data-testid="identity-method"
      />
      <Text data-testid="identity-explained">
        {t('liaison.case.identity.confirmExplained', {
          me: myName,
          patient: patientName,
          method: t(`liaison.case.identity.methods.${method}`),
        })}
      </Text>
      <DialogActions error={verify.isError ? verify.error : null} onCancel={onDone}>
        <Button
          loading={verify.isPending}
          onClick={() => verify.mutate()}
          data-testid="identity-verify-confirm"
          data-autofocus
        >
          {t('liaison.case.identity.confirm')}
        </Button>
      </DialogActions>
    </Stack>
  );
}
