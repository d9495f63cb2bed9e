/**
 * `<recourse-case-tracker>`'s words in Japanese.
 * Typed by the English catalog (`en.ts`): a missing or an extra key fails the typecheck;
 * `scripts/catalogs.test.ts` checks placeholders and strings left in English.
 * @module
 */

import { ja as secrets } from '../../../i18n/catalogs/secrets.ja';
import { ja as containment } from './containment.ja';
import type { CaseTrackerCatalog } from './en';

export const ja: CaseTrackerCatalog = {
  title: 'あなたのケース',
  caseNumber: 'ケース {number}',
  reported: '{when} に報告',
  loading: 'ケースを開いています…',
  retry: 'もう一度試す',
  linkRemoved:
    '安全のため、リンクの非公開部分をアドレスバーから削除しました。あとで戻るときは、受け取ったリンクをもう一度開いてください。リンクは誰にも共有しないでください。',
  errors: {
    missing_link:
      'このページを開くには、報告したときに受け取った非公開のリンクが必要です。そのリンクを開いてケースの状況を確認してください。',
    not_found:
      'このリンクではケースを開けません。期限が切れているか、コピーが途中で切れている可能性があります。',
    network: '現在サービスに接続できません。接続を確認してください。接続を試み続けています。',
    rejected: 'この段階ではその操作はできません。その間にケースが変わったため、表示を更新しました。',
    upload: 'ファイルをアップロードできませんでした。何も送信されていません。もう一度お試しください。',
    failed: 'こちら側で問題が発生しました。失われたものはありません。もう一度お試しください。',
  },
  connection: {
    live: 'リアルタイム：新しい情報はここに自動で表示されます。',
    reconnecting: '接続が途切れました。再接続しています…',
    polling: '数秒ごとに更新を確認しています。',
    offline: 'オフライン：表示が古い可能性があります。再接続を試み続けています。',
  },
  stepper: {
    label: 'ケースの進み具合',
    done: '完了',
    current: '現在の段階',
    upcoming: '未到達',
    actionNeeded: 'あなたの対応が必要です',
  },
  next: {
    title: 'この後の流れ',
    steps: {
      submit_report: '報告を送信してください。',
      answer_request: 'サポートからお願いが届いています。対応を続けられるよう、下で回答してください。',
      verify_identity:
        'サポートは、あなたがアカウントの所有者であることを確認する必要があります。アカウントにすでに登録されている連絡先を通じてご連絡します。',
      confirm_recovery:
        'アカウントが復旧しました。アカウントを確認して下で確定するか、まだ問題があることをお知らせください。',
      escalate_complaint: '苦情を外部機関に申し立てることができます（下記参照）。',
      wait_for_review:
        'サポートが報告を確認しています（アカウントが本当に乗っ取られたか）。あなたがすることはありません。',
      wait_for_investigation:
        'サポートがアカウントの乗っ取りの経緯を調査し、復旧を進めています。時間がかかりますが、すべての段階をここに表示します。',
      wait_for_claim_decision: '損失の補償請求を審査しています。',
      wait_for_complaint_answer: 'プラットフォームはあなたの苦情に回答する必要があります。',
      wait_for_closure: 'サポートがまもなくケースを終了します。',
    },
    deadlinesTitle: '期限',
    deadline: {
      first_response: 'サポートからの最初の回答',
      investigation: '調査の終了',
      investigation_extended: '延長された調査の最終期限',
      claim_decision: '損失の補償請求についての判断',
      complaint_answer: '苦情への回答',
      complaint_close: '苦情の解決',
      escalation_window: '外部機関に申し立てられる期限',
    },
    due: '{date}・{relative}',
    met: '{date} に完了',
    overdue: '遅延',
    yourClock: 'あなたの期限',
  },
  action: {
    title: '対応が必要です',
    asks: 'サポートからのお願い：',
    answer: 'あなたの回答',
    files: 'ファイルを追加（任意）',
    filesHint:
      'スクリーンショット、PDF、テキストファイル。各ファイルには、あとで確認できるようにフィンガープリント（SHA-256）が付きます。',
    send: '回答を送信',
    sending: '送信しています…',
    sent: '回答を送信しました。',
    remove: '{name} を削除',
    hashing: '{name} を準備しています…',
    refused: '{name} は追加されませんでした：{reason}',
    reasons: {
      type: '受け付けるのは PNG、JPEG、WebP、PDF、テキストファイルだけです。',
      size: 'ファイルが大きすぎます。',
      empty: 'ファイルが空です。',
      count: 'ファイルが多すぎます。',
      total: 'ファイルの合計が大きすぎます。',
      duplicate: 'このファイルはすでに追加されています。',
      secret: '秘密の情報が含まれているようです。',
      unreadable: 'ファイルを読み込めませんでした。',
    },
    verifyTitle: '本人確認',
    verifyBody:
      'サポートは、アカウントにすでに登録されているメールアドレスか電話番号を通じてご連絡します。新しい連絡先を使うことは決してありません。回答は、それらの連絡手段かこのページからだけ行ってください。',
    neverAsks:
      'サポートがパスワード、2 段階認証のコード、リカバリーフレーズ、端末の遠隔操作を求めることは決してありません。求めてくる人はサポートではありません。',
  },
  thread: {
    title: 'メッセージ',
    empty: 'まだメッセージはありません。',
    kinds: {
      message: 'メッセージ',
      request: 'お願い',
      answer: '回答',
      complaint: '苦情',
      complaint_answer: '苦情への回答',
    },
    message: 'サポートへのメッセージ',
    send: 'メッセージを送信',
    sent: 'メッセージを送信しました。',
  },
  timeline: {
    title: 'これまでの経過',
    internal: 'サポートチームの内部の手続き',
    announce: '新着：{what}',
  },
  checklist: {
    title: 'アカウントは元どおりになりましたか？',
    intro: 'ログインして、各項目を確認してください。すべて当てはまる場合にだけ確定してください。',
    items: {
      notice_received: 'アカウントが復旧したというプラットフォームからの通知を受け取った。',
      profile_ok: 'プロフィールの情報が正しい。',
      email_phone_ok: 'メールアドレスと電話番号が自分のものである。',
      transactions_ok: '身に覚えのない取引がない。',
      login_history_ok: 'ログイン履歴に知らない端末や場所がない。',
    },
    confirm: 'アカウントが元どおりになったことを確定する',
    confirmHint: '確定するには、すべての項目にチェックを入れてください。',
    confirmed: 'ありがとうございます。アカウントが元どおりになったことを確定しました。',
    dispute: 'まだ問題があります',
    disputeIntro: '何が問題かお知らせください。調査を再開します。',
    disputeItems: '正しくないのはどれですか？',
    details: '何に気付きましたか？',
    sendDispute: '調査を再開する',
    disputed: '調査を再開しました。お知らせいただいた内容をサポートが確認します。',
  },
  hardening: {
    title: 'アカウントを安全に保つために',
    password:
      '今すぐパスワードを変更してください。古いパスワードは攻撃者に知られています。関係のない単語をいくつか並べるなどして長くし、このアカウントだけで使ってください。パスワード管理アプリに覚えさせると便利です。記号を入れる必要はありません。また、再び漏れない限り、定期的に変更する必要もありません。',
    passwordLink: 'パスワードを変更する',
    twoFactor: 'パスワードだけではログインできないよう、認証アプリで 2 段階認証をオンにしてください。',
    twoFactorLink: '2 段階認証を設定する',
    containmentTitle: '攻撃者が残したかもしれないものを取り除く',
    containment: {
      sign_out_other_sessions: 'ほかのすべてのセッションと端末からログアウトしてください。',
      check_email_phone: 'アカウントに登録されたメールアドレスと電話番号を確認してください。',
      check_mail_forwarding: '自分で設定していない転送ルールがメールボックスにないか確認してください。',
      check_2fa_devices: '知らない 2 段階認証の端末を削除してください。',
      regenerate_backup_codes:
        'バックアップコードを新しく作ってください。古いコードは知られている可能性があります。',
      revoke_api_keys: '自分で作っていない API キーを削除してください。',
      revoke_connected_apps: '心当たりのない連携アプリを削除してください。',
      check_withdrawal_allowlist:
        '出金先アドレスのリストに自分のものでないアドレスがないか確認してください。',
    },
  },
  claim: {
    title: '損失の補償請求',
    intro:
      'アカウントからお金や資産が出ていった場合は、プラットフォームが返金を判断できるよう、その取引を一覧にしてください。',
    open: '損失の補償を請求する',
    states: {
      none: '請求は提出されていません。',
      filed: '請求は提出され、審査を待っています。',
      under_review: '請求を審査しています。',
      approved: '請求が承認されました。',
      partly_approved: '請求が一部承認されました。',
      denied: '請求は却下されました。',
    },
    transaction: '取引 {n}',
    asset: '資産または通貨',
    assetHint: '例：BTC、USDT、USD',
    amount: '金額',
    at: '日時',
    txId: 'トランザクション ID',
    add: '取引を追加',
    remove: '取引 {n} を削除',
    submit: '請求を提出する',
    sent: '損失の補償請求を提出しました。',
    claimed: '請求額',
    approved: '承認額',
    reason: '理由：{reason}',
  },
  complaint: {
    title: '対応にご不満がありますか？',
    intro:
      'プラットフォームに正式な苦情を申し立てることができます。プラットフォームは期限内に回答しなければなりません。回答がない場合や回答に納得できない場合は、外部機関に申し立てることができます。',
    open: '苦情を申し立てる',
    text: '苦情の内容',
    submit: '苦情を送信',
    sent: '苦情を申し立てました。',
    states: {
      none: '苦情は申し立てられていません。',
      filed: '苦情は申し立てられ、回答を待っています。',
      answered: 'プラットフォームが苦情に回答しました。',
      escalated: '苦情を外部機関に申し立てました。',
      resolved: '苦情は解決しました。',
    },
    answer: 'プラットフォームの回答',
    resolve: '苦情を解決済みにする',
    bodiesTitle: '相談できる外部機関',
    bodiesIntro: 'これらの機関は、プラットフォームで解決しなかった苦情を扱います。',
    whatToSend: '送るもの',
    sendItems: [
      'ケース番号',
      '下の事案記録（タイムラインが変更されていないことの証明になります）',
      '苦情の内容と、あればプラットフォームの回答',
      'お手元の取引やチャットの記録',
    ],
    kinds: {
      consumer_protection: '消費者保護機関',
      regulator: '監督官庁',
      police: '警察',
      ombudsman: 'オンブズマン',
      other: 'その他',
    },
    body: 'どの機関に連絡しましたか？',
    reference: '先方の受付番号',
    referenceHint: '英字、数字、ピリオド、コロン、ハイフン。',
    escalate: 'この機関に申し立てたことを記録する',
    escalated: '記録しました。',
  },
  dossier: {
    title: 'あなたの事案記録',
    intro:
      'すべてを 1 つの文書にまとめています。フィンガープリント付きのタイムライン、証拠、メッセージです。保管しておき、苦情を申し立てるときに送ってください。',
    json: '事案記録をダウンロード（JSON）',
    print: '印刷または PDF として保存',
    preparing: '事案記録を準備しています…',
  },
  ui: { cancel: 'キャンセル', optional: '任意' },
  guard: secrets,
  ...containment,
};
