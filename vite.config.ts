import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import preact from "@preact/preset-vite";
import { defineConfig, type Plugin } from "vite";

const serverPort = Number(process.env.PORT ?? 3000);
const outDir = path.resolve(import.meta.dirname, "dist/client");

/**
 * Writes a `.br` and a `.gz` beside every text file of the build, at the strongest levels: the
 * server sends them as they are (content negotiation), never compressing on each request.
 */
function precompress(): Plugin {
  const compressible = /\.(?:js|css|html|svg|json|txt)$/;
  const br = promisify(brotliCompress);
  const gz = promisify(gzip);
  return {
    name: "tashawur-precompress",
    apply: "build",
    async closeBundle() {
      const files = await readdir(outDir, { recursive: true });
      await Promise.all(
        files
          .filter((file) => compressible.test(file))
          .map(async (file) => {
            const full = path.join(outDir, file);
            const bytes = await readFile(full);
            await writeFile(
              `${full}.br`,
              await br(bytes, {
                params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
              }),
            );
            await writeFile(`${full}.gz`, await gz(bytes, { level: 9 }));
          }),
      );
    },
  };
}

export default defineConfig({
  root: "client",
  plugins: [preact(), precompress()],
  build: { outDir, emptyOutDir: true, sourcemap: true, target: "es2022" },
  server: {
    port: 5173,
    proxy: {
      "/api": `http://localhost:${serverPort}`,
      "/socket.io": { target: `ws://localhost:${serverPort}`, ws: true },
    },
  },
});
