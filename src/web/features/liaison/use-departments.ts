import { useQuery } from '@tanstack/react-query';
import { useLocale } from '../../hooks/use-locale.js';
import { liaisonApi } from './api.js';

/** The hospital's departments: names for codes, and the conditions' names (shared cache with admin). */
export function useDepartments() {
  const { pick } = useLocale();
  const query = useQuery({
    queryKey: ['departments'],
    queryFn: liaisonApi.departments,
    staleTime: 5 * 60_000,
  });
  const departments = query.data?.departments ?? [];
  const nameOf = (code: string | null | undefined) => {
    if (!code) return '';
    const found = departments.find((department) => department.code === code);
    return found ? pick(found.name) : code;
  };
  /** A published condition's name, or the applicant's own words when it is free text. */
  const conditionOf = (departmentCode: string | undefined, condition: string | undefined) => {
    if (!condition) return '';
    const department = departments.find((candidate) => candidate.code === departmentCode);
    const found = department?.conditions.find((candidate) => candidate.code === condition);
    return found ? pick(found.name) : condition;
  };
  const options = departments.map((department) => ({ value: department.code, label: pick(department.name) }));
  return { options, nameOf, conditionOf };
}
