// In-memory adapters for the domain's ports: for fuzzing and properties where thousands of runs must be fast.
// Adapter behaviour on real emulators is covered by the local, e2e and trust tests.
import type { Interview, InterviewStore, Mailer, OutgoingMail, PromptSchedule, PromptScheduler, User } from '../../shared/ports.js';

export class MemoryStore implements InterviewStore {
  users = new Map<string, User>();
  interviews = new Map<string, Interview>();
  claims = new Map<string, string | undefined>();
  async getUser(email: string) {
    return this.users.get(email.toLowerCase()) ?? null;
  }
  async putUser(u: User) {
    this.users.set(u.email.toLowerCase(), u);
  }
  async listUsers() {
    return [...this.users.values()];
  }
  async getInterview(u: string, id: string) {
    const iv = this.interviews.get(`${u}|${id}`);
    return iv ? structuredClone(iv) : null;
  }
  async listInterviews(u: string) {
    return [...this.interviews.values()].filter((iv) => iv.userEmail === u).map((iv) => structuredClone(iv));
  }
  async createInterview(iv: Interview) {
    const k = `${iv.userEmail}|${iv.id}`;
    if (this.interviews.has(k)) return false;
    this.interviews.set(k, structuredClone(iv));
    return true;
  }
  async saveInterview(iv: Interview, expected: number) {
    const k = `${iv.userEmail}|${iv.id}`;
    if (this.interviews.get(k)?.version !== expected) return false;
    this.interviews.set(k, structuredClone(iv));
    return true;
  }
  async claim(u: string, key: string, _exp: number, sentAt?: string) {
    const k = `${u}|${key}`;
    if (this.claims.has(k)) return false;
    this.claims.set(k, sentAt);
    return true;
  }
  async release(u: string, key: string) {
    this.claims.delete(`${u}|${key}`);
  }
  async listSent(u: string) {
    const claims = [...this.claims.entries()].filter(([k, at]) => k.startsWith(`${u}|`) && at).map(([, at]) => at!);
    return { interviews: await this.listInterviews(u), claims };
  }
  async exportUser(email: string) {
    return (await this.listInterviews(email)) as unknown as Record<string, unknown>[];
  }
  async deleteUserData(email: string) {
    let n = 0;
    for (const k of [...this.interviews.keys()]) if (k.startsWith(`${email}|`)) (this.interviews.delete(k), n++);
    return n;
  }
}

export class MemoryMailer implements Mailer {
  sent: OutgoingMail[] = [];
  async send(m: OutgoingMail) {
    this.sent.push(m);
  }
}

export class MemoryScheduler implements PromptScheduler {
  created: (PromptSchedule & { createdAt: Date })[] = [];
  removed: string[] = [];
  constructor(private readonly now: () => Date) {}
  async create(s: PromptSchedule) {
    this.created.push({ ...s, createdAt: this.now() });
  }
  async remove(name: string) {
    this.removed.push(name);
  }
}
