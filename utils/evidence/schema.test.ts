import { describe, expect, it } from 'vitest';
import { captureStamp, EvidenceRecordSchema } from './schema';

describe('evidence schema', () => {
  it('stamps the zone’s own offset at the instant, east of UTC', () => {
    const winter = new Date('2026-01-15T12:00:00Z');
    const summer = new Date('2026-07-15T12:00:00Z');
    expect(captureStamp(winter, 'Asia/Shanghai')).toEqual({ capturedAt: '2026-01-15T12:00:00.000Z', zone: 'Asia/Shanghai', offsetMinutes: 480 });
    expect(captureStamp(winter, 'America/St_Johns').offsetMinutes).toBe(-210);
    expect(captureStamp(summer, 'America/St_Johns').offsetMinutes).toBe(-150);
    expect(captureStamp(summer, 'UTC').offsetMinutes).toBe(0);
  });

  it('takes only http(s) addresses and lower-case hex hashes', () => {
    const base = { id: 'e1', caseId: 'c1', kind: 'qc_photo', mime: 'image/jpeg', size: 1, sha256: 'a'.repeat(64), capturedAt: '2026-03-01T00:00:00.000Z' };
    const qc = (imageUrl: string) => ({ ...base, source: { type: 'qc_photo', pageUrl: 'https://agent.example/qc', imageUrl, firstSeenAt: base.capturedAt } });
    expect(EvidenceRecordSchema.safeParse(qc('https://img.example/1.jpg')).success).toBe(true);
    expect(EvidenceRecordSchema.safeParse(qc('javascript:alert(1)')).success).toBe(false);
    expect(EvidenceRecordSchema.safeParse({ ...qc('https://img.example/1.jpg'), sha256: 'A'.repeat(64) }).success).toBe(false);
  });
});
