import { useState } from "preact/hooks";
import type { ReceiptCheck as ReceiptAnswer, VoteDetail } from "../../../common/votes.js";
import { Form } from "../../components/Form.js";
import { TextField } from "../../components/TextField.js";
import { useSubmit } from "../../components/useSubmit.js";
import { useI18n } from "../../i18n/index.js";
import { errorMessage } from "../../lib/form-errors.js";
import { fetchReceipt } from "./api.js";
import { choiceText } from "./format.js";

/** «التحقق من ورقة»: anyone holding a receipt code checks that its ballot is among those counted. */
export function ReceiptCheck({ vote }: { vote: VoteDetail }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [code, setCode] = useState("");
  const [answer, setAnswer] = useState<ReceiptAnswer | null>(null);
  const { busy, error, run } = useSubmit();
  const submit = () => {
    const trimmed = code.trim();
    if (!trimmed) return;
    setAnswer(null);
    void run(async () => setAnswer(await fetchReceipt(vote.id, trimmed)));
  };
  return (
    <section class="card vote-receipt-check" aria-labelledby="receipt-check-title">
      <h2 id="receipt-check-title">{t("votes.receipt.checkTitle")}</h2>
      <p>{t("votes.receipt.checkIntro")}</p>
      <Form onSubmit={submit} alert={error ? errorMessage(error, i18n) : null} attempt={error}>
        <TextField
          id="receipt-code"
          label={t("votes.receipt.code")}
          value={code}
          onValue={setCode}
          autoComplete="off"
          dir="ltr"
        />
        <div class="form-footer">
          <button type="submit" class="button button-secondary" disabled={busy}>
            {t("votes.receipt.check")}
          </button>
          <div class="form-status" role="status">
            {answer && (
              <>
                <p>
                  {!answer.found
                    ? t("votes.receipt.notFound")
                    : answer.counted
                      ? t("votes.receipt.counted")
                      : t("votes.receipt.pending")}
                </p>
                {answer.found && answer.choice && (
                  <p>{t("votes.receipt.choice", { choice: choiceText(answer.choice, vote.options, i18n) })}</p>
                )}
              </>
            )}
          </div>
        </div>
      </Form>
    </section>
  );
}
