import { watch } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';

import { publicKeyOf, signPack } from '../../lib/packs/signature';
import { buildPackFolder } from './build-folder';
import { describeFailure, readArgs, resolvePath, usageError, type Command, type Io } from './command';
import { startPackServer, type CurrentFiles, type PackServer, type ServedFile } from './pack-server';
import { formatSourceError } from './source-map';
import { packSummary } from './summary';

const json = 'application/json; charset=utf-8';
const text = 'text/plain; charset=utf-8';

function packFiles(names: readonly string[], pack: Uint8Array, signature: Uint8Array | undefined) {
  const files = new Map<string, ServedFile>();
  for (const name of names) {
    files.set(`/${name}`, { body: pack, contentType: json });
    if (signature) files.set(`/${name}.sig`, { body: signature, contentType: text });
  }
  return files;
}

/** A built pack file, read at every request so a rebuild or a new signature shows at once. */
function fileSource(path: string): CurrentFiles {
  return async () => {
    const pack = new Uint8Array(await readFile(path));
    const signature = await readFile(`${path}.sig`).then(
      (bytes) => new Uint8Array(bytes),
      () => undefined,
    );
    return packFiles(['pack.json', basename(path)], pack, signature);
  };
}

/**
 * A pack folder, rebuilt whenever a file in it changes. A build that fails keeps the last good
 * pack online and prints why, as the extension keeps its last good pack.
 */
function folderSource(folder: string, privateKey: string | undefined, io: Io) {
  let current: Awaited<ReturnType<CurrentFiles>> = { unavailable: 'the first build has not finished' };
  let servedVersion: number | undefined;
  const rebuild = async () => {
    const build = await buildPackFolder(folder);
    if (!build.ok) {
      for (const error of build.errors) io.err(formatSourceError(error));
      io.err(
        current instanceof Map
          ? 'build failed; still serving the last good pack'
          : 'build failed; nothing to serve yet',
      );
      if (!(current instanceof Map))
        current = { unavailable: build.errors.map(formatSourceError).join('\n') };
      return;
    }
    const bytes = new TextEncoder().encode(build.text);
    const signature = privateKey
      ? new TextEncoder().encode(`${await signPack(bytes, privateKey)}\n`)
      : undefined;
    current = packFiles(['pack.json'], bytes, signature);
    io.out(`built ${packSummary(build.pack)}${signature ? ' (signed)' : ''}`);
    if (servedVersion === build.pack.version) {
      io.out(
        `note: version is still ${servedVersion}; the extension only takes a newer version, so raise it in pack.yaml to see this change there`,
      );
    }
    servedVersion = build.pack.version;
  };

  let queue = Promise.resolve();
  const enqueueRebuild = () => {
    queue = queue.then(rebuild).catch((error: unknown) => io.err(`build failed: ${describeFailure(error)}`));
    return queue;
  };
  let timer: NodeJS.Timeout | undefined;
  // Editors write a file in several steps: one rebuild once they settle.
  const watcher = watch(folder, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(enqueueRebuild, 100);
  });
  return {
    ready: enqueueRebuild(),
    files: (async () => current) satisfies CurrentFiles,
    stop: () => {
      clearTimeout(timer);
      watcher.close();
    },
  };
}

/** Read and tried once up front, so a wrong key file stops the preview before it starts. */
async function readPrivateKey(file: string): Promise<string> {
  const privateKey = await readFile(file, 'utf8').catch((error: unknown) => {
    throw new Error(`${file}: ${describeFailure(error)}`);
  });
  await publicKeyOf(privateKey).catch((error: unknown) => {
    throw new Error(`${file}: ${describeFailure(error)}`);
  });
  return privateKey;
}

export interface PackPreview {
  server: PackServer;
  stop(): Promise<void>;
}

/** Serves a pack file or a pack folder on 127.0.0.1 until stopped. */
export async function servePack(
  target: string,
  options: { port: number; keyFile?: string; io: Io },
): Promise<PackPreview> {
  if (!(await stat(target)).isDirectory()) {
    const server = await startPackServer(fileSource(target), options.port);
    return { server, stop: () => server.close() };
  }
  const privateKey = options.keyFile ? await readPrivateKey(options.keyFile) : undefined;
  const source = folderSource(target, privateKey, options.io);
  await source.ready;
  const server = await startPackServer(source.files, options.port);
  return {
    server,
    stop: async () => {
      source.stop();
      await server.close();
    },
  };
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'preview a pack on http://127.0.0.1 for the extension to fetch',
  usage: `Usage: npm run pack -- serve <folder | pack.json> [--port 8787] [--key <private key file>]

Serves /pack.json (and /pack.json.sig) on 127.0.0.1 with an ETag, answering If-None-Match with
304 as a real pack host does. Given a folder, it rebuilds whenever a file changes (signing each
build with --key); given a pack.json, it serves the file and the .sig beside it as they are now.`,
  async run(args, io) {
    const parsed = readArgs(
      args,
      { port: { type: 'string', default: '8787' }, key: { type: 'string' } },
      { min: 1, max: 1, names: '<folder | pack.json>' },
    );
    if (typeof parsed === 'string') return usageError(io, serveCommand, parsed);
    const port = Number(parsed.values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) {
      return usageError(io, serveCommand, `--port must be a port number, got "${parsed.values.port}"`);
    }
    const target = resolvePath(io, parsed.positionals[0]!);
    const keyFile = parsed.values.key === undefined ? undefined : resolvePath(io, parsed.values.key);
    let preview: PackPreview;
    try {
      preview = await servePack(target, { port, keyFile, io });
    } catch (error) {
      io.err(`cannot serve ${target}: ${describeFailure(error)}`);
      return 1;
    }
    io.out(`serving ${preview.server.url}/pack.json — add this URL in Touchpoint's options; Ctrl+C stops`);
    await new Promise((resolve) => process.once('SIGINT', resolve));
    await preview.stop();
    return 0;
  },
};
