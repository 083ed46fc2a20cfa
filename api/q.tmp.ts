import neo4j from 'neo4j-driver';
import { readFileSync } from 'node:fs';
const pw = readFileSync('/work/main/data/mine/neo4j-password', 'utf8').trim();
const d = neo4j.driver('bolt://127.0.0.1:7699', neo4j.auth.basic('neo4j', pw));
const r = await d.executeQuery(process.argv[2]!);
for (const rec of r.records) console.log(JSON.stringify(rec.toObject()));
await d.close();
