// 督办看板: moved to the supervision engine (lib/supervision/supervision-board.ts), which reads every kind.
export { getSupervisionBoard } from "../supervision/supervision-board";
