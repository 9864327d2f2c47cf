#!/usr/bin/env node
// pouch-tool: the PouchDB (pouchdb-node 7.3.1, pinned in tests/package-lock.json) side of
// Intake's interop tests and of the sync benchmark baseline.
//
// Every subcommand prints exactly one JSON object on stdout and exits 0, or prints an error on
// stderr and exits non-zero. Document contents never go to stderr (ids and revs may).
//
//   bench-push --docs <file.jsonl> --target <dbUrl>
//       Loads the documents (one JSON object per line, CouchDB form, `_id` + fields) into a fresh
//       local LevelDB PouchDB in a new temp dir (not timed), then times
//       PouchDB.replicate(local, target) with default options.
//       -> {"ms": <float>, "docs_read": n, "docs_written": n, "doc_write_failures": n}
//   bench-pull --source <dbUrl>
//       Times PouchDB.replicate(source, fresh local LevelDB db) with default options.
//       -> {"ms": <float>, "docs_read": n, "docs_written": n, "doc_write_failures": n}
//   write --target <dbUrl|path> --spec <file.json>
//       spec = {"docs": [...]}, written in order into a fresh local PouchDB, then replicated
//       local -> target with default options (PouchDB's own replicator writes to the server).
//       An entry with `_rev` is written with new_edits:false (with its `_revisions`, if given:
//       that is how conflicts are made). An entry without `_rev` is a normal edit: it creates the
//       document, or, when an earlier entry of the spec already wrote that id, updates (or with
//       `_deleted: true` deletes) its current winning revision.
//       -> {"written": <number of entries>}   (fails if the replication reports a write failure)
//   dump --source <dbUrl|path>
//       Every document id (deleted ones too) with all its leaf revisions, canonical form:
//       -> {"docs": {"<id>": [{"rev": "..", "deleted": bool,
//                              "revisions": {"start": n, "ids": [..]},
//                              "body": {fields without _id/_rev/_revisions/_deleted}}, ...]}}
//       ids sorted (UTF-8 byte order, as nlohmann::json's std::map), leaves sorted by
//       (generation, hash), object keys sorted at every depth: two dumps of equal databases are
//       byte-for-byte equal.
//   replicate --source <dbUrl|path> --target <dbUrl|path>
//       PouchDB.replicate(source, target) with default options.
//       -> {"docs_read": n, "docs_written": n, "doc_write_failures": n}
//
// A <path> (anything not starting with http:// or https://) is a local LevelDB PouchDB in that
// directory. Sources must exist (a source URL is opened with skip_setup, so a missing database is
// an error rather than silently created); targets are created when missing, as PouchDB does.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');

// PouchDB (and anything else) logging through console.* must not pollute stdout, which carries
// exactly one JSON object.
for (const method of ['log', 'info', 'debug', 'warn', 'error', 'trace']) {
  console[method] = (...args) => process.stderr.write(util.format(...args) + '\n');
}

const PouchDB = require('pouchdb-node');

class UsageError extends Error {}

const USAGE = `usage: pouch-tool.js <command> [options]
  bench-push --docs <file.jsonl> --target <dbUrl>
  bench-pull --source <dbUrl>
  write      --target <dbUrl|path> --spec <file.json>
  dump       --source <dbUrl|path>
  replicate  --source <dbUrl|path> --target <dbUrl|path>`;

// ---- temp dirs -------------------------------------------------------------------------------

const tempDirs = new Set();

function makeTempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'intake-pouch-tool-'));
  tempDirs.add(dir);
  return dir;
}

function removeTempDirs() {
  for (const dir of tempDirs) {
    try {
      fs.rmSync(dir, { recursive: true, force: true });
    } catch (e) {
      process.stderr.write(`pouch-tool: cannot remove ${dir}: ${e.message}\n`);
    }
  }
  tempDirs.clear();
}

for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
  process.on(sig, () => {
    removeTempDirs();
    process.stderr.write(`pouch-tool: terminated by ${sig}\n`);
    process.exit(128 + os.constants.signals[sig]);
  });
}

// ---- databases -------------------------------------------------------------------------------

function isUrl(location) {
  return /^https?:\/\//i.test(location);
}

// role: 'source' (must exist) or 'target' (created when missing).
function openDb(location, role) {
  if (isUrl(location)) {
    return new PouchDB(location, role === 'source' ? { skip_setup: true } : {});
  }
  const dir = path.resolve(location);
  if (role === 'source' && !fs.existsSync(dir)) {
    throw new Error(`source database directory ${dir} does not exist`);
  }
  return new PouchDB(dir);
}

function freshLocalDb() {
  return new PouchDB(path.join(makeTempDir(), 'db'));
}

async function closeQuietly(db) {
  if (!db) return;
  try {
    await db.close();
  } catch (e) {
    process.stderr.write(`pouch-tool: closing a database failed: ${e.message}\n`);
  }
}

// ---- documents -------------------------------------------------------------------------------

function checkDoc(doc, where) {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new Error(`${where}: not a JSON object`);
  }
  if (typeof doc._id !== 'string' || doc._id === '') {
    throw new Error(`${where}: missing or empty string _id`);
  }
}

// Throws when any bulkDocs result is an error (ids only, never contents).
function checkBulkResults(results, what) {
  const failed = results.filter((r) => r && r.error);
  if (failed.length) {
    const list = failed.slice(0, 5).map((r) => `${r.id}: ${r.name || r.error} ${r.reason || r.message || ''}`.trim());
    throw new Error(`${what}: ${failed.length} write(s) failed (${list.join('; ')})`);
  }
}

function readJsonLines(file) {
  const text = fs.readFileSync(file, 'utf8');
  const docs = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let doc;
    try {
      doc = JSON.parse(line);
    } catch (e) {
      // Not e.message: V8's message quotes the offending text.
      throw new Error(`${file}:${i + 1}: not valid JSON`);
    }
    checkDoc(doc, `${file}:${i + 1}`);
    docs.push(doc);
  });
  return docs;
}

function readSpec(file) {
  let spec;
  try {
    spec = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    if (e.code) throw e;  // fs error: no contents in it
    throw new Error(`${file}: not valid JSON`);
  }
  if (!spec || typeof spec !== 'object' || !Array.isArray(spec.docs)) {
    throw new Error(`${file}: expected {"docs": [...]}`);
  }
  spec.docs.forEach((doc, i) => checkDoc(doc, `${file}: docs[${i}]`));
  return spec.docs;
}

// Loads bench documents (normal edits; any with `_rev` as new_edits:false) in batches.
async function loadDocs(db, docs) {
  const kBatch = 500;
  for (let i = 0; i < docs.length; i += kBatch) {
    const batch = docs.slice(i, i + kBatch);
    const fresh = batch.filter((d) => d._rev === undefined);
    const replicated = batch.filter((d) => d._rev !== undefined);
    if (fresh.length) checkBulkResults(await db.bulkDocs(fresh), 'loading documents');
    if (replicated.length) checkBulkResults(await db.bulkDocs(replicated, { new_edits: false }), 'loading documents');
  }
}

// ---- canonical JSON ----------------------------------------------------------------------------

function byteOrder(a, b) {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

// JSON.stringify with object keys sorted (UTF-8 byte order) at every depth. Built by hand
// because JS objects put integer-like keys ("10", "9") first in numeric order.
function canonical(value) {
  if (value === null || typeof value !== 'object') {
    const s = JSON.stringify(value);
    return s === undefined ? 'null' : s;
  }
  if (Array.isArray(value)) return '[' + value.map(canonical).join(',') + ']';
  const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort(byteOrder);
  return '{' + keys.map((k) => JSON.stringify(k) + ':' + canonical(value[k])).join(',') + '}';
}

function revGeneration(rev) {
  return parseInt(rev.split('-', 1)[0], 10);
}

function compareRevs(a, b) {
  const ga = revGeneration(a);
  const gb = revGeneration(b);
  if (ga !== gb) return ga - gb;
  return byteOrder(a, b);
}

// ---- helpers -----------------------------------------------------------------------------------

function elapsedMs(startNs) {
  return Number(process.hrtime.bigint() - startNs) / 1e6;
}

function replicationCounts(result) {
  return {
    docs_read: result.docs_read,
    docs_written: result.docs_written,
    doc_write_failures: result.doc_write_failures,
  };
}

// Runs fn over items with at most `limit` calls in flight.
async function mapLimit(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

// ---- subcommands ---------------------------------------------------------------------------------

async function benchPush(opts) {
  const docs = readJsonLines(opts.docs);
  const local = freshLocalDb();
  const target = openDb(opts.target, 'target');
  try {
    await loadDocs(local, docs);
    const start = process.hrtime.bigint();
    const result = await PouchDB.replicate(local, target);
    const ms = elapsedMs(start);
    return { ms, ...replicationCounts(result) };
  } finally {
    await closeQuietly(local);
    await closeQuietly(target);
  }
}

async function benchPull(opts) {
  const source = openDb(opts.source, 'source');
  const local = freshLocalDb();
  try {
    const start = process.hrtime.bigint();
    const result = await PouchDB.replicate(source, local);
    const ms = elapsedMs(start);
    return { ms, ...replicationCounts(result) };
  } finally {
    await closeQuietly(source);
    await closeQuietly(local);
  }
}

async function write(opts) {
  const docs = readSpec(opts.spec);
  const local = freshLocalDb();
  const target = openDb(opts.target, 'target');
  try {
    for (const [i, entry] of docs.entries()) {
      const doc = { ...entry };
      let results;
      if (doc._rev !== undefined) {
        results = await local.bulkDocs([doc], { new_edits: false });
      } else {
        // A normal edit: on top of the current winner when an earlier entry wrote this id.
        try {
          const current = await local.get(doc._id);
          doc._rev = current._rev;
        } catch (e) {
          if (e.status !== 404) throw e;
        }
        results = await local.bulkDocs([doc]);
      }
      checkBulkResults(results, `spec docs[${i}] (${doc._id})`);
    }
    const result = await PouchDB.replicate(local, target);
    if (result.doc_write_failures) {
      throw new Error(`replication to the target reported ${result.doc_write_failures} doc_write_failures`);
    }
    return { written: docs.length };
  } finally {
    await closeQuietly(local);
    await closeQuietly(target);
  }
}

// Every id (deleted too) from the changes feed.
async function allIds(db) {
  const ids = new Set();
  const kBatch = 1000;
  let since = 0;
  for (;;) {
    const res = await db.changes({ since, limit: kBatch, style: 'all_docs' });
    for (const row of res.results) {
      if (!row.id.startsWith('_local/')) ids.add(row.id);
    }
    if (res.results.length < kBatch) break;
    since = res.last_seq;
  }
  return [...ids];
}

async function leavesOf(db, id) {
  const found = await db.get(id, { open_revs: 'all', revs: true });
  const leaves = [];
  for (const entry of found) {
    if (!entry.ok) {
      throw new Error(`document ${id}: open_revs=all reported leaf ${entry.missing} as missing`);
    }
    const doc = entry.ok;
    const body = {};
    for (const key of Object.keys(doc)) {
      if (!['_id', '_rev', '_revisions', '_deleted'].includes(key)) body[key] = doc[key];
    }
    leaves.push({
      rev: doc._rev,
      deleted: doc._deleted === true,
      revisions: doc._revisions,
      body,
    });
  }
  leaves.sort((a, b) => compareRevs(a.rev, b.rev));
  return leaves;
}

async function dump(opts) {
  const db = openDb(opts.source, 'source');
  try {
    const ids = (await allIds(db)).sort(byteOrder);
    const leaves = await mapLimit(ids, 8, (id) => leavesOf(db, id));
    const docs = {};
    ids.forEach((id, i) => {
      docs[id] = leaves[i];
    });
    // Already canonical text: see canonical().
    return { docs };
  } finally {
    await closeQuietly(db);
  }
}

async function replicate(opts) {
  const source = openDb(opts.source, 'source');
  const target = openDb(opts.target, 'target');
  try {
    const result = await PouchDB.replicate(source, target);
    return replicationCounts(result);
  } finally {
    await closeQuietly(source);
    await closeQuietly(target);
  }
}

const COMMANDS = {
  'bench-push': { run: benchPush, required: ['docs', 'target'] },
  'bench-pull': { run: benchPull, required: ['source'] },
  write: { run: write, required: ['target', 'spec'] },
  dump: { run: dump, required: ['source'] },
  replicate: { run: replicate, required: ['source', 'target'] },
};

function parseArgs(argv) {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') throw new UsageError('no command given');
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`unknown command ${JSON.stringify(name)}`);
  const opts = {};
  for (let i = 0; i < rest.length; i += 2) {
    const flag = rest[i];
    const key = flag.startsWith('--') ? flag.slice(2) : '';
    if (!command.required.includes(key)) throw new UsageError(`${name}: unknown option ${JSON.stringify(flag)}`);
    if (i + 1 >= rest.length) throw new UsageError(`${name}: ${flag} needs a value`);
    if (key in opts) throw new UsageError(`${name}: ${flag} given twice`);
    opts[key] = rest[i + 1];
  }
  for (const key of command.required) {
    if (!(key in opts)) throw new UsageError(`${name}: --${key} is required`);
  }
  return { name, command, opts };
}

function describeError(e) {
  if (!e || typeof e !== 'object') return String(e);
  const parts = [];
  if (e.status) parts.push(`HTTP ${e.status}`);
  if (e.name && e.name !== 'Error') parts.push(e.name);
  if (e.message) parts.push(e.message);
  if (e.reason && e.reason !== e.message) parts.push(`(${e.reason})`);
  if (e.docId) parts.push(`[doc ${e.docId}]`);
  let out = parts.join(': ') || 'unknown error';
  if (Array.isArray(e.other_errors) && e.other_errors.length) {
    const ids = e.other_errors.slice(0, 5).map((o) => `${o.id || '?'}: ${o.name || o.error || ''} ${o.reason || ''}`.trim());
    out += ` (${e.other_errors.length} write error(s): ${ids.join('; ')})`;
  }
  return out;
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`pouch-tool: ${e.message}\n${USAGE}\n`);
    return 2;
  }
  try {
    const result = await parsed.command.run(parsed.opts);
    const text = canonical(result) + '\n';
    removeTempDirs();
    await new Promise((resolve, reject) => process.stdout.write(text, (err) => (err ? reject(err) : resolve())));
    return 0;
  } catch (e) {
    removeTempDirs();
    process.stderr.write(`pouch-tool ${parsed.name}: ${describeError(e)}\n`);
    return 1;
  }
}

// process.exit: open HTTP keep-alive sockets or LevelDB handles must not keep the tool alive.
main().then(
  (code) => process.exit(code),
  (e) => {
    removeTempDirs();
    process.stderr.write(`pouch-tool: ${describeError(e)}\n`);
    process.exit(1);
  },
);
