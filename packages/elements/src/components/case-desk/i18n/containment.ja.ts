/**
 * The desk's containment words in Japanese, typed by the English ones.
 * @module
 */
import type { DeskContainmentWords } from './containment.en';

export const ja: DeskContainmentWords = {
  containment: {
    title: 'アカウントの保護',
    action: 'プラットフォームの操作',
    state: '状態',
    attempts: '試行回数',
    requested: '依頼日時',
    details: '詳細',
    origin: 'ロックの開始者：{origin}',
    origins: {
      desk: 'サポート（凍結）',
      session: 'アカウント所有者（ログイン中）',
      link: 'アカウント所有者（ロック用リンク経由）',
    },
    lock: {
      requested: 'ロックを依頼済み、まだ有効ではありません：プラットフォームが確認していません',
      in_force: 'アカウントはロックされています',
      failed: 'ロックに失敗しました',
      released: 'ロックは解除されました',
    },
    release: {
      cooling_off:
        '所有者がロック解除を申請しました：ロック用リンクで取り消されない限り、{date} に解除されます',
      releasing: '所有者が申請したロック解除の期日です（{date}）：プラットフォームがロックを解除しています',
      done: '所有者の申請により {date} に解除されました',
      cancelled: '新しいロックにより、所有者のロック解除の申請は取り消されました',
    },
    actions: {
      lock_account: 'アカウントをロックする',
      unlock_account: 'アカウントのロックを解除する',
      sign_out_everywhere: 'すべての端末からログアウトする',
      revoke_credential: '認証情報を削除する',
      hold_risky_actions: '出金とセキュリティ設定の変更を止める',
    },
    states: {
      requested: '依頼済み',
      retrying: '失敗、再試行中',
      done: '完了',
      failed: '失敗',
    },
    reasons: {
      platform_error: 'プラットフォームがエラーを返しました',
      timeout: 'プラットフォームが時間内に応答しませんでした',
      refused: 'プラットフォームが拒否しました',
      not_configured: 'プラットフォームはこの操作に対応していません',
      given_up: 'プラットフォームで失敗が続いたため再試行を停止しました。サポートの対応が必要です',
    },
    until: '{date} まで',
  },
};
