# One image for every part of the hub: the three subgraphs and the gateway differ only by command.
#   docker build -t participant-graph-hub .
#   docker compose up            (see docker-compose.yml and .env.example)

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json codegen.ts ./
COPY platform ./platform
COPY gateway ./gateway
COPY subgraphs ./subgraphs
COPY schema ./schema
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund \
 && find dist -name '*.test.js' -delete -o -name '*.test.js.map' -delete

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    APOLLO_TELEMETRY_DISABLED=1 \
    HUB_DATA_DIR=/tmp/hub-data \
    PORT=4000
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The gateway serves the committed supergraph (static composition).
COPY --from=build /app/schema/supergraph.graphql ./schema/supergraph.graphql
# The client operations name the only operation labels /metrics uses.
COPY --from=build /app/schema/operations ./schema/operations
USER node
EXPOSE 4000
# The gateway by default; docker-compose starts each subgraph with its own dist/subgraphs/<name>/src/main.js.
CMD ["node", "dist/gateway/src/main.js"]
