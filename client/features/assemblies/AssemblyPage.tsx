import "../../i18n/assemblies.js";
import "./assemblies.css";
import { useState } from "preact/hooks";
import type { AssemblyDetail, MyAssemblyAssociation } from "../../../common/assemblies.js";
import { FileField } from "../../components/FileField.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import type { Resource } from "../../components/useResource.js";
import { type MessageKey, useI18n } from "../../i18n/index.js";
import {
  act,
  checkIn,
  convene,
  documentHref,
  giveProxy,
  register,
  removeDocument,
  revokeProxy,
  uploadDocument,
} from "./api.js";
import { AssociationName, ErrorNotice, QuorumView, StatusBadge, useAction, useAssembly } from "./shared.js";

type Props = { data: AssemblyDetail; resource: Resource<AssemblyDetail> };

function Agenda({ data }: { data: AssemblyDetail }) {
  const { t } = useI18n();
  return (
    <section class="stack" aria-labelledby="assembly-agenda">
      <h2 id="assembly-agenda">{t("assemblies.agenda")}</h2>
      {data.items.length === 0 ? (
        <p class="muted">{t("assemblies.agendaEmpty")}</p>
      ) : (
        <ol class="assembly-agenda">
          {data.items.map((item) => (
            <li key={item.id}>
              <bdi>{item.title}</bdi>
              <span class="muted">
                {" · "}
                {t(`assemblies.itemType.${item.type}` as MessageKey)}
                {" · "}
                {t(`assemblies.majority.${item.majority}` as MessageKey)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Documents({ data, resource }: Props) {
  const { t } = useI18n();
  const { run, error, busy } = useAction(resource);
  const [file, setFile] = useState<File | null>(null);
  return (
    <section class="stack" aria-labelledby="assembly-documents">
      <h2 id="assembly-documents">{t("assemblies.documents")}</h2>
      {data.documents.length === 0 ? (
        <p class="muted">{t("assemblies.documentsNone")}</p>
      ) : (
        <ul class="assembly-list">
          {data.documents.map((doc) => (
            <li key={doc.id} class="assembly-desk-row">
              <a href={documentHref(data.id, doc.id)} class="assembly-link">
                <bdi>{doc.fileName}</bdi>
              </a>
              {data.abilities.manageDocuments && (
                <button
                  type="button"
                  class="button-quiet"
                  disabled={busy}
                  onClick={() => run(() => removeDocument(data.id, doc.id))}
                >
                  {t("assemblies.remove")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {data.abilities.manageDocuments && (
        <form
          class="assembly-actions"
          onSubmit={(event) => {
            event.preventDefault();
            if (file) void run(() => uploadDocument(data.id, file));
          }}
        >
          <FileField
            id="assembly-document"
            label={t("assemblies.addDocument")}
            accept={["application/pdf"]}
            onFile={setFile}
          />
          <button class="button-quiet" type="submit" disabled={busy || !file}>
            {t("assemblies.upload")}
          </button>
        </form>
      )}
      <ErrorNotice message={error} />
    </section>
  );
}

function MyAssociation({ data, resource, mine }: Props & { mine: MyAssemblyAssociation }) {
  const { t } = useI18n();
  const { run, error, busy } = useAction(resource);
  const [holder, setHolder] = useState("");
  const id = mine.association.id;
  const given = data.proxies.find((proxy) => proxy.revokedAt === null && proxy.giver.id === id);
  return (
    <div class="card stack">
      <h3>
        <AssociationName association={mine.association} />
      </h3>
      <p class="assembly-meta">
        {mine.registered && <span class="badge badge-ok">{t("assemblies.registered")}</span>}
        {mine.checkedIn && <span class="badge badge-ok">{t("assemblies.checkedIn")}</span>}
        {mine.givenTo && <span>{t("assemblies.givenTo", { name: mine.givenTo.nameAr })}</span>}
        {mine.holds.length > 0 && (
          <span>{t("assemblies.holds", { names: mine.holds.map((a) => a.nameAr).join("، ") })}</span>
        )}
      </p>
      <div class="assembly-actions">
        {mine.abilities.register && (
          <button type="button" class="button" disabled={busy} onClick={() => run(() => register(data.id, id))}>
            {t("assemblies.register")}
          </button>
        )}
        {mine.abilities.checkIn && (
          <button type="button" class="button" disabled={busy} onClick={() => run(() => checkIn(data.id, id))}>
            {t("assemblies.checkIn")}
          </button>
        )}
        {given?.abilities.revoke && (
          <button
            type="button"
            class="button-quiet"
            disabled={busy}
            onClick={() => run(() => revokeProxy(data.id, given.id))}
          >
            {t("assemblies.revoke")}
          </button>
        )}
      </div>
      {mine.abilities.giveProxy && (
        <form
          class="stack"
          onSubmit={(event) => {
            event.preventDefault();
            if (holder) void run(() => giveProxy(data.id, { giverId: id, holderId: holder }));
          }}
        >
          <label for={`proxy-${id}`}>{t("assemblies.proxyHolder")}</label>
          <select id={`proxy-${id}`} value={holder} onChange={(e) => setHolder((e.target as HTMLSelectElement).value)}>
            <option value="">{t("assemblies.choose")}</option>
            {data.candidates
              .filter((candidate) => candidate.id !== id)
              .map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.nameAr}
                </option>
              ))}
          </select>
          <p class="muted">{t("assemblies.proxyHint", { max: data.settings.maxProxies })}</p>
          <p>
            <button class="button-quiet" type="submit" disabled={busy || !holder}>
              {t("assemblies.giveProxy")}
            </button>
          </p>
        </form>
      )}
      <ErrorNotice message={error} />
    </div>
  );
}

function Attendance({ data, resource }: Props) {
  const { t } = useI18n();
  const { run, error, busy } = useAction(resource);
  return (
    <section class="stack" aria-labelledby="assembly-attendance">
      <h2 id="assembly-attendance">{t("assemblies.attendance")}</h2>
      <QuorumView quorum={data.quorum} />
      {(data.status === "convened" || data.status === "in_session") && <p class="muted">{t("assemblies.refreshed")}</p>}
      {data.attendance.length === 0 ? (
        <p class="muted">{t("assemblies.attendanceNone")}</p>
      ) : (
        <ul class="assembly-list">
          {data.attendance.map((row) => (
            <li key={row.association.id} class="assembly-desk-row">
              <span>
                <AssociationName association={row.association} />
                <span class="muted">
                  {" · "}
                  {row.checkedInAt
                    ? t("assemblies.checkedIn")
                    : row.givenTo
                      ? t("assemblies.givenTo", { name: row.givenTo.nameAr })
                      : row.registeredAt
                        ? t("assemblies.registered")
                        : t("assemblies.notYet")}
                  {row.holds.length > 0 &&
                    ` · ${t("assemblies.holds", { names: row.holds.map((a) => a.nameAr).join("، ") })}`}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t("assemblies.proxies")}</h3>
      {data.proxies.length === 0 ? (
        <p class="muted">{t("assemblies.proxiesNone")}</p>
      ) : (
        <ul class="assembly-list">
          {data.proxies.map((proxy) => (
            <li key={proxy.id} class="assembly-desk-row">
              <span>
                {t("assemblies.proxyLine", { giver: proxy.giver.nameAr, holder: proxy.holder.nameAr })}
                {proxy.revokedAt && <span class="muted"> · {t("assemblies.revoked")}</span>}
              </span>
              {proxy.abilities.revoke && (
                <button
                  type="button"
                  class="button-quiet"
                  disabled={busy}
                  onClick={() => run(() => revokeProxy(data.id, proxy.id))}
                >
                  {t("assemblies.revoke")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ErrorNotice message={error} />
    </section>
  );
}

function Manage({ data, resource }: Props) {
  const { t } = useI18n();
  const { run, error, busy } = useAction(resource);
  const [date, setDate] = useState("");
  const [confirming, setConfirming] = useState(false);
  const a = data.abilities;
  if (!a.edit && !a.convene && !a.conveneSecond && !a.start && !a.close && !a.cancel && !a.attendanceDesk) return null;
  return (
    <section class="card stack" aria-labelledby="assembly-manage">
      <h2 id="assembly-manage">{t("assemblies.manage")}</h2>
      {a.convene && <p class="muted">{t("assemblies.conveneHint", { days: data.settings.convocationDays })}</p>}
      <div class="assembly-actions">
        {a.edit && (
          <a class="button-quiet" href={`/assemblies/${data.id}/edit`}>
            {t("assemblies.edit")}
          </a>
        )}
        {a.convene && (
          <button type="button" class="button" disabled={busy} onClick={() => run(() => convene(data.id))}>
            {t("assemblies.convene")}
          </button>
        )}
        {a.attendanceDesk && (
          <a class="button-quiet" href={`/assemblies/${data.id}/desk`}>
            {t("assemblies.desk")}
          </a>
        )}
        {a.start && (
          <button type="button" class="button" disabled={busy} onClick={() => run(() => act(data.id, "start"))}>
            {t("assemblies.start")}
          </button>
        )}
        {a.close && (
          <button type="button" class="button-quiet" disabled={busy} onClick={() => run(() => act(data.id, "close"))}>
            {t("assemblies.close")}
          </button>
        )}
        {a.cancel &&
          (confirming ? (
            <button
              type="button"
              class="button-danger"
              disabled={busy}
              onClick={() => run(() => act(data.id, "cancel"))}
            >
              {t("assemblies.confirmCancel")}
            </button>
          ) : (
            <button type="button" class="button-quiet" onClick={() => setConfirming(true)}>
              {t("assemblies.cancel")}
            </button>
          ))}
      </div>
      {a.conveneSecond && !data.quorum.met && (
        <form
          class="stack"
          onSubmit={(event) => {
            event.preventDefault();
            if (date) void run(() => convene(data.id, new Date(date).toISOString()));
          }}
        >
          <p class="muted">
            {t("assemblies.conveneSecondHint", { share: Math.round(data.settings.secondQuorumShare * 100) })}
          </p>
          <label for="assembly-second-date">{t("assemblies.newDate")}</label>
          <input
            id="assembly-second-date"
            type="datetime-local"
            required
            value={date}
            onInput={(e) => setDate((e.target as HTMLInputElement).value)}
          />
          <p>
            <button class="button" type="submit" disabled={busy}>
              {t("assemblies.conveneSecond")}
            </button>
          </p>
        </form>
      )}
      <ErrorNotice message={error} />
    </section>
  );
}

/** `/assemblies/:id`: the assembly, its agenda and documents, my association's part, attendance and quorum. */
export function AssemblyPage({ id }: { id: string }) {
  const { t, formatDate } = useI18n();
  const assembly = useAssembly(id);
  return (
    <LoadState resource={assembly}>
      {(data: AssemblyDetail) => (
        <div class="stack">
          <PageHeading title={data.title}>
            <bdi>{data.title}</bdi>
          </PageHeading>
          <p class="assembly-meta">
            <span>{t(`assemblies.kind.${data.kind}` as MessageKey)}</span>
            <StatusBadge status={data.status} />
            {data.round > 0 && <span>{t("assemblies.round", { round: data.round })}</span>}
          </p>
          <dl>
            <dt>{t("assemblies.when")}</dt>
            <dd>
              <time dateTime={data.scheduledAt}>{formatDate(data.scheduledAt, "dayAndTime")}</time>
            </dd>
            {data.place && (
              <>
                <dt>{t("assemblies.place")}</dt>
                <dd>
                  <bdi>{data.place}</bdi>
                </dd>
              </>
            )}
            {data.onlineUrl && (
              <>
                <dt>{t("assemblies.online")}</dt>
                <dd>
                  <a class="assembly-link" href={data.onlineUrl} rel="noopener noreferrer" dir="ltr">
                    {t("assemblies.onlineLink")}
                  </a>
                </dd>
              </>
            )}
          </dl>
          {data.liveSessionId && (
            <p>
              <a class="button" href={`/sessions/${data.liveSessionId}`}>
                {t("assemblies.openLive")}
              </a>
            </p>
          )}
          <Manage data={data} resource={assembly} />
          {data.mine.length > 0 && (
            <section class="stack" aria-labelledby="assembly-mine">
              <h2 id="assembly-mine">{t("assemblies.mine")}</h2>
              {data.mine.map((mine) => (
                <MyAssociation key={mine.association.id} data={data} resource={assembly} mine={mine} />
              ))}
            </section>
          )}
          <Agenda data={data} />
          <Documents data={data} resource={assembly} />
          <Attendance data={data} resource={assembly} />
          <p>
            <a href={`/assemblies/${id}/convocations`}>{t("assemblies.convocations")}</a>
          </p>
        </div>
      )}
    </LoadState>
  );
}
