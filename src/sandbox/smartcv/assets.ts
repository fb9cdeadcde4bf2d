/**
 * The files seeded profiles link to (`cvUrl`, `profilePicture`), so the demo shows a real picture and CV
 * instead of broken links. Generated from the profile, no binary fixtures.
 */
import type { SmartcvProfile } from './profiles.js';

const escapeXml = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!);

function initials(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((w) => [...w][0] ?? '')
    .join('');
}

/** A round avatar with the candidate's initials; colour derived from the name so it stays stable. */
export function avatarSvg(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  const hue = hash % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256" role="img">
<title>${escapeXml(name)}</title>
<circle cx="128" cy="128" r="128" fill="hsl(${hue} 45% 32%)"/>
<text x="128" y="128" dy="0.35em" text-anchor="middle" font-family="system-ui, sans-serif" font-size="96" fill="#fff">${escapeXml(initials(name))}</text>
</svg>`;
}

/** PDF standard fonts only cover Latin-1; accents are dropped and other scripts replaced. */
const pdfText = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '?')
    .replace(/[\\()]/g, (ch) => `\\${ch}`);

/** A one-page PDF CV listing name, headline, contact and skills. */
export function cvPdf(profile: SmartcvProfile): Uint8Array<ArrayBuffer> {
  const lines = [
    profile.name,
    profile.headline ?? '',
    [profile.email, profile.phoneNumber, profile.location].filter(Boolean).join('  |  '),
    '',
    'Skills',
    ...(profile.skills ?? []).map((s) => `- ${s.trim()}`),
    '',
    'Experience',
    ...(profile.experience ?? []).map((e) => `- ${e.title}, ${e.company} (${e.startDate} to ${e.endDate ?? 'now'})`),
  ].slice(0, 48);
  const text = lines
    .map((line, i) => `BT /F1 ${i === 0 ? 18 : 11} Tf 56 ${780 - i * 15} Td (${pdfText(line)}) Tj ET`)
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
