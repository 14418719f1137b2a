// Lints a bundled spec with the Redocly core that openapi-typescript bundles (resolved from its own
// package, not the Redocly CLI's), under this repository's redocly.yaml: the stricter of the two
// validators the project pins, which once rejected what the pinned `redocly lint` accepted.
// scripts/bundle-spec (and so scripts/regenerate) runs it on every bundle it writes.
//   node scripts/lint-spec.mjs openapi.yaml [redocly.yaml]
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fromOpenapiTypescript = createRequire(path.join(root, 'node_modules', 'openapi-typescript', 'package.json'));
const core = await import(pathToFileURL(fromOpenapiTypescript.resolve('@redocly/openapi-core')).href);
const spec = path.resolve(process.argv[2] ?? path.join(root, 'openapi.yaml'));
const configPath = path.resolve(process.argv[3] ?? path.join(root, 'redocly.yaml'));
const config = await core.loadConfig({ configPath });
const problems = await core.lint({ ref: spec, config });
const errors = problems.filter((problem) => problem.severity === 'error');
for (const problem of problems) {
  const where = problem.location?.[0]?.pointer ?? '';
  console.log(`${problem.severity} ${problem.ruleId}: ${problem.message} at ${where}`);
}
const version = fromOpenapiTypescript('@redocly/openapi-core/package.json').version;
console.log(`redocly openapi-core ${version} (openapi-typescript's): ${errors.length} error(s), ${problems.length - errors.length} warning(s)`);
process.exit(errors.length ? 1 : 0);
