// Fault: one subgraph process stops. The gateway keeps serving the rest of the graph: MyOverview answers
// 200 with the other agency's data and an error on the missing path naming the service; /ready says which
// one is down; once the service is back on its port, everything answers again without restarting the gateway.
import { runService, type RunningService } from '#platform/service';
import { taspenService } from '../../../subgraphs/taspen/src/service';
import { bpjsTkService } from '../../../subgraphs/bpjstk/src/service';
import { startTestHub, type TestHub } from '../support/test-hub';
import { withAccount } from '../support/bpjstk';
import { BUDI, participantToken } from '../support/tokens';
import { MY_OVERVIEW, eventually, readiness } from '../support/faults';

let hub: TestHub;
let token: string;
const restarted: RunningService[] = [];

beforeAll(async () => {
  hub = await startTestHub();
  const budi = await withAccount(hub, BUDI);
  token = await participantToken(hub, budi);
});

afterAll(async () => {
  for (const service of restarted) await service.close();
  await hub?.close();
});

async function stopAndRestart(name: 'taspen' | 'bpjstk', whileDown: () => Promise<void>) {
  const service = hub.services[name];
  await service.close();
  await whileDown();
  const again = await runService((name === 'taspen' ? taspenService : bpjsTkService) as never, hub.platform, { port: service.port, seed: false });
  restarted.push(again);
}

test('the whole overview answers when every service is up', async () => {
  const result = await hub.gql(MY_OVERVIEW, {}, { token });
  expect(result.errors).toBeUndefined();
  expect(result.data?.me.person.taspen.nip).toBe(BUDI.nip);
  expect(result.data?.me.person.bpjsTk.kpj).toBe('09012345678');
});

test.each(['taspen', 'bpjstk'] as const)(
  'with the %s service stopped the overview still answers 200 with the other agency and an error naming the service; it recovers when the service is back',
  async (name) => {
    const other = name === 'taspen' ? 'bpjsTk' : 'taspen';
    const missing = name === 'taspen' ? 'taspen' : 'bpjsTk';
    await stopAndRestart(name, async () => {
      const result = await hub.gql(MY_OVERVIEW, {}, { token });
      expect(result.status).toBe(200);
      expect(result.data?.me.person.nik).toBe(BUDI.nik);
      expect(result.data?.me.person[other]).not.toBeNull();
      expect(result.data?.me.person[missing]).toBeNull();
      const unavailable = result.errors?.filter((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE') ?? [];
      expect(unavailable.length).toBeGreaterThan(0);
      expect(unavailable[0].extensions?.serviceName).toBe(name);
      expect(unavailable[0].message).toContain(name);
      expect(JSON.stringify(result.errors)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack|\.ts:\d+/);

      const ready = await readiness(hub.baseUrl);
      expect(ready.status).toBe(503);
      expect(ready.body.down).toEqual([name]);
      expect(ready.body.checks[name]).toBe('down');
    });

    expect(await eventually(async () => (await readiness(hub.baseUrl)).status === 200)).toBe(true);
    const healed = await hub.gql(MY_OVERVIEW, {}, { token });
    expect(healed.errors).toBeUndefined();
    expect(healed.data?.me.person.taspen.nip).toBe(BUDI.nip);
    expect(healed.data?.me.person.bpjsTk.kpj).toBe('09012345678');
  },
);
