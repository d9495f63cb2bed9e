/**
 * The printable dossier's own words in Simplified Chinese (typed by the English catalog).
 * @module
 */
import type { DossierWords } from './dossier.en';

export const zhCN: DossierWords = {
  title: '账号被盗案件档案',
  intro:
    '本文件记录了一起账号被盗的报告、对其采取的每一步处理、相关证据和往来消息。时间线上的每一条记录都带有与上一条相连的 SHA-256 哈希值，任何修改、删除或调换顺序都能被发现。客服团队的内部记录只列出条目，不显示内容。',
  caseNumber: '案件编号',
  createdAt: '报告时间',
  generatedAt: '档案生成时间',
  status: '状态',
  state: '阶段',
  report: '报告内容',
  timeline: '时间线',
  chainVerified: '时间线校验通过：每条记录都与上一条相连。最后一个哈希值：{head}',
  chainBroken: '时间线校验未通过：第 {seq} 条记录被修改、删除或调换了位置。',
  seq: '序号',
  when: '时间',
  who: '操作方',
  what: '发生了什么',
  details: '详情',
  redacted: '客服团队内部记录（内容不公开）',
  evidence: '证据',
  noEvidence: '未附加任何文件。',
  fileName: '文件',
  mediaType: '类型',
  size: '大小（字节）',
  sha256: 'SHA-256',
  inTimeline: '时间线记录',
  recordedIn: '记录于第 {seq} 条',
  notRecorded: '时间线中无记录',
  communications: '消息',
  noCommunications: '没有往来消息。',
  communicationKinds: {
    message: '消息',
    request: '补充信息请求',
    answer: '答复',
    complaint: '投诉',
    complaint_answer: '投诉答复',
  },
  roles: { reporter: '账号持有人', agent: '客服', system: '系统' },
};
