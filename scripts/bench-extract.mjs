#!/usr/bin/env node
// Throughput and memory benchmark for extractArticle on synthetic ~3 KB news articles.
// usage: node scripts/bench-extract.mjs [COUNT]   (default 10000; one core, no I/O in the loop)
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { extractArticle } = await import(join(root, 'dist/src/ingest/extract.js'));

const COUNT = Number(process.argv[2] ?? 10000);

// small deterministic PRNG so runs are comparable
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];

const FIRST = ['Anna', 'Peter', 'Maria', 'David', 'Laura', 'Omar', 'Priya', 'Kenji', 'Elena', 'Samuel', 'Fatima', 'Lukas', 'Grace', 'Ivan', 'Nadia'];
const LAST = ['Keller', 'Okafor', 'Lindqvist', 'Moreau', 'Haddad', 'Tanaka', 'Novak', 'Barros', 'Schmidt', 'Castillo', 'Mensah', 'Petrov', 'Walsh', 'Rahman'];
const ROLES = ['Foreign Minister', 'Defence Minister', 'Health Minister', 'President', 'Prime Minister', 'CEO', 'spokesperson', 'Finance Minister'];
const ORGS = ['Northwind Energy', 'Atlas Motors', 'the Union of Dock Workers', 'Helix Pharma', 'the Central Statistics Office', 'Bluewater Shipping', 'the National Rail Authority'];
const COUNTRIES = ['France', 'Kenya', 'Brazil', 'Japan', 'Poland', 'Egypt', 'Canada', 'India', 'Germany', 'Turkey', 'Chile', 'Vietnam'];
const CITIES = ['Paris', 'Nairobi', 'Brasilia', 'Tokyo', 'Warsaw', 'Cairo', 'Ottawa', 'New Delhi', 'Berlin', 'Ankara', 'Santiago', 'Hanoi'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const TOPICS = ['the new trade agreement', 'rising fuel prices', 'the flood response', 'the port strike', 'the vaccine rollout', 'the border dispute', 'quarterly earnings'];
const CUES = ['said', 'told reporters', 'warned', 'added', 'stressed', 'announced', 'claimed', 'insisted'];
const QUOTES = [
  'We are doing everything we can to protect ordinary families',
  'This decision was not taken lightly, and we stand by it',
  'The numbers speak for themselves',
  'Nobody should be surprised by what happened next',
  'We expect a full recovery by the end of the year',
  'It is simply unacceptable',
];

function person() {
  return `${pick(FIRST)} ${pick(LAST)}`;
}

function article(i) {
  const city = pick(CITIES);
  const country = COUNTRIES[CITIES.indexOf(city)];
  const p1 = person();
  const p2 = person();
  const org = pick(ORGS);
  const topic = pick(TOPICS);
  const day = pick(DAYS);
  const paras = [
    `${city.toUpperCase()} (Newswire) – ${country}'s ${pick(ROLES)} ${p1} ${pick(CUES)} on ${day} that ${topic} would dominate talks this week, as officials met in ${city}.`,
    `“${pick(QUOTES)},” ${p1.split(' ')[1]} ${pick(CUES)}. “${pick(QUOTES)}.”`,
    `According to ${org}, more than ${100 + (i % 900)} people were affected by ${topic} in the past month.`,
    `${p2}, a senior analyst at ${pick(ORGS)}, told the newspaper that the government had underestimated the problem.`,
    `The ministry said in a statement on ${pick(DAYS)} that it would publish new figures next week. Advertisement`,
    `A government official, who spoke on condition of anonymity, said the cabinet was divided over ${topic}.`,
    `Critics accused ${p1.split(' ')[1]} of ignoring warnings about ${topic} for months. He denied the accusation, saying the response had been swift.`,
    `“${pick(QUOTES)},” said ${p2}. ${pick(QUOTES)}, ${p2.split(' ')[1]} added.`,
    `Meanwhile, ${pick(COUNTRIES)} has said it is ready to help, and ${pick(COUNTRIES)} announced emergency funding on ${pick(DAYS)}.`,
    `Analysts expect the debate over ${topic} to continue. The ${pick(ROLES)} is due to visit ${pick(CITIES)} next month, where ${org} plans a protest.`,
    `Read more: ${topic} explained`,
    `${p1} has faced mounting pressure since January, when ${org} published a critical report. The opposition said the report vindicated its position.`,
  ];
  let text = paras.join('\n\n');
  while (text.length < 3000) text += `\n\nOfficials in ${pick(CITIES)} said talks on ${pick(TOPICS)} would resume on ${pick(DAYS)}, ${person()} told local media.`;
  return { text, publishedAt: `2024-0${1 + (i % 9)}-1${i % 10}T10:00:00Z`, source: 'Newswire', url: `https://example.com/a/${i}` };
}

const articles = Array.from({ length: 200 }, (_, i) => article(i));
const avg = articles.reduce((a, x) => a + x.text.length, 0) / articles.length;
// warm-up
for (let i = 0; i < 50; i++) extractArticle(articles[i % articles.length]);

const mb = (n) => (n / 1048576).toFixed(1);
let peakRss = 0;
let peakHeap = 0;
const samples = [];
let claims = 0;
const t0 = performance.now();
for (let i = 0; i < COUNT; i++) {
  const x = extractArticle(articles[i % articles.length]);
  claims += x.claims.length;
  if (i % 500 === 0 || i === COUNT - 1) {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    samples.push(`${i}:${mb(m.rss)}/${mb(m.heapUsed)}`);
  }
}
const secs = (performance.now() - t0) / 1000;
console.log(`articles: ${COUNT} (avg ${(avg / 1024).toFixed(1)} KB), claims: ${claims}`);
console.log(`time: ${secs.toFixed(2)} s, throughput: ${(COUNT / secs).toFixed(1)} articles/s`);
console.log(`peak RSS: ${mb(peakRss)} MB, peak heap used: ${mb(peakHeap)} MB`);
console.log(`samples (article: rssMB/heapMB): ${samples.join(' ')}`);
