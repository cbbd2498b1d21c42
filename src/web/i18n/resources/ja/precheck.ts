/**
 * Japanese texts: the eligibility pre-check. Written for an anxious older reader on a phone (or their
 * child): one short question, everyday words, and always what they can do next.
 */
export const jaPrecheck = {
  precheck: {
    link: '申し込めるか確かめる',
    linkLead: 'いくつかの質問に答えると、申し込めるかどうかと、必要な書類がすぐにわかります。',
    title: '申し込めるか確かめる',
    intro: {
      lead: 'いくつかの質問に、1つずつ答えてください。答え終わると、申し込めるかどうかと、あなたに必要な書類がすぐにわかります。',
      points: {
        time: 'かかる時間は5分ほどです。',
        noAccount: 'アカウントがなくても使えます。',
        family: 'ご家族が代わりに答えてもかまいません。',
        device:
          '答えはこの端末（スマートフォンやパソコン）にだけ保存されます。途中でやめても、続きから始められます。',
      },
      have: 'あると答えやすいもの: 患者さんの生年月日、主治医から聞いた診療科と病名',
      start: 'はじめる',
    },
    stepOf: '質問 {{current}} / {{total}}',
    saved: '答えはこの端末に保存されています',
    back: '戻る',
    next: '次へ',
    showOutcome: '結果を見る',
    errors: {
      choose: 'どれか1つを選んでください。',
      relationship: '続柄を選んでください。',
      birthDate: '年・月・日をすべて選んでください。',
      birthDateInvalid: 'この日付はカレンダーにありません。日を選び直してください。',
      birthDateFuture: '今日より後の日付です。選び直してください。',
      purposes: 'あてはまるものを1つ以上選んでください。',
      conditionText: '病気の名前を入力してください。わからないときは「わからない」と入力してください。',
    },
    questions: {
      attendance: {
        title: 'ビデオ通話の相談には、どなたが参加しますか。',
        hint: '原則として、患者さんご本人が相談します。',
        options: {
          patient: { label: '患者さん本人だけ', hint: '' },
          patient_with_family: { label: '患者さん本人と、家族', hint: '家族が一緒に話を聞きます。' },
          family_only: {
            label: '家族だけ',
            hint: '患者さん本人は参加しません。',
          },
        },
      },
      familyRelationship: {
        title: '参加する家族は、患者さんから見てどなたですか。',
        hint: '例: 患者さんの娘さん・息子さんなら「子」を選びます。参加する家族が何人かいるときは、全員を選んでください。',
        member: '{{n}}人目の家族',
        choose: '選んでください',
        add: '参加する家族をもう1人加える',
        remove: '{{n}}人目の家族を取り消す',
      },
      familyLivesWith: {
        title: 'その家族は、患者さんと一緒に住んでいますか。',
        hint: '家族であることを示す書類が変わります（一緒に住んでいるなら住民票、別々なら戸籍謄本など）。',
        member: '{{n}}人目の家族（{{relationship}}）',
        together: 'はい、一緒に住んでいる',
        apart: 'いいえ、別々に住んでいる',
      },
      birthDate: {
        title: '患者さんの生年月日を教えてください。',
        hint: '年・月・日を、それぞれ選んでください。',
        year: '生まれた年',
        month: '月',
        day: '日',
        choose: '選んでください',
        chooseShort: '選択',
        yearOption: '{{year}}年（{{era}}）',
        dayOption: '{{day}}日',
        summary: '{{era}}{{month}}月{{day}}日（{{year}}年）生まれ、{{age}}歳',
      },
      deceased: {
        title: 'おつらいことをおうかがいします。患者さんは、今もご存命ですか。',
        hint: '家族だけで相談される方に、確認のためおうかがいしています。',
        alive: 'はい、存命です',
        deceased: 'いいえ、亡くなりました',
      },
      consent: {
        title: '患者さん本人に「相談同意書」に署名してもらえますか。',
        hint: '家族だけで相談するときは、患者さん本人が署名した「相談同意書」が必要です。',
        options: {
          signed: { label: 'はい、署名してもらえる（署名ずみ）', hint: '' },
          unable_to_sign_noted: {
            label: '病気などで、本人が署名できない',
            hint: '署名できない理由を書き添えた書面で代えられます。',
          },
          none: { label: 'いいえ、本人の同意がない', hint: '' },
        },
      },
      livesInJapan: {
        title: '患者さんは、日本に住んでいますか。',
        hint: '',
        yes: 'はい、日本に住んでいる',
        no: 'いいえ、海外に住んでいる',
      },
      nationality: {
        title: '患者さんは、日本の国籍ですか。',
        hint: '',
        yes: 'はい、日本の国籍',
        no: 'いいえ、ほかの国の国籍',
      },
      insurance: {
        title: '患者さんは、日本の健康保険に入っていますか。',
        hint: '国民健康保険、会社の健康保険、後期高齢者医療制度などです。なお、この相談の料金は健康保険が使えず、全額自費です。',
        yes: 'はい、入っている',
        no: 'いいえ、入っていない',
      },
      physician: {
        title: '主治医は、セカンドオピニオンを受けることを了解して、紹介状を書いてくれますか。',
        hint: '主治医とは、今かかっている病院で担当している医師です。紹介状（診療情報提供書）は必ず必要です。',
        yes: 'はい、了解してもらった',
        no: 'いいえ、または、まだ話していない',
      },
      materials: {
        title: '紹介状と一緒に、検査の結果や画像を用意できますか。',
        hint: '血液検査の結果、レントゲン・CT・MRI の画像などです。主治医の病院で用意してもらえます。',
        yes: 'はい、用意できる',
        no: 'いいえ、用意できない',
      },
      purposes: {
        title: '相談で、何をしたいですか。',
        hint: 'あてはまるものを、すべて選んでください。',
        options: {
          diagnosis_opinion: '今の診断について、意見を聞きたい',
          treatment_opinion: '今の治療について、意見を聞きたい',
          prognosis_opinion: 'これからの治療法や、見通しについて意見を聞きたい',
          wants_examination_or_treatment: 'この病院で検査や治療を受けたい',
          wants_transfer: 'この病院に転院したい',
          complaint_about_physician: '主治医への不満を相談したい',
          malpractice_or_litigation: '医療事故や裁判について相談したい',
          medical_cost_question: '医療費や医療費の助成について聞きたい',
        },
      },
      department: {
        title: 'どの診療科に相談しますか。',
        hint: '主治医と相談して決めてください。',
      },
      condition: {
        title: '相談したい病気はどれですか。',
        hint: '{{department}}で主に相談を受けている病気です。',
        other: 'この中にない病気',
        otherHint: '一覧にない病気でも申し込めます。当院で確認します。',
        otherText: '病気の名前',
        otherTextHint: '主治医から聞いた病名を入力してください。',
      },
      fromJapan: {
        title: 'ビデオ通話には、日本国内から参加しますか。',
        hint: 'ビデオ通話は、日本国内からだけ使えます。',
        yes: 'はい、日本国内から参加する',
        no: 'いいえ、海外から参加する',
      },
    },
    outcome: {
      title: {
        eligible: 'お申し込みいただけます',
        needs_review: 'お申し込みいただけます（当院で確認します）',
        ineligible: 'このままでは、お受けできません',
      },
      lead: {
        eligible: 'お答えの内容では、セカンドオピニオン外来に申し込めます。',
        needs_review:
          '申し込めます。ただし、下の点を当院で確認してから、相談できるかどうかをお電話でお知らせします。',
        ineligible: '下の理由で、今のお答えのままではお受けできません。それぞれ、できることを書きました。',
      },
      note: 'これは申し込む前の目安です。相談できるかどうかは、お申し込みの後に当院で決めて、お電話でお知らせします。',
      reasonsTitle: '理由と、できること',
      whatYouCanDo: 'できること',
      changeAnswer: 'この答えを直す',
      documentsTitle: 'あなたに必要な書類',
      documentsLead: 'お申し込みのときに、次のものを用意してください。',
      documentsLeadIneligible: '参考までに、お申し込みのときに必要になる書類です。',
      nextTitle: '次にすること',
      signUp: 'アカウントを作って申し込む',
      signUpHint: 'アカウントは、患者さんご本人のものとして作ります。ご家族が手続きする場合も同じです。',
      signIn: 'アカウントをお持ちの方は、ログインして申し込む',
      apply: '申し込みへ進む',
      savedNote: '答えはこの端末に保存しました。申し込みのときに、この答えから始められます（30日間）。',
      phoneTitle: '電話で相談する',
      phoneLead: 'わからないことがあれば、お電話でお問い合わせください。',
      edit: '答えを見直す',
      restart: '答えを消して、最初からやり直す',
      checking: '確かめています…',
      failed: '結果を受け取れませんでした。答えはそのまま残っています。',
      retry: 'もう一度確かめる',
      departmentsLink: '相談できる診療科の一覧を見る',
      advice: {
        REQUESTER_NOT_ELIGIBLE:
          '参加する人を見直してください。患者さん本人か、{{degree}}親等以内の家族が参加すれば相談できます。迷うときは、お電話でご相談ください。',
        PATIENT_CONSENT_MISSING:
          '患者さん本人に、相談同意書への署名をお願いしてください。署名してもらえることになったら、答えを直して、もう一度確かめてください。',
        PATIENT_DECEASED: '受けた治療についてお知りになりたいときは、治療を受けた病院にご相談ください。',
        WANTS_EXAMINATION_OR_TREATMENT:
          '意見を聞くだけでよければ、「この病院で検査や治療を受けたい」を外して、もう一度確かめてください。',
        WANTS_TRANSFER:
          '意見を聞くだけでよければ、「この病院に転院したい」を外して、もう一度確かめてください。',
        COMPLAINT_OR_LITIGATION: '意見を聞くだけでよければ、この希望を外して、もう一度確かめてください。',
        MEDICAL_COST_QUESTION: '意見を聞くだけでよければ、この希望を外して、もう一度確かめてください。',
        NO_PRIMARY_PHYSICIAN_CONSENT:
          'まず主治医に、セカンドオピニオンを受けたいと話してください。了解してもらえたら、答えを直して、もう一度確かめてください。',
        MATERIALS_UNAVAILABLE:
          '主治医の病院に、紹介状と検査の結果・画像を用意してもらえるか聞いてください。用意できることになったら、答えを直して、もう一度確かめてください。',
        NO_SPECIALIST_AVAILABLE: '相談できる診療科の一覧を見て、主治医と一緒に選び直してください。',
        CONDITION_NEEDS_REVIEW: 'このまま申し込めます。相談できるかどうかは、当院から電話でお知らせします。',
        FOREIGN_RESIDENT_WITHOUT_JAPANESE_INSURANCE:
          '患者さんが日本の健康保険に入っているときは、答えを直して、もう一度確かめてください。',
        OUTSIDE_JAPAN: '日本にいる日に参加できるなら、答えを直して、もう一度確かめてください。',
        NO_OPINION_REQUESTED:
          '「今の診断」「今の治療」「これからの見通し」のうち、意見を聞きたいものを選んでください。',
      },
    },
    deceased: {
      title: '心よりお悔やみ申し上げます',
      body: 'お亡くなりになった患者さんについてのご相談は、セカンドオピニオン外来ではお受けしておりません。',
      advice: '受けた治療についてお知りになりたいときは、治療を受けた病院にご相談ください。',
      phoneLead: 'ご不明な点は、お電話でお問い合わせください。',
      change: '答えを直す',
    },
  },
} as const;
