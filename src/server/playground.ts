import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import express, { type Router } from 'express';

const require = createRequire(import.meta.url);

/** Example queries the playground opens with, one tab each: explore, nested fetch, analysis. */
export const exampleQueries: { title: string; query: string }[] = [
  {
    title: 'Explore: who said what about the Kursk incursion',
    query: `# Start here: the events in the graph, then who said what about one of them.
query Explore {
  events(first: 5) {
    edges { node { id name start claims(first: 3) { content saidOn speaker { name } } } }
  }
  whoSaidWhat(event: "Ukrainian incursion into Kursk Region (Aug 2024)") {
    speaker { name type }
    firstSaidOn
    sources
    claims { cue content quote saidOn sentence }
  }
}`,
  },
  {
    title: 'Frontend: article -> claims -> speaker -> other claims',
    query: `query ArticlePage {
  articles(filter: {source: "RT"}, first: 1) {
    edges {
      node {
        title publishedAt source { name }
        claims {
          content saidOn
          speaker { name ... on Person { claimsMade(first: 5) { content saidOn } } ... on Organisation { claimsMade(first: 5) { content saidOn } } }
        }
      }
    }
  }
}`,
  },
  {
    title: 'Analyst: timeline and connection',
    query: `query Analyst {
  timeline(entity: "Vladimir Putin") { kind date claim { cue content } event { name } }
  connection(from: "Vladimir Putin", to: "Belta", maxHops: 4) {
    length
    nodes { __typename ... on Person { name } ... on Organisation { name } ... on Claim { content } ... on Event { name } ... on Article { title } ... on Location { name } }
    steps { from relationship to }
  }
  disagreements(event: "Ukrainian incursion into Kursk Region (Aug 2024)") {
    kind sharedTerms claim { speaker { name } content } opposing { speaker { name } content }
  }
  search(query: "drones", first: 5) { score node { __typename ... on Claim { content } ... on Article { title } } }
}`,
  },
];

function assetDir(pkg: string): string {
  return dirname(require.resolve(`${pkg}/package.json`));
}

/** Static GraphiQL, React and ReactDOM served from node_modules: the page needs no network. */
export function playgroundAssets(): Router {
  const r = express.Router();
  const files: Record<string, string> = {
    'graphiql.min.js': join(assetDir('graphiql'), 'graphiql.min.js'),
    'graphiql.min.css': join(assetDir('graphiql'), 'graphiql.min.css'),
    'react.production.min.js': join(assetDir('react'), 'umd', 'react.production.min.js'),
    'react-dom.production.min.js': join(assetDir('react-dom'), 'umd', 'react-dom.production.min.js'),
  };
  r.get('/playground/:file', (req, res) => {
    const path = files[req.params.file];
    if (!path) {
      res.sendStatus(404);
      return;
    }
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.sendFile(path);
  });
  return r;
}

const escapeScript = (s: string) => s.replace(/</g, '\\u003c');

export function playgroundHtml(endpoint: string): string {
  const tabs = exampleQueries.map((q) => ({ query: q.query }));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>claimgraph playground</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/playground/graphiql.min.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading the playground...</div>
<script src="/playground/react.production.min.js"></script>
<script src="/playground/react-dom.production.min.js"></script>
<script src="/playground/graphiql.min.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
  const tabs = ${escapeScript(JSON.stringify(tabs))};
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultTabs: tabs, defaultEditorToolsVisibility: true, shouldPersistHeaders: false })
  );
</script>
</body>
</html>`;
}
