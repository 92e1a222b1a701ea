// PostGraphile v5 configuration for Parley's benchmark: the stock Amber preset, no extra plugins;
// production-like (no GraphiQL, no watch, no explain, no websockets), bound to 127.0.0.1 only.
// It serves Parley's own tables (schema parley) and the few SQL functions of schema parley_peer
// (peer.sql) that give PostGraphile the fields it cannot derive from foreign keys.
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";

const connectionString =
  process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/parley_bench";
const port = Number(process.env.BENCH_PG_PORT ?? 5678);

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString,
      schemas: [process.env.BENCH_SCHEMA ?? "parley", "parley_peer"],
      // node-postgres pool; 10 is pg's default, stated explicitly for the comparison.
      poolConfig: { max: Number(process.env.BENCH_PG_POOL ?? 10) },
    }),
  ],
  gather: {
    // function arguments without defaults become required (meetingsBetween).
    pgStrictFunctions: true,
  },
  schema: {
    dontSwallowErrors: true,
    exportSchemaSDLPath: process.env.BENCH_EXPORT_SDL || undefined,
    sortExport: true,
  },
  grafast: {
    explain: false,
  },
  grafserv: {
    host: "127.0.0.1",
    port,
    graphqlPath: "/graphql",
    graphiql: false,
    graphiqlOnGraphQLGET: false,
    graphqlOverGET: false,
    watch: false,
    websockets: false,
    maxRequestLength: 100000,
  },
};

export default preset;
