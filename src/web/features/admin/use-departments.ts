import { useQuery } from '@tanstack/react-query';
import { useLocale } from '../../hooks/use-locale.js';
import { adminApi } from './api.js';

/** The departments as select options, and a code → name lookup for the table. */
export function useDepartmentOptions() {
  const { pick } = useLocale();
  const query = useQuery({ queryKey: ['departments'], queryFn: adminApi.departments, staleTime: 5 * 60_000 });
  const departments = query.data?.departments ?? [];
  const options = departments.map((department) => ({ value: department.code, label: pick(department.name) }));
  const nameOf = (code: string) => options.find((option) => option.value === code)?.label ?? code;
  return { options, nameOf, isError: query.isError };
}
