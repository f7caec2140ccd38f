import { db } from '@/utils/db/index';
import { kindOfFile } from '@/utils/evidence/kind';
import type { EvidenceKind } from '@/utils/evidence/schema';
import { addEvidence } from '@/utils/evidence/store';

/** Stores picked or dropped files as evidence of a case, each with its own name and date. */
export async function attachFiles(caseId: string, files: Iterable<File>, wanted?: { itemId: string; kinds: readonly EvidenceKind[] }): Promise<void> {
  for (const file of files) {
    await addEvidence(db(), file, {
      caseId,
      kind: kindOfFile(file.type, wanted?.kinds),
      source: { type: 'file', name: file.name.slice(0, 255) || 'file', ...(file.lastModified ? { lastModified: new Date(file.lastModified).toISOString() } : {}) },
      ...(wanted ? { fulfils: [wanted.itemId] } : {}),
      ...(file.type ? {} : { mime: 'application/octet-stream' }),
    });
  }
}
