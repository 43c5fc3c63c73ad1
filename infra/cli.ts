#!/usr/bin/env -S npx tsx
// `npm run followup -- <command>`: one entry point, each command in its own module under infra/cli/.
export {};

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const USAGE = `usage: npm run followup -- <command>

commands:
  parse [--user-tz ZONE] FILE.eml...      what the extraction engine reads in forwarded emails (NDJSON)
  reply [--user-tz ZONE] FILE.eml...      what a reply to a prompt says (NDJSON)
  plan                                    timing rules: NDJSON inputs on stdin, one plan per line
  local send <file.eml>                   forward an email to the running local stack (localhost:2525)
  local advance <duration>                move the local clock forward (e.g. 90m, 3d, 2w) and fire what came due
  users add <email> --tz <zone>           register a user (local, or deployed with --table NAME)
  users list                              list registered users
  users export <email>                    everything kept about a user, as JSON
  users delete <email>                    delete everything kept about a user, schedules included`;

const commands: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  parse: () => import('./cli/parse.js'),
  reply: () => import('./cli/reply.js'),
  plan: () => import('./cli/plan.js'),
  local: () => import('./cli/local.js'),
  users: () => import('./cli/users.js'),
};

const [name, ...rest] = process.argv.slice(2);
if (!name || name === 'help' || name === '--help' || name === '-h') {
  console.log(USAGE);
  process.exit(name ? 0 : 2);
}
const load = commands[name];
if (!load) {
  console.error(`unknown command "${name}"\n\n${USAGE}`);
  process.exit(2);
}
const mod = await load();
process.exitCode = await mod.run(rest);
