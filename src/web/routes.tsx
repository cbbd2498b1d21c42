import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { Loading } from './components/Loading.js';
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

/**
 * The guide is in the first download (most visitors read only it); every other page is a chunk of its
 * own, fetched when first visited, so a phone on a slow line does not load the staff console.
 */
function page<Name extends string>(
  module: Promise<Record<Name, ComponentType>>,
  name: Name,
): Promise<{ Component: ComponentType }> {
  return module.then((loaded) => ({ Component: loaded[name] }));
}

export const router = createBrowserRouter([
  {
    element: <Layout />,
    hydrateFallbackElement: <Loading />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/guide/about', element: <AboutPage /> },
      { path: '/guide/eligibility', element: <EligibilityPage /> },
      { path: '/guide/documents', element: <DocumentsPage /> },
      { path: '/guide/departments', element: <DepartmentsPage /> },
      { path: '/guide/fees', element: <FeesPage /> },
      { path: '/guide/steps', element: <StepsPage /> },
      { path: '/guide/contact', element: <ContactPage /> },
      { path: '/precheck', lazy: () => page(import('./features/precheck/PrecheckPage.js'), 'PrecheckPage') },
      {
        path: '/applications',
        lazy: () => page(import('./features/application/pages/ApplicationsPage.js'), 'ApplicationsPage'),
      },
      {
        path: '/applications/new',
        lazy: () => page(import('./features/application/pages/NewApplicationPage.js'), 'NewApplicationPage'),
      },
      {
        path: '/applications/:caseId',
        lazy: () => page(import('./features/application/pages/CaseStatusPage.js'), 'CaseStatusPage'),
      },
      {
        path: '/applications/:caseId/edit',
        lazy: () =>
          page(import('./features/application/pages/ApplicationEditPage.js'), 'ApplicationEditPage'),
      },
      {
        path: '/applications/:caseId/edit/:step',
        lazy: () =>
          page(import('./features/application/pages/ApplicationEditPage.js'), 'ApplicationEditPage'),
      },
      {
        path: '/applications/:caseId/documents',
        lazy: () => page(import('./features/documents/CaseDocumentsPage.js'), 'CaseDocumentsPage'),
      },
      {
        path: '/physician-upload',
        lazy: () => page(import('./features/physician-upload/PhysicianUploadPage.js'), 'PhysicianUploadPage'),
      },
      {
        path: '/account',
        lazy: () => page(import('./features/account/pages/AccountSettingsPage.js'), 'AccountSettingsPage'),
      },
      {
        path: '/account/sign-up',
        lazy: () => page(import('./features/account/pages/SignUpPage.js'), 'SignUpPage'),
      },
      {
        path: '/account/verify-email',
        lazy: () => page(import('./features/account/pages/VerifyEmailPage.js'), 'VerifyEmailPage'),
      },
      {
        path: '/account/sign-in',
        lazy: () => page(import('./features/account/pages/SignInPage.js'), 'SignInPage'),
      },
      {
        path: '/account/second-factor',
        lazy: () => page(import('./features/account/pages/SecondFactorPage.js'), 'SecondFactorPage'),
      },
      {
        path: '/account/authenticator',
        lazy: () =>
          page(import('./features/account/pages/AuthenticatorSetupPage.js'), 'AuthenticatorSetupPage'),
      },
      {
        path: '/account/forgot-password',
        lazy: () => page(import('./features/account/pages/ForgotPasswordPage.js'), 'ForgotPasswordPage'),
      },
      {
        path: '/account/reset-password',
        lazy: () => page(import('./features/account/pages/ResetPasswordPage.js'), 'ResetPasswordPage'),
      },
      {
        path: '/account/accept-invitation',
        lazy: () => page(import('./features/account/pages/AcceptInvitationPage.js'), 'AcceptInvitationPage'),
      },
      {
        path: '/admin/users',
        lazy: () => page(import('./features/admin/UsersPage.js'), 'UsersPage'),
        handle: { wide: true },
      },
      {
        path: '/admin/audit',
        lazy: () => page(import('./features/admin/AuditPage.js'), 'AuditPage'),
        handle: { wide: true },
      },
      {
        path: '/liaison',
        lazy: () => page(import('./features/liaison/queue/LiaisonQueuePage.js'), 'LiaisonQueuePage'),
        handle: { wide: true },
      },
      {
        path: '/liaison/cases/:caseId',
        lazy: () => page(import('./features/liaison/case/LiaisonCasePage.js'), 'LiaisonCasePage'),
        handle: { wide: true },
      },
      {
        path: '/dev/mail',
        lazy: () => page(import('./features/dev/DevMailPage.js'), 'DevMailPage'),
        handle: { wide: true },
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
