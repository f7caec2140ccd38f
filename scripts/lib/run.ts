import { spawnSync } from 'node:child_process';

/** Runs a command from node_modules/.bin (npm scripts put it on PATH), exiting with its status on failure. */
export function run(cmd: string, args: string[], env: Record<string, string> = {}): void {
  console.log(`\n$ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
