import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

const serverPort = Number(process.env.PORT ?? 3000);

export default defineConfig({
  root: "client",
  plugins: [preact()],
  build: { outDir: "../dist/client", emptyOutDir: true, sourcemap: true, target: "es2022" },
  server: {
    port: 5173,
    proxy: {
      "/api": `http://localhost:${serverPort}`,
      "/socket.io": { target: `ws://localhost:${serverPort}`, ws: true },
    },
  },
});
