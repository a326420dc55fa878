// `node deploy/k8s/validate.mjs`: validates every manifest in deploy/k8s against the Kubernetes API's JSON
// schemas shipped by the `kubernetes-models` package (offline), and checks the hub's own rules: every
// Deployment has readiness (/ready) and liveness (/health) probes, resource requests, secrets only by
// reference, a Service and a PodDisruptionBudget; the gateway has an HPA. Exits 1 naming each problem.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

const dir = path.dirname(fileURLToPath(import.meta.url));
const MODELS = {
  'apps/v1/Deployment': 'kubernetes-models/apps/v1/Deployment',
  'v1/Service': 'kubernetes-models/v1/Service',
  'v1/ConfigMap': 'kubernetes-models/v1/ConfigMap',
  'policy/v1/PodDisruptionBudget': 'kubernetes-models/policy/v1/PodDisruptionBudget',
  'autoscaling/v2/HorizontalPodAutoscaler': 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler',
};

const problems = [];
const objects = [];
for (const file of fs
  .readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .sort()) {
  for (const document of parseAllDocuments(fs.readFileSync(path.join(dir, file), 'utf8'))) {
    if (document.errors.length) problems.push(`${file}: ${document.errors[0].message}`);
    const object = document.toJS();
    if (!object) continue;
    const key = `${object.apiVersion}/${object.kind}`;
    const module = MODELS[key];
    if (!module) {
      problems.push(`${file}: no schema known for ${key}`);
      continue;
    }
    const Model = Object.values(await import(module))[0];
    try {
      new Model(object).validate();
    } catch (error) {
      problems.push(`${file}: ${key} ${object.metadata?.name}: ${error.message}`);
    }
    objects.push({ file, key, object });
  }
}

const named = (key, name) => objects.find((o) => o.key === key && o.object.metadata?.name === name);
for (const { file, key, object } of objects.filter((o) => o.key === 'apps/v1/Deployment')) {
  const name = object.metadata.name;
  for (const container of object.spec.template.spec.containers) {
    if (container.readinessProbe?.httpGet?.path !== '/ready') problems.push(`${file}: ${name}: readiness probe must GET /ready`);
    if (container.livenessProbe?.httpGet?.path !== '/health') problems.push(`${file}: ${name}: liveness probe must GET /health`);
    if (!container.resources?.requests?.cpu || !container.resources?.requests?.memory) problems.push(`${file}: ${name}: cpu and memory requests`);
    for (const variable of container.env ?? []) {
      if (/SECRET|PASSWORD|KEYS|DATABASE_URL|REDIS_URL/.test(variable.name) && variable.value !== undefined) {
        problems.push(`${file}: ${name}: ${variable.name} must come from a Secret (secretKeyRef), not a literal`);
      }
    }
  }
  if (!named('v1/Service', name)) problems.push(`${name}: no Service`);
  if (!named('policy/v1/PodDisruptionBudget', name)) problems.push(`${name}: no PodDisruptionBudget`);
  void key;
}
if (!named('autoscaling/v2/HorizontalPodAutoscaler', 'gateway')) problems.push('gateway: no HorizontalPodAutoscaler');

if (problems.length) {
  for (const problem of problems) process.stderr.write(`${problem}\n`);
  process.exit(1);
}
process.stdout.write(
  `kubernetes manifests: ${objects.length} objects valid (kubernetes-models schemas) with probes, requests, PDBs, HPA and secret references\n`,
);
