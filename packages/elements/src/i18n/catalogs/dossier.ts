/**
 * The printable dossier's words, built on the domain vocabulary.
 * @module
 */
import type { CommunicationKind, DossierLabels } from '@recourse/core';
import type { Lang } from '../lang';
import { DOMAIN_CATALOGS } from './domain';

type DossierWords = Omit<DossierLabels, 'statuses' | 'states' | 'events' | 'roles' | 'fields'> & {
  communicationKinds: Record<CommunicationKind, string>;
  /** Roles as a third party reads them (not "You"). */
  roles: Record<'reporter' | 'agent' | 'system', string>;
};

const en: DossierWords = {
  title: 'Account takeover case file',
  intro:
    'This document lists a report of a stolen account, every step taken on it, the evidence and the messages exchanged. Each timeline entry carries a SHA-256 hash chained to the one before, so any change, removal or reordering can be detected. Internal entries of the support team are listed without their content.',
  caseNumber: 'Case number',
  createdAt: 'Reported on',
  generatedAt: 'File made on',
  status: 'Status',
  state: 'Stage',
  report: 'The report',
  timeline: 'Timeline',
  chainVerified: 'The timeline verifies: every entry is linked to the one before it. Last hash: {head}',
  chainBroken: 'The timeline does NOT verify: entry {seq} was changed, removed or moved.',
  seq: 'No.',
  when: 'When',
  who: 'Who',
  what: 'What happened',
  details: 'Details',
  redacted: 'Internal entry of the support team (content not shared)',
  evidence: 'Evidence',
  noEvidence: 'No files were attached.',
  fileName: 'File',
  mediaType: 'Type',
  size: 'Size (bytes)',
  sha256: 'SHA-256',
  inTimeline: 'In the timeline',
  recordedIn: 'Recorded in entry {seq}',
  notRecorded: 'Not recorded in the timeline',
  communications: 'Messages',
  noCommunications: 'No messages were exchanged.',
  communicationKinds: {
    message: 'Message',
    request: 'Request for information',
    answer: 'Answer',
    complaint: 'Complaint',
    complaint_answer: 'Answer to the complaint',
  },
  roles: { reporter: 'Account holder', agent: 'Support', system: 'Automatic' },
};

const zhCN: DossierWords = {
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

const WORDS: Record<Lang, DossierWords> = { en, 'zh-CN': zhCN };

/** The labels `renderDossierHtml` needs, in one language. */
export function dossierLabels(lang: Lang): DossierLabels {
  const domain = DOMAIN_CATALOGS[lang];
  const words = WORDS[lang];
  return { ...words, statuses: domain.status, states: domain.state, events: domain.event };
}
