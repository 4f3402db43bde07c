import "../../i18n/assemblies.js";
import "./assemblies.css";
import { useEffect, useState } from "preact/hooks";
import type { AssemblyAssociationRef, AssemblyDetail, AssemblyQuorum } from "../../../common/assemblies.js";
import { type Resource, useResource } from "../../components/useResource.js";
import { type MessageKey, useI18n } from "../../i18n/index.js";
import { errorMessage } from "../../lib/form-errors.js";
import { fetchAssembly } from "./api.js";

/** How often a page showing attendance reads it again while the assembly is convened or sitting. */
const REFRESH_MS = 15_000;

/** An assembly, read again every few seconds while its attendance can change (the quorum shown live). */
export function useAssembly(id: string): Resource<AssemblyDetail> {
  const resource = useResource(() => fetchAssembly(id), [id]);
  const status = resource.data?.status;
  useEffect(() => {
    if (status !== "convened" && status !== "in_session") return;
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") resource.reload();
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [status, resource.reload]);
  return resource;
}

/** An association's name in the interface's language. */
export function AssociationName({ association }: { association: AssemblyAssociationRef }) {
  const { locale } = useI18n();
  return <bdi>{(locale === "fr" ? association.nameFr : null) ?? association.nameAr}</bdi>;
}

export function StatusBadge({ status }: { status: AssemblyDetail["status"] }) {
  const { t } = useI18n();
  return <span class={`badge assembly-status-${status}`}>{t(`assemblies.status.${status}` as MessageKey)}</span>;
}

/** The quorum in one sentence, and whether it is met. */
export function QuorumView({ quorum }: { quorum: AssemblyQuorum }) {
  const { t } = useI18n();
  return (
    <div class="assembly-quorum" role="status" aria-live="polite">
      <span class={`badge ${quorum.met ? "badge-ok" : "badge-warn"}`}>
        {t(quorum.met ? "assemblies.quorumMet" : "assemblies.quorumNotMet")}
      </span>
      <p>
        {t("assemblies.quorumLine", {
          present: quorum.present,
          represented: quorum.represented,
          electorate: quorum.electorate,
          required: quorum.required,
          share: Math.round(quorum.share * 100),
        })}
      </p>
    </div>
  );
}

/** Runs a write, shows its refusal in words, and hands the fresh assembly to the page. */
export function useAction(resource: Resource<AssemblyDetail>) {
  const i18n = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (write: () => Promise<AssemblyDetail>) => {
    setBusy(true);
    setError(null);
    try {
      resource.set(await write());
    } catch (caught) {
      setError(errorMessage(caught, i18n));
    } finally {
      setBusy(false);
    }
  };
  return { run, error, busy };
}

export function ErrorNotice({ message }: { message: string | null }) {
  return message ? (
    <p class="notice notice-error" role="alert">
      {message}
    </p>
  ) : null;
}
