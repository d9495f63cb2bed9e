/**
 * The email notices in Japanese.
 * Typed by the English catalog (`en.ts`): a missing or an extra key fails the typecheck;
 * `scripts/catalogs.test.ts` checks placeholders and strings left in English.
 * @module
 */
import type { EmailCatalog } from './catalog';

export const ja: EmailCatalog = {
  lang: 'ja',
  caseEvents: {
    case_submitted: {
      subject: '{platform}：あなたのアカウントが乗っ取られたという報告がありました',
      happened: 'あなたの {platform} アカウントが乗っ取られたという報告が提出されました。',
    },
    compromise_confirmed: {
      subject: '{platform}：あなたのアカウントの乗っ取りを確認しました',
      happened: 'サポートチームは、あなたの {platform} アカウントが乗っ取られたことを確認しました。',
    },
    case_ruled_out: {
      subject: '{platform}：あなたのアカウントについての乗っ取りの報告を終了しました',
      happened:
        'サポートチームは、あなたの {platform} アカウントについての報告を調べ、乗っ取りはなかったと判断しました。',
    },
    case_reopened: {
      subject: '{platform}：あなたのアカウントについての報告が再開されました',
      happened: 'あなたの {platform} アカウントについての乗っ取りの報告が再開されました。',
    },
    account_frozen: {
      subject: '{platform}：あなたのアカウントが凍結されました',
      happened: '乗っ取りの報告を調べている間、あなたの {platform} アカウントは凍結されています。',
    },
    verification_requested: {
      subject: '{platform}：本人確認が依頼されました',
      happened: 'サポートチームが、あなたの {platform} アカウントについて本人確認を依頼しました。',
    },
    verification_recorded: {
      subject: '{platform}：本人確認が記録されました',
      happened: 'あなたの {platform} アカウントについて、本人確認が記録されました。',
    },
    account_restored: {
      subject: '{platform}：あなたのアカウントへのアクセスが復旧しました',
      happened: 'あなたの {platform} アカウントへのアクセスが、乗っ取りを報告した人に戻されました。',
    },
    confirmation_requested: {
      subject: '{platform}：アカウントの復旧を確認してください',
      happened: 'あなたの {platform} アカウントの復旧は、確認を待っています。',
    },
    recovery_confirmed: {
      subject: '{platform}：あなたのアカウントの復旧が確認されました',
      happened: 'あなたの {platform} アカウントの復旧が確認されました。',
    },
    recovery_disputed: {
      subject: '{platform}：あなたのアカウントの復旧に異議が出されました',
      happened: 'あなたの {platform} アカウントの復旧に対して、異議が出されました。',
    },
    case_closed: {
      subject: '{platform}：あなたのアカウントについての報告が終了しました',
      happened: 'あなたの {platform} アカウントについての乗っ取りの報告が終了しました。',
    },
    lock_release_requested: {
      subject: '{platform}：アカウントのロック解除が申請されました',
      happened:
        'あなたの {platform} アカウントのロック解除が申請されました。下のリンクで止めない限り、待機期間のあとにロックが解除されます。',
    },
    lock_release_cancelled: {
      subject: '{platform}：アカウントのロックは引き続き有効です',
      happened:
        'あなたの {platform} アカウントのロック解除の申請は取り消されました。ロックは引き続き有効です。',
    },
    lock_released: {
      subject: '{platform}：アカウントのロックが解除されました',
      happened: '待機期間が過ぎたため、あなたの {platform} アカウントのロックが解除されました。',
    },
    account_locked: {
      subject: '{platform}：アカウントがロックされました',
      happened:
        'ログイン中のセッションまたはロック用リンクからの要求により、あなたの {platform} アカウントがロックされ、このアカウントの乗っ取り報告にロックが記録されました。本人確認の後、サポートがロックを解除します。',
    },
  },
  totp: {
    totp_enabled: {
      subject: '{platform}：2 段階認証がオンになりました',
      happened: 'あなたの {platform} アカウントで 2 段階認証（認証アプリ）がオンになりました。',
    },
    totp_backup_codes_regenerated: {
      subject: '{platform}：新しいバックアップコードが発行されました',
      happened:
        'あなたの {platform} アカウントで新しいバックアップコードが発行されました。古いコードはもう使えません。',
    },
    totp_disabled: {
      subject: '{platform}：2 段階認証がオフになりました',
      happened: 'あなたの {platform} アカウントで 2 段階認証がオフになりました。',
    },
    totp_locked: {
      subject: '{platform}：2 段階認証がロックされました',
      happened:
        'あなたの {platform} アカウントで、認証アプリのコードが何度も間違って入力されたため、コードがロックされました。',
    },
    totp_backup_codes_low: {
      subject: '{platform}：バックアップコードの残りが少なくなっています',
      happened:
        'バックアップコードを使ってあなたの {platform} アカウントにサインインしました。残りは {count} 個です。セキュリティ設定で新しいコードを作成してください。',
    },
    totp_backup_codes_locked: {
      subject: '{platform}：バックアップコードがロックされました',
      happened:
        'あなたの {platform} アカウントで、バックアップコードが何度も間違って入力されたため、バックアップコードがロックされました。',
    },
  },
  greeting: 'こんにちは。',
  whenLabel: '日時',
  referenceLabel: '参照番号',
  notMe: 'お心当たりがない場合や、ご自身で依頼していない場合は、今すぐお知らせください：',
  notMeLink: '心当たりがありません',
  notMeNoLink:
    'お心当たりがない場合や、ご自身で依頼していない場合は、今すぐ {platform} のサポートに連絡してください。',
  footer:
    'このメールは、このアドレスが {platform} アカウントに登録されているためにお送りしています。私たちがメールでパスワードやコードを尋ねることは決してありません。',
  lockLink: {
    subject: '{platform}：アカウントをロックしてください',
    happened:
      '{platform} アカウントをロックするためのリンクが申請されました。ほかの誰かがあなたのアカウントを使っていると思われる場合は、今すぐロックしてください。申請したのがあなたでない場合は、このメッセージを無視してかまいません。何も変更されていません。',
  },
  lockNow: 'ほかの誰かがあなたのアカウントを使っている場合は、今すぐロックしてください：',
  lockNowLink: 'これは私ではありません — アカウントをロックする',
  lockNowAfter:
    'ロックすると、サポートが解除するまで、サインイン、出金、セキュリティ設定の変更はすべて拒否されます。このリンクは一度だけ、期限内に限り使えます。',
};
