// A subgraph's block of a Person as the gateway fetches it: `_entities` for one NIK, with the caller's token.
export interface EntityErrors {
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, any> }>;
}

export async function personBlockOf(subgraphUrl: string, block: string, nik: string, selection: string, token?: string, headers: Record<string, string> = {}) {
  const response = await fetch(subgraphUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({
      query: `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { ${block} { ${selection} } } } }`,
      variables: { reps: [{ __typename: 'Person', nik }] },
    }),
  });
  const body = (await response.json()) as { data?: { _entities: Array<Record<string, any> | null> } } & EntityErrors;
  return { block: body.data?._entities[0]?.[block] ?? null, errors: body.errors };
}
