// The top of a filing confirmation (complaint or investor's inquiry): the tracking number, and the
// access code for the browser that filed, or where the code was given for anyone else.

export function ReceiptBanner({ title, trackingNo, accessCode, withoutCode }: { title: string; trackingNo: string; accessCode: string | null; withoutCode: string }) {
  return (
    <div className="rounded bg-green-800 p-6 text-center text-white">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-4 text-lg">受理编号</p>
      <p className="mt-1 break-all font-mono text-3xl font-bold tracking-wide sm:text-4xl sm:tracking-wider" data-testid="tracking-no">
        {trackingNo}
      </p>
      {accessCode ? (
        <>
          <p className="mt-4 text-lg">查询码（请保密）</p>
          <p className="mt-1 font-mono text-4xl font-bold tracking-[0.3em]" data-testid="access-code">
            {accessCode}
          </p>
        </>
      ) : (
        <p className="mt-4 text-lg">{withoutCode}</p>
      )}
    </div>
  );
}
