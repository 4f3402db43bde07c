import { useState } from "preact/hooks";
import type { ApplicationDetail } from "../../../common/applications.js";
import { associationLimits } from "../../../common/associations.js";
import type { CurrentCharter } from "../../../common/charter.js";
import { CheckboxField } from "../../components/CheckboxField.js";
import { FileField } from "../../components/FileField.js";
import { Form } from "../../components/Form.js";
import { TextAreaField } from "../../components/TextAreaField.js";
import { useSubmit } from "../../components/useSubmit.js";
import { useI18n } from "../../i18n/index.js";
import { describeFormError } from "../../lib/form-errors.js";
import { CharterDocument } from "../charter/CharterDocument.js";
import { postApplication, uploadDocument } from "./api.js";
import { checkFile, formatSize } from "./files.js";
import { ProfileFields } from "./ProfileFields.js";
import {
  emptyProfile,
  type ProfileValues,
  profileErrorValues,
  profileFieldKeys,
  profileInputOf,
  suggestSlug,
} from "./profile-values.js";
import { useFieldLabels } from "./useFieldLabels.js";
import "../../components/forms.css";
import "./membership.css";

type Props = {
  charter: CurrentCharter & { charter: NonNullable<CurrentCharter["charter"]> };
  /** The application as created, with the documents attached; the names of those that could not be. */
  onCreated: (detail: ApplicationDetail, failedDocuments: string[]) => void;
};

/** «طلب العضوية»: the association's profile, its eligibility, and the acceptance of the charter. */
export function ApplicationForm({ charter, onCreated }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [values, setValues] = useState<ProfileValues>(emptyProfile);
  const [slugEdited, setSlugEdited] = useState(false);
  const [accepted, setAccepted] = useState(false);
  const [note, setNote] = useState("");
  const [documents, setDocuments] = useState<File[]>([]);
  const [documentsError, setDocumentsError] = useState<string | undefined>(undefined);
  const { busy, error, run } = useSubmit();
  const labels = useFieldLabels();

  const edit = (next: ProfileValues) =>
    // Until the person writes a slug, it follows the names.
    setValues(slugEdited ? next : { ...next, slug: suggestSlug(next) });

  const errors = describeFormError(error, i18n, {
    values: { ...profileErrorValues(values), accept: accepted ? "yes" : "", note },
    pathPrefix: "profile.",
    aliases: { charterVersionId: "accept", internalRulesVersionId: "accept" },
    codeFields: {
      SLUG_TAKEN: { field: "slug", key: "errors.SLUG_TAKEN" },
      REGISTRATION_REF_TAKEN: { field: "registrationRef", key: "errors.REGISTRATION_REF_TAKEN" },
      CHARTER_NOT_ACCEPTED: { field: "accept", key: "errors.CHARTER_NOT_ACCEPTED" },
    },
    fieldKeys: profileFieldKeys,
  });
  if (errors.fields.accept && !accepted) errors.fields.accept = t("apply.acceptRequired");
  const maxSize = formatSize(associationLimits.documentMaxBytes, i18n);

  /** Checks the chosen files at once, so that a refused one is named before the application is sent. */
  const chooseDocuments = (files: File[]) => {
    const all = [...documents, ...files.filter((file) => !documents.some((kept) => kept.name === file.name))];
    const refused = all
      .map(
        (file) => [file, checkFile(file, associationLimits.documentTypes, associationLimits.documentMaxBytes)] as const,
      )
      .find(([, problem]) => problem);
    if (refused) setDocumentsError(`${refused[0].name}: ${t(`documents.${refused[1]!}`)}`);
    else if (all.length > associationLimits.documentsPerApplication) setDocumentsError(t("apply.tooManyDocuments"));
    else setDocumentsError(undefined);
    setDocuments(
      all
        .filter((file) => !checkFile(file, associationLimits.documentTypes, associationLimits.documentMaxBytes))
        .slice(0, associationLimits.documentsPerApplication),
    );
  };
  const summary = Object.entries(errors.fields).map(([field, message]) => ({
    id: field === "accept" ? "accept-charter" : field === "eligibility" ? "eligibility" : field,
    label: labels[field as keyof typeof labels] ?? field,
    message: message as string,
  }));

  const submit = async () => {
    await run(async () => {
      const detail = await postApplication({
        profile: profileInputOf(values),
        // Unaccepted, the server names the missing acceptance with the other fields at fault.
        charterVersionId: accepted ? charter.charter.id : "",
        ...(accepted && charter.internalRules ? { internalRulesVersionId: charter.internalRules.id } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      // The application exists: each document is attached to it in turn; one refused does not undo it.
      const attached = [...detail.documents];
      const failed: string[] = [];
      for (const file of documents) {
        try {
          attached.push(await uploadDocument(detail.id, file));
        } catch {
          failed.push(file.name);
        }
      }
      onCreated({ ...detail, documents: attached }, failed);
    });
  };

  return (
    <Form onSubmit={submit} alert={errors.alert} attempt={error} label={t("apply.title")} summary={summary}>
      <p class="field-hint">{t("form.requiredNote")}</p>
      <ProfileFields
        values={values}
        onValues={edit}
        errors={errors.fields}
        eligibilityEditable
        slugAdvanced
        onSlugEdited={() => setSlugEdited(true)}
      />
      <fieldset class="form-section">
        <legend>{charter.internalRules ? t("apply.charterSection") : t("apply.charterOnlySection")}</legend>
        <p class="field-hint">{t("apply.charterIntro")}</p>
        <CharterDocument version={charter.charter} headingLevel={3} scrollable />
        {charter.internalRules && <CharterDocument version={charter.internalRules} headingLevel={3} scrollable />}
        <CheckboxField
          id="accept-charter"
          checked={accepted}
          onChecked={setAccepted}
          error={errors.fields.accept}
          required
        >
          {charter.internalRules
            ? t("apply.acceptBoth", { version: charter.charter.version, rules: charter.internalRules.version })
            : t("apply.acceptCharter", { version: charter.charter.version })}
        </CheckboxField>
      </fieldset>
      <fieldset class="form-section">
        <legend>{t("apply.noteSection")}</legend>
        <TextAreaField
          id="note"
          label={t("apply.note")}
          hint={t("apply.noteHint")}
          rows={3}
          maxLength={5000}
          value={note}
          onValue={setNote}
          error={errors.fields.note}
        />
      </fieldset>
      <fieldset class="form-section">
        <legend>{t("apply.documentsSection")}</legend>
        <FileField
          id="application-documents"
          label={t("apply.documentsLabel")}
          hint={t("apply.documentsHint", { size: maxSize })}
          accept={associationLimits.documentTypes}
          multiple
          onFiles={chooseDocuments}
          error={documentsError}
        />
        {documents.length > 0 && (
          <ul class="documents">
            {documents.map((file) => (
              <li key={file.name} class="document">
                <bdi>{file.name}</bdi>
                <span class="muted">{formatSize(file.size, i18n)}</span>
                <button
                  type="button"
                  class="button-quiet"
                  onClick={() => setDocuments(documents.filter((kept) => kept !== file))}
                >
                  {t("apply.removeDocument", { name: file.name })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <button type="submit" class="button" disabled={busy}>
        {busy ? t("state.sending") : t("apply.submit")}
      </button>
    </Form>
  );
}
