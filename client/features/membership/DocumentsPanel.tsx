import { useRef, useState } from "preact/hooks";
import type { ApplicationDocument } from "../../../common/applications.js";
import { associationLimits } from "../../../common/associations.js";
import { FileField } from "../../components/FileField.js";
import { Form } from "../../components/Form.js";
import { SubmitFooter } from "../../components/SubmitFooter.js";
import { useSubmit } from "../../components/useSubmit.js";
import { useI18n } from "../../i18n/index.js";
import { describeFormError } from "../../lib/form-errors.js";
import { uploadDocument } from "./api.js";
import { checkFile, formatSize } from "./files.js";
import "./membership.css";

type Props = {
  applicationId: string;
  documents: ApplicationDocument[];
  /** Representatives may add documents while the application is open. */
  canUpload: boolean;
  onUploaded?: (document: ApplicationDocument) => void;
};

/** An application's supporting documents: the list with download links, and adding one more. */
export function DocumentsPanel({ applicationId, documents, canUpload, onUploaded }: Props) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const [list, setList] = useState(documents);
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const { busy, error, run } = useSubmit();
  const full = list.length >= associationLimits.documentsPerApplication;

  const errors = describeFormError(error, i18n, {
    values: { file: file?.name ?? "" },
    codeFields: {
      PAYLOAD_TOO_LARGE: { field: "file", key: "documents.tooLarge" },
      UNSUPPORTED_MEDIA_TYPE: { field: "file", key: "documents.wrongType" },
    },
  });
  const submit = async () => {
    setAdded(null);
    const problem = file
      ? checkFile(file, associationLimits.documentTypes, associationLimits.documentMaxBytes)
      : "none";
    if (problem) {
      setLocalError(t(problem === "none" ? "documents.chooseFile" : `documents.${problem}`));
      input.current?.focus();
      return;
    }
    setLocalError(null);
    await run(async () => {
      const document = await uploadDocument(applicationId, file!);
      setList((current) => [...current, document]);
      setAdded(document.fileName);
      setFile(null);
      if (input.current) input.current.value = "";
      onUploaded?.(document);
    });
  };

  return (
    <div class="stack-small">
      {list.length === 0 ? (
        <p class="muted">{t("documents.none")}</p>
      ) : (
        <ul class="documents">
          {list.map((document) => (
            <li key={document.id} class="document">
              <a class="document-link" href={document.url} download={document.fileName}>
                <bdi>{document.fileName}</bdi>
              </a>
              <span class="muted">
                {t("documents.meta", {
                  size: formatSize(document.sizeBytes, i18n),
                  date: formatDate(document.uploadedAt),
                  name: document.uploadedBy.name,
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {canUpload && !full && (
        <Form
          onSubmit={submit}
          alert={localError ?? errors.alert}
          attempt={localError ?? error}
          label={t("documents.add")}
        >
          <FileField
            id={`document-${applicationId}`}
            label={t("documents.file")}
            hint={t("documents.hint", { size: formatSize(associationLimits.documentMaxBytes, i18n) })}
            accept={associationLimits.documentTypes}
            inputRef={input}
            onFile={(chosen) => {
              setFile(chosen);
              setLocalError(null);
            }}
            error={localError ?? errors.fields.file}
          />
          <SubmitFooter
            label={t("documents.add")}
            busy={busy}
            secondary
            done={added && t("documents.added", { name: added })}
          />
        </Form>
      )}
      {canUpload && full && <p class="muted">{t("documents.full")}</p>}
    </div>
  );
}
