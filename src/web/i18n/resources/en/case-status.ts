import type { Resources } from '../ja.js';

/** English: my applications and the status of one (a full translation). */
export const enCaseStatus: Pick<Resources, 'caseStatus'> = {
  caseStatus: {
    list: {
      title: 'My applications',
      empty: 'There are no applications yet.',
      precheck: 'First check whether you can apply',
      new: 'Start a new application',
      caseNumber: 'Case number {{number}}',
      draft: 'Draft (not sent yet)',
      department: 'Department: {{department}}',
      submittedAt: 'Sent: {{at}}',
      updatedAt: 'Last saved: {{at}}',
      continue: 'Continue the application',
      seeStatus: 'See the status',
    },
    nextActor: {
      applicant: 'There is something for you to do now.',
      liaison_centre: 'The hospital’s {{centre}} is handling it now.',
      department: 'A doctor of the department is handling it now.',
      nobody: 'Nothing needs to be done now.',
    },
    status: {
      draft: {
        label: 'Not sent yet (draft)',
        explain: 'The application is unfinished or has not been sent.',
        todo: 'Continue the application and press “Send the application” on the last screen. The sooner it is sent, the sooner you can consult.',
      },
      submitted: {
        label: 'Application received',
        explain:
          'The application and the documents have reached the hospital. The hospital will now check them.',
        todo: 'Nothing to do for now. Once checked, the hospital will phone you.',
      },
      screening: {
        label: 'The hospital is checking the application',
        explain: 'Hospital staff are checking the application and the documents.',
        todo: 'Nothing to do for now. Please be ready to take the hospital’s call.',
      },
      awaiting_information: {
        label: 'More documents or information are needed',
        explain:
          'To check the application, more documents or information are needed. What is needed is written below, under “The hospital is asking you for more material”.',
        todo: 'Please send the requested documents as soon as you can, then press “I have sent the material”. The application cannot move on until they arrive.',
      },
      department_review: {
        label: 'The department is considering it',
        explain: 'A doctor of the department is considering whether the consultation can be accepted.',
        todo: 'Nothing to do for now. The hospital will phone you with the result.',
      },
      accepted: {
        label: 'The consultation has been accepted',
        explain: 'The department has accepted the consultation. The date will now be arranged.',
        todo: 'The hospital will phone you about the date. Please wait for the call.',
      },
      declined: {
        label: 'The consultation could not be accepted this time',
        explain:
          'After consideration, the department cannot accept the consultation this time. The reason is written under “What has happened”.',
        todo: 'If anything is unclear, please phone us. Please also talk with the primary physician.',
      },
      scheduling: {
        label: 'The date is being arranged',
        explain: 'The date and time of the consultation are being arranged.',
        todo: 'The hospital will phone you with possible dates. Please wait for the call.',
      },
      scheduled: {
        label: 'Possible dates have been offered',
        explain: 'Possible dates and times for the consultation have been offered to you.',
        todo: 'Please book the date and time that suit you from those offered, with this account.',
      },
      booked: {
        label: 'Booked',
        explain:
          'The date and time of the consultation are fixed. To change or cancel, first phone the hospital, by the end of the day before.',
        todo: 'Prepare a smartphone or computer with a camera and microphone, and be ready before the booked time. The doctor will call you.',
      },
      in_consultation: {
        label: 'Consultation in progress',
        explain: 'The video consultation is taking place now.',
        todo: 'Please stay in the call.',
      },
      consulted: {
        label: 'The consultation has ended',
        explain: 'The consultation has ended. The fee depends on how long it took.',
        todo: 'Nothing to do for now. The fee is charged to the registered credit card.',
      },
      billed: {
        label: 'The fee has been charged',
        explain: 'The consultation fee has been charged to the registered credit card.',
        todo: 'Nothing to do for now. A report of the consultation will be sent to the primary physician.',
      },
      reported: {
        label: 'The report has been sent to the primary physician',
        explain: 'A written report of the consultation has been sent to the primary physician.',
        todo: 'Please talk with the primary physician about what comes next.',
      },
      closed: {
        label: 'Completed',
        explain: 'Everything for this consultation is complete.',
        todo: 'Nothing to do.',
      },
      withdrawn: {
        label: 'Application withdrawn',
        explain:
          'The application has been withdrawn. The documents you sent are kept as part of the hospital’s records.',
        todo: 'To consult again, please start a new application.',
      },
      cancelled: {
        label: 'Booking cancelled',
        explain: 'The booking for the consultation has been cancelled.',
        todo: 'To consult on another day, please phone the hospital.',
      },
      no_show: {
        label: 'Nobody joined at the booked time',
        explain: 'Nobody joined the video call at the booked time.',
        todo: 'Please phone us.',
      },
    },
    page: {
      title: 'Application status',
      submittedTitle: 'The application has been sent',
      submittedLead: 'Your case number is {{number}}. Please give this number when you contact us.',
      nextTitle: 'What happens next',
      phoneTitle: 'Ask by phone',
      phoneLead: 'If anything is unclear, please phone us.',
      backToList: 'Back to my applications',
    },
    timeline: {
      title: 'What has happened',
      movedTo: 'Now: “{{status}}”',
      other: 'The application moved on',
      types: {
        created: 'Application started',
        submit: 'Application sent',
        startScreening: 'The hospital started checking the application',
        requestInformation: 'More documents or information were requested',
        provideInformation: 'The requested documents or information arrived',
        sendToDepartmentReview: 'Passed to the department for consideration',
        accept: 'The consultation was accepted',
        decline: 'The consultation could not be accepted this time',
        startScheduling: 'Arranging the date started',
        offerSlots: 'Possible dates were offered',
        book: 'Booked',
        changeBooking: 'The booking was changed',
        cancelBooking: 'The booking was cancelled',
        startConsultation: 'The consultation started',
        endConsultation: 'The consultation ended',
        markNoShow: 'Nobody joined at the booked time',
        bill: 'The fee was charged',
        sendReport: 'The report was sent to the primary physician',
        close: 'Completed',
        withdraw: 'The application was withdrawn',
        document_added: 'A document arrived',
      },
      actors: {
        patient: 'You',
        coordinator: 'Hospital staff',
        doctor: 'Doctor',
        admin: 'The hospital',
        system: 'Automatic step',
        physician: 'Primary physician',
      },
    },
    request: {
      title: 'The hospital is asking you for more material',
      askedAt: 'Asked on {{at}}',
      messageTitle: 'What the hospital asks',
      itemsTitle: 'Material asked for',
      noItems: 'No particular document is asked for. Please read the request above.',
      state: {
        arrived: 'Arrived',
        notYet: 'Not yet',
        sendAgain: 'Not yet (please send it again)',
      },
      toUpload: 'Go to the page for sending material',
      confirmLead:
        'When you have sent the material, press “I have sent the material” below. The hospital will then continue checking.',
      confirm: 'I have sent the material',
      blocked: {
        nothingSent:
          'You cannot press it yet: no new material has arrived. First send the material from the page for sending material. If you posted it, please phone us.',
        closed:
          'This request has already been dealt with. The current state is shown at the top of this page.',
      },
      loadFailed: 'The hospital’s request could not be loaded.',
      retry: 'Load it again',
      confirmFailed: 'We could not pass on “I have sent the material”.',
      doneTitle: 'Thank you. We have told the hospital',
      done: 'Hospital staff will check the material that arrived. For now, there is nothing you need to do.',
      uploadBanner: {
        title: 'The hospital is asking you for more material',
        body: 'When you have sent it, go back to the “Application status” page and press “I have sent the material”.',
        back: 'Back to “Application status”',
      },
    },
    messages: {
      title: 'Messages with the hospital',
      lead: 'You can write to the hospital’s {{centre}} on this page. If it is urgent, please phone.',
      none: 'There are no messages yet.',
      thread: 'Messages so far (oldest first)',
      fromMe: 'You',
      fromStaff: 'Hospital ({{name}})',
      fromCentre: 'Hospital',
      readByCentre: 'Read by the hospital',
      notReadYet: 'Not read by the hospital yet',
      loadFailed: 'The messages could not be loaded.',
      compose: 'Message to the hospital',
      composeHint:
        'You can read the reply on this page. We e-mail you when a reply arrives, but the e-mail never contains the message itself.',
      charactersLeft: '{{left}} characters left (up to {{max}})',
      empty: 'Please write a message before sending.',
      tooLong: 'Please keep it to {{max}} characters.',
      send: 'Send the message',
      sent: 'Your message was sent. Please wait for the hospital’s reply.',
      sendFailed: 'The message could not be sent. What you wrote is still here. Please try again.',
    },
    withdraw: {
      title: 'Withdraw the application',
      lead: 'If you no longer want the consultation, you can withdraw the application, up to the consultation.',
      button: 'Withdraw the application',
      done: 'The application has been withdrawn.',
      confirmTitle: 'Withdraw the application?',
      confirmBody:
        'This cannot be undone. To consult later, you would start a new application. The documents you sent are kept as part of the hospital’s records.',
      confirm: 'Withdraw',
    },
  },
};
