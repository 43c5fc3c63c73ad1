import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { ESBUILD_DEFAULTS } from '../../infra/constructs/function.js';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('function bundling settings', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'bundle-probe-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  // The CommonJS dependencies are where ESM bundling breaks, and only at import time in Lambda.
  it('produces an ESM bundle in which the CommonJS dependencies load', async () => {
    // Prepare
    const outfile = path.join(outDir, 'index.mjs');
    const probe = [
      "import * as z from 'zod/mini';",
      "import middy from '@middy/core';",
      "import { DateTime } from 'luxon';",
      "import PostalMime from 'postal-mime';",
      "import { SESv2Client } from '@aws-sdk/client-sesv2';",
      'export const probe = async () => ({',
      "  valid: z.object({ a: z.email() }).safeParse({ a: 'x@example.com' }).success,",
      "  middy: typeof middy(async () => 1),",
      "  zone: DateTime.fromISO('2026-01-02T10:00:00Z', { zone: 'Europe/Berlin' }).offset,",
      "  subject: (await PostalMime.parse('Subject: hi\\r\\n\\r\\nbody')).subject,",
      "  client: typeof new SESv2Client({ region: 'eu-west-1' }).send,",
      '});',
    ].join('\n');

    // Act
    await build({
      stdin: { contents: probe, resolveDir: PROJECT_ROOT, loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: ESBUILD_DEFAULTS.target,
      mainFields: [...ESBUILD_DEFAULTS.mainFields],
      banner: { js: ESBUILD_DEFAULTS.banner },
      outfile,
      logLevel: 'silent',
    });
    const { probe: run } = await import(pathToFileURL(outfile).href);

    // Assess
    await expect(run()).resolves.toEqual({ valid: true, middy: 'function', zone: 60, subject: 'hi', client: 'function' });
  });
});
