import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Address } from '../../../../shared/contracts/application.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { normalisePostalCode } from '../postal-code.js';
import { prefectures } from '../prefectures.js';
import { FieldGroup, TextField } from './fields.js';

/**
 * A Japanese address: postal code (7 digits, any width, hyphen optional), prefecture from the list, then
 * the rest. `autoFill` names the browser's address book section for the patient's own address; the
 * physician's address is never filled from the typist's address book.
 */
export function AddressFields({
  legend,
  prefix,
  address,
  onChange,
  errorOf,
  autoFill,
  testId,
}: {
  legend: string;
  prefix: string;
  address: Partial<Address> | undefined;
  onChange: (address: Partial<Address>) => void;
  errorOf: (key: string) => string | undefined;
  autoFill: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const set = (key: keyof Address) => (value: string) => onChange({ ...address, [key]: value });
  const auto = (token: string) => (autoFill ? token : 'off');
  return (
    <FieldGroup legend={legend}>
      <TextField
        label={t('application.fields.address.postalCode')}
        description={t('application.fields.address.postalCodeHint')}
        value={address?.postalCode}
        onChange={set('postalCode')}
        onTidy={normalisePostalCode}
        error={errorOf(`${prefix}.postalCode`)}
        inputMode="numeric"
        maxLength={10}
        autoComplete={auto('postal-code')}
        testId={`${testId}-postal-code`}
      />
      <NativeSelect
        size="lg"
        label={t('application.fields.address.prefecture')}
        required
        data={[
          { value: '', label: t('application.fields.choose'), disabled: true },
          ...prefectures.map(([ja, en]) => ({ value: ja, label: locale === 'ja' ? ja : `${en} (${ja})` })),
        ]}
        value={address?.prefecture ?? ''}
        onChange={(event) => set('prefecture')(event.currentTarget.value)}
        error={errorOf(`${prefix}.prefecture`)}
        autoComplete={auto('address-level1')}
        data-testid={`${testId}-prefecture`}
      />
      <TextField
        label={t('application.fields.address.city')}
        description={t('application.fields.address.cityHint')}
        value={address?.city}
        onChange={set('city')}
        error={errorOf(`${prefix}.city`)}
        maxLength={100}
        autoComplete={auto('address-line1')}
        testId={`${testId}-city`}
      />
      <TextField
        label={t('application.fields.address.line2')}
        value={address?.line2}
        onChange={set('line2')}
        error={errorOf(`${prefix}.line2`)}
        optional
        maxLength={100}
        autoComplete={auto('address-line2')}
        testId={`${testId}-line2`}
      />
    </FieldGroup>
  );
}
