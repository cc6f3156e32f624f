// The real redirect service (service/), built in Release and started as its own process on a free
// loopback port, with its target set on the command line as an operator would.
import { execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { waitFor } from './eventually.mjs';
import { ROOT } from './repository.mjs';

const SERVICE_DIR = join(ROOT, 'service');
const OUTPUT_DIR = join(SERVICE_DIR, 'bin', 'Release', 'net10.0');
const ASSEMBLY = join(OUTPUT_DIR, 'Redirector.Service.dll');
const BUILD_TIMEOUT_MS = 300_000;

/**
 * tests/run has built the solution already; run alone, the suite builds the service when its
 * sources are newer than the assembly, so it never tests a stale build.
 */
async function ensureBuilt() {
  if (existsSync(ASSEMBLY) && newestSourceTime(SERVICE_DIR) <= statSync(ASSEMBLY).mtimeMs) return;
  try {
    await promisify(execFile)('dotnet', ['build', SERVICE_DIR, '--configuration', 'Release', '-nologo', '-v', 'q'], {
      cwd: ROOT,
      timeout: BUILD_TIMEOUT_MS,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    throw new Error(`dotnet build of the service failed (the .NET 10 SDK must be on PATH): ${error.stdout || ''}${error.stderr || error.message}`);
  }
  if (!existsSync(ASSEMBLY)) throw new Error(`dotnet build succeeded but ${ASSEMBLY} is missing`);
}

function newestSourceTime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'bin' || entry.name === 'obj') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

async function freeLoopbackPort() {
  const probe = createServer();
  await new Promise((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', resolve);
  });
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts the service redirecting to `targetOrigin`; `origin` is what the extension's address setting takes. */
export async function startRedirectService(targetOrigin) {
  await ensureBuilt();
  const port = await freeLoopbackPort();
  const origin = `http://127.0.0.1:${port}`;
  const output = [];
  const child = spawn('dotnet', [ASSEMBLY, '--urls', origin, `--Redirector:Target=${targetOrigin}`], {
    // The content root, where appsettings.json sits next to the assembly.
    cwd: OUTPUT_DIR,
    env: {
      ...process.env,
      DOTNET_ENVIRONMENT: 'Production',
      ASPNETCORE_ENVIRONMENT: 'Production',
      // One line per request would bury the failure message that matters.
      Logging__LogLevel__Default: 'Warning',
      'Logging__LogLevel__Redirector.Requests': 'Warning',
      DOTNET_CLI_TELEMETRY_OPTOUT: '1',
      DOTNET_NOLOGO: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => output.push(chunk));
  child.stderr.on('data', (chunk) => output.push(chunk));
  let exited = null;
  child.once('exit', (code, signal) => (exited = { code, signal }));

  const status = await waitFor(
    async () => (exited ? 'exited' : (await fetch(`${origin}/healthz`)).status),
    (answer) => answer === 200 || answer === 'exited',
    { what: `the redirect service at ${origin}/healthz`, timeoutMs: 60_000, intervalMs: 200 },
  ).catch((error) => error);
  if (status !== 200) {
    child.kill('SIGKILL');
    const reason = status === 'exited' ? `the service exited early (${JSON.stringify(exited)})` : status.message;
    throw new Error(`${reason}\nService output:\n${Buffer.concat(output)}`);
  }

  return {
    origin,
    async close() {
      if (exited) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await gone;
      clearTimeout(timer);
    },
  };
}
