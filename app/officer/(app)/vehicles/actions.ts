"use server";
// The vehicle pages' forms. Each parses nothing itself: it hands the form to one lib function
// with the signed-in actor, then goes on to the page that shows the result, or answers the
// form's state (field messages, what was typed) so the form shows them; all work without JavaScript.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { failureState, formValues, type ActionState } from "@/lib/form-state";
import { approveBooking, bookVehicle, cancelBooking, refuseBooking } from "@/lib/vehicles/booking-flow";
import { assignVehicle } from "@/lib/vehicles/assign-vehicle";
import { markArrival, markDeparture, markReturn } from "@/lib/vehicles/record-trip";
import { createVehicle, setVehicleStatus } from "@/lib/vehicles/manage-fleet";
import { addVehicleDue, completeVehicleDue } from "@/lib/vehicles/vehicle-dues";

const field = (formData: FormData, key: string) => String(formData.get(key) ?? "");
const version = (formData: FormData) => (formData.get("version") ? Number(formData.get("version")) : undefined);

export async function bookVehicleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const values = formValues(formData);
  let id: string;
  try {
    id = (await bookVehicle({ actor, input: Object.fromEntries(formData), idempotencyKey: field(formData, "key") })).id;
  } catch (err) {
    return failureState(err, values);
  }
  revalidatePath("/officer/vehicles");
  redirect(`/officer/vehicles/bookings/${id}?done=booked`);
}

export async function approveBookingAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const id = field(formData, "bookingId");
  try {
    await approveBooking({ actor, bookingId: id, expectedVersion: version(formData) });
  } catch (err) {
    return failureState(err, {});
  }
  revalidatePath("/officer/vehicles");
  redirect(`/officer/vehicles/bookings/${id}?done=approved`);
}

export async function refuseBookingAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const id = field(formData, "bookingId");
  try {
    await refuseBooking({ actor, bookingId: id, expectedVersion: version(formData), input: { reason: field(formData, "reason") } });
  } catch (err) {
    return failureState(err, formValues(formData));
  }
  revalidatePath("/officer/vehicles");
  redirect(`/officer/vehicles/bookings/${id}?done=refused`);
}

export async function assignVehicleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const id = field(formData, "bookingId");
  try {
    await assignVehicle({ actor, bookingId: id, expectedVersion: version(formData), input: { vehicleId: field(formData, "vehicleId"), driverId: field(formData, "driverId") } });
  } catch (err) {
    return failureState(err, formValues(formData));
  }
  revalidatePath("/officer/vehicles");
  redirect(`/officer/vehicles/bookings/${id}?done=assigned`);
}

export async function cancelBookingAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const id = field(formData, "bookingId");
  if (formData.get("confirm") !== "yes") return { message: "请先勾选“我确认取消这次用车”，再提交。" };
  try {
    await cancelBooking({ actor, bookingId: id, expectedVersion: version(formData) });
  } catch (err) {
    return failureState(err, {});
  }
  revalidatePath("/officer/vehicles");
  redirect(`/officer/vehicles/bookings/${id}?done=cancelled`);
}

const TRIP_MARKS = { depart: markDeparture, arrive: markArrival, return: markReturn } as const;

export async function tripMarkAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const id = field(formData, "bookingId");
  const mark = field(formData, "mark") as keyof typeof TRIP_MARKS;
  const fn = TRIP_MARKS[mark];
  if (!fn) return { message: "请刷新页面后重试。" };
  try {
    await fn({ actor, bookingId: id, expectedVersion: version(formData), input: Object.fromEntries(formData) });
  } catch (err) {
    return failureState(err, formValues(formData));
  }
  revalidatePath("/officer/vehicles/trips");
  redirect(`/officer/vehicles/trips/${id}?done=${mark}`);
}

export async function createVehicleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  let id: string;
  try {
    id = (await createVehicle({ actor, input: Object.fromEntries(formData) })).id;
  } catch (err) {
    return failureState(err, formValues(formData));
  }
  revalidatePath("/officer/vehicles/fleet");
  redirect(`/officer/vehicles/fleet/${id}?done=created`);
}

export async function vehicleStatusAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const id = field(formData, "vehicleId");
  try {
    await setVehicleStatus({ actor, vehicleId: id, input: { status: field(formData, "status") } });
  } catch (err) {
    return failureState(err, formValues(formData));
  }
  revalidatePath("/officer/vehicles/fleet");
  redirect(`/officer/vehicles/fleet/${id}?done=status`);
}

export async function addDueAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const id = field(formData, "vehicleId");
  try {
    await addVehicleDue({ actor, vehicleId: id, input: Object.fromEntries(formData) });
  } catch (err) {
    return failureState(err, formValues(formData));
  }
  revalidatePath(`/officer/vehicles/fleet/${id}`);
  redirect(`/officer/vehicles/fleet/${id}?done=due`);
}

export async function completeDueAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const id = field(formData, "vehicleId");
  try {
    await completeVehicleDue({ actor, dueId: field(formData, "dueId"), note: field(formData, "note") });
  } catch (err) {
    return failureState(err, {});
  }
  revalidatePath(`/officer/vehicles/fleet/${id}`);
  redirect(`/officer/vehicles/fleet/${id}?done=due-completed`);
}
