/**
 * The printable dossier's own words in Traditional Chinese.
 * Typed by the English catalog (`dossier.en.ts`): a missing or an extra key fails the typecheck;
 * `scripts/catalogs.test.ts` checks placeholders and strings left in English.
 * @module
 */
import type { DossierWords } from './dossier.en';

export const zhTW: DossierWords = {
  title: '帳戶遭盜用案件檔案',
  intro:
    '本文件記錄一起帳戶遭盜用的回報、針對此案採取的每個處理步驟、相關證據及往來訊息。時間軸上的每筆紀錄都附有與前一筆相連的 SHA-256 雜湊值，因此任何修改、刪除或調換順序都能被發現。客服團隊的內部紀錄只列出項目，不顯示內容。',
  caseNumber: '案件編號',
  createdAt: '回報時間',
  generatedAt: '檔案產生時間',
  status: '狀態',
  state: '階段',
  report: '回報內容',
  timeline: '時間軸',
  chainVerified: '時間軸驗證通過：每筆紀錄都與前一筆相連。最後一個雜湊值：{head}',
  chainBroken: '時間軸驗證未通過：第 {seq} 筆紀錄遭到修改、刪除或移動。',
  seq: '序號',
  when: '時間',
  who: '執行者',
  what: '發生的事',
  details: '詳細資訊',
  redacted: '客服團隊內部紀錄（內容不公開）',
  evidence: '證據',
  noEvidence: '未附加任何檔案。',
  fileName: '檔案',
  mediaType: '類型',
  size: '大小（位元組）',
  sha256: 'SHA-256',
  inTimeline: '時間軸紀錄',
  recordedIn: '記錄於第 {seq} 筆',
  notRecorded: '時間軸中沒有紀錄',
  communications: '訊息',
  noCommunications: '沒有往來訊息。',
  communicationKinds: {
    message: '訊息',
    request: '補充資訊請求',
    answer: '回覆',
    complaint: '申訴',
    complaint_answer: '申訴回覆',
  },
  roles: { reporter: '帳戶持有人', agent: '客服', system: '系統' },
};
