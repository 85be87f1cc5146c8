// The supervised kinds. A new kind (task, incoming document, meeting reply) is one file in this
// folder and one line here; the sweeper, the board, the counts and the scorecards need no change.
import { registerSupervisionKind } from "../registry";
import { assignedTaskKind } from "./assigned-task";
import { complaintKind } from "./complaint";
import { vehicleDueKind } from "./vehicle-due";
import { meetingReplyKind } from "./meeting-reply";
import { orderKind } from "./order";
import { opinionKind } from "./opinion";
import { documentStepKind } from "../../documents/kinds/document-step-kind";
import { incomingDocumentKind } from "../../documents/kinds/incoming-document-kind";

registerSupervisionKind(complaintKind);
registerSupervisionKind(orderKind);
registerSupervisionKind(opinionKind);
registerSupervisionKind(assignedTaskKind);
registerSupervisionKind(vehicleDueKind);
registerSupervisionKind(documentStepKind);
registerSupervisionKind(incomingDocumentKind);
registerSupervisionKind(meetingReplyKind);

export { supervisionKinds, supervisionKind, registerSupervisionKind } from "../registry";
