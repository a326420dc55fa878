// One span per SQL statement a service's MikroORM runs, as a child of the span that issued it (a request's
// resolver, a DataLoader batch). The statement is recorded as written, with its placeholders: MikroORM
// passes that form beside the one with the values inlined; quoted literals are blanked all the same.
import { SpanKind, trace } from '@opentelemetry/api';
import { inSpan, tracingOn } from './index';

type ExecuteQuery = (query: string, run: () => Promise<unknown>, context?: { query?: string }) => Promise<unknown>;

const MAX_STATEMENT = 2_000;

/** `where "id" in (?, ?) and "x" = 'text'` → the same with `'?'` for every quoted literal. */
export function statementText(sql: string): string {
  return sql
    .slice(0, MAX_STATEMENT * 2)
    .replace(/'(?:[^']|'')*'?/g, "'?'")
    .slice(0, MAX_STATEMENT);
}

/**
 * Wraps the connection's `executeQuery` (every statement MikroORM runs goes through it; the connection object
 * outlives the knex pools that `orm.reconnect()` renews). Statements outside a traced request run as before.
 */
export function traceSqlStatements(connection: object, schema: string): void {
  const target = connection as { executeQuery?: ExecuteQuery };
  const original = target.executeQuery;
  if (typeof original !== 'function') return;
  target.executeQuery = function tracedExecuteQuery(this: unknown, query, run, context) {
    if (!tracingOn() || !trace.getActiveSpan()) return original.call(this, query, run, context);
    const text = statementText(String(context?.query ?? query));
    const verb = /^\s*(\w+)/.exec(text)?.[1]?.toLowerCase() ?? 'query';
    return inSpan(
      `sql ${verb}`,
      { 'db.system.name': 'postgresql', 'db.namespace': schema, 'db.query.text': text },
      () => original.call(this, query, run, context),
      SpanKind.CLIENT,
    );
  };
}
