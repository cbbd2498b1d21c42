import { Badge, Box, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationDraft } from '../../../../shared/contracts/application.js';
import type { LiaisonCaseView } from '../../../../shared/contracts/liaison.js';
import { seriesThumbnailUrl } from '../api.js';
import { fullName } from './person.js';
import { Section } from './Section.js';

type Study = LiaisonCaseView['imaging'][number];
type Series = Study['series'][number];

const identityColour = { match: 'brand.9', mismatch: 'red.9', unknown: 'caution.9' } as const;
const THUMB = 112;

/**
 * The DICOM study tree: each series with its preview (its state shown while the background job works),
 * and whether its images name the applicant's patient — with the reasons and the DICOM names to compare.
 */
export function ImagingSection({ view }: { view: LiaisonCaseView }) {
  const { t } = useTranslation();
  const mismatched = view.imaging
    .flatMap((study) => study.series)
    .filter((series) => series.identity.status !== 'match');
  return (
    <Section
      id="imaging"
      title={t('liaison.case.imaging.title')}
      aside={
        view.imaging.length > 0 && (
          <Text
            size="sm"
            fw={700}
            c={mismatched.length > 0 ? 'red.9' : undefined}
            data-testid="imaging-summary"
          >
            {mismatched.length > 0
              ? t('liaison.case.imaging.toCheck', { count: mismatched.length })
              : t('liaison.case.imaging.allMatch')}
          </Text>
        )
      }
    >
      {view.imaging.length === 0 ? (
        <Text size="sm">{t('liaison.case.imaging.none')}</Text>
      ) : (
        view.imaging.map((study) => (
          <StudyTree key={study.id} caseId={view.case.id} study={study} application={view.application} />
        ))
      )}
    </Section>
  );
}

function StudyTree({
  caseId,
  study,
  application,
}: {
  caseId: string;
  study: Study;
  application: ApplicationDraft;
}) {
  const { t } = useTranslation();
  return (
    <Stack
      gap="xs"
      component="section"
      aria-label={t('liaison.case.imaging.studyLabel', { description: study.description ?? '' })}
      data-testid="dicom-study"
    >
      <Title order={3} size="h5">
        {t('liaison.case.imaging.study', {
          date: study.studyDate ?? t('liaison.case.imaging.noDate'),
          description: study.description ?? t('liaison.case.imaging.noDescription'),
          count: study.series.length,
        })}
      </Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm">
        {study.series.map((series) => (
          <SeriesCard key={series.id} caseId={caseId} series={series} application={application} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function SeriesCard({
  caseId,
  series,
  application,
}: {
  caseId: string;
  series: Series;
  application: ApplicationDraft;
}) {
  const { t, i18n } = useTranslation();
  const label = t('liaison.case.imaging.seriesLabel', {
    number: series.seriesNumber ?? '—',
    modality: series.modality ?? '—',
  });
  const reason = (code: string) => {
    const key = `liaison.case.imaging.reasons.${code}`;
    return i18n.exists(key) ? t(key) : code;
  };
  return (
    <Card
      withBorder
      padding="xs"
      data-testid="dicom-series"
      data-identity={series.identity.status}
      data-thumbnail={series.thumbnailState}
    >
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <Thumbnail caseId={caseId} series={series} label={label} />
        <Stack gap={2} miw={0}>
          <Text size="sm" fw={700}>
            {label}
          </Text>
          <Text size="xs">
            {[series.bodyPart, series.description].filter(Boolean).join(' / ') ||
              t('liaison.case.imaging.noDescription')}
          </Text>
          <Text size="xs" c="gray.7">
            {t('liaison.case.imaging.instances', { count: series.instances })}
          </Text>
          <Group gap={4}>
            <Badge
              color={identityColour[series.identity.status]}
              variant="filled"
              radius="sm"
              tt="none"
              size="md"
              data-testid="series-identity"
            >
              {t(`liaison.case.imaging.identity.${series.identity.status}`)}
            </Badge>
          </Group>
          {series.identity.status !== 'match' && (
            <Stack gap={2} data-testid="identity-reasons">
              <Text size="xs">{series.identity.reasons.map(reason).join('、')}</Text>
              <Text size="xs">
                {t('liaison.case.imaging.application', {
                  name: fullName(application.patient?.name),
                  birth: application.patient?.birthDate ?? '—',
                })}
              </Text>
              {series.identity.dicomPatients.map((patient, index) => (
                <Text size="xs" key={index} style={{ overflowWrap: 'anywhere' }}>
                  {t('liaison.case.imaging.dicomPatient', {
                    name: patient.name || '—',
                    birth: patient.birthDate ?? '—',
                    id: patient.patientId ?? '—',
                  })}
                </Text>
              ))}
            </Stack>
          )}
        </Stack>
      </Group>
    </Card>
  );
}

/** The preview, or its state while it is made: the page never waits for it. */
function Thumbnail({ caseId, series, label }: { caseId: string; series: Series; label: string }) {
  const { t } = useTranslation();
  const box = {
    w: THUMB,
    h: THUMB,
    style: { flexShrink: 0, borderRadius: 4, background: 'var(--mantine-color-gray-1)' },
  };
  if (series.thumbnailState === 'ready') {
    return (
      <Box {...box}>
        <img
          src={seriesThumbnailUrl(caseId, series.id)}
          alt={t('liaison.case.imaging.preview', { series: label })}
          width={THUMB}
          height={THUMB}
          loading="lazy"
          style={{ objectFit: 'contain', display: 'block', background: '#000', borderRadius: 4 }}
        />
      </Box>
    );
  }
  return (
    <Stack {...box} align="center" justify="center" gap={4} p={4}>
      {series.thumbnailState === 'pending' && <Loader size="sm" aria-hidden />}
      <Text size="xs" ta="center" data-testid="thumbnail-state">
        {t(`liaison.case.imaging.thumbnail.${series.thumbnailState}`)}
      </Text>
    </Stack>
  );
}
