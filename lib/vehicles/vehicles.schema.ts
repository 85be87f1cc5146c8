// The vehicle domain's form inputs, shared by the server actions and the lib functions.
import { z } from "zod";
import { isValidPlate, normalizePlate, PLATE_HINT } from "./plate";
import { YUAN, yuanToFen } from "./money";

const text = (label: string, max: number) => z.string({ message: `请填写${label}` }).trim().min(1, `请填写${label}`).max(max, `${label}不能超过${max}个字`);
const optionalText = (label: string, max: number) => z.string().trim().max(max, `${label}不能超过${max}个字`).optional().transform((v) => (v ? v : null));

/** A Beijing wall-clock time from a datetime-local input ("2026-12-01T09:00"). */
const beijingTime = (label: string) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .regex(/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}$/, `${label}应为日期和时间，例如 2026-12-01 09:00`)
    .transform((v, ctx) => {
      const d = new Date(`${v.replace(" ", "T")}:00+08:00`);
      if (Number.isNaN(d.getTime())) {
        ctx.addIssue({ code: "custom", message: `${label}不是有效的时间` });
        return z.NEVER;
      }
      return d;
    });

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .regex(/^\d+$/, `${label}应为整数`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${label}应在${min}至${max}之间`);

export const ZVehicleInput = z.object({
  plate: z
    .string({ message: "请填写车牌号" })
    .transform(normalizePlate)
    .refine((p) => p.length > 0, "请填写车牌号")
    .refine(isValidPlate, `车牌号格式不正确，${PLATE_HINT}`),
  type: z.enum(["SEDAN", "SUV", "MPV", "BUS", "VAN", "PICKUP"], { message: "请选择车型" }),
  seats: wholeNumber("座位数", 1, 80),
  odometerKm: wholeNumber("当前里程", 0, 2_000_000),
  note: optionalText("备注", 200),
});
export type TVehicleInput = z.infer<typeof ZVehicleInput>;

export const ZVehicleStatusInput = z.object({
  status: z.enum(["AVAILABLE", "MAINTENANCE", "RETIRED"], { message: "请选择状态" }),
});

export const ZBookingInput = z
  .object({
    startAt: beijingTime("出发时间"),
    endAt: beijingTime("返回时间"),
    fromPlace: text("出发地", 100),
    toPlace: text("目的地", 100),
    passengerCount: wholeNumber("乘车人数", 1, 60),
    passengerNames: text("乘车人员", 300),
    reason: text("用车事由", 500),
  })
  .superRefine((v, ctx) => {
    // zod runs object refinements even when a field failed; only compare what parsed.
    if (v.startAt instanceof Date && v.endAt instanceof Date) {
      if (v.endAt <= v.startAt) ctx.addIssue({ code: "custom", path: ["endAt"], message: "返回时间应晚于出发时间" });
      else if (v.endAt.getTime() - v.startAt.getTime() > 7 * 86_400_000) ctx.addIssue({ code: "custom", path: ["endAt"], message: "一次用车不能超过7天" });
    }
    if (typeof v.passengerNames === "string" && typeof v.passengerCount === "number") {
      const names = v.passengerNames.split(/[,，、;；\s]+/).filter(Boolean);
      if (names.length > v.passengerCount) ctx.addIssue({ code: "custom", path: ["passengerNames"], message: `填写了${names.length}位乘车人员，多于乘车人数${v.passengerCount}人` });
    }
  });
export type TBookingInput = z.infer<typeof ZBookingInput>;

export const ZRefuseInput = z.object({ reason: text("不批准的理由", 300) });

export const ZAssignInput = z.object({
  vehicleId: z.string({ message: "请选择车辆" }).trim().min(1, "请选择车辆"),
  driverId: z.string({ message: "请选择驾驶员" }).trim().min(1, "请选择驾驶员"),
});

const coordinate = (min: number, max: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .refine((n) => n === null || (Number.isFinite(n) && n >= min && n <= max), "位置数据无效");

/** The browser's position, when the driver allowed it (hidden fields; all empty otherwise). */
export const ZPosition = z
  .object({ lat: coordinate(-90, 90), lng: coordinate(-180, 180), accuracy: coordinate(0, 100_000) })
  .transform((p) => (p.lat === null || p.lng === null ? null : { lat: p.lat, lng: p.lng, accuracy: p.accuracy }));

export const ZDepartInput = z.object({ odometer: wholeNumber("出车里程", 0, 2_000_000) });

const cost = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => v ?? "")
    .refine((v) => v === "" || YUAN.test(v), `${label}应为金额（元），最多两位小数，例如 120.50`)
    .transform((v) => (v === "" ? 0 : yuanToFen(v)));

export const ZReturnInput = z.object({
  odometer: wholeNumber("回车里程", 0, 2_000_000),
  fuel: cost("油费"),
  toll: cost("过路费"),
  parking: cost("停车费"),
});

const dateOnly = z
  .string()
  .trim()
  .optional()
  .transform((v) => v ?? "")
  .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00+08:00`))), "到期日期应为日期，例如 2027-03-31")
  .transform((v) => (v === "" ? null : new Date(`${v}T00:00:00+08:00`)));

export const ZDueInput = z
  .object({
    kind: z.enum(["INSPECTION", "INSURANCE", "SERVICE"], { message: "请选择事项" }),
    dueDate: dateOnly,
    dueOdometerKm: z
      .string()
      .trim()
      .optional()
      .transform((v) => v ?? "")
      .refine((v) => v === "" || /^\d{1,7}$/.test(v), "到期里程应为整数（公里）")
      .transform((v) => (v === "" ? null : Number(v))),
    note: optionalText("说明", 200),
  })
  .superRefine((v, ctx) => {
    if (v.dueDate === null && v.dueOdometerKm === null) ctx.addIssue({ code: "custom", path: ["dueDate"], message: "请填写到期日期或到期里程（至少一项）" });
    if (v.kind !== "SERVICE" && v.dueDate === null) ctx.addIssue({ code: "custom", path: ["dueDate"], message: "年检和保险续保请填写到期日期" });
  });

export const ZMonth = z.string().trim().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "请按“2026-11”的格式选择月份");
