import neo4j from 'neo4j-driver';
const d = neo4j.driver('bolt://127.0.0.1:7687', neo4j.auth.basic('neo4j','claimgraph-local'));
const s = d.session();
const r = await s.run(process.argv[2]);
console.log(JSON.stringify(r.records.map(x=>x.toObject())).slice(0,2000));
await s.close(); await d.close();
