"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { failureState, formValues, type ActionState } from "@/lib/form-state";
import { userMessageOf } from "@/lib/errors";
import { importPublicHolidays } from "@/lib/settings/import-public-holidays";
import { removeCalendarDay } from "@/lib/settings/remove-calendar-day";
import { saveCalendarDay } from "@/lib/settings/save-calendar-day";
import { updateCategoryMapping } from "@/lib/settings/update-category-mapping";
import { updateSlaClass } from "@/lib/settings/update-sla-class";

export async function updateSlaClassAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  let id: string;
  try {
    id = (await updateSlaClass({ actor, input: Object.fromEntries(formData) })).id;
  } catch (err) {
    return failureState(err, formValues(formData));
  }
  redirect(`/officer/settings/sla?saved=${encodeURIComponent(id)}`);
}

export async function updateCategoryMappingAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  let id: string;
  try {
    id = (await updateCategoryMapping({ actor, input: Object.fromEntries(formData) })).id;
  } catch (err) {
    return failureState(err, formValues(formData));
  }
  redirect(`/officer/settings/categories?saved=${encodeURIComponent(id)}`);
}

export async function saveCalendarDayAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  let saved: { date: string; isCreated: boolean };
  try {
    saved = await saveCalendarDay({ actor, input: Object.fromEntries(formData) });
  } catch (err) {
    return failureState(err, formValues(formData));
  }
  redirect(`/officer/settings/calendar?year=${saved.date.slice(0, 4)}&saved=${saved.date}`);
}

// Plain form posts without a form state: the outcome travels in the address as fixed codes.
export async function removeCalendarDayAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const date = String(formData.get("date") ?? "");
  let outcome: string;
  try {
    await removeCalendarDay({ actor, date });
    outcome = `removed=${date}`;
  } catch (err) {
    console.error(userMessageOf(err), err);
    outcome = "failed=remove";
  }
  redirect(`/officer/settings/calendar?year=${encodeURIComponent(date.slice(0, 4))}&${outcome}`);
}

export async function importPublicHolidaysAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const year = String(formData.get("year") ?? "");
  let outcome: string;
  try {
    const result = await importPublicHolidays({ actor, year });
    outcome = `imported=${result.added}&kept=${result.kept}`;
  } catch (err) {
    console.error(userMessageOf(err), err);
    outcome = "failed=import";
  }
  redirect(`/officer/settings/calendar?year=${encodeURIComponent(year)}&${outcome}`);
}
