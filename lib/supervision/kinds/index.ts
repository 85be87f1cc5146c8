// The supervised kinds. A new kind (task, incoming document, meeting reply) is one file in this
// folder and one line here; the sweeper, the board, the counts and the scorecards need no change.
import { registerSupervisionKind } from "../registry";
import { complaintKind } from "./complaint";
import { opinionKind } from "./opinion";

registerSupervisionKind(complaintKind);
registerSupervisionKind(opinionKind);

export { supervisionKinds, supervisionKind, registerSupervisionKind } from "../registry";
