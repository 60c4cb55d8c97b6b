// The shipped corpus: five Arabic articles on the Islamic State in Pakistan and Afghanistan
// (see data/README.md). Metadata is what the texts themselves show; null where they do not say.
// Texts are the originals with site chrome stripped (scripts/import-seeds.ts), harakat kept.
import type { Source } from '../lib/types';
import text000 from './seeds/000_004bfa6a744bcc35.txt?raw';
import text001 from './seeds/001_8d22fc41447babf4.txt?raw';
import text002 from './seeds/002_09a4258c08e6388d.txt?raw';
import text003 from './seeds/003_ba6c308213cb6bcc.txt?raw';
import text004 from './seeds/004_56697dad0a47d7cc.txt?raw';

export type ShippedSource = Omit<Source, 'origin' | 'addedAt' | 'updatedAt'>;

export const SHIPPED_SOURCES: readonly ShippedSource[] = [
  {
    id: 'seed-000',
    title: 'باكستان؛ ملاذٌ آمنٌ لداعش، ومركز تدريبٍ وصناعةِ المؤامرات!',
    // The by-line names the author; the outlet is not named (it cites reports of Al-Mirsad).
    outlet: null,
    author: 'خالد جانان',
    date: null,
    lang: 'ar',
    kind: 'opinion',
    text: text000,
    url: null,
  },
  {
    id: 'seed-001',
    // The headline the page repeated at its foot; the article was given to «الشرق الأوسط».
    title: 'رصد نشاط مكثف لـ«داعش» في المدن الباكستانية الكبرى',
    outlet: 'الشرق الأوسط',
    author: null,
    date: null,
    lang: 'ar',
    kind: 'news',
    text: text001,
    url: null,
  },
  {
    id: 'seed-002',
    title: 'تقرير: داعش خراسان يذكّر بالقاعدة قبل 11 سبتمبر',
    outlet: null,
    author: null,
    date: '2024-03-25',
    lang: 'ar',
    kind: 'report',
    text: text002,
    url: null,
  },
  {
    id: 'seed-003',
    // The text carries no headline; this is its own key phrase, quoted from it.
    title: '«تجارة الإرهاب»: دور باكستان في مكافحة داعش',
    titleOrigin: 'curated',
    outlet: null,
    author: null,
    date: null,
    lang: 'ar',
    kind: 'analysis',
    text: text003,
    url: null,
  },
  {
    id: 'seed-004',
    title: 'تقرير أمريكي يكشف عن تعاون “سرّي” بين طالبان وباكستان في مجالٍ هام',
    outlet: null,
    author: null,
    date: null,
    lang: 'ar',
    kind: 'news',
    text: text004,
    url: null,
  },
];
