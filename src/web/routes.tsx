import { createBrowserRouter } from 'react-router';
import { Layout } from './components/Layout.js';
import { AboutPage } from './features/guide/pages/AboutPage.js';
import { ContactPage } from './features/guide/pages/ContactPage.js';
import { DepartmentsPage } from './features/guide/pages/DepartmentsPage.js';
import { DocumentsPage } from './features/guide/pages/DocumentsPage.js';
import { EligibilityPage } from './features/guide/pages/EligibilityPage.js';
import { FeesPage } from './features/guide/pages/FeesPage.js';
import { HomePage } from './features/guide/pages/HomePage.js';
import { NotFoundPage } from './features/guide/pages/NotFoundPage.js';
import { StepsPage } from './features/guide/pages/StepsPage.js';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/guide/about', element: <AboutPage /> },
      { path: '/guide/eligibility', element: <EligibilityPage /> },
      { path: '/guide/documents', element: <DocumentsPage /> },
      { path: '/guide/departments', element: <DepartmentsPage /> },
      { path: '/guide/fees', element: <FeesPage /> },
      { path: '/guide/steps', element: <StepsPage /> },
      { path: '/guide/contact', element: <ContactPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
