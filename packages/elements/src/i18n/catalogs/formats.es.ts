import type { FormatWords } from './formats.en';

/** Spanish dates and relative times (see `formats.en.ts`). */
export const es: FormatWords = {
  date: 'd MMM y',
  dateTime: 'd MMM y, H:mm',
  months: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
  periods: '00:00 a.\u00a0m.|12:00 p.\u00a0m.',
  group: '.',
  minimumGrouping: 2,
  plural: (n) => (n === 1 ? 'one' : n !== 0 && n % 1_000_000 === 0 ? 'many' : 'other'),
  relative: {
    now: 'ahora',
    year: {
      '-2': 'hace 2 años',
      '-1': 'el año pasado',
      '1': 'el próximo año',
      '2': 'dentro de 2 años',
      past: { other: 'hace {n} años' },
      future: { other: 'dentro de {n} años' },
    },
    month: {
      '-2': 'hace 2 meses',
      '-1': 'el mes pasado',
      '1': 'el próximo mes',
      '2': 'dentro de 2 meses',
      past: { other: 'hace {n} meses' },
      future: { other: 'dentro de {n} meses' },
    },
    week: {
      '-2': 'hace 2 semanas',
      '-1': 'la semana pasada',
      '1': 'la próxima semana',
      '2': 'dentro de 2 semanas',
      past: { other: 'hace {n} semanas' },
      future: { other: 'dentro de {n} semanas' },
    },
    day: {
      '-2': 'anteayer',
      '-1': 'ayer',
      '1': 'mañana',
      '2': 'pasado mañana',
      past: { other: 'hace {n} días' },
      future: { other: 'dentro de {n} días' },
    },
    hour: {
      '-2': 'hace 2 horas',
      '-1': 'hace 1 hora',
      '1': 'dentro de 1 hora',
      '2': 'dentro de 2 horas',
      past: { other: 'hace {n} horas' },
      future: { other: 'dentro de {n} horas' },
    },
    minute: {
      '-2': 'hace 2 minutos',
      '-1': 'hace 1 minuto',
      '1': 'dentro de 1 minuto',
      '2': 'dentro de 2 minutos',
      past: { other: 'hace {n} minutos' },
      future: { other: 'dentro de {n} minutos' },
    },
  },
};
