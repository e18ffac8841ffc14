import { createHash } from 'node:crypto';
import { ActionStatus, type PublicAction, type PublicPageData, type PublicPlan } from '@kompass/shared';
import { radarSvg } from './public-radar.svg';
import { PUBLIC_TEXTS, type PublicLanguage } from './public-page.texts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** One stylesheet, inline so that the page is one request; the CSP allows exactly this text by its hash. */
const STYLE = `
:root{color-scheme:light;--ink:#1f2933;--muted:#4b5563;--rule:#c9d1db;--band:#e8eef5;--accent:#16365c;--done:#1d6b3a;--doing:#1d5fb4}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem}
.skip:focus{left:1rem;z-index:1}
header,main,footer{max-width:60rem;margin:0 auto;padding:1rem 1.25rem}
header{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;justify-content:space-between;border-bottom:1px solid var(--rule)}
header img{max-height:4rem;max-width:12rem}
.lang{margin:0 0 0 auto}
h1{font-size:1.75rem;line-height:1.25;margin:.25rem 0;color:var(--accent)}
h2{font-size:1.4rem;margin:2rem 0 .5rem;color:var(--accent)}
h3{font-size:1.15rem;margin:1.5rem 0 .5rem}
h4{font-size:1rem;margin:1.25rem 0 .25rem}
a{color:#0b4f9e}
a:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.facts{display:flex;flex-wrap:wrap;gap:.25rem 2rem;margin:0;padding:0;list-style:none;color:var(--muted)}
.progress{display:flex;flex-wrap:wrap;gap:1rem;margin:.5rem 0;padding:0;list-style:none}
.progress li{border:1px solid var(--rule);border-radius:.5rem;padding:.5rem 1rem;min-width:8rem}
.progress strong{display:block;font-size:1.5rem}
.bar{display:block;max-width:100%;height:auto}
.scores{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
.radar{max-width:100%;height:auto}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid var(--rule)}
thead th{background:var(--band)}
.scores table{flex:1 1 20rem;width:auto}
.status{white-space:nowrap}
footer{border-top:1px solid var(--rule);color:var(--muted);margin-top:2rem}
@media print{.skip,.lang{display:none}body{font-size:11pt}header,main,footer{max-width:none;padding:0}tr,li{break-inside:avoid}h2{break-before:page}section:first-of-type h2,footer h2{break-before:auto}a{color:inherit}}
`;
export const PUBLIC_STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

export interface PageLinks {
  /** Path of the page without query, e.g. /oppet/1081. */
  base: string;
}

function dateText(iso: string, lang: PublicLanguage): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return new Intl.DateTimeFormat(PUBLIC_TEXTS[lang].dateLocale, {
    dateStyle: 'long',
    timeZone: 'Europe/Stockholm',
  }).format(date);
}

function document(lang: PublicLanguage, head: string, body: string): string {
  return `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${head}<style>${STYLE}</style></head><body>${body}</body></html>`;
}

/** The resident's page of one municipality. Pure: the same data gives the same bytes (the ETag relies on it). */
export function renderPublicPage(data: PublicPageData, lang: PublicLanguage, links: PageLinks): string {
  const t = PUBLIC_TEXTS[lang];
  const name = escapeHtml(data.municipality.name);
  const all = data.plans.flatMap((p) => p.actions);
  const done = all.filter((a) => a.status === ActionStatus.Done).length;
  const other: PublicLanguage = lang === 'sv' ? 'en' : 'sv';
  const otherHref = other === 'sv' ? links.base : `${links.base}?lang=en`;
  const description = escapeHtml(t.description(data.municipality.name, done, all.length));
  const head = [
    `<title>${escapeHtml(t.title(data.municipality.name))}</title>`,
    `<meta name="description" content="${description}">`,
    `<meta property="og:title" content="${escapeHtml(t.title(data.municipality.name))}">`,
    `<meta property="og:description" content="${description}">`,
    `<meta property="og:type" content="website">`,
    `<meta property="og:locale" content="${lang === 'sv' ? 'sv_SE' : 'en_GB'}">`,
    `<link rel="alternate" hreflang="${other}" href="${otherHref}">`,
    `<link rel="alternate" type="application/json" href="${links.base}/data.json">`,
    `<link rel="alternate" type="text/csv" href="${links.base}/data.csv">`,
    `<link rel="license" href="${escapeHtml(data.licence.url)}">`,
  ].join('');
  const logo = data.municipality.logoUrl
    ? `<img src="${escapeHtml(data.municipality.logoUrl)}" alt="${escapeHtml(t.logo(data.municipality.name))}">`
    : '';
  const body = [
    `<a class="skip" href="#main">${t.skip}</a>`,
    `<header>${logo}<p class="lang"><a href="${otherHref}" lang="${other}" hreflang="${other}">${t.otherLanguageName}</a></p></header>`,
    `<main id="main"><h1>${escapeHtml(t.heading(data.municipality.name))}</h1><p>${t.intro}</p>`,
    `<ul class="facts"><li>${t.updated}: <time datetime="${data.updatedAt}">${dateText(data.updatedAt, lang)}</time></li></ul>`,
    ...data.plans.map((plan) => renderPlan(plan, lang)),
    `</main>`,
    `<footer><h2>${t.openData}</h2><p>${t.openDataText} <a href="${links.base}/data.json">JSON</a>, <a href="${links.base}/data.csv">CSV</a>. `,
    `${t.licence}: <a href="${escapeHtml(data.licence.url)}" rel="license">${escapeHtml(data.licence.name)}</a>.</p><p>${name} · ${t.poweredBy}</p></footer>`,
  ].join('');
  return document(lang, head, body);
}

function renderPlan(plan: PublicPlan, lang: PublicLanguage): string {
  const t = PUBLIC_TEXTS[lang];
  const id = `plan-${plan.id}`;
  const p = plan.progress;
  const facts = [
    `${t.status}: ${t.planStatus[plan.status]}`,
    `${t.updated}: <time datetime="${plan.updatedAt}">${dateText(plan.updatedAt, lang)}</time>`,
    `${t.reEvaluation}: <time datetime="${plan.plannedReEvaluationDate}">${dateText(plan.plannedReEvaluationDate, lang)}</time>`,
  ];
  return [
    `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(plan.title)}</h2>`,
    `<ul class="facts">${facts.map((f) => `<li>${f}</li>`).join('')}</ul>`,
    `<h3>${t.progress}</h3>`,
    `<ul class="progress"><li><strong>${p.done}</strong> ${t.done}</li><li><strong>${p.inProgress}</strong> ${t.inProgress}</li><li><strong>${p.notStarted}</strong> ${t.notStarted}</li>${p.cancelled ? `<li><strong>${p.cancelled}</strong> ${t.cancelled}</li>` : ''}</ul>`,
    progressBar(plan, lang),
    renderScores(plan, lang),
    renderActions(plan, lang),
    `</section>`,
  ].join('');
}

/** Done, in progress and not started as one stacked bar; the numbers above it are the text. */
function progressBar(plan: PublicPlan, lang: PublicLanguage): string {
  const p = plan.progress;
  const total = p.done + p.inProgress + p.notStarted;
  if (!total) return '';
  const width = 600;
  const parts: [number, string][] = [
    [p.done, '#1d6b3a'],
    [p.inProgress, '#1d5fb4'],
    [p.notStarted, '#d5dbe3'],
  ];
  let x = 0;
  const rects = parts.map(([count, colour]) => {
    const w = (count / total) * width;
    const rect = `<rect x="${x.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="16" fill="${colour}"/>`;
    x += w;
    return rect;
  });
  const label = escapeHtml(PUBLIC_TEXTS[lang].progressLabel(p.done, p.inProgress, p.notStarted));
  return `<svg class="bar" viewBox="0 0 ${width} 16" width="${width}" height="16" role="img" aria-label="${label}" xmlns="http://www.w3.org/2000/svg">${rects.join('')}</svg>`;
}

function renderScores(plan: PublicPlan, lang: PublicLanguage): string {
  const t = PUBLIC_TEXTS[lang];
  const { baseline, followUp } = plan;
  const label = (e: { label: string; evaluatedAt: string }) => `${e.label} (${e.evaluatedAt.slice(0, 7)})`;
  const radar = radarSvg(
    baseline.areas.map((a) => ({
      label: String(a.area),
      before: a.percent,
      after: followUp?.areas.find((f) => f.area === a.area)?.percent ?? null,
    })),
    escapeHtml(t.radar(label(baseline), followUp ? label(followUp) : null)),
    { before: escapeHtml(label(baseline)), after: followUp ? escapeHtml(label(followUp)) : null },
  );
  const cell = (achieved: number | null, max: number, percent: number | null) =>
    `${t.points(achieved, max)}${percent === null ? '' : ` (${percent} %)`}`;
  const rows = baseline.areas.map((a) => {
    const after = followUp?.areas.find((f) => f.area === a.area);
    return `<tr><th scope="row">${a.area}. ${escapeHtml(a.name)}</th><td>${cell(a.achieved, a.maxPoints, a.percent)}</td>${followUp ? `<td>${after ? cell(after.achieved, after.maxPoints, after.percent) : '–'}</td>` : ''}</tr>`;
  });
  const totalPercent = (e: { totalAchieved: number | null; totalMax: number }) =>
    e.totalAchieved === null ? null : Math.round((e.totalAchieved / e.totalMax) * 100);
  rows.push(
    `<tr><th scope="row">${t.total}</th><td>${cell(baseline.totalAchieved, baseline.totalMax, totalPercent(baseline))}</td>${followUp ? `<td>${cell(followUp.totalAchieved, followUp.totalMax, totalPercent(followUp))}</td>` : ''}</tr>`,
  );
  const head = `<tr><th scope="col">${t.area}</th><th scope="col">${escapeHtml(label(baseline))}</th>${followUp ? `<th scope="col">${escapeHtml(label(followUp))}</th>` : ''}</tr>`;
  return `<h3>${t.scores}</h3><div class="scores">${radar}<table><caption>${t.scores}</caption><thead>${head}</thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function renderActions(plan: PublicPlan, lang: PublicLanguage): string {
  const t = PUBLIC_TEXTS[lang];
  if (!plan.actions.length) return `<h3>${t.actions}</h3><p>${t.noActions}</p>`;
  const withDepartment = plan.actions.some((a) => a.department !== null);
  const groups = plan.baseline.areas.map((area) => ({
    title: `${area.area}. ${area.name}`,
    actions: plan.actions.filter((a) => a.areas.includes(area.area)),
  }));
  groups.push({
    title: t.otherActions,
    actions: plan.actions.filter((a) => !a.areas.some((n) => plan.baseline.areas.some((area) => area.area === n))),
  });
  const table = (actions: PublicAction[]) =>
    `<table><thead><tr><th scope="col">${t.action}</th><th scope="col">${t.status}</th><th scope="col">${t.plannedDate}</th>${withDepartment ? `<th scope="col">${t.department}</th>` : ''}<th scope="col">${t.summary}</th></tr></thead><tbody>${actions
      .map(
        (a) =>
          `<tr><th scope="row">${escapeHtml(a.title)}</th><td class="status">${t.actionStatus[a.status]}</td><td><time datetime="${a.plannedDate}">${dateText(a.plannedDate, lang)}</time></td>${withDepartment ? `<td>${escapeHtml(a.department ?? '–')}</td>` : ''}<td>${a.summary ? escapeHtml(a.summary) : '–'}</td></tr>`,
      )
      .join('')}</tbody></table>`;
  return `<h3>${t.actions}</h3>${groups
    .filter((g) => g.actions.length)
    .map((g) => `<h4>${escapeHtml(g.title)}</h4>${table(g.actions)}`)
    .join('')}`;
}

/** The friendly page for an unknown kommunkod, an unpublished plan or too many requests. */
export function renderMessagePage(lang: PublicLanguage, title: string, paragraphs: string[]): string {
  const t = PUBLIC_TEXTS[lang];
  return document(
    lang,
    `<title>${escapeHtml(title)}</title><meta name="robots" content="noindex">`,
    `<a class="skip" href="#main">${t.skip}</a><main id="main"><h1>${escapeHtml(title)}</h1>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</main>`,
  );
}
