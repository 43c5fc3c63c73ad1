import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { RawMailSource } from '../ports.js';

/** Raw MIME as SES's S3 action stored it. */
export class S3RawMailSource implements RawMailSource {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly prefix: string,
  ) {}

  async get(messageId: string): Promise<Uint8Array> {
    const r = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: `${this.prefix}${messageId}` }));
    return r.Body!.transformToByteArray();
  }
}
