/**
 * The printable dossier's own words in Japanese.
 * Typed by the English catalog (`dossier.en.ts`): a missing or an extra key fails the typecheck;
 * `scripts/catalogs.test.ts` checks placeholders and strings left in English.
 * @module
 */
import type { DossierWords } from './dossier.en';

export const ja: DossierWords = {
  title: 'アカウント乗っ取り事案記録',
  intro:
    'この文書には、盗まれたアカウントについての報告、その対応の各段階、証拠、やり取りしたメッセージが記載されています。タイムラインの各項目には直前の項目とつながった SHA-256 ハッシュが付いているため、変更、削除、順序の入れ替えがあれば検出できます。サポートチームの内部記録は、内容を伏せて項目だけを記載しています。',
  caseNumber: 'ケース番号',
  createdAt: '報告日時',
  generatedAt: '作成日時',
  status: 'ステータス',
  state: '段階',
  report: '報告の内容',
  timeline: 'タイムライン',
  chainVerified:
    'タイムラインの検証に成功しました。すべての項目が直前の項目とつながっています。最後のハッシュ：{head}',
  chainBroken: 'タイムラインの検証に失敗しました。項目 {seq} が変更、削除、または移動されています。',
  seq: '番号',
  when: '日時',
  who: '担当',
  what: '出来事',
  details: '詳細',
  redacted: 'サポートチームの内部記録（内容は非公開）',
  evidence: '証拠',
  noEvidence: '添付ファイルはありません。',
  fileName: 'ファイル',
  mediaType: '種類',
  size: 'サイズ（バイト）',
  sha256: 'SHA-256',
  inTimeline: 'タイムラインへの記録',
  recordedIn: '項目 {seq} に記録',
  notRecorded: 'タイムラインに記録なし',
  communications: 'メッセージ',
  noCommunications: 'やり取りしたメッセージはありません。',
  communicationKinds: {
    message: 'メッセージ',
    request: '情報の依頼',
    answer: '回答',
    complaint: '苦情',
    complaint_answer: '苦情への回答',
  },
  roles: { reporter: 'アカウント所有者', agent: 'サポート', system: '自動' },
};
