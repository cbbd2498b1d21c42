import { createBrowserRouter } from 'react-router';
import { Layout } from './components/Layout.js';
import { AcceptInvitationPage } from './features/account/pages/AcceptInvitationPage.js';
import { AccountSettingsPage } from './features/account/pages/AccountSettingsPage.js';
import { AuthenticatorSetupPage } from './features/account/pages/AuthenticatorSetupPage.js';
import { ForgotPasswordPage } from './features/account/pages/ForgotPasswordPage.js';
import { ResetPasswordPage } from './features/account/pages/ResetPasswordPage.js';
import { SecondFactorPage } from './features/account/pages/SecondFactorPage.js';
import { SignInPage } from './features/account/pages/SignInPage.js';
import { SignUpPage } from './features/account/pages/SignUpPage.js';
import { VerifyEmailPage } from './features/account/pages/VerifyEmailPage.js';
import { AuditPage } from './features/admin/AuditPage.js';
import { UsersPage } from './features/admin/UsersPage.js';
import { ApplicationEditPage } from './features/application/pages/ApplicationEditPage.js';
import { ApplicationsPage } from './features/application/pages/ApplicationsPage.js';
import { CaseStatusPage } from './features/application/pages/CaseStatusPage.js';
import { NewApplicationPage } from './features/application/pages/NewApplicationPage.js';
import { DevMailPage } from './features/dev/DevMailPage.js';
import { CaseDocumentsPage } from './features/documents/CaseDocumentsPage.js';
import { AboutPage } from './features/guide/pages/AboutPage.js';
import { ContactPage } from './features/guide/pages/ContactPage.js';
import { DepartmentsPage } from './features/guide/pages/DepartmentsPage.js';
import { DocumentsPage } from './features/guide/pages/DocumentsPage.js';
import { EligibilityPage } from './features/guide/pages/EligibilityPage.js';
import { FeesPage } from './features/guide/pages/FeesPage.js';
import { HomePage } from './features/guide/pages/HomePage.js';
import { NotFoundPage } from './features/guide/pages/NotFoundPage.js';
import { StepsPage } from './features/guide/pages/StepsPage.js';
import { LiaisonCasePage } from './features/liaison/case/LiaisonCasePage.js';
import { LiaisonQueuePage } from './features/liaison/queue/LiaisonQueuePage.js';
import { PhysicianUploadPage } from './features/physician-upload/PhysicianUploadPage.js';
import { PrecheckPage } from './features/precheck/PrecheckPage.js';

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
      { path: '/precheck', element: <PrecheckPage /> },
      { path: '/applications', element: <ApplicationsPage /> },
      { path: '/applications/new', element: <NewApplicationPage /> },
      { path: '/applications/:caseId', element: <CaseStatusPage /> },
      { path: '/applications/:caseId/edit', element: <ApplicationEditPage /> },
      { path: '/applications/:caseId/edit/:step', element: <ApplicationEditPage /> },
      { path: '/applications/:caseId/documents', element: <CaseDocumentsPage /> },
      { path: '/physician-upload', element: <PhysicianUploadPage /> },
      { path: '/account', element: <AccountSettingsPage /> },
      { path: '/account/sign-up', element: <SignUpPage /> },
      { path: '/account/verify-email', element: <VerifyEmailPage /> },
      { path: '/account/sign-in', element: <SignInPage /> },
      { path: '/account/second-factor', element: <SecondFactorPage /> },
      { path: '/account/authenticator', element: <AuthenticatorSetupPage /> },
      { path: '/account/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/account/reset-password', element: <ResetPasswordPage /> },
      { path: '/account/accept-invitation', element: <AcceptInvitationPage /> },
      { path: '/admin/users', element: <UsersPage />, handle: { wide: true } },
      { path: '/admin/audit', element: <AuditPage />, handle: { wide: true } },
      { path: '/liaison', element: <LiaisonQueuePage />, handle: { wide: true } },
      { path: '/liaison/cases/:caseId', element: <LiaisonCasePage />, handle: { wide: true } },
      { path: '/dev/mail', element: <DevMailPage />, handle: { wide: true } },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
