import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { programmeLimits } from "../../../common/programmes.js";
import { Form } from "../../components/Form.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { Pagination, pageFromQuery } from "../../components/Pagination.js";
import { SubmitFooter } from "../../components/SubmitFooter.js";
import { TextField } from "../../components/TextField.js";
import { useResource } from "../../components/useResource.js";
import { useSubmit } from "../../components/useSubmit.js";
import { useI18n } from "../../i18n/index.js";
import "../../i18n/programmes.js";
import { describeFormError } from "../../lib/form-errors.js";
import { useSession } from "../auth/session.js";
import { createProgramme, fetchProgrammes } from "./api.js";
import { dayDate, StatusBadge } from "./parts.js";
import "./programmes.css";

const pageSize = 20;

/** A moderator starts a programme: its title and period; they sit on its committee first. */
function NewProgrammeForm({ userId }: { userId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { route } = useLocation();
  const [values, setValues] = useState({ title: "", periodStart: "", periodEnd: "" });
  const { busy, error, run } = useSubmit();
  const errors = describeFormError(error, i18n, { values });
  const submit = () =>
    run(async () => {
      const created = await createProgramme({ ...values, committeeIds: [userId] });
      route(`/programmes/${created.id}/edit`);
    });
  return (
    <details class="card">
      <summary>{t("programmes.new")}</summary>
      <Form onSubmit={submit} alert={errors.alert} attempt={error} label={t("programmes.new")}>
        <TextField
          id="programme-title"
          label={t("programmeForm.title")}
          value={values.title}
          onValue={(title) => setValues({ ...values, title })}
          autoComplete="off"
          maxLength={programmeLimits.titleMax}
          error={errors.fields.title}
          required
        />
        <div class="programme-dates">
          <TextField
            id="programme-start"
            type="date"
            label={t("programmeForm.periodStart")}
            value={values.periodStart}
            onValue={(periodStart) => setValues({ ...values, periodStart })}
            autoComplete="off"
            error={errors.fields.periodStart}
            required
          />
          <TextField
            id="programme-end"
            type="date"
            label={t("programmeForm.periodEnd")}
            value={values.periodEnd}
            onValue={(periodEnd) => setValues({ ...values, periodEnd })}
            autoComplete="off"
            error={errors.fields.periodEnd}
            required
          />
        </div>
        <SubmitFooter label={t("programmes.create")} busy={busy} done={false} />
      </Form>
    </details>
  );
}

/** «برامج العمل»: the forum's work programmes, newest first. */
export function ProgrammesPage() {
  const { t, formatDate } = useI18n();
  const { query } = useLocation();
  const { user } = useSession();
  const page = pageFromQuery(query);
  const list = useResource(() => fetchProgrammes({ page, pageSize }), [page]);
  const moderator = user?.role === "moderator" || user?.role === "admin";
  return (
    <div class="stack">
      <PageHeading title={t("programmes.title")} />
      <p class="lead">{t("programmes.intro")}</p>
      {user && moderator && <NewProgrammeForm userId={user.id} />}
      <LoadState resource={list}>
        {(data) =>
          data.items.length === 0 ? (
            <p class="empty">{t("programmes.empty")}</p>
          ) : (
            <>
              <ul class="programme-list">
                {data.items.map((programme) => (
                  <li key={programme.id} class="card programme-card">
                    <h2>
                      <a href={`/programmes/${programme.id}`}>{programme.title}</a>
                    </h2>
                    <p class="programme-meta">
                      <StatusBadge status={programme.status} />{" "}
                      {t("programme.period", {
                        from: formatDate(dayDate(programme.periodStart)),
                        to: formatDate(dayDate(programme.periodEnd)),
                      })}
                    </p>
                    <p class="muted">
                      {t("programmes.counts", { axes: programme.axisCount, actions: programme.actionCount })}
                    </p>
                    {programme.status === "adopted" && (
                      <p>
                        <a href={`/programmes/${programme.id}/progress`}>{t("programme.progressLink")}</a>
                      </p>
                    )}
                  </li>
                ))}
              </ul>
              <Pagination list={data} hrefFor={(n) => `/programmes?page=${n}`} />
            </>
          )
        }
      </LoadState>
    </div>
  );
}
