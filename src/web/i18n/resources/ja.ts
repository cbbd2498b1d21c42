/** Japanese, the first language: plain words, short sentences, no jargon without an explanation. */
export const ja = {
  app: {
    skipToContent: '本文へ移動',
    language: '言語',
    languageName: '日本語',
    switchTo: 'English',
    switchToLabel: 'Switch to English',
    menu: 'メニュー',
    loading: '読み込んでいます…',
    loadFailed: '情報を読み込めませんでした。通信環境を確かめて、もう一度お試しください。',
    retry: 'もう一度読み込む',
    notFoundTitle: 'ページが見つかりません',
    notFoundBody: 'お探しのページは移動したか、なくなった可能性があります。',
    backHome: 'ご案内のトップへ',
  },
  nav: {
    home: 'ご案内のトップ',
    about: 'セカンドオピニオンとは',
    eligibility: '相談できる方・できない場合',
    documents: '必要な書類と資料',
    departments: '診療科と対象の病気',
    fees: '診察日・時間・料金',
    steps: '相談までの流れ',
    contact: 'お問い合わせ・書類の送付先',
    guideSections: 'ご案内の項目',
    previous: '前へ',
    next: '次へ',
  },
  phoneDesk: {
    openNow: 'ただいま電話受付中です（{{closesAt}}まで）',
    closedNow: 'ただいま電話受付時間外です。次の受付開始は {{nextOpensAt}} です',
    option: '自動音声のあと「{{option}}」を選んでください',
    hours: '受付時間 {{opensAt}}～{{closesAt}}',
    closedDays: '{{days}}は休みです',
    holidays: '祝日',
    yearEnd: '年末年始（{{from}}～{{to}}）',
    call: '{{number}} に電話する',
  },
  home: {
    lead: '今の病気の診断や治療について、主治医とは別の専門医に「第2の意見」（セカンドオピニオン）を聞くことができます。ご自宅から、パソコンやスマートフォンのビデオ通話で相談します。',
    pointsTitle: '大切なこと',
    points: {
      second: '主治医とは別の専門医に「第2の意見」を聞く場です。',
      noTreatment: '診察・検査・治療は行いません。',
      referral: '主治医からの紹介状（診療情報提供書）が必ず必要です。',
      video: 'パソコンかスマートフォンのビデオ通話で相談します。病院に来ていただく必要はありません。',
      selfPay: '健康保険は使えず、全額自費です。{{fees}}（税込）。',
      online: '申し込みと資料の提出は、郵送ではなくこのサイトで行えます。',
    },
    readFirst: 'お申し込みの前に、各項目をよくお読みください。',
  },
  about: {
    whatTitle: 'どんな外来ですか',
    what: '他の病院に通院している患者さんに、今の診断や治療について当院の専門医が意見をお伝えします。その意見を、ご自身の治療法を選ぶときの参考にしていただく外来です。',
    coversTitle: '意見をお伝えできる内容',
    covers: { current: '今の診断と治療法について', future: 'これからの治療法や見通しについて' },
    notTitle: '行わないこと',
    not: '新しい検査や治療は行いません。お薬の処方もありません。',
    referralTitle: '紹介状が必要な理由',
    referral:
      '主治医の診断や治療方針について意見をお伝えするため、主治医からの紹介状（診療情報提供書）と検査データなどが必ず必要です。',
    appointmentTitle: '完全予約制です',
    appointment: '予約のない方は相談できません。診察日は診療科によって異なります。',
  },
  eligibility: {
    whoTitle: '相談できる方',
    patient: '原則として、患者さんご本人が相談します。ご家族が一緒に参加することもできます。',
    family:
      'ご本人がどうしても相談できないときは、{{degree}}親等以内のご家族だけでも相談できます（一部除外があります）。',
    familyNeeds: 'その場合は、ご本人が署名した「相談同意書」と、ご本人との続柄がわかる書類が必要です。',
    cannotSign: '病状などでご本人が同意書に署名できないときは、そのことを書面に書き添えてください。',
    minor:
      '患者さんが{{age}}歳未満のときは、相談同意書はいりません。ご本人との続柄がわかる書類（健康保険証など）の写しをお送りください。',
    degreesTitle: '{{degree}}親等以内のご家族の例',
    degree: '{{degree}}親等',
    spouse: '配偶者',
    inLawsIncluded: '配偶者の親族（義理の父母・兄弟姉妹など）も含みます。',
    inLawsExcluded: '配偶者の親族（義理の父母・兄弟姉妹など）は含みません。',
    refusedTitle: '相談をお受けできない場合',
    refused: {
      notFamily: 'ご本人と{{degree}}親等以内のご家族以外からの相談',
      noConsent: 'ご家族だけの相談で、ご本人の相談同意書がない場合（ご本人が{{age}}歳未満のときを除きます）',
      treatment: '相談のときに、当院での検査や治療などを希望される場合',
      transfer: '最初から転院を希望される場合',
      complaint: '主治医への不満、医療過誤、裁判中の事柄についての相談',
      deceased: 'すでにお亡くなりになった患者さんについての相談',
      costs: '医療費の内容や医療給付についての相談',
      noAgreement: '主治医が了承していない場合',
      noMaterials: '当院が指定する資料（紹介状・検査データ・画像など）を用意できない場合',
      noSpecialist: '相談したい分野の専門医が当院にいない場合',
      noBooking: '予約をしていない場合（完全予約制です）',
    },
    abroadTitle: '海外にお住まいの方・海外からの相談',
    foreign: '海外にお住まいで、日本の健康保険証をお持ちでない外国籍の患者さんの相談はお受けしていません。',
    outside: 'ビデオ通話は日本国内での利用に限られます。海外からの相談はお受けできません。',
  },
  documents: {
    intro:
      '必要なものは、患者さんの状況と診療科によって変わります。お申し込みのときに、あなたに必要な書類の一覧が表示されます。',
    physicianTitle: '主治医に用意していただくもの',
    referral: '紹介状（診療情報提供書）',
    dataTitle: '意見をお伝えするために必要な検査データや資料',
    dataIntro: '病気の状態によって異なります。たとえば次のようなものです。',
    data: {
      blood: '血液検査の記録',
      physiological: '生理学的検査の結果（心電図、呼吸機能、脳波など）',
      xray: 'レントゲン画像',
      ultrasound: '超音波検査の結果と画像',
      ctMri: 'CT・MRI の画像',
      pathology: '病理組織検査の報告書',
    },
    noSlides: 'プレパラート（顕微鏡で見るガラスの標本）は送らないでください。',
    applicantTitle: '患者さん（ご家族）に記入していただくもの',
    applicationForm: 'セカンドオピニオン外来申込書',
    consultationSheet: 'セカンドオピニオン外来相談シート',
    onlineForms: 'どちらも、このサイトの申し込み画面で入力できます。紙で記録を残したい方は印刷もできます。',
    familyTitle: 'ご家族だけで相談する場合に追加で必要なもの',
    consentForm: 'ご本人が署名した相談同意書（ご本人が{{age}}歳未満のときは不要）',
    proxyIds: '相談に参加するご家族全員の身分証明書（運転免許証や健康保険証などの写し）',
    relationshipTitle: 'ご本人との続柄を証明する書類',
    livingTogether: '同居している場合: 住民票など',
    livingApart: '別居している場合: 戸籍謄本など',
    minorProof: 'ご本人が{{age}}歳未満の場合: 続柄がわかる書類（健康保険証など）の写し',
    departmentTitle: '診療科ごとに必要なもの',
    forCondition: '{{department}}「{{condition}}」のご相談',
    forDepartment: '{{department}}のご相談',
    beforeDateTitle: '相談日までに登録していただくもの',
    identity: 'ご本人確認のための身分証明書の画像（運転免許証、健康保険証など）',
    card: '料金のお支払いに使うクレジットカード',
    retentionTitle: 'お送りいただいた資料について',
    retention:
      'お送りいただいた資料は、当院の診療記録として保管します。返却や削除はできません。提出の前であれば、間違えて追加したファイルは取り除けます。',
  },
  departments: {
    intro: '相談できる診療科と、主な対象の病気です。',
    notListed: '一覧にない病気でも、内容を確認して相談できるかどうかをお知らせします。',
    mayNotAccept:
      '対象の病気であっても、相談の内容や日程の都合で、オンライン・セカンドオピニオンをお受けできない場合があります。',
    weekdays: '診察日',
    conditions: '主な対象の病気',
    requirements: 'この診療科で必要な書類',
    listSeparator: '・',
  },
  fees: {
    daysTitle: '診察日',
    appointment: '完全予約制です。診察日は診療科によって異なります。',
    candidates:
      '相談をお受けできることになったら、候補日をお知らせして日程を決めます（お受けできない場合もあります）。',
    timeTitle: '相談時間',
    unit: '相談時間は {{unit}} 分単位で、内容によって最長 {{max}} 分まで延長します。',
    actual: '料金は、実際にかかった相談時間で決まります。医師が資料を見る時間も相談時間に含まれます。',
    feeTitle: '料金',
    tableCaption: '相談料（税込、消費税 {{tax}}%）',
    duration: '相談時間',
    amount: '料金',
    upTo: '{{minutes}} 分まで',
    overUpTo: '{{from}} 分を超えて {{minutes}} 分まで',
    maxNote: '最長 {{max}} 分です。',
    selfPay: '自費診療のため、健康保険は使えません。',
    payment: '相談のあと、登録していただいたクレジットカードでお支払いいただきます。',
  },
  steps: {
    intro: 'お申し込みから相談、お支払いまでの流れです。',
    step: 'ステップ {{n}}',
    items: {
      discuss: {
        title: '主治医に相談する',
        body: '今かかっている病院の主治医に、セカンドオピニオンを受けたいことを伝えて了解をもらいます。相談する診療科も主治医と一緒に決めてください。',
      },
      referral: {
        title: '紹介状と検査データを用意してもらう',
        body: '主治医に、紹介状（診療情報提供書）と検査データなどの作成をお願いします。',
      },
      apply: {
        title: 'このサイトで申し込む',
        body: 'このご案内をよく読み、申込書・相談シートを入力して、紹介状や画像などの資料をアップロードします。連絡先には、平日の昼間につながる電話番号を入力してください。',
      },
      call: {
        title: '病院から電話で連絡があります',
        body: '相談できるかどうか、追加で必要な資料、相談の日程について、{{liaison}}からお電話します。',
      },
      register: {
        title: '相談日までに登録する',
        body: 'ご本人のアカウントで、身分証明書の画像とクレジットカードを登録します。ご家族だけで相談する場合も、ご本人のアカウントが必要です。',
      },
      book: {
        title: '予約を取る',
        body: '決まった診療科と日時で予約します。変更やキャンセルは、まず電話でお知らせいただいてから、ご自身でオンラインで手続きします。手続きは相談日の前日までです。',
      },
      day: {
        title: '相談の当日',
        body: '予約時間の {{ready}} 分前に、カメラとマイクのついたパソコンかスマートフォンを用意してお待ちください。予約時間から {{window}} 分の間に医師から呼び出します。診察の状況で開始時間が前後することがあります。',
        notes: {
          max: '相談は最長 {{max}} 分です。',
          noSharing:
            'CT・MRI などの画像を画面で共有することはできません。医師が事前に画像を確認して説明します。',
          oneDevice: '使える機器は 1 台だけです。複数の機器から同時につなぐことはできません。',
        },
      },
      pay: {
        title: 'お支払い',
        body: '相談料は、実際の相談時間に応じて、登録したクレジットカードで決済されます。',
      },
      report: {
        title: '意見書を受け取る',
        body: '専門医の意見は書面にまとめ、患者さんと主治医にお届けします。',
      },
    },
  },
  contact: {
    phoneTitle: 'お問い合わせ（電話）',
    postalTitle: '書類の送付先',
    postalNote: '書類はこのサイトからアップロードできます。郵送する場合は次の宛先にお送りください。',
    postalCode: '〒{{code}}',
    addressee: '「{{recipient}}」宛',
    helpTitle: 'ビデオ通話の使い方で困ったとき',
    help: '操作でお困りのときは、上記の電話窓口にお問い合わせください。',
    privacyTitle: '個人情報の取り扱い',
  },
  footer: {
    contact: 'お問い合わせ',
  },
} as const;

type Widen<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? readonly Widen<U>[]
    : { [K in keyof T]: Widen<T[K]> };

/** The shape every translation must have: a missing key is a type error. */
export type Resources = Widen<typeof ja>;
