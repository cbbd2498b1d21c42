import type { Resources } from '../ja.js';

/** English texts: the primary physician's upload page, a full translation of the Japanese. */
export const enPhysician: Pick<Resources, 'physicianUpload'> = {
  physicianUpload: {
    page: {
      title: 'Sending material (for the primary physician)',
      lead: 'A patient of yours has applied for a second opinion at {{service}}, {{hospital}}. Please send the material below. No account is needed.',
      expires: 'This link works until {{date}}',
      askedTitle: 'What we ask you to send',
      privacy:
        'This page shows only the receipts of what you send from it. None of the patient’s other documents are shown.',
      sendTitle: 'Send the material',
      imagingHint:
        'For an imaging CD, open the CD on a computer and use “Choose a whole folder (imaging CD etc.)” to choose its folder as it is. Viewer software is left out automatically; only the images are sent.',
      loadFailed: 'This page could not be loaded. Please check your connection and try again.',
      retry: 'Load again',
    },
    failure: {
      linkClosed:
        'This link can no longer be used (it has expired, or the sending was finished). To send the rest, please ask the patient or the hospital for a new link.',
    },
    receipts: {
      title: 'Sent from this page',
      empty: 'Nothing has been sent yet.',
      received: 'Received (checked)',
      file: '{{name}} ({{size}})',
      imagingCd: 'Imaging CD (DICOM) files: {{count}} ({{size}} in all)',
      infected: 'A virus was found in “{{name}}”, so it cannot be used. Please send another file.',
    },
    finish: {
      title: 'Finish sending',
      body: 'When you have sent everything, press the button below. The link then closes and cannot be used to send any more.',
      button: 'Finish sending (close the link)',
      busy: 'Some files are still being sent. Please wait until they have arrived.',
      confirmTitle: 'Finish sending?',
      confirmBody:
        'Once the link is closed, nothing more can be sent through it. To add material later, please ask the patient or the hospital for a new link.',
      confirmBodyNothing:
        'You have not sent anything yet. Once the link is closed, nothing can be sent through it.',
      confirm: 'Finish',
    },
    done: {
      title: 'Thank you',
      body: 'Your material has been sent and the link is now closed. You may close this page.',
      count: 'Files received: {{count}}',
      contact: 'If you have any questions, please call the hospital’s phone desk.',
    },
    invalid: {
      title: 'This link cannot be used',
      body: 'This link has expired, or the sending was already finished. To send material, please ask the patient or the hospital for a new link.',
      contact: 'The hospital’s phone desk',
    },
  },
};
