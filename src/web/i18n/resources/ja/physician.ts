/**
 * Japanese texts: the primary physician's upload page (opened from the e-mailed link, no account).
 * Written to a doctor, politely (先生), and as plainly as the rest.
 */
export const jaPhysician = {
  physicianUpload: {
    page: {
      title: '資料の送付（主治医の先生へ）',
      lead: '先生の患者さんが、{{hospital}}の「{{service}}」にセカンドオピニオンを申し込まれました。次の資料をお送りください。ログインは不要です。',
      expires: 'このリンクの有効期限：{{date}}まで',
      askedTitle: 'お送りいただきたい資料',
      privacy:
        'この画面には、先生がこの画面からお送りになった資料の受け取りだけを表示します。患者さんのほかの書類は表示されません。',
      sendTitle: '資料を送る',
      imagingHint:
        '画像CDは、パソコンでCDの中身を開き、「フォルダーごと選ぶ（画像CDなど）」でCDのフォルダーをそのまま選んでください。ビューアなどのソフトは自動で除き、画像だけを送ります。',
      loadFailed: 'この画面を読み込めませんでした。通信の状態を確かめて、もう一度お試しください。',
      retry: 'もう一度読み込む',
    },
    failure: {
      linkClosed:
        'このリンクは使えなくなりました（有効期限が過ぎたか、送付が完了しています）。続きを送るときは、患者さんか病院に新しいリンクをお願いしてください。',
    },
    receipts: {
      title: 'この画面から送った資料',
      empty: 'まだ送った資料はありません。',
      received: '受け取りました（確認済み）',
      file: '{{name}}（{{size}}）',
      imagingCd: '画像CD（DICOM）のファイル：{{count}}個（合計{{size}}）',
      infected: '「{{name}}」からウイルスが見つかったため、使えません。別のファイルをお送りください。',
    },
    finish: {
      title: '送付を終える',
      body: 'すべての資料を送り終えたら、下のボタンを押してください。リンクが閉じ、このリンクでは送れなくなります。',
      button: '送付を完了する（リンクを閉じる）',
      busy: 'まだ送っている途中のファイルがあります。送り終わるまでお待ちください。',
      confirmTitle: '送付を完了しますか',
      confirmBody:
        'リンクを閉じると、このリンクでは資料を送れなくなります。あとから資料を追加するときは、患者さんか病院に新しいリンクをお願いしてください。',
      confirmBodyNothing:
        'まだ資料を1つも送っていません。リンクを閉じると、このリンクでは資料を送れなくなります。',
      confirm: '完了する',
    },
    done: {
      title: 'ありがとうございました',
      body: '資料の送付が完了し、リンクを閉じました。この画面は閉じてかまいません。',
      count: '受け取った資料：{{count}}個のファイル',
      contact: 'ご不明な点は、病院の電話窓口にお問い合わせください。',
    },
    invalid: {
      title: 'このリンクは使えません',
      body: 'このリンクは、有効期限が過ぎたか、送付がすでに完了しています。資料をお送りいただく場合は、患者さんか病院に、新しいリンクをお願いしてください。',
      contact: '病院の電話窓口',
    },
  },
} as const;
