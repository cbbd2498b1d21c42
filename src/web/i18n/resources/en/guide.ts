import type { Resources } from '../ja.js';

/** English texts: guide, a full translation of the Japanese. */
export const enGuide: Pick<
  Resources,
  | 'app'
  | 'nav'
  | 'phoneDesk'
  | 'home'
  | 'about'
  | 'eligibility'
  | 'documents'
  | 'departments'
  | 'fees'
  | 'steps'
  | 'contact'
  | 'footer'
> = {
  app: {
    skipToContent: 'Skip to main content',
    language: 'Language',
    languageName: 'English',
    switchTo: '日本語',
    switchToLabel: '日本語に切り替える',
    menu: 'Menu',
    loading: 'Loading…',
    loadFailed: 'We could not load the information. Please check your connection and try again.',
    retry: 'Try again',
    notFoundTitle: 'Page not found',
    notFoundBody: 'The page you are looking for may have moved or no longer exists.',
    backHome: 'Back to the guide',
  },
  nav: {
    home: 'Guide home',
    about: 'What a second opinion is',
    eligibility: 'Who can consult, and who cannot',
    documents: 'Documents and material to send',
    departments: 'Departments and diseases',
    fees: 'Days, time and fees',
    steps: 'Steps to your consultation',
    contact: 'Contact and postal address',
    guideSections: 'Sections of the guide',
    previous: 'Previous',
    next: 'Next',
  },
  phoneDesk: {
    openNow: 'The phone desk is open now (until {{closesAt}})',
    closedNow: 'The phone desk is closed now. It opens again {{nextOpensAt}}',
    option: 'After the recorded message, choose "{{option}}"',
    hours: 'Open {{opensAt}}–{{closesAt}}',
    closedDays: 'Closed on {{days}}',
    holidays: 'national holidays',
    yearEnd: 'the year-end and new-year break ({{from}}–{{to}})',
    call: 'Call {{number}}',
  },
  home: {
    lead: 'You can ask a specialist other than your own doctor for a "second opinion" on the diagnosis and treatment of your illness. The consultation is a video call on a computer or smartphone, from home.',
    pointsTitle: 'Important points',
    points: {
      second: 'It is a chance to hear a second opinion from a specialist other than your primary physician.',
      noTreatment: 'There is no examination, test or treatment.',
      referral: 'A referral letter from your primary physician is always required.',
      video:
        'The consultation is a video call on a computer or smartphone. You do not need to come to the hospital.',
      selfPay: 'Health insurance does not cover it; you pay the full fee yourself. {{fees}} (tax included).',
      online: 'You apply and send your material on this website instead of by post.',
    },
    readFirst: 'Please read every section carefully before you apply.',
  },
  about: {
    whatTitle: 'What this service is',
    what: "Patients who are being treated at another hospital receive our specialist's opinion on their current diagnosis and treatment. The opinion helps you choose your own treatment.",
    coversTitle: 'What the opinion can cover',
    covers: {
      current: 'Your current diagnosis and treatment',
      future: 'Future treatment options and the outlook',
    },
    notTitle: 'What it does not include',
    not: 'We do not carry out new tests or treatment, and we do not prescribe medicine.',
    referralTitle: 'Why a referral letter is needed',
    referral:
      "The opinion is about your primary physician's diagnosis and treatment plan, so a referral letter (診療情報提供書) and test data from your primary physician are always needed.",
    appointmentTitle: 'By appointment only',
    appointment: 'You cannot consult without an appointment. Consultation days differ by department.',
  },
  eligibility: {
    whoTitle: 'Who can consult',
    patient: 'In principle, the patient consults in person. Family members may join.',
    family:
      'If the patient really cannot take part, family members within the {{degree}} degree of kinship may consult on their own (with some exceptions).',
    familyNeeds:
      "In that case we need the patient's signed consent form and a document that shows the family relationship.",
    cannotSign:
      'If the patient cannot sign the consent form because of their condition, please add a written note saying so.',
    minor:
      'If the patient is under {{age}}, no consent form is needed. Please send a copy of a document that shows the relationship, such as the health insurance card.',
    degreesTitle: 'Examples of family within the {{degree}} degree',
    degree: 'Degree {{degree}}',
    spouse: 'Spouse',
    inLawsIncluded: "The spouse's relatives (parents-in-law, siblings-in-law and so on) are included.",
    inLawsExcluded: "The spouse's relatives (parents-in-law, siblings-in-law and so on) are not included.",
    refusedTitle: 'When we cannot accept a consultation',
    refused: {
      notFamily: 'A request from anyone other than the patient or family within the {{degree}} degree',
      noConsent:
        "A family-only consultation without the patient's consent form (except when the patient is under {{age}})",
      treatment: 'Wanting tests or treatment at this hospital during the consultation',
      transfer: 'Wanting to transfer to this hospital from the outset',
      complaint: 'Complaints about the primary physician, medical malpractice, or matters in litigation',
      deceased: 'A consultation about a patient who has died',
      costs: 'Questions about medical costs or medical benefits',
      noAgreement: 'The primary physician does not agree',
      noMaterials: 'The material we ask for (referral letter, test data, images) cannot be provided',
      noSpecialist: 'We have no specialist for the field in question',
      noBooking: 'No appointment has been made (appointments only)',
    },
    abroadTitle: 'Living abroad, or consulting from abroad',
    foreign: 'We cannot accept foreign nationals who live abroad and have no Japanese health insurance.',
    outside: 'The video service may only be used in Japan. We cannot accept consultations from abroad.',
  },
  documents: {
    intro:
      'What you need depends on your situation and the department. When you apply, you will see the exact list for you.',
    physicianTitle: 'To ask your primary physician for',
    referral: 'Referral letter (診療情報提供書)',
    dataTitle: 'Test data and material needed for the opinion',
    dataIntro: 'This depends on the illness. For example:',
    data: {
      blood: 'Blood test records',
      physiological: 'Physiological test results (ECG, respiratory function, EEG and so on)',
      xray: 'X-ray images',
      ultrasound: 'Ultrasound results and images',
      ctMri: 'CT and MRI images',
      pathology: 'Pathology reports',
    },
    noSlides: 'Please do not send glass slides (プレパラート).',
    applicantTitle: 'For the patient (or family) to fill in',
    applicationForm: 'Second-opinion application form',
    consultationSheet: 'Second-opinion consultation sheet',
    onlineForms:
      'You fill in both on this website when you apply. You can print them if you want a paper copy.',
    familyTitle: 'Also needed when only family members consult',
    consentForm: "The patient's signed consent form (not needed when the patient is under {{age}})",
    proxyIds:
      'Identity documents of every attending family member (copies of a driving licence, health insurance card or similar)',
    relationshipTitle: 'Proof of the relationship to the patient',
    livingTogether: 'Living together: resident record (住民票) or similar',
    livingApart: 'Living apart: family register (戸籍謄本) or similar',
    minorProof:
      'Patient under {{age}}: a copy of a document showing the relationship, such as the health insurance card',
    departmentTitle: 'Needed by particular departments',
    forCondition: '{{department}}: consultations about "{{condition}}"',
    forDepartment: '{{department}}: every consultation',
    beforeDateTitle: 'To register before the consultation day',
    identity: 'An image of an identity document (driving licence, health insurance card and so on)',
    card: 'A credit card for the payment',
    retentionTitle: 'About the material you send',
    retention:
      'The material you send is kept as part of our medical record. It cannot be returned or deleted. Before you submit, you can still remove a file you added by mistake.',
  },
  departments: {
    intro: 'Departments you can consult, and the main diseases they cover.',
    notListed: 'If your disease is not listed, we will check your case and tell you whether we can help.',
    mayNotAccept:
      'Even for a listed disease, we may not be able to offer an online second opinion because of the question asked or the schedule.',
    weekdays: 'Consultation days',
    conditions: 'Main diseases',
    requirements: 'Documents this department needs',
    listSeparator: ', ',
  },
  fees: {
    daysTitle: 'Consultation days',
    appointment: 'By appointment only. Consultation days differ by department.',
    candidates:
      'If we can accept your consultation, we tell you possible dates and agree on one with you (sometimes it is not possible).',
    timeTitle: 'Consultation time',
    unit: 'Consultations are counted in {{unit}}-minute units and can be extended to at most {{max}} minutes when needed.',
    actual:
      'The fee is set by the actual length of the consultation. Time the doctor spends looking at your material during the session counts.',
    feeTitle: 'Fees',
    tableCaption: 'Consultation fee (tax included, consumption tax {{tax}}%)',
    duration: 'Length',
    amount: 'Fee',
    upTo: 'Up to {{minutes}} minutes',
    overUpTo: 'Over {{from}}, up to {{minutes}} minutes',
    maxNote: 'The longest consultation is {{max}} minutes.',
    selfPay: 'This is private care: health insurance does not apply.',
    payment: 'After the consultation the fee is charged to the credit card you registered.',
  },
  steps: {
    intro: 'The steps from applying to consulting and paying.',
    step: 'Step {{n}}',
    items: {
      discuss: {
        title: 'Talk to your primary physician',
        body: 'Tell the doctor treating you now that you would like a second opinion and get their agreement. Choose the department together.',
      },
      referral: {
        title: 'Ask for the referral letter and test data',
        body: 'Ask your primary physician to prepare the referral letter (診療情報提供書) and the test data.',
      },
      apply: {
        title: 'Apply on this website',
        body: 'Read this guide, fill in the application form and consultation sheet, and upload the referral letter, images and other material. Give a phone number we can reach on weekdays during the day.',
      },
      call: {
        title: 'We will phone you',
        body: 'The {{liaison}} phones you about whether we can accept, any extra material needed, and the date.',
      },
      register: {
        title: 'Register before the day',
        body: "On the patient's account, register an image of an identity document and a credit card. The patient's account is needed even when only family members consult.",
      },
      book: {
        title: 'Book the appointment',
        body: 'Book the department, date and time agreed with us. To change or cancel, first phone us, then change it online yourself. Changes are possible until the day before.',
      },
      day: {
        title: 'On the day',
        body: 'Be ready {{ready}} minutes before your time with a computer or smartphone that has a camera and microphone. The doctor calls you within {{window}} minutes of your booked time. The start may shift with the clinic’s situation.',
        notes: {
          max: 'A consultation lasts at most {{max}} minutes.',
          noSharing:
            'CT, MRI and other images cannot be shared on screen. The doctor reviews your images beforehand and explains them.',
          oneDevice: 'Only one device can take part. You cannot connect from several devices at once.',
        },
      },
      pay: {
        title: 'Payment',
        body: 'The fee, set by the actual consultation time, is charged to your registered credit card.',
      },
      report: {
        title: 'Receive the written opinion',
        body: "The specialist's opinion is written up and sent to you and to your primary physician.",
      },
    },
  },
  contact: {
    phoneTitle: 'Questions by phone',
    postalTitle: 'Postal address for documents',
    postalNote: 'You can upload documents on this website. If you post them, send them to:',
    postalCode: '〒{{code}}',
    addressee: 'Attn: {{recipient}}',
    helpTitle: 'Help with the video call',
    help: 'If you have trouble using the video call, please phone the desk above.',
    privacyTitle: 'How we handle personal information',
  },
  footer: {
    contact: 'Contact',
  },
};
