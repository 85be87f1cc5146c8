// The states the complaint forms' server actions hand back (shared by the actions and the forms).
import type { DraftPhoto } from "@/lib/complaints/complaint-drafts";
import type { TTrackedComplaint } from "@/lib/complaints/track-complaint";
import type { ActionState } from "@/lib/form-state";

export interface ComplaintFormState extends ActionState {
  photos?: DraftPhoto[];
}

export interface TrackState extends ActionState {
  view?: TTrackedComplaint;
  /** What the rating just did: closed the case, or sent it back for a redo. */
  notice?: "rated" | "reopened";
  rating?: { errors?: Record<string, string>; values?: Record<string, string>; message?: string };
}
