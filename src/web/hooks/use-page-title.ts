import { useEffect } from 'react';
import { useHospitalProfile } from '../api/profile.js';
import { useLocale } from './use-locale.js';

/** Sets the document title: this page, the service and the hospital. Never patient data. */
export function usePageTitle(title: string): void {
  const { pick } = useLocale();
  const profile = useHospitalProfile().data;
  const full = [title, profile && pick(profile.serviceName), profile && pick(profile.name)]
    .filter(Boolean)
    .join(' | ');
  useEffect(() => {
    document.title = full;
  }, [full]);
}
