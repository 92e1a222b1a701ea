import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Built into the application's static resources (served by Quarkus at /); `npm run dev` serves it on 5173 with the
// API of a Parley running on 8080.
export default defineConfig({
  plugins: [react()],
  base: "/",
  build: {
    outDir: "../../../target/classes/META-INF/resources",
    emptyOutDir: false,
    chunkSizeWarningLimit: 1200,
  },
  server: { proxy: { "/graphql": "http://localhost:8080" } },
});
