import type { Resources } from '../ja.js';

/** English texts: the eligibility pre-check, a full translation of the Japanese. */
export const enPrecheck: Pick<Resources, 'precheck'> = {
  precheck: {
    link: 'Check whether you can apply',
    linkLead:
      'Answer a few questions to find out at once whether you can apply and which documents you need.',
    title: 'Check whether you can apply',
    intro: {
      lead: 'Please answer a few questions, one at a time. At the end you will see at once whether you can apply and the documents you will need.',
      points: {
        time: 'It takes about 5 minutes.',
        noAccount: 'You do not need an account.',
        family: 'A family member may answer for the patient.',
        device:
          'Your answers are kept only on this device (phone or computer). If you stop halfway, you can carry on later.',
      },
      have: "Helpful to have at hand: the patient's date of birth, and the department and diagnosis the primary physician told you",
      start: 'Start',
    },
    stepOf: 'Question {{current}} / {{total}}',
    saved: 'Your answers are saved on this device',
    back: 'Back',
    next: 'Next',
    showOutcome: 'See the result',
    errors: {
      choose: 'Please choose one answer.',
      relationship: 'Please choose the relationship.',
      birthDate: 'Please choose the year, the month and the day.',
      birthDateInvalid: 'This date does not exist. Please choose the day again.',
      birthDateFuture: 'This date is after today. Please choose again.',
      purposes: 'Please choose at least one.',
      conditionText: 'Please type the name of the illness. If you do not know it, type "not known".',
    },
    questions: {
      attendance: {
        title: 'Who will take part in the video consultation?',
        hint: 'In principle, the patient consults in person.',
        options: {
          patient: { label: 'Only the patient', hint: '' },
          patient_with_family: { label: 'The patient and family', hint: 'Family listen in together.' },
          family_only: { label: 'Only family', hint: 'The patient does not take part.' },
        },
      },
      familyRelationship: {
        title: 'How is each family member who takes part related to the patient?',
        hint: 'For example, the patient’s daughter or son chooses “Child”. If several family members take part, choose for each of them.',
        member: 'Family member {{n}}',
        choose: 'Please choose',
        add: 'Add another family member',
        remove: 'Remove family member {{n}}',
      },
      familyLivesWith: {
        title: 'Does this family member live with the patient?',
        hint: 'It decides which document proves the relationship (living together: resident record; living apart: family register).',
        member: 'Family member {{n}} ({{relationship}})',
        together: 'Yes, we live together',
        apart: 'No, we live apart',
      },
      birthDate: {
        title: "What is the patient's date of birth?",
        hint: 'Please choose the year, the month and the day.',
        year: 'Year of birth',
        month: 'Month',
        day: 'Day',
        choose: 'Please choose',
        // Month and day share a row on a phone: a longer word would be cut off there.
        chooseShort: 'Choose',
        yearOption: '{{year}} ({{era}})',
        dayOption: '{{day}}',
        summary: 'Born {{date}} ({{era}}), {{age}} years old',
      },
      deceased: {
        title: 'We are sorry to have to ask: is the patient still living?',
        hint: 'We ask this of everyone who consults without the patient.',
        alive: 'Yes, the patient is living',
        deceased: 'No, the patient has died',
      },
      consent: {
        title: 'Can the patient sign the consent form?',
        hint: 'When only family take part, we need a consent form signed by the patient.',
        options: {
          signed: { label: 'Yes, the patient can sign it (or has signed it)', hint: '' },
          unable_to_sign_noted: {
            label: 'The patient cannot sign because of their condition',
            hint: 'A written note giving the reason replaces the signature.',
          },
          none: { label: 'No, the patient does not agree', hint: '' },
        },
      },
      livesInJapan: {
        title: 'Does the patient live in Japan?',
        hint: '',
        yes: 'Yes, in Japan',
        no: 'No, outside Japan',
      },
      nationality: {
        title: 'Is the patient a Japanese national?',
        hint: '',
        yes: 'Yes, Japanese',
        no: 'No, another nationality',
      },
      insurance: {
        title: 'Does the patient have Japanese public health insurance?',
        hint: 'National Health Insurance, an employer’s health insurance, the late-stage elderly scheme and so on. The fee for this consultation itself is not covered by insurance.',
        yes: 'Yes',
        no: 'No',
      },
      physician: {
        title:
          'Does the primary physician agree to the second opinion and will they write a referral letter?',
        hint: 'The primary physician is the doctor in charge at the hospital the patient attends now. A referral letter is always needed.',
        yes: 'Yes, they agree',
        no: 'No, or we have not asked yet',
      },
      materials: {
        title: 'Can you provide test results and images along with the referral letter?',
        hint: 'Blood test results, X-ray, CT or MRI images and so on. The primary physician’s hospital can prepare them.',
        yes: 'Yes, we can',
        no: 'No, we cannot',
      },
      purposes: {
        title: 'What would you like from the consultation?',
        hint: 'Choose everything that applies.',
        options: {
          diagnosis_opinion: 'An opinion on the current diagnosis',
          treatment_opinion: 'An opinion on the current treatment',
          prognosis_opinion: 'An opinion on future treatment options and the outlook',
          wants_examination_or_treatment: 'To be examined or treated at this hospital',
          wants_transfer: 'To transfer to this hospital',
          complaint_about_physician: 'To talk about dissatisfaction with the primary physician',
          malpractice_or_litigation: 'To talk about a medical accident or a lawsuit',
          medical_cost_question: 'To ask about medical costs or financial support',
        },
      },
      department: {
        title: 'Which department would you like to consult?',
        hint: 'Please decide together with the primary physician.',
      },
      condition: {
        title: 'Which illness would you like to consult about?',
        hint: 'The illnesses {{department}} mainly gives opinions on.',
        other: 'An illness not on this list',
        otherHint: 'You can still apply; we will check.',
        otherText: 'Name of the illness',
        otherTextHint: 'Type the diagnosis the primary physician told you.',
      },
      fromJapan: {
        title: 'Will you join the video call from inside Japan?',
        hint: 'The video call can only be used from inside Japan.',
        yes: 'Yes, from inside Japan',
        no: 'No, from abroad',
      },
    },
    outcome: {
      title: {
        eligible: 'You can apply',
        needs_review: 'You can apply (we will check)',
        ineligible: 'We cannot accept this as it stands',
      },
      lead: {
        eligible: 'From your answers, you can apply for a second opinion.',
        needs_review:
          'You can apply. We will first check the point below, then call you to say whether we can help.',
        ineligible:
          'For the reasons below we cannot accept a consultation with these answers. For each one we say what you can do.',
      },
      note: 'This is a guide before you apply. Whether we can accept the consultation is decided after you apply; we will call you.',
      reasonsTitle: 'Reasons, and what you can do',
      whatYouCanDo: 'What you can do',
      changeAnswer: 'Change this answer',
      documentsTitle: 'Your documents',
      documentsLead: 'Please have the following ready when you apply.',
      documentsLeadIneligible: 'For reference: the documents an application would need.',
      nextTitle: 'What to do next',
      signUp: 'Create an account and apply',
      signUpHint: 'The account is always the patient’s, also when family do the paperwork.',
      signIn: 'Already have an account? Sign in and apply',
      apply: 'Go to the application',
      savedNote: 'Your answers are saved on this device. Your application can start from them (for 30 days).',
      phoneTitle: 'Talk to us by phone',
      phoneLead: 'If anything is unclear, please call us.',
      edit: 'Review the answers',
      restart: 'Delete the answers and start again',
      checking: 'Checking…',
      failed: 'We could not get the result. Your answers are still here.',
      retry: 'Check again',
      departmentsLink: 'See the departments that give second opinions',
      advice: {
        REQUESTER_NOT_ELIGIBLE:
          'Please review who will take part. The patient, or family within {{degree}} degrees of kinship, can consult. If unsure, please call us.',
        PATIENT_CONSENT_MISSING:
          'Please ask the patient to sign the consent form. Once they have agreed to sign it, change the answer and check again.',
        PATIENT_DECEASED:
          'If you would like to know about the treatment the patient received, please ask the hospital that treated them.',
        WANTS_EXAMINATION_OR_TREATMENT:
          'If an opinion is all you need, untick “To be examined or treated at this hospital” and check again.',
        WANTS_TRANSFER:
          'If an opinion is all you need, untick “To transfer to this hospital” and check again.',
        COMPLAINT_OR_LITIGATION: 'If an opinion is all you need, untick this wish and check again.',
        MEDICAL_COST_QUESTION: 'If an opinion is all you need, untick this wish and check again.',
        NO_PRIMARY_PHYSICIAN_CONSENT:
          'First tell the primary physician that you would like a second opinion. Once they agree, change the answer and check again.',
        MATERIALS_UNAVAILABLE:
          'Ask the primary physician’s hospital whether they can prepare the referral letter, test results and images. Once they can, change the answer and check again.',
        NO_SPECIALIST_AVAILABLE:
          'Please look at the list of departments and choose again together with the primary physician.',
        CONDITION_NEEDS_REVIEW: 'You can apply as it is. We will call you to say whether we can help.',
        FOREIGN_RESIDENT_WITHOUT_JAPANESE_INSURANCE:
          'If the patient has Japanese health insurance, change the answer and check again.',
        OUTSIDE_JAPAN: 'If you can join on a day you are in Japan, change the answer and check again.',
        NO_OPINION_REQUESTED:
          'Please choose what you want an opinion on: the current diagnosis, the current treatment, or the outlook.',
      },
    },
    deceased: {
      title: 'Please accept our sincere condolences',
      body: 'The second-opinion service cannot give an opinion about a patient who has died.',
      advice:
        'If you would like to know about the treatment the patient received, please ask the hospital that treated them.',
      phoneLead: 'If you have any questions, please call us.',
      change: 'Change the answer',
    },
  },
};
