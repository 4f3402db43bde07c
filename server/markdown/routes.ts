import { Router } from "express";
import { z } from "zod";
import { requireUser } from "../auth/guards.js";
import { route } from "../http/handler.js";
import { parseInput } from "../http/validate.js";
import { MARKDOWN_MAX_LENGTH, renderMarkdown } from "./render.js";

const previewInput = z.object({ markdown: z.string().max(MARKDOWN_MAX_LENGTH) });

/** `POST /api/markdown/preview`: what a Markdown text will look like, rendered and sanitised as stored. */
export function markdownRoutes(): Router {
  const router = Router();
  router.post(
    "/preview",
    requireUser,
    route((req) => ({ html: renderMarkdown(parseInput(previewInput, req.body).markdown) })),
  );
  return router;
}
