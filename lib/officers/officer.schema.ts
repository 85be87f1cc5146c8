// Input schemas for the authorized list, shared by the server actions and the forms. The
// password's strength (which needs the person's name) is checked by the lib function.
import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "../auth/password";

export const DUTIES = ["DOCUMENT_CLERK", "SEAL_KEEPER", "INFO_OFFICER", "MEETING_ORGANISER"] as const;

/** Ticked duty boxes: none, one (a string) or several; each once, in the list's order. */
const duties = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.enum(DUTIES, { message: "请选择有效的职责" })).transform((picked) => DUTIES.filter((d) => picked.includes(d))),
);

const ROLES = ["HANDLER", "DEPARTMENT_HEAD", "SUPERVISOR", "CONTENT_EDITOR", "TRACE_OPERATOR", "ADMIN", "DISPATCHER", "LEADER", "OFFICE_STAFF", "DRIVER", "CALLBACK_OPERATOR"] as const;

const password = z.string().min(1, "请设置初始密码").min(MIN_PASSWORD_LENGTH, `密码至少需要${MIN_PASSWORD_LENGTH}位`);

export const ZCreateOfficerInput = z.object({
  username: z
    .string()
    .trim()
    .min(1, "请填写登录名")
    .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, "登录名应为3至32位小写字母、数字、点、下划线或连字符"),
  name: z.string().trim().min(1, "请填写姓名").max(20, "姓名不能超过20个字"),
  phone: z
    .string()
    .trim()
    .refine((v) => v === "" || /^1\d{10}$/.test(v), "手机号应为11位数字，以1开头")
    .transform((v) => v || null),
  role: z.enum(ROLES, { message: "请选择角色" }),
  departmentId: z.string().min(1, "请选择所属部门"),
  duties,
  password,
});
export type TCreateOfficerInput = z.infer<typeof ZCreateOfficerInput>;

export const ZUpdateOfficerInput = z.object({
  officerId: z.string().min(1),
  role: z.enum(ROLES, { message: "请选择角色" }),
  departmentId: z.string().min(1, "请选择所属部门"),
  phone: ZCreateOfficerInput.shape.phone,
  duties,
});
export type TUpdateOfficerInput = z.infer<typeof ZUpdateOfficerInput>;

export const ZResetPasswordInput = z.object({
  officerId: z.string().min(1),
  password,
});
export type TResetPasswordInput = z.infer<typeof ZResetPasswordInput>;

export const ZChangeOwnPasswordInput = z
  .object({
    currentPassword: z.string().min(1, "请填写当前密码"),
    newPassword: z.string().min(1, "请填写新密码"),
    confirmPassword: z.string().min(1, "请再次填写新密码"),
  })
  .superRefine((value, ctx) => {
    if (value.newPassword && value.confirmPassword && value.newPassword !== value.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "两次填写的新密码不一致" });
    }
  });
export type TChangeOwnPasswordInput = z.infer<typeof ZChangeOwnPasswordInput>;
