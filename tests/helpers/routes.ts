import type { Express } from "express";

export type RouteEntry = { method: string; path: string };

type Layer = {
  rawPath?: unknown;
  slash?: boolean;
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
};

function join(prefix: string, path: string): string {
  return `${prefix}/${path}`.replace(/\/+/g, "/").replace(/(.)\/$/, "$1");
}

function walk(stack: Layer[], prefix: string, into: RouteEntry[]): void {
  for (const layer of stack) {
    if (layer.route) {
      const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
      for (const path of paths) {
        for (const [method, on] of Object.entries(layer.route.methods)) {
          if (on && method !== "_all") into.push({ method: method.toUpperCase(), path: join(prefix, path) });
        }
      }
    } else if (layer.handle?.stack) {
      const mount = layer.slash || typeof layer.rawPath !== "string" ? "" : layer.rawPath;
      walk(layer.handle.stack, join(prefix, mount), into);
    }
  }
}

/**
 * Every route the Express app answers, read from its own router stack at test time, so that a route
 * added anywhere is swept without anyone adding it to a list.
 */
export function listRoutes(app: Express): RouteEntry[] {
  const router = (app as unknown as { router: { stack: Layer[] } }).router;
  const routes: RouteEntry[] = [];
  walk(router.stack, "", routes);
  return routes;
}

/** The routes whose method changes state (everything but GET, HEAD and OPTIONS). */
export function stateChangingRoutes(app: Express): RouteEntry[] {
  return listRoutes(app).filter((route) => !["GET", "HEAD", "OPTIONS"].includes(route.method));
}
