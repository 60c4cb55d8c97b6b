// A demo news page for `npm start`: the shipped sources laid out as an Arabic article page, plus an
// English paragraph, so every kind of highlight shows at once.
import { readFileSync, readdirSync } from 'node:fs';

const escape = (s) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

export function demoPage() {
  const dir = 'data/seeds';
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const [title, ...rest] = readFileSync(`${dir}/${f}`, 'utf8')
        .split('\n')
        .filter((l) => l.trim());
      return `<article><h2>${escape(title)}</h2>${rest.map((p) => `<p>${escape(p)}</p>`).join('')}</article>`;
    });
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>Sanad demo</title>
<style>body{font:18px/1.8 system-ui,'Noto Naskh Arabic',sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}</style></head>
<body><h1>صفحة تجريبية لسند</h1>
<section lang="en" dir="ltr"><p>In March 2024, ISIS-K claimed the Crocus City Hall attack near Moscow. Gen. Erik Kurilla
had warned that the group could strike abroad; Pakistan and the Taliban traded accusations over who shelters it.</p></section>
${articles.join('\n')}</body></html>`;
}
