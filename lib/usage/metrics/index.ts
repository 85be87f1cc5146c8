// Every usage metric, in the order of the page's columns. A domain adds its metric here, one line
// (documents sent and signed for, tasks on time, meeting replies on time, reports adopted, …).
import type { UsageMetric } from "../define-metric";
import { officersActiveMetric } from "./officers-active";
import { casesOnTimeMetric } from "./cases-on-time";
import { vehicleTripsMetric } from "./vehicle-trips";
import { paperPagesMetric } from "./paper-pages";
import { documentsSentMetric, documentsSignedFastMetric, meetingRepliesOnTimeMetric, reportsAdoptedMetric, tasksOnTimeMetric } from "./office-work";

export const USAGE_METRICS: UsageMetric[] = [
  officersActiveMetric,
  casesOnTimeMetric,
  documentsSentMetric,
  documentsSignedFastMetric,
  tasksOnTimeMetric,
  meetingRepliesOnTimeMetric,
  reportsAdoptedMetric,
  vehicleTripsMetric,
  paperPagesMetric,
];
