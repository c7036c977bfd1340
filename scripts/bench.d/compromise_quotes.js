// Runs compromise's quotations() over every file named on the command line
// and prints {"bytes": N, "articles": N, "seconds": S, "quotes": N}: S is CPU
// time of parsing and quotation finding, not of reading the files.
// Usage: NODE_PATH=DIR/node_modules node compromise_quotes.js FILE...
'use strict';
const fs = require('fs');
const nlp = require('compromise');

const texts = process.argv.slice(2).map((f) => fs.readFileSync(f, 'utf8'));
let bytes = 0;
for (const t of texts) bytes += Buffer.byteLength(t, 'utf8');
nlp('Warm-up: "Hello," she said.').quotations().out('array');
// CPU time (user + system), as the other rows of scripts/bench.
const start = process.cpuUsage();
let quotes = 0;
for (const t of texts) quotes += nlp(t).quotations().out('array').length;
const used = process.cpuUsage(start);
const seconds = (used.user + used.system) / 1e6;
console.log(JSON.stringify({bytes, articles: texts.length, seconds, quotes}));
