/** The guide's sections, in reading order; the navigation and the previous/next links use this list. */
export const guideSections = [
  { key: 'home', path: '/' },
  { key: 'about', path: '/guide/about' },
  { key: 'eligibility', path: '/guide/eligibility' },
  { key: 'documents', path: '/guide/documents' },
  { key: 'departments', path: '/guide/departments' },
  { key: 'fees', path: '/guide/fees' },
  { key: 'steps', path: '/guide/steps' },
  { key: 'contact', path: '/guide/contact' },
] as const;

export type GuideSectionKey = (typeof guideSections)[number]['key'];
