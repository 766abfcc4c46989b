/**
 * `npm run bench` (part): the first-load JavaScript of the planner page against a bare Next.js page
 * built with the same versions (issue 10: at most 1.3 times). The bare page is built in a temporary
 * folder under .scratch/ (git-ignored) with this project as Turbopack's root, so it resolves this
 * project's node_modules (Turbopack follows no symlink out of its root); both are measured the same
 * way: every script the prerendered page loads (its `<script src>` tags), gzipped, summed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TARGET_RATIO = 1.3;

const pageHtml = (projectDir: string) =>
  readFileSync(join(projectDir, '.next/server/app/index.html'), 'utf8');

/** Gzipped bytes of the scripts the prerendered home page loads, and how many there are. */
function firstLoadJs(projectDir: string): { bytes: number; scripts: number } {
  const html = pageHtml(projectDir);
  const sources = [...new Set([...html.matchAll(/<script src="\/_next\/([^"?]+)/g)].map((m) => m[1] ?? ''))];
  const bytes = sources.reduce(
    (sum, src) => sum + gzipSync(readFileSync(join(projectDir, '.next', src))).byteLength,
    0,
  );
  return { bytes, scripts: sources.length };
}

/** A Next.js app with one static page and a root layout, nothing else. */
function buildBarePage(): string {
  mkdirSync('.scratch', { recursive: true });
  const dir = mkdtempSync(join(process.cwd(), '.scratch', 'bare-next-'));
  mkdirSync(join(dir, 'app'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-next', private: true }));
  writeFileSync(
    join(dir, 'next.config.mjs'),
    `export default { turbopack: { root: ${JSON.stringify(process.cwd())} } };\n`,
  );
  writeFileSync(
    join(dir, 'app/layout.jsx'),
    'export default function RootLayout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
  );
  writeFileSync(
    join(dir, 'app/page.jsx'),
    'export default function Page() {\n  return <main>Hello</main>;\n}\n',
  );
  execFileSync(join(process.cwd(), 'node_modules/.bin/next'), ['build'], {
    cwd: dir,
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  return dir;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (!existsSync('.next/server/app/index.html')) throw new Error('build the planner first (npx next build)');
const planner = firstLoadJs(process.cwd());
const bareDir = buildBarePage();
try {
  const bare = firstLoadJs(bareDir);
  const ratio = planner.bytes / bare.bytes;
  console.log(`planner page  ${kb(planner.bytes)} gzipped in ${planner.scripts} scripts`);
  console.log(`bare Next.js  ${kb(bare.bytes)} gzipped in ${bare.scripts} scripts`);
  console.log(`ratio         ${ratio.toFixed(2)}  target ${TARGET_RATIO}`);
  // Not part of the target: the page itself, which carries the reference plan in its payload.
  console.log(`planner HTML  ${kb(gzipSync(pageHtml(process.cwd())).byteLength)} gzipped`);
} finally {
  rmSync(bareDir, { recursive: true, force: true });
}
