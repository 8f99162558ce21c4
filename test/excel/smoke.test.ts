import { ok, setUp } from './support';

it('creates the workbook in an empty Excel and reads it back', async () => {
  const { host, gateway } = setUp();
  const created = await gateway.createOrUpdate('da');
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  console.log(
    created.report,
    host.snapshot().sheets.map((s: { name: string }) => s.name),
  );
  const view = ok(await gateway.load());
  expect(view.parts.complete).toBe(true);
  expect(view.analysis?.coverage.areas).toHaveLength(13);
  const again = await gateway.createOrUpdate('da');
  console.log(again.ok && again.report);
});
