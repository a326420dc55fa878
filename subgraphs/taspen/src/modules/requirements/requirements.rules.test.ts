import { parseNip } from '#domain/identifiers';
import { missingDocuments, submissionRequirements, unexpectedDocuments } from './requirements.rules';

const nip = (raw: string) => {
  const parsed = parseNip(raw);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
};

const required = (raw: string) =>
  submissionRequirements('KPT', nip(raw))
    .documents.filter((d) => d.required)
    .map((d) => d.kind);

test('a KPT for a civil servant appointed after 2000 requires the SPMT (Budi, appointed 2010)', () => {
  expect(required('198503122010011001')).toEqual(['SURAT_PENGANTAR', 'KGB_TERAKHIR', 'SK_CPNS', 'SPMT']);
});

test('a KPT for one appointed before 2000 does not (Siti, appointed 1998)', () => {
  expect(required('197208151998032004')).toEqual(['SURAT_PENGANTAR', 'KGB_TERAKHIR', 'SK_CPNS']);
});

test('an appointment in 2000 itself is not after 2000, 2001 is', () => {
  expect(required('197501012000011001')).not.toContain('SPMT');
  expect(required('197501012001011001')).toContain('SPMT');
});

test('the SPMT is still listed, as optional, when it is not required', () => {
  const spmt = submissionRequirements('KPT', nip('197208151998032004')).documents.find((d) => d.kind === 'SPMT');
  expect(spmt).toEqual({ kind: 'SPMT', title: expect.any(String), required: false });
});

test('a data update needs the Surat Pengantar only', () => {
  const requirements = submissionRequirements('DATA_UPDATE', nip('198503122010011001'));
  expect(requirements.documents.filter((d) => d.required).map((d) => d.kind)).toEqual(['SURAT_PENGANTAR']);
});

test('missing and unexpected documents are named', () => {
  const kpt = submissionRequirements('KPT', nip('198503122010011001'));
  expect(missingDocuments(kpt, ['SURAT_PENGANTAR', 'KGB_TERAKHIR', 'SK_CPNS'])).toEqual(['SPMT']);
  expect(missingDocuments(kpt, ['SURAT_PENGANTAR', 'KGB_TERAKHIR', 'SK_CPNS', 'SPMT'])).toEqual([]);
  const update = submissionRequirements('DATA_UPDATE', nip('198503122010011001'));
  expect(unexpectedDocuments(update, ['SURAT_PENGANTAR', 'SPMT', 'SPMT'])).toEqual(['SPMT']);
});
