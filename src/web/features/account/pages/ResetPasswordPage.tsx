import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { accountApi } from '../api.js';
import { AccountPageShell } from '../components/AccountPageShell.js';
import { LinkProblem } from '../components/LinkProblem.js';
import { NewPasswordForm } from '../components/NewPasswordForm.js';
import { noticeState } from '../components/RouteNotice.js';
import { useLinkToken } from '../components/use-link-token.js';
import { accountPaths } from '../next-path.js';

/** Opened from the reset mail: a new password, then sign in (every session has ended). */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const token = useLinkToken();
  return (
    <AccountPageShell title={t('account.reset.title')} lead={token ? t('account.reset.lead') : undefined}>
      {token ? (
        <NewPasswordForm
          token={token}
          send={accountApi.completePasswordReset}
          onDone={() =>
            void navigate(accountPaths.signIn, { replace: true, state: noticeState('passwordReset') })
          }
          submitLabel={t('account.reset.submit')}
          label={t('account.reset.title')}
        />
      ) : (
        <LinkProblem kind="reset" />
      )}
    </AccountPageShell>
  );
}
