// 督办单 moved to the supervision engine (lib/supervision/supervision-orders.ts): numbered, printable, closed out.
export { answerSupervisionOrder, closeSupervisionOrder, issueSupervisionOrder } from "../supervision/supervision-orders";
