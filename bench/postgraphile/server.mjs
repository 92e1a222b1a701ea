// PostGraphile v5 in library mode on Node's http server, optionally as a cluster of
// BENCH_WORKERS processes sharing the port (Node's single JS thread otherwise caps the server at
// about one core).  Same preset as the CLI run (graphile.config.mjs).
//   BENCH_WORKERS=2 node server.mjs
import cluster from "node:cluster";
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { grafserv } from "postgraphile/grafserv/node";
import preset from "./graphile.config.mjs";

const workers = Number(process.env.BENCH_WORKERS ?? 1);
const { host, port } = preset.grafserv;

if (workers > 1 && cluster.isPrimary) {
  for (let i = 0; i < workers; i++) cluster.fork();
  let listening = 0;
  cluster.on("listening", () => {
    if (++listening === workers) console.log(`${workers} workers listening on http://${host}:${port}/graphql`);
  });
  cluster.on("exit", (w, code, signal) => {
    console.error(`worker ${w.process.pid} exited (${signal ?? code})`);
    process.exitCode = 1;
    for (const id in cluster.workers) cluster.workers[id].kill();
  });
  const stop = () => { for (const id in cluster.workers) cluster.workers[id].kill(); };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
} else {
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  server.on("error", (e) => { console.error(e); process.exit(1); });
  await serv.addTo(server);
  server.listen(port, host, () => {
    if (workers <= 1) console.log(`listening on http://${host}:${port}/graphql`);
  });
  const stop = () => server.close(() => pgl.release().then(() => process.exit(0)));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
