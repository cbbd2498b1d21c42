import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSessionUpdates } from '../../../api/session.js';
import { accountApi } from '../api.js';
import { AccountPageShell } from '../components/AccountPageShell.js';
import { LinkProblem } from '../components/LinkProblem.js';
import { NewPasswordForm } from '../components/NewPasswordForm.js';
import { useLinkToken } from '../components/use-link-token.js';
import { pathFor } from '../next-path.js';

/** Staff open the invitation mail: set a password, then set up the authenticator app. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { applyMe } = useSessionUpdates();
  const token = useLinkToken();
  return (
    <AccountPageShell
      title={t('account.invitation.title')}
      lead={token ? t('account.invitation.lead') : undefined}
    >
      {token ? (
        <NewPasswordForm
          token={token}
          send={accountApi.acceptInvitation}
          onDone={(me) => {
            applyMe(me);
            void navigate(pathFor(me, undefined), { replace: true });
          }}
          submitLabel={t('account.invitation.submit')}
          label={t('account.invitation.title')}
        />
      ) : (
        <LinkProblem kind="invitation" />
      )}
    </AccountPageShell>
  );
}
