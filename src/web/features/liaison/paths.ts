/** The console's pages. */
export const liaisonPaths = {
  queue: '/liaison',
  case: (caseId: string) => `/liaison/cases/${encodeURIComponent(caseId)}`,
};
