import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** Where `vite dev` forwards API and WebSocket calls: the local cloud (`npm start`). */
const localCloud = process.env.HELIOS_LOCAL_CLOUD_URL ?? "http://localhost:3000";

export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: {
    // The repository root has React 18 (pulled by sst's CLI); hoisted packages such as
    // @tanstack/react-query and lucide-react would otherwise bundle it next to web's React 19.
    dedupe: ["react", "react-dom"],
  },
  server: {
    proxy: {
      "/api": { target: localCloud, changeOrigin: true },
      "/ws": { target: localCloud, ws: true, changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      "/api": { target: localCloud, changeOrigin: true },
      "/ws": { target: localCloud, ws: true, changeOrigin: true },
    },
  },
  build: { outDir: "dist", emptyOutDir: true },
});
