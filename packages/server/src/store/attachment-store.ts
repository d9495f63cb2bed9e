/**
 * Evidence files of a case: stored with the size and SHA-256 the store computes, counted
 * against the case's limits under a lock of the case row, listed through the read cache.
 * @module
 */
import { createHash, randomUUID } from 'node:crypto';
import { AttachmentLimitError, CaseNotFoundError, InvalidDataError } from './errors';
import { isUuid, notifyCaseChanged, type SqlContext } from './sql-context';
import type { Attachment, AttachmentMeta, AttachmentStore, NewAttachment } from './types';

const ATTACHMENT_COLUMNS =
  'id, case_id, storage_name, original_name, media_type, size, sha256, created_at, uploaded_by_role';
const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  'text/plain': 'txt',
};

interface AttachmentRow {
  id: string;
  case_id: string;
  storage_name: string;
  original_name: string;
  media_type: string;
  size: number;
  sha256: string;
  created_at: Date;
  uploaded_by_role: string;
  data?: Uint8Array;
}

function toAttachmentMeta(row: AttachmentRow): AttachmentMeta {
  return {
    id: row.id,
    caseId: row.case_id,
    storageName: row.storage_name,
    originalName: row.original_name,
    mediaType: row.media_type,
    size: row.size,
    sha256: row.sha256,
    createdAt: row.created_at,
    uploadedByRole: row.uploaded_by_role,
  };
}

/** The attachment capability of the SQL store. */
export function createAttachmentStore({ db, now, channel, cached, invalidate }: SqlContext): AttachmentStore {
  /** The write of {@link AttachmentStore.putAttachment}: counted under the case row's lock. */
  function insertAttachment(
    input: NewAttachment,
    id: string,
    storageName: string,
    sha256: string,
    size: number,
    at: Date,
  ): Promise<AttachmentMeta> {
    return db.transaction(async (tx) => {
      // Locks the case row so concurrent uploads are counted one after the other.
      const found = await tx.query('SELECT 1 AS ok FROM cases WHERE id = $1::uuid FOR UPDATE', [
        input.caseId,
      ]);
      if (found.length === 0) throw new CaseNotFoundError(input.caseId);
      if (input.limits) {
        const [t] = await tx.query<{ count: number; bytes: string | number }>(
          'SELECT count(*)::int AS count, COALESCE(sum(size), 0)::bigint AS bytes FROM attachments WHERE case_id = $1::uuid',
          [input.caseId],
        );
        if ((t?.count ?? 0) + 1 > input.limits.maxCount) {
          throw new AttachmentLimitError('count', input.limits.maxCount);
        }
        if (Number(t?.bytes ?? 0) + size > input.limits.maxBytes) {
          throw new AttachmentLimitError('bytes', input.limits.maxBytes);
        }
      }
      const rows = await tx.query<AttachmentRow>(
        `INSERT INTO attachments (id, case_id, storage_name, original_name, media_type, size, sha256, data,
                                  created_at, uploaded_by_role)
         VALUES ($1::uuid, $2::uuid, $3, $4, $5, $6::int, $7, $8::bytea, $9::timestamptz, $10)
         RETURNING ${ATTACHMENT_COLUMNS}`,
        [
          id,
          input.caseId,
          storageName,
          input.originalName,
          input.mediaType,
          size,
          sha256,
          input.data,
          at.toISOString(),
          input.uploadedByRole,
        ],
      );
      await notifyCaseChanged(tx, channel, input.caseId);
      return toAttachmentMeta(rows[0]!);
    });
  }

  return {
    async putAttachment(input: NewAttachment): Promise<AttachmentMeta> {
      if (!isUuid(input.caseId)) throw new CaseNotFoundError(input.caseId);
      const id = input.id ?? randomUUID();
      if (!isUuid(id)) throw new InvalidDataError('attachment id must be a UUID');
      const storageName = `${id.toLowerCase()}.${EXTENSIONS[input.mediaType] ?? 'bin'}`;
      const sha256 = createHash('sha256').update(input.data).digest('hex');
      const size = input.data.byteLength;
      const at = now();
      try {
        return await insertAttachment(input, id, storageName, sha256, size, at);
      } finally {
        invalidate(input.caseId);
      }
    },

    async getAttachment(caseId, id): Promise<Attachment | null> {
      if (!isUuid(caseId) || !isUuid(id)) return null;
      const rows = await db.query<AttachmentRow>(
        `SELECT ${ATTACHMENT_COLUMNS}, data FROM attachments WHERE id = $1::uuid AND case_id = $2::uuid`,
        [id, caseId],
      );
      const row = rows[0];
      return row ? { ...toAttachmentMeta(row), data: row.data! } : null;
    },

    async listAttachments(caseId) {
      if (!isUuid(caseId)) return [];
      return cached(caseId, 'attachments', async () => {
        const rows = await db.query<AttachmentRow>(
          `SELECT ${ATTACHMENT_COLUMNS} FROM attachments WHERE case_id = $1::uuid ORDER BY created_at, id`,
          [caseId],
        );
        return rows.map(toAttachmentMeta);
      });
    },

    async caseAttachmentTotals(caseId) {
      if (!isUuid(caseId)) return { count: 0, bytes: 0 };
      const [t] = await db.query<{ count: number; bytes: string | number }>(
        'SELECT count(*)::int AS count, COALESCE(sum(size), 0)::bigint AS bytes FROM attachments WHERE case_id = $1::uuid',
        [caseId],
      );
      return { count: t?.count ?? 0, bytes: Number(t?.bytes ?? 0) };
    },
  };
}
