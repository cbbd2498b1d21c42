import type { Resources } from '../ja.js';

/** English texts: account, a full translation of the Japanese. */
export const enAccount: Pick<Resources, 'account'> = {
  account: {
    notAllowed: 'You do not have permission to see this page.',
    common: {
      backToSignIn: 'Back to sign-in',
      cancel: 'Cancel',
      close: 'Close',
    },
    fields: {
      email: 'E-mail address',
      password: 'Password',
      passwordRule: 'Use 10 characters or more. Common passwords (such as password1234) cannot be used.',
      showPassword: 'Show the password',
      newPassword: 'New password',
      currentPassword: 'Current password',
      code: 'Code (6 digits)',
      codeHint: 'The 6-digit number shown in your authenticator app.',
    },
    errors: {
      required: 'Please fill this in.',
      email: 'This does not look like an e-mail address. Example: taro@example.jp',
      passwordLength: 'Please use at least 10 characters.',
      code: 'Please enter the 6 digits.',
      network: 'We could not connect. Please check your signal and try again. What you typed is still here.',
      unexpected: 'Something went wrong. Please wait a little and try again.',
    },
    signUp: {
      title: 'Create an account',
      lead: "The account always belongs to the patient. Even when a family member applies for them, please create it as the patient's own account.",
      name: "Patient's name",
      nameHint: "Even when a family member applies, enter the patient's own name. Example: 山田 太郎",
      emailHint: 'We will send you a confirmation e-mail. Use an address you check regularly.',
      privacy: 'We use what you enter only for your second-opinion application and to contact you.',
      privacyLink: 'Read how we handle personal information',
      submit: 'Create the account',
      haveAccount: 'Already have an account?',
    },
    checkMail: {
      title: 'Please check your e-mail',
      verify:
        'We have sent a confirmation e-mail to {{email}}. Open the link in it to finish registering. The link expires, so please open it soon.',
      reset:
        'If {{email}} is a registered address, we have sent it an e-mail to set a new password. Please open the link in it. The link expires.',
      notArrivedTitle: 'If the e-mail does not arrive',
      spam: 'Check your spam or junk folder.',
      address: 'Check that the address is correct. The button below takes you back to what you typed.',
      wait: 'It can take a few minutes to arrive.',
      phone: 'If it still does not arrive, please phone the desk shown at the bottom of this page.',
      back: 'Back to what I typed',
    },
    verify: {
      title: 'Confirming your e-mail address',
      done: 'Your e-mail address is confirmed. Please sign in to continue.',
      signIn: 'Sign in',
    },
    link: {
      incomplete:
        'The link did not open correctly. Please open the link in the e-mail again, exactly as it is.',
      retry: {
        verify:
          'If the link has expired, please create the account again and we will send a new link. We also send a new confirmation e-mail when you try to sign in.',
        reset: 'If the link has expired, please ask again and we will send a new link.',
        invitation:
          "If the invitation link does not work, please ask the hospital's administrator for a new invitation.",
      },
      retryAction: {
        verify: 'Create the account again',
        reset: 'Ask for a new password link',
      },
    },
    signIn: {
      title: 'Sign in',
      submit: 'Sign in',
      forgot: 'Forgot your password?',
      noAccount: 'New here? Please create an account.',
    },
    notices: {
      signedOut: 'You have signed out.',
      totpEnabled:
        'Your authenticator app is set up. From now on you will also enter a code when you sign in.',
      passkeyAdded:
        'Your passkey is registered. From now on you will confirm it is you with the passkey when you sign in.',
      passwordReset: 'Your new password is set. Please sign in with it.',
    },
    secondFactor: {
      title: 'Enter your code',
      lead: 'Open your authenticator app (such as Google Authenticator) and enter the 6-digit number it shows. The number changes every 30 seconds.',
      submit: 'Confirm',
      lost: 'If you lost the phone with your authenticator app, or changed phones, please call the phone desk (staff: contact your administrator).',
      otherAccount: 'Sign out and stop',
      passkeyTitle: 'Confirm it is you',
      passkeyLead:
        'Confirm it is you with the passkey registered to this account. Press the button below and follow the instructions on the screen: use your fingerprint, your face or the screen-lock PIN.',
      bothLead: 'Use your passkey, or enter the code from your authenticator app. Either one is enough.',
      usePasskey: 'Use my passkey',
      codeInstead: 'Use a code from the authenticator app',
      lostPasskey:
        'If you lost the device with your passkey, or changed devices, please call the phone desk (staff: contact your administrator).',
    },
    forgot: {
      title: 'Forgot your password?',
      lead: 'Enter the e-mail address you registered. We will e-mail you a link to set a new password.',
      submit: 'Send the e-mail',
    },
    reset: {
      title: 'Set a new password',
      lead: 'Enter your new password. Once it is set, you are signed out on every other device.',
      submit: 'Set the password',
    },
    invitation: {
      title: 'Activate your staff account',
      lead: 'Thank you for accepting the invitation. First choose a password; then you will set up two-step verification (a passkey or an authenticator app).',
      submit: 'Set the password and continue',
    },
    totp: {
      title: 'Set up an authenticator app',
      alreadyOn: 'An authenticator app is already set up.',
      leadRequired:
        'Staff accounts need a code from an authenticator app, as well as the password, every time they sign in. Please set it up first.',
      leadOptional:
        'Once set up, you enter a code from the authenticator app as well as your password when you sign in. Even if someone learns your password, they cannot easily sign in.',
      step1Title: '1. Get an authenticator app',
      step1:
        'Install a free authenticator app such as Google Authenticator or Microsoft Authenticator on your phone.',
      step2Title: '2. Add this account to the app',
      step2Qr: 'If you are looking at this page on a computer, scan this QR code with the app.',
      qrAlt: 'QR code for adding this account to an authenticator app',
      step2Phone: 'If you use the app on this phone, this button opens it.',
      openApp: 'Open in the authenticator app',
      step2Key: 'If you cannot scan it, choose "Enter a setup key" in the app and type this key.',
      keyAccount: 'Account name: your e-mail address',
      keyType: 'Type of key: time-based',
      copy: 'Copy the key',
      copied: 'Copied',
      step3Title: '3. Enter the 6-digit number the app shows',
      submit: 'Finish the setup',
      sectionTitle: 'Authenticator app (two-step verification)',
      on: 'Set up',
      off: 'Not set up',
      onExplained: 'When you sign in, you also enter a code from your authenticator app.',
      offExplained:
        'At present your password alone signs you in. An authenticator app makes the account safer.',
      offWithPasskey:
        'You do not use an authenticator app. When you sign in, you confirm it is you with a passkey.',
      setUp: 'Set up an authenticator app',
      remove: 'Remove the authenticator app',
      removeExplained:
        'After removing it, your password alone will sign you in. To remove it, enter the 6-digit number the app shows now.',
      removeSubmit: 'Remove',
      removeExplainedWithPasskey:
        'After removing it, you will still confirm it is you with a passkey when you sign in. To remove it, enter the 6-digit number the app shows now.',
    },
    enrol: {
      title: 'Set up two-step verification',
      lead: 'Staff accounts need a second check, as well as the password, every time they sign in. Please choose one of these two ways. You can add the other way later in your account settings.',
      passkey: {
        title: 'Passkey',
        explained:
          'Confirm it is you with the fingerprint or face recognition of your phone or computer, or with its screen-lock PIN. No numbers to type.',
        needs: 'You need: a phone or computer with fingerprint, face recognition or a screen-lock PIN',
        choose: 'Use a passkey',
      },
      app: {
        title: 'Authenticator app',
        explained:
          'Enter the 6-digit number shown in an authenticator app on your phone every time you sign in.',
        needs: 'You need: a phone with an authenticator app (such as Google Authenticator, free)',
        choose: 'Use an authenticator app',
      },
      other: 'Choose the other way',
      passkeyPage: {
        title: 'Register a passkey',
        lead: 'You are registering a passkey on the device you are using now.',
        submit: 'Register the passkey',
      },
    },
    passkeys: {
      sectionTitle: 'Passkeys (sign in with fingerprint, face or PIN)',
      explained:
        'With a passkey, after your password you confirm it is you with the fingerprint or face recognition of your phone or computer, or with its screen-lock PIN. You do not need to type a code.',
      private: 'Your fingerprint and face stay on your device; they are never sent to the hospital.',
      none: 'No passkey is registered yet.',
      listLabel: 'Registered passkeys',
      createdAt: 'Registered: {{at}}',
      lastUsedAt: 'Last used: {{at}}',
      neverUsed: 'Not used to sign in yet.',
      addTitle: 'Add a passkey on this device',
      nameLabel: 'Name of the passkey',
      nameHint: 'A name that lets you tell it apart later. Example: this phone, office computer',
      nameTooLong: 'Please keep the name to 60 characters or fewer.',
      defaultNamePhone: 'This phone',
      defaultNameComputer: 'This computer',
      addHint:
        'When you press the button, your device asks you to confirm. Follow the instructions on the screen: use your fingerprint, your face or the screen-lock PIN.',
      add: 'Add a passkey',
      addedNotice:
        'The passkey is added. From now on you will confirm it is you with the passkey when you sign in.',
      remove: 'Remove',
      removeLabel: 'Remove the passkey "{{name}}"',
      removeTitle: 'Remove the passkey "{{name}}"?',
      removeExplained: 'Once removed, this passkey can no longer be used to sign in.',
      removeLast: 'You will have no other second check, so from then on your password alone signs you in.',
      removeDevice: "The passkey left on the device can be deleted in the device's settings.",
      removeConfirm: 'Remove',
      onlyFactor:
        'Staff accounts must keep at least one second check. To remove this passkey, first set up another passkey or an authenticator app.',
      errors: {
        cancelledAdd:
          'The passkey is not registered yet: the confirmation was closed or the time ran out. Please press the button again.',
        cancelledSignIn:
          'The passkey check did not finish: the confirmation was closed, the time ran out, or this device has no passkey for this account. Please press the button again.',
        alreadyRegistered: 'This device already has a passkey for this account.',
        unsupported:
          'This browser cannot use passkeys. Please try an up-to-date browser (Chrome, Safari, Edge, …).',
        wrongAddress:
          'Passkeys do not work at this page address. Please open the address (URL) the hospital gave you.',
        notRecognised: 'We could not confirm the passkey. Please try again.',
        lastFactor:
          'Staff accounts must keep at least one second check. Please first set up another passkey or an authenticator app.',
      },
    },
    settings: {
      title: 'Account settings',
    },
    password: {
      title: 'Change your password',
      submit: 'Change the password',
      done: 'Your password is changed. You have been signed out on every other device.',
    },
    sessions: {
      title: 'Devices signed in',
      lead: 'These are the devices signed in to this account. If you do not recognise one, sign it out and then change your password.',
      unknownDevice: 'Unknown device',
      thisDevice: 'This device',
      started: 'Signed in: {{at}}',
      lastSeen: 'Last used: {{at}}',
      ip: 'IP address: {{ip}}',
      end: 'Sign out there',
      endLabel: '{{device}}: Sign out there',
    },
    menu: {
      signIn: 'Sign in',
      name: '{{name}}',
      label: 'Menu of {{name}}',
      continue: 'Continue signing in',
      signOut: 'Sign out',
    },
    roles: {
      patient: 'Patient',
      coordinator: 'Liaison centre coordinator',
      doctor: 'Doctor',
      admin: 'Administrator',
    },
  },
};
