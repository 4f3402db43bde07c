import { useRef, useState } from "preact/hooks";
import { associationLimits } from "../../../common/associations.js";
import { ConfirmButton } from "../../components/ConfirmButton.js";
import { FileField } from "../../components/FileField.js";
import { Form } from "../../components/Form.js";
import { useSubmit } from "../../components/useSubmit.js";
import { useI18n } from "../../i18n/index.js";
import { describeFormError } from "../../lib/form-errors.js";
import { Logo } from "../associations/Logo.js";
import { deleteLogo, putLogo } from "./api.js";
import { checkFile, formatSize } from "./files.js";
import "../../components/forms.css";
import "../associations/associations.css";
import "./membership.css";

/** The association's logo: PNG, JPEG or WebP up to 1 MB (checked here first, decided by the server). */
export function LogoSection({ slug, name, logoUrl }: { slug: string; name: string; logoUrl: string | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [current, setCurrent] = useState(logoUrl);
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const { busy, error, run } = useSubmit();
  const errors = describeFormError(error, i18n, {
    values: { logo: file?.name ?? "" },
    codeFields: {
      PAYLOAD_TOO_LARGE: { field: "logo", key: "logo.tooLarge" },
      UNSUPPORTED_MEDIA_TYPE: { field: "logo", key: "logo.wrongType" },
    },
  });

  const submit = async () => {
    setDone(false);
    const problem = file ? checkFile(file, associationLimits.logoTypes, associationLimits.logoMaxBytes) : "none";
    if (problem) {
      setLocalError(t(problem === "none" ? "logo.chooseFile" : `logo.${problem}`));
      input.current?.focus();
      return;
    }
    setLocalError(null);
    const ok = await run(async () => {
      const answer = await putLogo(slug, file!);
      setCurrent(answer.logoUrl);
      setFile(null);
      if (input.current) input.current.value = "";
    });
    setDone(ok);
  };

  return (
    <section class="card" id="logo" aria-labelledby="logo-title">
      <h2 id="logo-title">{t("logo.title")}</h2>
      <div class="logo-row">
        <Logo url={current} name={name} size="large" />
        <p class="muted">{current ? t("logo.current") : t("logo.none")}</p>
      </div>
      <Form onSubmit={submit} alert={localError ?? errors.alert} attempt={localError ?? error} label={t("logo.title")}>
        <FileField
          id="logo-file"
          label={t("logo.file")}
          hint={t("logo.hint", { size: formatSize(associationLimits.logoMaxBytes, i18n) })}
          accept={associationLimits.logoTypes}
          inputRef={input}
          onFile={(chosen) => {
            setFile(chosen);
            setLocalError(null);
            setDone(false);
          }}
          error={localError ?? errors.fields.logo}
        />
        <div class="form-footer">
          <button type="submit" class="button button-secondary" disabled={busy}>
            {t("logo.upload")}
          </button>
          {current && (
            <ConfirmButton
              label={t("logo.remove")}
              title={t("logo.removeTitle")}
              body={<p>{t("logo.removeBody")}</p>}
              confirmLabel={t("logo.remove")}
              danger
              action={async () => setCurrent((await deleteLogo(slug)).logoUrl)}
            />
          )}
          <p class="form-status" role="status">
            {done ? t("logo.saved") : ""}
          </p>
        </div>
      </Form>
    </section>
  );
}
