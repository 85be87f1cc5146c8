// The "ask first" step of an act that cannot be taken back in one click (撤回, 恢复, 停用, 停止发送):
// a tick box the server checks (lib/form-state.ts confirmationMissing), so it works without
// JavaScript and a stray click does nothing.
export function ConfirmCheck({ label }: { label: string }) {
  return (
    <label className="mb-3 flex items-start gap-2">
      <input type="checkbox" name="confirm" value="yes" className="mt-1 h-5 w-5 shrink-0" />
      <span>{label}</span>
    </label>
  );
}
