import { useState } from "preact/hooks";
import { DataTable } from "../../../components/DataTable.js";
import { Form } from "../../../components/Form.js";
import { LoadState } from "../../../components/LoadState.js";
import { PageHeading } from "../../../components/PageHeading.js";
import { SubmitFooter } from "../../../components/SubmitFooter.js";
import { TextField } from "../../../components/TextField.js";
import { useResource } from "../../../components/useResource.js";
import { useSubmit } from "../../../components/useSubmit.js";
import { useI18n } from "../../../i18n/index.js";
import { describeFormError } from "../../../lib/form-errors.js";
import { fetchSnapshots, freezeSnapshot } from "./api.js";

/** Electorate snapshots: who may cast each active association's vote at an instant, frozen. */
export function ElectorateAdmin() {
  const { t, formatDate, formatNumber } = useI18n();
  const snapshots = useResource(fetchSnapshots, []);
  return (
    <div class="stack">
      <PageHeading title={t("admin.electorate.title")} />
      <p class="muted">{t("admin.electorate.intro")}</p>
      <FreezeForm onFrozen={snapshots.reload} />
      <section class="card" aria-labelledby="snapshots-title">
        <h2 id="snapshots-title">{t("admin.electorate.list")}</h2>
        <LoadState resource={snapshots}>
          {(list) => (
            <DataTable
              label={t("admin.electorate.list")}
              columns={[
                t("admin.electorate.label"),
                t("admin.electorate.at"),
                t("admin.electorate.associations"),
                t("admin.electorate.voters"),
                t("admin.electorate.createdBy"),
              ]}
              rows={list}
              empty={<p class="muted">{t("admin.electorate.none")}</p>}
            >
              {(snapshot) => (
                <tr key={snapshot.id}>
                  <th scope="row">
                    <a href={`/admin/electorate/${snapshot.id}`}>{snapshot.label}</a>
                  </th>
                  <td>
                    <time dateTime={snapshot.at}>{formatDate(snapshot.at, "dayAndTime")}</time>
                  </td>
                  <td>{formatNumber(snapshot.associationCount)}</td>
                  <td>{formatNumber(snapshot.voterCount)}</td>
                  <td>
                    <bdi>{snapshot.createdBy.name}</bdi>
                  </td>
                </tr>
              )}
            </DataTable>
          )}
        </LoadState>
      </section>
    </div>
  );
}

function FreezeForm({ onFrozen }: { onFrozen: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [values, setValues] = useState({ label: "", at: "" });
  const [frozen, setFrozen] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();
  const errors = describeFormError(error, i18n, { values });
  const submit = async () => {
    setFrozen(null);
    await run(async () => {
      const at = values.at ? new Date(values.at).toISOString() : undefined;
      const snapshot = await freezeSnapshot({ label: values.label.trim(), ...(at ? { at } : {}) });
      setFrozen(t("admin.electorate.frozen", { label: snapshot.label, associations: snapshot.associationCount }));
      setValues({ label: "", at: "" });
      onFrozen();
    });
  };
  return (
    <section class="card" aria-labelledby="freeze-title">
      <h2 id="freeze-title">{t("admin.electorate.freeze")}</h2>
      <Form onSubmit={submit} alert={errors.alert} attempt={error} label={t("admin.electorate.freeze")}>
        <TextField
          id="snapshot-label"
          label={t("admin.electorate.label")}
          hint={t("admin.electorate.labelHint")}
          autoComplete="off"
          required
          value={values.label}
          onValue={(label) => setValues({ ...values, label })}
          error={errors.fields.label}
        />
        <TextField
          id="snapshot-at"
          type="datetime-local"
          dir="ltr"
          label={t("admin.electorate.atOptional")}
          hint={t("admin.electorate.atHint")}
          autoComplete="off"
          value={values.at}
          onValue={(at) => setValues({ ...values, at })}
          error={errors.fields.at}
        />
        <SubmitFooter label={t("admin.electorate.freezeSubmit")} busy={busy} done={frozen} />
      </Form>
    </section>
  );
}
