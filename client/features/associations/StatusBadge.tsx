import type { ApplicationStatus } from "../../../common/applications.js";
import type { AssociationStatus, InvitationStatus, JoinRequestStatus } from "../../../common/associations.js";
import { useI18n } from "../../i18n/index.js";

type Props =
  | { kind: "association"; status: AssociationStatus }
  | { kind: "application"; status: ApplicationStatus }
  | { kind: "invitation"; status: InvitationStatus }
  | { kind: "joinRequest"; status: JoinRequestStatus };

/** A status in words, coloured as a second cue only. */
export function StatusBadge(props: Props) {
  const { t } = useI18n();
  const label =
    props.kind === "association"
      ? t(`associationStatus.${props.status}`)
      : props.kind === "application"
        ? t(`applicationStatus.${props.status}`)
        : props.kind === "invitation"
          ? t(`invitationStatus.${props.status}`)
          : t(`joinRequestStatus.${props.status}`);
  return <span class={`badge status-${props.status}`}>{label}</span>;
}
