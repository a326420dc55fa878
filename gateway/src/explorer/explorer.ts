// The officers' explorer: GraphiQL served by the hub itself from its npm packages (graphiql, react, react-dom
// UMD builds), so it works on a government network without internet and no page or script comes from a third
// party. It is the landing page of GET /graphql in a browser, in production and in development.
import path from 'node:path';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Express } from 'express';

export const EXPLORER_PATH = '/explorer';

/** Files served under /explorer/assets, by name, from the packages' own builds. */
const ASSETS: Record<string, { module: string; file: string; type: string }> = {
  'react.js': { module: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { module: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { module: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { module: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

function packageFile(module: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${module}/package.json`)), file);
}

/** The page: no inline script or style (the CSP allows the hub's own files only). */
export function explorerHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Participant graph hub — explorer</title>
  <link rel="stylesheet" href="${EXPLORER_PATH}/assets/graphiql.css">
  <link rel="stylesheet" href="${EXPLORER_PATH}/explorer.css">
</head>
<body>
  <div id="graphiql">Loading the explorer…</div>
  <script src="${EXPLORER_PATH}/assets/react.js"></script>
  <script src="${EXPLORER_PATH}/assets/react-dom.js"></script>
  <script src="${EXPLORER_PATH}/assets/graphiql.js"></script>
  <script src="${EXPLORER_PATH}/explorer.js"></script>
</body>
</html>
`;
}

function explorerScript(intro: string): string {
  return `// Starts GraphiQL against this hub's /graphql (same origin).
(function () {
  var fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).toString() });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: ${JSON.stringify(intro)},
    defaultHeaders: ${JSON.stringify(JSON.stringify({ Authorization: 'Bearer <accessToken>', 'X-Access-Purpose': '<why you are reading>' }, null, 2))},
    defaultEditorToolsVisibility: 'headers',
    shouldPersistHeaders: false
  }));
})();
`;
}

const EXPLORER_CSS = 'html, body, #graphiql { height: 100%; margin: 0; }\n';

export function mountExplorer(app: Express, intro: string): void {
  const script = explorerScript(intro);
  for (const [name, asset] of Object.entries(ASSETS)) {
    const file = packageFile(asset.module, asset.file);
    app.get(`${EXPLORER_PATH}/assets/${name}`, (_req, res) => {
      res.type(asset.type).setHeader('cache-control', 'public, max-age=86400');
      res.sendFile(file);
    });
  }
  app.get(`${EXPLORER_PATH}/explorer.js`, (_req, res) => {
    res.type('text/javascript').setHeader('cache-control', 'no-cache');
    res.send(script);
  });
  app.get(`${EXPLORER_PATH}/explorer.css`, (_req, res) => {
    res.type('text/css').send(EXPLORER_CSS);
  });
  app.get(EXPLORER_PATH, (_req, res) => {
    res.type('html').setHeader('cache-control', 'no-cache');
    res.send(explorerHtml());
  });
}

/** Apollo Server's landing page (GET /graphql from a browser) is the self-hosted explorer. */
export function explorerLandingPage<Ctx extends BaseContext>(): ApolloServerPlugin<Ctx> {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: explorerHtml() };
        },
      };
    },
  };
}
