// The gateway's document limits (graphql-armor rules plus graphql-js's own token limit), each refused before
// execution with HTTP 400 and a code of its own that names the limit — never as a syntax error or a 500.
import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';

export interface QueryLimits {
  aliases: number;
  depth: number;
  cost: number;
  tokens: number;
  directives: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { aliases: 15, depth: 12, cost: 5_000, tokens: 2_000, directives: 30 };

/** The codes a client sees, one per limit. */
export const LIMIT_CODES = {
  aliases: 'ALIAS_LIMIT_EXCEEDED',
  depth: 'DEPTH_LIMIT_EXCEEDED',
  cost: 'COST_LIMIT_EXCEEDED',
  tokens: 'TOKEN_LIMIT_EXCEEDED',
  directives: 'DIRECTIVE_LIMIT_EXCEEDED',
} as const satisfies Record<keyof QueryLimits, string>;

const CODES: ReadonlySet<string> = new Set(Object.values(LIMIT_CODES));

const WHAT: Record<keyof QueryLimits, string> = {
  aliases: 'aliases',
  depth: 'levels of nesting',
  cost: 'cost points',
  tokens: 'tokens',
  directives: 'directives',
};

export function limitError(limit: keyof QueryLimits, maximum: number, found?: number): GraphQLError {
  const foundText = found === undefined ? '' : ` (found ${found})`;
  return new GraphQLError(`Query limit exceeded: at most ${maximum} ${WHAT[limit]} per document${foundText}.`, {
    extensions: { code: LIMIT_CODES[limit], maximum, http: { status: 400 } },
  });
}

/** armor's rules report "Syntax Error: Aliases limit of 15 exceeded, found 30."; keep only the count. */
function reporter(limit: keyof QueryLimits, maximum: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const found = /found (\d+)/.exec(error.message);
    context?.reportError(limitError(limit, maximum, found ? Number(found[1]) : undefined));
  };
}

const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more that (\d+) tokens/;

/**
 * Options to spread into ApolloServer: validation rules for aliases, depth, cost and directives, graphql-js's
 * parser limit for tokens (armor's own token plugin re-parses inside a hook and turns every syntax error
 * into a 500), and a plugin that gives the token limit its code.
 */
export function useQueryLimits<Ctx extends BaseContext>(limits: QueryLimits = DEFAULT_QUERY_LIMITS) {
  const rule = (limit: keyof QueryLimits, n: number) => ({ n, propagateOnRejection: false, onReject: [reporter(limit, n)] });
  const armor = new ApolloArmor({
    maxAliases: rule('aliases', limits.aliases),
    maxDepth: rule('depth', limits.depth),
    costLimit: { maxCost: limits.cost, propagateOnRejection: false, onReject: [reporter('cost', limits.cost)] },
    maxDirectives: rule('directives', limits.directives),
    maxTokens: { enabled: false },
  }).protect();
  const tokenLimitCode: ApolloServerPlugin<Ctx> = {
    async requestDidStart() {
      return {
        async parsingDidStart() {
          return async (error) => {
            if (error instanceof GraphQLError && TOKEN_LIMIT_MESSAGE.test(error.message)) {
              error.message = limitError('tokens', limits.tokens).message;
            }
          };
        },
        // Apollo wraps validation errors and stamps GRAPHQL_VALIDATION_FAILED over their code; put the limit's back.
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const extensions = error.extensions as Record<string, unknown>;
            const original = (error.originalError as GraphQLError | undefined)?.extensions?.code;
            if (typeof original === 'string' && CODES.has(original)) extensions.code = original;
            else if (extensions.code === 'GRAPHQL_PARSE_FAILED' && error.message.startsWith('Query limit exceeded')) {
              extensions.code = LIMIT_CODES.tokens;
              extensions.maximum = limits.tokens;
            }
          }
        },
      };
    },
  };
  return {
    parseOptions: { maxTokens: limits.tokens },
    validationRules: armor.validationRules,
    plugins: [...armor.plugins, tokenLimitCode] as ApolloServerPlugin<Ctx>[],
  } satisfies Partial<ApolloServerOptions<Ctx>>;
}
