/**
 * Runs an embedded Neo4j 5.26 Community DBMS in a child JVM, without Docker or a Neo4j install.
 *
 * The jars come from Maven Central through `neo4j/pom.xml` (Maven resolves them once into ~/.m2; the
 * resulting classpath is cached in `neo4j/target/classpath.json`, keyed on the pom's SHA-256), and
 * `neo4j/Launcher.java` (compiled once into `neo4j/target/launcher/<hash>/`) starts the DBMS with
 * Bolt on 127.0.0.1, no TLS and no auth. Neo4j's home is `DATA_DIR/neo4j`; the running instance is
 * recorded in `DATA_DIR/neo4j.json` so that other processes (another terminal, the CLI's
 * `neo4j status|stop`) find it and reuse it instead of failing on Neo4j's store lock.
 *
 * Needs Java 17 or 21 (`$JAVA_HOME/bin/java` or `java` on PATH) and, for the first start on a
 * machine, Maven 3.8+ (`mvn`).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import {
  accessSync,
  closeSync,
  constants,
  fstatSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { delimiter, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import neo4j from "neo4j-driver";

export interface EmbeddedNeo4j {
  /** Bolt URI, always `bolt://127.0.0.1:PORT`. Auth is off: pass no auth token to `neo4j.driver`. */
  uri: string;
  /** Process id of the JVM. */
  pid: number;
  /** true when this process started the JVM (and so must stop it). */
  owned: boolean;
  /**
   * Stops the JVM (SIGTERM, then SIGKILL after 20 s) and removes the record, when `owned`.
   * Does nothing for an instance reused from another process: use {@link stopEmbeddedNeo4j} for that.
   * Safe to call more than once.
   */
  stop(): Promise<void>;
}

export interface EmbeddedNeo4jOptions {
  /** Folder for Neo4j's home (`DATA_DIR/neo4j`), the record `neo4j.json` and, detached, `neo4j.log`. */
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 (the default) takes any free port, which the returned `uri` tells. */
  port?: number;
  /** JVM heap (-Xmx), e.g. "512m", "2g". Default "1g". */
  heap?: string;
  /** Neo4j page cache, e.g. "256m". Default "256m". */
  pageCache?: string;
  /**
   * false (default): the JVM is tied to this process: it stops when this process exits, even when
   * killed (the launcher exits when its stdin pipe closes). true: the JVM outlives this process
   * (for `modelgraph neo4j start`); its stdout/stderr go to `DATA_DIR/neo4j.log`.
   */
  detached?: boolean;
  /** How long to wait for the DBMS to accept Bolt connections. Default 120 000 ms. */
  startTimeoutMs?: number;
  /** Called with human-readable progress (Maven resolution, compile, launch). */
  onProgress?: (msg: string) => void;
}

/** Contents of `DATA_DIR/neo4j.json`. */
interface InstanceRecord {
  pid: number;
  uri: string;
  startedAt: string;
}

const NEO4J_DIR = fileURLToPath(new URL("../../neo4j/", import.meta.url));
const POM_PATH = join(NEO4J_DIR, "pom.xml");
const LAUNCHER_PATH = join(NEO4J_DIR, "Launcher.java");
const TARGET_DIR = join(NEO4J_DIR, "target");
const CLASSPATH_CACHE = join(TARGET_DIR, "classpath.json");

/** From Neo4j's default neo4j.conf; the heap is added per start. */
const JVM_FLAGS = [
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-XX:+ExitOnOutOfMemoryError",
];
const READY_RE = /^NEO4J_READY (bolt:\/\/\S+)$/m;
const MEMORY_RE = /^\d+[kKmMgG]?$/;
const STOP_GRACE_MS = 20_000;
const KILL_WAIT_MS = 5_000;
const OUTPUT_TAIL_CHARS = 16_000;

/** JVMs started by this process that are still running, by resolved dataDir. */
const ownedInstances = new Map<
  string,
  { child: ChildProcess; attached: boolean; stop: () => Promise<void> }
>();

/**
 * Starts Neo4j for `dataDir`, or reuses the instance already running there (started by this or
 * another process: then `owned` is false). Resolves once Bolt answers; rejects with the JVM's
 * stderr (and the tail of Neo4j's debug.log) when the DBMS cannot start.
 */
export async function startEmbeddedNeo4j(opts: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const dataDir = resolve(opts.dataDir);
  const port = opts.port ?? 0;
  const heap = opts.heap ?? "1g";
  const pageCache = opts.pageCache ?? "256m";
  const timeoutMs = opts.startTimeoutMs ?? 120_000;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid Neo4j port: ${port}`);
  if (!MEMORY_RE.test(heap)) throw new Error(`Invalid heap size "${heap}" (expected e.g. 512m or 2g)`);
  if (!MEMORY_RE.test(pageCache)) throw new Error(`Invalid page cache size "${pageCache}" (e.g. 256m)`);
  const progress = opts.onProgress ?? (() => {});
  await mkdir(dataDir, { recursive: true });

  // One starter per dataDir at a time (across processes): the others wait, then reuse its instance.
  const deadline = Date.now() + timeoutMs;
  for (let waited = false; ; waited = true) {
    const running = await reuseRecorded(dataDir, progress);
    if (running) return running;
    const release = await tryStartLock(dataDir);
    if (release) {
      try {
        const raced = waited ? await reuseRecorded(dataDir, progress) : undefined;
        if (raced) return raced;
        return await launch(dataDir, {
          port,
          heap,
          pageCache,
          timeoutMs,
          detached: !!opts.detached,
          progress,
        });
      } finally {
        await release();
      }
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for another process to start Neo4j in ${dataDir}`);
    }
    if (!waited) progress(`Another process is starting Neo4j in ${dataDir}; waiting for it`);
    await sleep(250);
  }
}

/**
 * Stops the Neo4j recorded for `dataDir`, whichever process started it: SIGTERM (clean shutdown),
 * SIGKILL after 20 s. Returns true when a running instance was stopped, false when none ran.
 */
export async function stopEmbeddedNeo4j(dataDir: string): Promise<boolean> {
  const dir = resolve(dataDir);
  const owned = ownedInstances.get(dir);
  if (owned) {
    await owned.stop();
    return true;
  }
  const record = await readRecord(dir);
  if (!record) return false;
  let ours = isAlive(record.pid) ? isLauncherFor(record.pid, dir) : false;
  // Without /proc, only signal a pid that still serves the recorded Bolt port.
  if (ours === undefined) ours = await boltAnswers(record.uri);
  if (ours) await terminate(record.pid, undefined);
  await removeRecord(dir, record.pid);
  return ours;
}

/** Whether a Neo4j recorded for `dataDir` runs and answers on Bolt. Changes nothing. */
export async function embeddedNeo4jStatus(
  dataDir: string,
): Promise<{ running: boolean; uri?: string; pid?: number }> {
  const record = await readRecord(resolve(dataDir));
  if (record && isAlive(record.pid) && (await boltAnswers(record.uri))) {
    return { running: true, uri: record.uri, pid: record.pid };
  }
  return { running: false };
}

// ---------------------------------------------------------------------------------------------
// Starting

interface LaunchSettings {
  port: number;
  heap: string;
  pageCache: string;
  timeoutMs: number;
  detached: boolean;
  progress: (msg: string) => void;
}

async function launch(dataDir: string, s: LaunchSettings): Promise<EmbeddedNeo4j> {
  const java = findExecutable("java");
  if (!java) {
    throw new Error(
      "Java was not found ($JAVA_HOME/bin/java or java on PATH). The embedded Neo4j needs Java 17 or 21 " +
        "(Debian/Ubuntu: apt-get install openjdk-17-jdk-headless).",
    );
  }
  const classpath = await resolveClasspath(s.progress);
  const launcher = await prepareLauncher(classpath, s.progress);
  const home = join(dataDir, "neo4j");
  await mkdir(home, { recursive: true });
  const args = [
    ...JVM_FLAGS,
    `-Xmx${s.heap}`,
    "-cp",
    launcher.classpath,
    launcher.main,
    "--home",
    home,
    "--port",
    String(s.port),
    "--pagecache",
    s.pageCache,
  ];
  s.progress(`Starting Neo4j (home ${home})`);
  const started = Date.now();
  const { child, uri } = s.detached
    ? await spawnDetached(java, args, join(dataDir, "neo4j.log"), s.timeoutMs)
    : await spawnAttached(java, [...args, "--exit-on-stdin-eof"], s.timeoutMs);
  const pid = child.pid as number;

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      await terminate(pid, child);
      ownedInstances.delete(dataDir);
      await removeRecord(dataDir, pid);
    })();
    return stopping;
  };
  ownedInstances.set(dataDir, { child, attached: !s.detached, stop });
  installExitHook();
  child.once("exit", () => {
    // Died on its own (crash, OOM, killed): forget it; a later start sees the stale record.
    if (!stopping) ownedInstances.delete(dataDir);
  });

  if (!(await boltAnswers(uri, 10_000))) {
    await stop();
    throw new Error(`Neo4j printed ${uri} as ready but Bolt does not answer there`);
  }
  await writeRecord(dataDir, { pid, uri, startedAt: new Date().toISOString() });
  s.progress(`Neo4j ready at ${uri} (pid ${pid}, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return { uri, pid, owned: true, stop };
}

/** The JVM is our child with piped stdio; closing its stdin (our exit, even SIGKILL) stops it. */
function spawnAttached(
  java: string,
  args: string[],
  timeoutMs: number,
): Promise<{ child: ChildProcess; uri: string }> {
  const child = spawn(java, args, { stdio: ["pipe", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8");
  child.stderr?.setEncoding("utf8");
  // Keep draining both pipes for the JVM's whole life so it never blocks on a full pipe.
  child.stdout?.on("data", (d: string) => {
    stdout = tail(stdout + d);
  });
  child.stderr?.on("data", (d: string) => {
    stderr = tail(stderr + d);
  });
  child.stdin?.on("error", () => {}); // EPIPE when the JVM is gone
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      child.kill("SIGKILL");
      reject(new Error(`Neo4j did not become ready within ${timeoutMs / 1000} s.\n${stderr}`.trimEnd()));
    }, timeoutMs);
    const onData = () => {
      const m = READY_RE.exec(stdout);
      if (!m?.[1]) return;
      cleanup();
      // Let this process exit while the JVM runs; the exit hook and the stdin pipe then stop it.
      child.unref();
      for (const stream of [child.stdin, child.stdout, child.stderr]) unrefStream(stream);
      resolvePromise({ child, uri: m[1] });
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      cleanup();
      reject(
        new Error(`Neo4j exited (${signal ?? `code ${code}`}) before it was ready:\n${stderr}`.trimEnd()),
      );
    };
    const onError = (err: Error) => {
      cleanup();
      reject(new Error(`Could not run ${java}: ${err.message}`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.off("exit", onExit);
      child.off("error", onError);
    };
    child.stdout?.on("data", onData);
    child.once("exit", onExit);
    child.once("error", onError);
  });
}

/** The JVM gets its own session and writes to `logPath`; we poll that file for the ready line. */
async function spawnDetached(
  java: string,
  args: string[],
  logPath: string,
  timeoutMs: number,
): Promise<{ child: ChildProcess; uri: string }> {
  const fd = openSync(logPath, "a");
  const offset = fstatSync(fd).size;
  let child: ChildProcess;
  try {
    child = spawn(java, args, { detached: true, stdio: ["ignore", fd, fd] });
  } finally {
    closeSync(fd);
  }
  let exited: string | undefined;
  let spawnError: Error | undefined;
  child.once("exit", (code, signal) => {
    exited = signal ?? `code ${code}`;
  });
  child.once("error", (err) => {
    spawnError = err;
  });
  const readNew = async () => (await readFile(logPath)).subarray(offset).toString("utf8");
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await sleep(100);
    if (spawnError) throw new Error(`Could not run ${java}: ${spawnError.message}`);
    const out = await readNew();
    const m = READY_RE.exec(out);
    if (m?.[1]) {
      child.unref();
      return { child, uri: m[1] };
    }
    if (exited) throw new Error(`Neo4j exited (${exited}) before it was ready:\n${tail(out)}`.trimEnd());
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`Neo4j did not become ready within ${timeoutMs / 1000} s; see ${logPath}`);
    }
  }
}

/** Runtime classpath of org.neo4j:neo4j from Maven, cached per pom content. */
async function resolveClasspath(progress: (msg: string) => void): Promise<string> {
  const pomSha256 = createHash("sha256")
    .update(await readFile(POM_PATH))
    .digest("hex");
  try {
    const cached = JSON.parse(await readFile(CLASSPATH_CACHE, "utf8")) as {
      pomSha256?: unknown;
      classpath?: unknown;
    };
    if (
      cached.pomSha256 === pomSha256 &&
      typeof cached.classpath === "string" &&
      cached.classpath.split(delimiter).every(isFile) // ~/.m2 may have been cleaned
    ) {
      return cached.classpath;
    }
  } catch {
    // no usable cache: resolve
  }
  const mvn = findExecutable("mvn");
  if (!mvn) {
    throw new Error(
      "Maven (mvn) was not found on PATH. The embedded Neo4j resolves its jars with Maven 3.8+ " +
        "(Debian/Ubuntu: apt-get install maven), or use an external Neo4j instead.",
    );
  }
  progress("Resolving the Neo4j jars with Maven (the first time downloads ~130 MB: minutes)");
  await mkdir(TARGET_DIR, { recursive: true });
  const outFile = join(TARGET_DIR, `classpath.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const { code, output } = await run(
      mvn,
      [
        "-B",
        "-q",
        "-Dstyle.color=never",
        "dependency:build-classpath",
        `-Dmdep.outputFile=${outFile}`,
        "-DincludeScope=runtime",
      ],
      NEO4J_DIR,
    );
    if (code !== 0) {
      throw new Error(`Maven could not resolve the Neo4j classpath (${POM_PATH}, exit ${code}):\n${output}`);
    }
    const classpath = (await readFile(outFile, "utf8")).trim();
    if (!classpath) throw new Error(`Maven wrote an empty classpath for ${POM_PATH}:\n${output}`);
    await writeAtomically(CLASSPATH_CACHE, `${JSON.stringify({ pomSha256, classpath })}\n`);
    return classpath;
  } finally {
    await rm(outFile, { force: true });
  }
}

/**
 * Compiles Launcher.java once per (source, classpath) into target/launcher/<hash>/: starting from
 * classes saves ~1 s and ~60 MB of RSS per start over single-file source mode, which is the
 * fallback when there is no javac (a JRE).
 */
async function prepareLauncher(
  classpath: string,
  progress: (msg: string) => void,
): Promise<{ classpath: string; main: string }> {
  const source = await readFile(LAUNCHER_PATH);
  const hash = createHash("sha256").update(source).update("\0").update(classpath).digest("hex").slice(0, 16);
  const dir = join(TARGET_DIR, "launcher", hash);
  const compiled = { classpath: `${dir}${delimiter}${classpath}`, main: "Launcher" };
  if (isFile(join(dir, "Launcher.class"))) return compiled;
  const javac = findExecutable("javac");
  if (!javac) return { classpath, main: LAUNCHER_PATH };
  progress("Compiling neo4j/Launcher.java");
  const tmp = `${dir}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    const { code, output } = await run(javac, ["-cp", classpath, "-d", tmp, LAUNCHER_PATH], NEO4J_DIR);
    if (code !== 0) throw new Error(`javac could not compile ${LAUNCHER_PATH}:\n${output}`);
    try {
      await rename(tmp, dir);
    } catch (err) {
      // another process compiled it first: use theirs
      if (!isFile(join(dir, "Launcher.class"))) throw err;
    }
    return compiled;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Records, locks and processes

function recordPath(dataDir: string): string {
  return join(dataDir, "neo4j.json");
}

async function readRecord(dataDir: string): Promise<InstanceRecord | undefined> {
  try {
    const r = JSON.parse(await readFile(recordPath(dataDir), "utf8")) as Partial<InstanceRecord>;
    if (Number.isInteger(r.pid) && typeof r.uri === "string" && typeof r.startedAt === "string") {
      return r as InstanceRecord;
    }
  } catch {
    // missing or unreadable: no record
  }
  return undefined;
}

async function writeRecord(dataDir: string, record: InstanceRecord): Promise<void> {
  await writeAtomically(recordPath(dataDir), `${JSON.stringify(record, null, 2)}\n`);
}

/** Removes the record if it still describes `pid` (a newer instance may have replaced it). */
async function removeRecord(dataDir: string, pid: number): Promise<void> {
  const record = await readRecord(dataDir);
  if (record?.pid === pid) await rm(recordPath(dataDir), { force: true });
}

/** The recorded instance if it is alive and answers; removes a stale record. */
async function reuseRecorded(
  dataDir: string,
  progress: (msg: string) => void,
): Promise<EmbeddedNeo4j | undefined> {
  const record = await readRecord(dataDir);
  if (!record) return undefined;
  const alive = isAlive(record.pid);
  if (alive && (await boltAnswers(record.uri))) {
    progress(`Reusing Neo4j at ${record.uri} (pid ${record.pid}, started ${record.startedAt})`);
    return { uri: record.uri, pid: record.pid, owned: false, stop: async () => {} };
  }
  if (alive && isLauncherFor(record.pid, dataDir)) {
    throw new Error(
      `Neo4j (pid ${record.pid}) runs for ${dataDir} but does not answer at ${record.uri}; ` +
        "stop it (stopEmbeddedNeo4j / modelgraph neo4j stop) and start again",
    );
  }
  progress(`Removing stale Neo4j record ${recordPath(dataDir)} (pid ${record.pid} is gone)`);
  await rm(recordPath(dataDir), { force: true });
  return undefined;
}

/**
 * Takes `DATA_DIR/neo4j.starting` (holding our pid) unless a live process holds it; a lock left by
 * a dead process is taken over. Returns the release function, or undefined when it is held.
 */
async function tryStartLock(dataDir: string): Promise<(() => Promise<void>) | undefined> {
  const lockPath = join(dataDir, "neo4j.starting");
  const token = `${process.pid} ${randomBytes(8).toString("hex")}`;
  try {
    await writeFile(lockPath, token, { flag: "wx" });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    const holder = Number.parseInt(
      (await readFile(lockPath, "utf8").catch(() => "")).split(" ")[0] ?? "",
      10,
    );
    if (Number.isInteger(holder) && isAlive(holder)) return undefined;
    const age = await stat(lockPath).then(
      (st) => Date.now() - st.mtimeMs,
      () => 0,
    );
    if (Number.isInteger(holder) || age > 5_000) await rm(lockPath, { force: true }); // holder died
    return undefined; // retry on the next round
  }
  return async () => {
    const current = await readFile(lockPath, "utf8").catch(() => "");
    if (current === token) await rm(lockPath, { force: true });
  };
}

/** Whether `pid` runs; a zombie (exited, not yet reaped by its parent or init) counts as gone. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true; // no /proc: trust kill(0)
  }
}

/** From /proc: is `pid` our launcher for this dataDir? undefined where there is no /proc. */
function isLauncherFor(pid: number, dataDir: string): boolean | undefined {
  let cmdline: string;
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return isFile("/proc/self/cmdline") ? false : undefined;
  }
  const argv = cmdline.split("\0");
  const i = argv.indexOf("--home");
  return i >= 0 && argv[i + 1] === join(dataDir, "neo4j");
}

async function boltAnswers(uri: string, timeoutMs = 3_000): Promise<boolean> {
  // No token means scheme "none" (neo4j.auth.none() exists at runtime but not in driver 6.3's typings).
  const driver = neo4j.driver(uri, undefined, {
    connectionTimeout: Math.min(timeoutMs, 3_000),
    connectionAcquisitionTimeout: timeoutMs,
    maxConnectionPoolSize: 1,
  });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      try {
        await driver.verifyConnectivity();
        return true;
      } catch {
        if (Date.now() + 250 > deadline) return false;
        await sleep(250);
      }
    }
  } finally {
    await driver.close();
  }
}

/** SIGTERM, wait up to 20 s, then SIGKILL; resolves once the process is gone. */
async function terminate(pid: number, child: ChildProcess | undefined): Promise<void> {
  const gone = () => (child ? child.exitCode !== null || child.signalCode !== null : !isAlive(pid));
  if (gone()) return;
  signal(pid, "SIGTERM");
  if (await waitFor(gone, child, STOP_GRACE_MS)) return;
  signal(pid, "SIGKILL");
  if (!(await waitFor(gone, child, KILL_WAIT_MS))) {
    throw new Error(`Neo4j (pid ${pid}) is still running after SIGKILL`);
  }
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ESRCH") throw err;
  }
}

/** Waits until `gone()`: on our child's exit event, else by polling the pid. */
async function waitFor(gone: () => boolean, child: ChildProcess | undefined, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!gone() && Date.now() < deadline) {
    if (child) {
      await new Promise<void>((done) => {
        const timer = setTimeout(done, Math.max(0, deadline - Date.now()));
        child.once("exit", () => {
          clearTimeout(timer);
          done();
        });
      });
    } else {
      await sleep(100);
    }
  }
  return gone();
}

let exitHookInstalled = false;

/** On this process's exit, SIGTERM the attached JVMs still running and drop their records. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const [dataDir, { child, attached }] of ownedInstances) {
      if (!attached || child.exitCode !== null || child.signalCode !== null) continue;
      child.kill("SIGTERM");
      try {
        const record = JSON.parse(readFileSync(recordPath(dataDir), "utf8")) as Partial<InstanceRecord>;
        if (record.pid === child.pid) rmSync(recordPath(dataDir), { force: true });
      } catch {
        // no record to drop
      }
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/** `$JAVA_HOME/bin/NAME` (for java/javac) or NAME on PATH; undefined when missing. */
function findExecutable(name: string): string | undefined {
  const dirs = (process.env.PATH ?? "").split(delimiter).filter(Boolean);
  if (process.env.JAVA_HOME && name.startsWith("java")) dirs.unshift(join(process.env.JAVA_HOME, "bin"));
  for (const dir of dirs) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Runs a command to completion, collecting stdout and stderr together. */
function run(cmd: string, args: string[], cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const collect = (d: Buffer) => {
      output = tail(output + d.toString("utf8"));
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.once("error", (err) => reject(new Error(`Could not run ${cmd}: ${err.message}`)));
    child.once("close", (code, sig) =>
      resolvePromise({ code: code ?? (sig ? 128 : 1), output: output.trim() }),
    );
  });
}

async function writeAtomically(path: string, content: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(tmp, content);
  await rename(tmp, path);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function tail(text: string): string {
  return text.length > OUTPUT_TAIL_CHARS ? text.slice(-OUTPUT_TAIL_CHARS) : text;
}

function unrefStream(stream: unknown): void {
  (stream as { unref?: () => void } | null)?.unref?.();
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
