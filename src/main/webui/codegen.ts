import type { CodegenConfig } from "@graphql-codegen/cli";

// Types for every operation the explorer sends, from the schema Parley serves (schema.graphql, kept equal to it by
// SchemaFileTest): a change to the schema that breaks a query breaks this build, not the explorer's users.
const config: CodegenConfig = {
  schema: "../../../schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**"],
  generates: {
    "src/gql/": {
      preset: "client",
      config: { documentMode: "string", enumsAsTypes: true, useTypeImports: true, scalars: { Date: "string" } },
      presetConfig: { fragmentMasking: false },
    },
  },
  silent: true,
};

export default config;
