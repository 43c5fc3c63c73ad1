// InterviewStore on one DynamoDB table (pk/sk), conditional single-item writes only (no transactions: dynalite lacks them).
//   USER#<email> / PROFILE          the user
//   USER#<email> / INT#<id>         an interview (the whole record as one JSON attribute, plus a version)
//   USER#<email> / CLAIM#<key>      a one-time marker (an email sent, a message applied)
//   USER#<email> / QUOTA#<day>      emails sent that day
import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  ScanCommand,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import type { Interview, InterviewStore, User } from '../ports.js';

const userPk = (email: string) => `USER#${email.toLowerCase()}`;
const s = (v: string): AttributeValue => ({ S: v });
const n = (v: number): AttributeValue => ({ N: String(v) });

function isConditionFailure(err: unknown): boolean {
  return err instanceof ConditionalCheckFailedException || (typeof err === 'object' && err !== null && (err as { name?: string }).name === 'ConditionalCheckFailedException');
}

export class DynamoDbInterviewStore implements InterviewStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly table: string,
  ) {}

  async getUser(email: string): Promise<User | null> {
    const r = await this.client.send(new GetItemCommand({ TableName: this.table, Key: { pk: s(userPk(email)), sk: s('PROFILE') }, ConsistentRead: true }));
    return r.Item ? { email: r.Item.email.S!, timeZone: r.Item.timeZone.S! } : null;
  }

  async putUser(user: User): Promise<void> {
    await this.client.send(
      new PutItemCommand({
        TableName: this.table,
        Item: { pk: s(userPk(user.email)), sk: s('PROFILE'), email: s(user.email.toLowerCase()), timeZone: s(user.timeZone), kind: s('user') },
      }),
    );
  }

  async listUsers(): Promise<User[]> {
    const out: User[] = [];
    let start: Record<string, AttributeValue> | undefined;
    do {
      const r = await this.client.send(
        new ScanCommand({ TableName: this.table, FilterExpression: 'sk = :p', ExpressionAttributeValues: { ':p': s('PROFILE') }, ExclusiveStartKey: start }),
      );
      for (const it of r.Items ?? []) out.push({ email: it.email.S!, timeZone: it.timeZone.S! });
      start = r.LastEvaluatedKey;
    } while (start);
    return out.sort((a, b) => a.email.localeCompare(b.email));
  }

  async getInterview(userEmail: string, id: string): Promise<Interview | null> {
    const r = await this.client.send(new GetItemCommand({ TableName: this.table, Key: { pk: s(userPk(userEmail)), sk: s(`INT#${id}`) }, ConsistentRead: true }));
    return r.Item?.data?.S ? (JSON.parse(r.Item.data.S) as Interview) : null;
  }

  async listInterviews(userEmail: string): Promise<Interview[]> {
    const out: Interview[] = [];
    let start: Record<string, AttributeValue> | undefined;
    do {
      const r = await this.client.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
          ExpressionAttributeValues: { ':pk': s(userPk(userEmail)), ':p': s('INT#') },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      for (const it of r.Items ?? []) if (it.data?.S) out.push(JSON.parse(it.data.S));
      start = r.LastEvaluatedKey;
    } while (start);
    return out;
  }

  private item(iv: Interview): Record<string, AttributeValue> {
    return { pk: s(userPk(iv.userEmail)), sk: s(`INT#${iv.id}`), kind: s('interview'), data: s(JSON.stringify(iv)), version: n(iv.version), expiresAt: n(iv.expiresAt) };
  }

  async createInterview(iv: Interview): Promise<boolean> {
    try {
      await this.client.send(new PutItemCommand({ TableName: this.table, Item: this.item(iv), ConditionExpression: 'attribute_not_exists(pk)' }));
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw err;
    }
  }

  async saveInterview(iv: Interview, expectedVersion: number): Promise<boolean> {
    try {
      await this.client.send(
        new PutItemCommand({ TableName: this.table, Item: this.item(iv), ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': n(expectedVersion) } }),
      );
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw err;
    }
  }

  async claim(userEmail: string, key: string, expiresAt: number, sentAt?: string): Promise<boolean> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.table,
          Item: { pk: s(userPk(userEmail)), sk: s(`CLAIM#${key}`), kind: s('claim'), expiresAt: n(expiresAt), ...(sentAt ? { sentAt: s(sentAt) } : {}) },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw err;
    }
  }

  async release(userEmail: string, key: string): Promise<void> {
    await this.client.send(new DeleteItemCommand({ TableName: this.table, Key: { pk: s(userPk(userEmail)), sk: s(`CLAIM#${key}`) } }));
  }

  async listSent(userEmail: string): Promise<{ interviews: Interview[]; claims: string[] }> {
    const interviews: Interview[] = [];
    const claims: string[] = [];
    for (const it of await this.allItems(userEmail)) {
      if (it.sk.S!.startsWith('INT#') && it.data?.S) interviews.push(JSON.parse(it.data.S));
      else if (it.sentAt?.S) claims.push(it.sentAt.S);
    }
    return { interviews, claims };
  }

  private async allItems(email: string): Promise<Record<string, AttributeValue>[]> {
    const out: Record<string, AttributeValue>[] = [];
    let start: Record<string, AttributeValue> | undefined;
    do {
      const r = await this.client.send(
        new QueryCommand({ TableName: this.table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': s(userPk(email)) }, ExclusiveStartKey: start }),
      );
      out.push(...(r.Items ?? []));
      start = r.LastEvaluatedKey;
    } while (start);
    return out;
  }

  async exportUser(email: string): Promise<Record<string, unknown>[]> {
    return (await this.allItems(email)).map((it) => {
      const o: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(it)) o[k] = k === 'data' && v.S ? JSON.parse(v.S) : (v.S ?? (v.N !== undefined ? Number(v.N) : v));
      return o;
    });
  }

  async deleteUserData(email: string): Promise<number> {
    const items = await this.allItems(email);
    for (const it of items) await this.client.send(new DeleteItemCommand({ TableName: this.table, Key: { pk: it.pk, sk: it.sk } }));
    return items.length;
  }
}
