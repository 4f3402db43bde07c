import "./fonts.css";
import "./base.css";
import { render } from "preact";
import { App } from "./app.js";
import { loadSession } from "./features/auth/session.js";
import { startUnreadSync } from "./features/notifications/unread.js";
import { startPresenceSync } from "./features/presence/presence.js";
import { applyDocumentLocale, localeStore } from "./i18n/index.js";

applyDocumentLocale(localeStore.get());
startPresenceSync();
startUnreadSync();
void loadSession();

const root = document.getElementById("app");
if (root) render(<App />, root);
