#!/usr/bin/env node
// `pnpm demo`: the README's first command ends here. Until the reference server lands, the demo
// is the designers' Storybook (every state of what exists so far) served on localhost.
import { spawn } from 'node:child_process';

const port = process.env.PORT ?? '6006';
const child = spawn('pnpm', ['exec', 'storybook', 'dev', '-p', port, '--no-open', '--ci', '--quiet'], {
  stdio: 'inherit',
});
console.log(`\nRecourse demo (Storybook) starting on http://localhost:${port}/\n`);
child.on('exit', (code) => process.exit(code ?? 0));
