import { useEffect, useState } from "preact/hooks";
import type { AssociationMember, AssociationSummary } from "../../../../common/associations.js";
import { FormDialog, useFormDialog } from "../../../components/FormDialog.js";
import { SelectField } from "../../../components/SelectField.js";
import { TextAreaField } from "../../../components/TextAreaField.js";
import { useI18n } from "../../../i18n/index.js";
import { fetchRepresentatives, settleDelegate } from "./api.js";

/**
 * An admin settles the primary delegate's office when the association's representatives cannot (the
 * delegate unreachable, a request contested): one of its representatives, with a reason everyone sees.
 */
export function SettleDelegateButton({ association, onDone }: { association: AssociationSummary; onDone: () => void }) {
  const { t } = useI18n();
  const dialog = useFormDialog();
  const [representatives, setRepresentatives] = useState<AssociationMember[] | null>(null);
  const [userId, setUserId] = useState("");
  const [reason, setReason] = useState("");

  useEffect(() => {
    if (!dialog.open) return;
    void fetchRepresentatives(association.slug).then((list) => {
      setRepresentatives(list);
      setUserId(list.find((m) => !m.isPrimaryDelegate)?.userId ?? list[0]?.userId ?? "");
    });
  }, [dialog.open, association.slug]);

  return (
    <>
      <button type="button" class="button-quiet" onClick={dialog.show}>
        {t("admin.delegate.action")}
      </button>
      <FormDialog
        dialog={dialog}
        title={t("admin.delegate.title", { name: association.nameAr })}
        submitLabel={t("admin.delegate.confirm")}
        onSubmit={() =>
          dialog.submit(async () => {
            await settleDelegate(association.slug, userId, reason.trim());
            setReason("");
            onDone();
          })
        }
      >
        <p>{t("admin.delegate.body")}</p>
        {representatives === null ? (
          <p class="muted">{t("session.loading")}</p>
        ) : (
          <SelectField
            id={`settle-${association.id}`}
            label={t("admin.delegate.candidate")}
            value={userId}
            options={representatives.map((m) => ({
              value: m.userId,
              label: m.isPrimaryDelegate ? t("admin.delegate.sitting", { name: m.name }) : m.name,
            }))}
            onValue={setUserId}
          />
        )}
        <TextAreaField
          id={`settle-reason-${association.id}`}
          label={t("admin.delegate.reason")}
          value={reason}
          onValue={setReason}
          rows={3}
          maxLength={1000}
          required
        />
      </FormDialog>
    </>
  );
}
