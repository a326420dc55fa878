import { useErrorTagging } from './useErrorTagging';

const errors = useErrorTagging('taspen');

test('each error of a subgraph answer names the service, keeping its code', () => {
  const tagged = errors.answer({ data: { a: null }, errors: [{ message: 'no', extensions: { code: 'NOT_FOUND' } }] });
  expect(tagged).toEqual({ data: { a: null }, errors: [{ message: 'no', extensions: { code: 'NOT_FOUND', serviceName: 'taspen' } }] });
});

test('an answer without errors is passed through as it is', () => {
  const response = { data: { a: 1 } };
  expect(errors.answer(response)).toBe(response);
});

test('the GraphQL errors of an HTTP error answer (a revoked token’s 401) reach the client, tagged', () => {
  const thrown = Object.assign(new Error('401'), {
    extensions: { response: { body: { errors: [{ message: 'revoked', extensions: { code: 'UNAUTHENTICATED' } }] } } },
  });
  expect(errors.thrown(thrown)).toEqual({ errors: [{ message: 'revoked', extensions: { code: 'UNAUTHENTICATED', serviceName: 'taspen' } }] });
});

test('a failure without GraphQL errors (connection refused) is not an answer', () => {
  expect(errors.thrown(new Error('ECONNREFUSED'))).toBeNull();
  expect(errors.thrown(Object.assign(new Error('502'), { extensions: { response: { body: '<html>' } } }))).toBeNull();
});
