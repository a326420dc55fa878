import { resolverContainer } from './resolver-container';

class Needs {
  constructor(readonly service: { name: string }) {}
}
class Plain {}

test('resolvers built around their services are handed out as built; others are built once, without arguments', () => {
  const built = new Needs({ name: 'claims' });
  const container = resolverContainer([built]);
  expect(container.get(Needs, {} as never)).toBe(built);
  const plain = container.get(Plain, {} as never);
  expect(plain).toBeInstanceOf(Plain);
  expect(container.get(Plain, {} as never)).toBe(plain);
});
