/** The two charts, as hand-written SVG (no dependencies): readable labels, <title>/<desc> for screen readers. */

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"';
const INK = '#1f2937';
const MUTED = '#4b5563';

function frame(width: number, height: number, id: string, title: string, desc: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" ${FONT}>
  <title id="${id}-title">${esc(title)}</title>
  <desc id="${id}-desc">${esc(desc)}</desc>
  <rect width="${width}" height="${height}" fill="#ffffff"/>
${body}
</svg>
`;
}

export interface BarDatum {
  label: string;
  value: number;
  kind: 'entry' | 'ready' | 'lazy' | 'reference' | 'anchor';
}

const BAR_STYLE: Record<BarDatum['kind'], { fill: string; legend: string }> = {
  entry: { fill: '#1d4ed8', legend: 'careerkit script-tag entry (with its static chunks)' },
  ready: { fill: '#60a5fa', legend: 'careerkit entry with the chunks it fetches at once (HTTP client)' },
  lazy: { fill: '#0f766e', legend: 'careerkit lazy chunk' },
  reference: { fill: '#6b7280', legend: 'reference, measured in this run' },
  anchor: { fill: 'url(#hatch)', legend: 'reference from anchors.md, not measured here' },
};

/** Horizontal bars of gzip kB. */
export function bytesChart(data: BarDatum[], caption: string): string {
  const width = 760;
  const left = 250;
  const right = 90;
  const top = 48;
  const rowH = 28;
  const plotW = width - left - right;
  const kinds = [...new Set(data.map((d) => d.kind))];
  const legendTop = top + data.length * rowH + 34;
  const height = legendTop + kinds.length * 20 + 16;
  const max = Math.max(...data.map((d) => d.value), 1);
  const step = max > 40_000 ? 10_000 : max > 20_000 ? 5000 : 2500;
  const scaleMax = Math.ceil((max * 1.05) / step) * step;
  const x = (v: number) => left + (v / scaleMax) * plotW;
  let body = `  <defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#d1d5db"/><line x1="0" y1="0" x2="0" y2="6" stroke="#6b7280" stroke-width="2"/></pattern></defs>
  <text x="16" y="26" font-size="16" font-weight="600" fill="${INK}">${esc(caption)}</text>\n`;
  for (let v = 0; v <= scaleMax; v += step) {
    body += `  <line x1="${x(v).toFixed(1)}" y1="${top - 6}" x2="${x(v).toFixed(1)}" y2="${top + data.length * rowH}" stroke="#e5e7eb"/>
  <text x="${x(v).toFixed(1)}" y="${top + data.length * rowH + 16}" font-size="11" fill="${MUTED}" text-anchor="middle">${v / 1000} kB</text>\n`;
  }
  data.forEach((d, i) => {
    const y = top + i * rowH;
    const w = Math.max(1, x(d.value) - left);
    body += `  <text x="${left - 8}" y="${y + 18}" font-size="13" fill="${INK}" text-anchor="end">${esc(d.label)}</text>
  <rect x="${left}" y="${y + 5}" width="${w.toFixed(1)}" height="${rowH - 10}" fill="${BAR_STYLE[d.kind].fill}" stroke="${d.kind === 'anchor' ? '#6b7280' : 'none'}"/>
  <text x="${(left + w + 6).toFixed(1)}" y="${y + 18}" font-size="12" fill="${INK}">${(d.value / 1000).toFixed(1)} kB</text>\n`;
  });
  kinds.forEach((kind, i) => {
    const y = legendTop + i * 20;
    body += `  <rect x="${left}" y="${y - 10}" width="14" height="12" fill="${BAR_STYLE[kind].fill}" stroke="${kind === 'anchor' ? '#6b7280' : 'none'}"/>
  <text x="${left + 20}" y="${y}" font-size="12" fill="${INK}">${esc(BAR_STYLE[kind].legend)}</text>\n`;
  });
  const desc = data.map((d) => `${d.label}: ${(d.value / 1000).toFixed(1)} kB gzip${d.kind === 'anchor' ? ' (from anchors.md, not measured here)' : ''}`).join('; ');
  return frame(width, height, 'bytes', caption, desc, body);
}

export interface CdfSeries {
  label: string;
  /** Ascending sample values, ms. */
  samples: number[];
  color: string;
  dash?: string;
}

/** Cumulative distribution of latencies on a log time axis, with a target line. */
export function latencyCdfChart(series: CdfSeries[], caption: string, targetMs?: number): string {
  const width = 760;
  const height = 400;
  const left = 64;
  const right = 24;
  const top = 48;
  const bottom = 92;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const all = series.flatMap((s) => s.samples).filter((v) => v > 0);
  // Half-decade bounds keep the axis tight around the data.
  const lo = 10 ** (Math.floor(Math.log10(Math.min(...all, targetMs ?? Infinity)) * 2) / 2);
  const hi = 10 ** (Math.ceil(Math.log10(Math.max(...all, targetMs ?? 0)) * 2) / 2);
  const x = (v: number) => left + ((Math.log10(Math.max(v, lo)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * plotW;
  const y = (f: number) => top + (1 - f) * plotH;
  let body = `  <text x="16" y="26" font-size="16" font-weight="600" fill="${INK}">${esc(caption)}</text>\n`;
  for (let f = 0; f <= 1.0001; f += 0.25) {
    body += `  <line x1="${left}" y1="${y(f).toFixed(1)}" x2="${left + plotW}" y2="${y(f).toFixed(1)}" stroke="#e5e7eb"/>
  <text x="${left - 8}" y="${(y(f) + 4).toFixed(1)}" font-size="11" fill="${MUTED}" text-anchor="end">${Math.round(f * 100)} %</text>\n`;
  }
  for (let decade = 10 ** Math.floor(Math.log10(lo)); decade <= hi * 1.0001; decade *= 10) {
    for (const m of [1, 3]) {
      const v = decade * m;
      if (v < lo * 0.9999 || v > hi * 1.0001) continue;
      const label = v >= 1 ? `${Math.round(v)} ms` : `${Number(v.toPrecision(1))} ms`;
      body += `  <line x1="${x(v).toFixed(1)}" y1="${top}" x2="${x(v).toFixed(1)}" y2="${top + plotH}" stroke="#e5e7eb"/>
  <text x="${x(v).toFixed(1)}" y="${top + plotH + 16}" font-size="11" fill="${MUTED}" text-anchor="middle">${label}</text>\n`;
    }
  }
  body += `  <text x="${left + plotW / 2}" y="${top + plotH + 36}" font-size="12" fill="${INK}" text-anchor="middle">latency per query (log scale)</text>
  <text x="16" y="${top + plotH / 2}" font-size="12" fill="${INK}" transform="rotate(-90 16 ${top + plotH / 2})" text-anchor="middle">queries at or below</text>\n`;
  if (targetMs) {
    body += `  <line x1="${x(targetMs).toFixed(1)}" y1="${top}" x2="${x(targetMs).toFixed(1)}" y2="${top + plotH}" stroke="#b91c1c" stroke-dasharray="2 3"/>
  <text x="${(x(targetMs) + 4).toFixed(1)}" y="${top + plotH - 8}" font-size="11" fill="#b91c1c">target p95 ≤ ${targetMs} ms</text>\n`;
  }
  for (const s of series) {
    const n = s.samples.length;
    let d = `M${x(s.samples[0]).toFixed(1)},${y(0).toFixed(1)}`;
    s.samples.forEach((v, i) => {
      d += `H${x(v).toFixed(1)}V${y((i + 1) / n).toFixed(1)}`;
    });
    body += `  <path d="${d}" fill="none" stroke="${s.color}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>\n`;
  }
  series.forEach((s, i) => {
    const ly = top + plotH + 58;
    const lx = left + i * 330;
    body += `  <line x1="${lx}" y1="${ly - 4}" x2="${lx + 28}" y2="${ly - 4}" stroke="${s.color}" stroke-width="2.5"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>
  <text x="${lx + 34}" y="${ly}" font-size="12" fill="${INK}">${esc(s.label)}</text>\n`;
  });
  const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
  const desc = series
    .map((s) => `${s.label}: p50 ${pct(s.samples, 50).toFixed(2)} ms, p95 ${pct(s.samples, 95).toFixed(2)} ms, p99 ${pct(s.samples, 99).toFixed(2)} ms`)
    .join('; ');
  return frame(width, height, 'latency', caption, `Cumulative share of queries answered within a given time. ${desc}.`, body);
}
