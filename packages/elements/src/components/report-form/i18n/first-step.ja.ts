/**
 * The report form's first step's and frame's words in Japanese.
 * Typed by the English catalog (`first-step.en.ts`): a missing or an extra key fails the typecheck;
 * `scripts/catalogs.test.ts` checks placeholders and strings left in English.
 * @module
 */
import type { FirstStepWords } from './first-step.en';

export const ja: FirstStepWords = {
  title: '盗まれたアカウントを報告する',
  stepOf: 'ステップ {n}／{total}',
  steps: {
    first: 'まず、守れるものを守りましょう',
    account: 'あなたのアカウントと連絡先',
    incident: '何が起きたか',
    evidence: '証拠',
    review: '報告を確認して送信する',
    done: '報告を受け付けました',
  },
  ui: {
    goToReport: '報告に進む',
    discard: '最初からやり直す',
    yes: 'はい',
    no: 'いいえ',
    loading: '読み込み中…',
  },
  first: {
    intro: '4 つの質問に答えてください。今すぐするべきことを順番にお伝えします。いつでも報告に進めます。',
    canSignIn: 'このアカウントにまだログインできますか？',
    passwordReset: 'パスワードの再設定を試しましたか？',
    reset: { not_tried: 'まだです', worked: 'はい、成功しました', failed: 'はい、失敗しました' },
    moneyMoved: 'アカウントからお金や暗号資産が移動されましたか？',
    profileChanged: 'メールアドレス、電話番号、または 2 段階認証の設定が変更されましたか？',
    urgency: {
      critical: '今すぐ対応してください。お金が移動されています。すぐに報告してください。',
      high: '緊急です。今すぐサポートに連絡してください。',
      elevated: 'アカウントの安全を確保してから、サポートに伝えてください。',
    },
    stepsTitle: '今すぐするべきこと',
    containmentTitle: 'ログインし直したら、攻撃者が残したものがないか確認してください',
    resetLink: 'パスワードの再設定を開く',
    neverAsks:
      'サポートがパスワード、リカバリーフレーズ、2 段階認証のコード、遠隔操作の許可を求めることは決してありません。',
  },
  triage: {
    secure_email:
      'まずメールアカウントの安全を確保してください。メールを握った人は、ほかのすべてを再設定できます。',
    report: 'アカウントの乗っ取りをサポートに報告してください（このフォームです）。',
    change_password:
      '今すぐパスワードを変更してください。長く、ほかで使っていないものにしてください。パスワード管理アプリが役立ちます。',
    enable_2fa: '2 段階認証をオンにしてください。',
    sign_out_other_sessions: 'ほかのすべてのセッションと端末からログアウトしてください。',
    use_password_reset: 'パスワードの再設定を使ってください。',
    verify_identity: 'アカウントを取り戻すため、サポートで本人確認を受けてください。',
  },
  containment: {
    sign_out_other_sessions: 'ほかのセッションと端末からログアウトする',
    check_email_phone: 'アカウントに登録されたメールアドレスと電話番号を確認する',
    check_mail_forwarding: '自分で設定していない転送ルールがメールボックスにないか確認する',
    check_2fa_devices: '2 段階認証に登録されている端末を確認する',
    regenerate_backup_codes: 'バックアップコードを新しく作る',
    revoke_api_keys: '自分で作っていない API キーを削除する',
    revoke_connected_apps: '心当たりのない連携アプリを削除する',
    check_withdrawal_allowlist: '出金先アドレスのリストを確認する',
  },
  status: {
    restored: '以前に入力を始めた報告を復元しました。',
    laterFailed: 'フォームの残りを読み込めませんでした。接続を確認して、もう一度お試しください。',
  },
};
