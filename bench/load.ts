// Child process: autocannon against one GraphQL request for a bounded time, loopback only; prints every
// response time (a LoadRun, so that the percentiles are exact and runs can be pooled) as JSON.
// Input (argv[2]): {"url", "body", "connections", "duration"}.
import autocannon from "autocannon";
import type { LoadRun } from "./stats.ts";

const { url, body, connections, duration } = JSON.parse(process.argv[2] ?? "{}") as {
  url: string;
  body: string;
  connections: number;
  duration: number;
};
if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url)) throw new Error(`not a loopback URL: ${url}`);
const samples: number[] = [];
const result = await new Promise<autocannon.Result>((resolve, reject) => {
  const instance = autocannon(
    { url, method: "POST", headers: { "content-type": "application/json" }, body, connections, duration },
    (error, finished) => (error ? reject(error) : resolve(finished)),
  );
  instance.on("response", (_client, _status, _bytes, responseTime) => samples.push(responseTime));
});
const run: LoadRun = {
  samples,
  seconds: duration,
  errors: result.errors,
  non2xx: result.non2xx,
  timeouts: result.timeouts,
};
console.log(JSON.stringify(run));
