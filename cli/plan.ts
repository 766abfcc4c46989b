import { writeFileSync } from 'node:fs';
import { parseArgs } from './args';
import { FORMATS } from './formats';

/**
 * `npm run plan -- [options]`: prints the ClusterPlan (JSON by default) on stdout, or writes it to
 * --out FILE. Invalid arguments: one line on stderr, nothing on stdout, exit code 2.
 */
async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'size') return (await import('./size')).sizeMain(argv.slice(1));
  if (argv[0] === 'compare') return (await import('./compare')).compareMain(argv.slice(1));
  const args = parseArgs(argv);
  if (!args.ok) {
    process.stderr.write(`plan: ${args.message}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${args.usage}\n`);
    return 0;
  }
  // Loaded after the arguments are checked, so --help and argument errors stay instant.
  const { planCluster } = await import('../lib/plan/plan-cluster');
  const plan = planCluster(args.input);
  const output = await FORMATS[args.format].write(plan);
  if (args.out !== null) {
    writeFileSync(args.out, output);
  } else {
    process.stdout.write(output);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`plan: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
