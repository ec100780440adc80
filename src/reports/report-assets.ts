/**
 * The report's stylesheet: readable on screen and on paper. Text is near-black on white or on light tints, which
 * passes WCAG AA; every coloured badge or cell also says what it means in words.
 */
export const REPORT_STYLE = `
:root{color-scheme:light;--ink:#1a1a1a;--muted:#4a4a4a;--rule:#c8c8c8;--link:#0b4f9c}
*{box-sizing:border-box}
body{margin:0 auto;max-width:72rem;padding:1rem 1.5rem 3rem;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
h1{font-size:1.9rem;margin:.5rem 0 .25rem}h2{font-size:1.45rem;border-bottom:2px solid var(--ink);padding-bottom:.2rem;margin-top:2.5rem}
h3{font-size:1.15rem;margin:1.5rem 0 .5rem}h4{font-size:1rem;margin:1rem 0 .25rem}
a{color:var(--link)}code{font:.85em ui-monospace,Menlo,Consolas,monospace}
nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
.figures{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fit,minmax(13rem,1fr));gap:1rem}
.figures li{border:1px solid var(--rule);border-radius:6px;padding:.75rem 1rem}
.value{font-size:2rem;font-weight:700;display:block}.label{font-weight:600}.detail{display:block;color:var(--muted);font-size:.9rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border-bottom:1px solid var(--rule);padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th{background:#f0f0f0}td.num,th.num{text-align:right}table.compact{width:auto}.date{white-space:nowrap}
th button{font:inherit;font-weight:700;background:none;border:0;padding:0;cursor:pointer;color:inherit}
th button::after{content:" \\2195";color:var(--muted)}
.card{border:1px solid var(--rule);border-radius:6px;padding:0 1rem 1rem;margin:1rem 0}
ul.inline{padding:0;margin:0;list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
td.rules{font:.8em ui-monospace,Menlo,Consolas,monospace}
main>section{content-visibility:auto;contain-intrinsic-size:auto 1200px}td ul{padding-left:1rem;margin:0}
.badge{display:inline-block;white-space:nowrap;border-radius:3px;padding:0 .35rem;font-size:.85rem;font-weight:600;border:1px solid}
.good{background:#dcf2dc;border-color:#2d6a2d}.warn{background:#fff1c2;border-color:#8a6500}.bad{background:#fadadb;border-color:#a12a2f}.info{background:#e6eef8;border-color:#3a5a85}
.where{display:block;color:var(--muted);font-size:.85rem}
.heatmap{width:auto}.heatmap th,.heatmap td{text-align:center;min-width:6.5rem;border:1px solid var(--rule)}
.heat .count{font-size:1.3rem;font-weight:700;display:block}.heat .level{font-size:.8rem}
.heat.low{background:#dcf2dc}.heat.medium{background:#fff1c2}.heat.high{background:#ffd9b8}.heat.critical{background:#f7c4c6}
.trend{display:flex;flex-wrap:wrap;gap:1rem}.trend figure{margin:0;border:1px solid var(--rule);border-radius:6px;padding:.5rem}
.trend figcaption{font-weight:600}.trend svg{display:block}
details summary{cursor:pointer;font-weight:600;margin:.5rem 0}
@media print{
  main>section{content-visibility:visible}
  body{max-width:none;padding:0;font-size:10pt}nav,th button::after{display:none}
  a{color:inherit;text-decoration:none}h2{break-before:page}section:first-of-type h2{break-before:auto}
  .card,tr,figure{break-inside:avoid}
  .badge,.heat{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}`;

/**
 * Sorting of the long tables: a button in each header cell, numbers compared as numbers, a cell's `data-sort` (a
 * severity's rank) in place of its text; and the details opened for printing. Without scripts the tables read as
 * written, in register order.
 */
export const REPORT_SCRIPT = `
addEventListener('beforeprint',()=>document.querySelectorAll('details').forEach(details=>{details.open=true}));
for(const table of document.querySelectorAll('table.sortable')){
  table.querySelectorAll('thead th').forEach((th,column)=>{
    const button=document.createElement('button');button.type='button';button.textContent=th.textContent;
    th.textContent='';th.appendChild(button);th.setAttribute('aria-sort','none');
    button.addEventListener('click',()=>{
      const up=th.getAttribute('aria-sort')!=='ascending';
      table.querySelectorAll('thead th').forEach(other=>other.setAttribute('aria-sort','none'));
      th.setAttribute('aria-sort',up?'ascending':'descending');
      const body=table.tBodies[0],key=row=>{const cell=row.cells[column];return cell?(cell.dataset.sort??cell.textContent.trim()):''};
      const rows=[...body.rows].sort((a,b)=>{const x=key(a),y=key(b),n=Number(x)-Number(y);return (isNaN(n)?x.localeCompare(y):n)*(up?1:-1)});
      body.append(...rows);
    });
  });
}`;
