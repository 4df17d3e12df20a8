#!/usr/bin/env node
import { Command } from 'commander';
import { ConfigError } from '../config.js';
import { extractCommand } from './extract-command.js';
import { migrateCommand, seedCommand } from './graph-commands.js';
import { ingestCommand } from './ingest-command.js';
import { neo4jCommand } from './neo4j-command.js';
import { serveCommand } from './serve-command.js';

const program = new Command()
  .name('claimgraph')
  .description('Who said what about which event: a GraphQL knowledge graph of news claims over Neo4j.')
  .version('0.1.0');

const exit = (code: number) => {
  process.exitCode = code;
};

program
  .command('serve')
  .description('start the GraphQL server and playground (starts the local Neo4j when NEO4J_URI is unset)')
  .action(serveCommand);
program.command('migrate').description('apply the graph schema migrations').action(async () => exit(await migrateCommand()));
program
  .command('seed [dir]')
  .description('load the seed articles (default: the seeds/ folder); idempotent')
  .action(async (dir?: string) => exit(await seedCommand(dir)));
program
  .command('ingest <paths...>')
  .description('extract and write .txt, .html and .json articles (files or folders) to the graph')
  .action(async (paths: string[]) => exit(await ingestCommand(paths)));
program
  .command('extract <files...>')
  .description('print the entities, claims and events of articles as JSON, without a database')
  .action((files: string[]) => exit(extractCommand(files)));
program
  .command('neo4j <action>')
  .description('manage the local Neo4j: fetch | start | stop | status')
  .action(async (action: string) => exit(await neo4jCommand(action)));

program.parseAsync().catch((err: unknown) => {
  if (err instanceof ConfigError) process.stderr.write(`configuration error: ${err.message}\n`);
  else process.stderr.write(`claimgraph: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
