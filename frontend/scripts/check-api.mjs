// "Types drift" check: regenerate the API types from ../openapi.yaml into a temporary file and
// fail when they differ from the committed src/api/schema.d.ts. Fix with `npm run gen:api`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const committed = join(root, 'src/api/schema.d.ts');
const dir = mkdtempSync(join(tmpdir(), 'shequn-api-'));
const fresh = join(dir, 'schema.d.ts');
try {
  const cli = join(root, 'node_modules/openapi-typescript/bin/cli.js');
  try {
    execFileSync(process.execPath, [cli, join(root, '../openapi.yaml'), '-o', fresh], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } catch (e) {
    const stderr = String(e.stderr ?? '');
    const reason = stderr.split('\n').find((l) => /^\w*Error: /.test(l)) ?? stderr.slice(0, 500);
    console.error(`check:api: openapi-typescript could not read ../openapi.yaml:\n  ${reason.trim()}`);
    process.exit(1);
  }
  let current = '';
  try {
    current = readFileSync(committed, 'utf8');
  } catch {
    console.error(`check:api: ${committed} is missing; run \`npm run gen:api\` and commit it.`);
    process.exit(1);
  }
  if (current !== readFileSync(fresh, 'utf8')) {
    console.error(
      'check:api: src/api/schema.d.ts does not match ../openapi.yaml (types drift).\n' +
        'Run `npm run gen:api` in frontend/ and commit the result.',
    );
    process.exit(1);
  }
  console.log('check:api: src/api/schema.d.ts matches ../openapi.yaml');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
