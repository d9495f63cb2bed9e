// @ts-check
// The platform's configuration, served at GET /v1/config and checked when the server starts.

/** @type {import('@recourse/core').PlatformConfig} */
export const config = {
  platform: { id: 'consumer-bank', name: 'Consumer Bank' },
  languages: ['en', 'zh-CN'],
  contacts: {
    webForm: { url: 'https://help.consumer-bank.example.com/report' },
    hotline: {
      number: '+1 555 0100 300',
      hours: { en: 'Every day, 08:00–20:00', 'zh-CN': '每天 08:00–20:00' },
    },
  },
  passwordResetUrl: 'https://consumer-bank.example.com/reset',
  deadlinePolicy: 'platform_sla',
  attachments: {
    maxFileBytes: 5_000_000,
    maxFiles: 5,
    maxCaseBytes: 20_000_000,
    mediaTypes: ['image/png', 'image/jpeg', 'application/pdf', 'text/plain'],
  },
  outsideBodies: [],
};
