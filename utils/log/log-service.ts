/**
 * The usage log in the background: receives events and visit reports from content scripts (checked, batched,
 * acknowledged once stored), prepares exports for the popup (today's visits written into the chain, the
 * identity in force), and applies retention. Every record gets the context the policy in force allows
 * (append-context.ts, identity.ts). The background's entry point only routes messages and alarms here.
 */
import { CONTENT_TO_BG_VISIT, isPrepareExport, type PrepareExportReply, type UsageEvent, type VisitReport } from '../messaging';
import type { PolicyState } from '../policy/load';
import type { LoggingSettings } from '../policy/schema';
import { readPolicyState } from '../policy/policy-store';
import type { KeyValueArea } from '../storage-area';
import { receiveVisit } from '../visits/receive-visit';
import { appendContext, classifySite, loggingSettings } from './append-context';
import { createBatcher, type BatcherOptions } from './append-batcher';
import { localDay } from './day';
import { pseudonymSource, resolveIdentity } from './identity';
import { openLogStore, retentionCutoff, type AppendContext, type LogStore, type StoredEvent } from './log-store';
import { receiveEvent, type SenderInfo } from './receive-event';

/** What the log service needs from the browser; the background passes real ones, tests pass fakes. */
export interface LogServiceDeps {
  extensionId: string;
  extensionVersion: string;
  /** The origin of the extension's own pages (`chrome-extension://<id>`), whose messages may prepare exports. */
  extensionOrigin: string;
  /** storage.local: the published policy state, and this install's pseudonym. */
  local: KeyValueArea;
  /** The browser profile's e-mail address, when the browser gives it (see identity.ts). */
  profileEmail?: () => Promise<string | undefined>;
  openStore?: (writer: AppendContext) => Promise<LogStore>;
  now?: () => number;
  batch?: BatcherOptions;
}

/** The usage log as the background runs it. */
export interface LogService {
  /** Answers a message for the log (event, visit report, export preparation); other messages get a refusal. */
  receive(message: unknown, sender: SenderInfo): Promise<unknown>;
  /** Writes the visits of past days into the chain, then removes records past the policy's retention. */
  applyRetention(): Promise<number>;
}

/** What the policy in force gives the log, read once per batch. */
interface InForce {
  state: PolicyState | undefined;
  settings: LoggingSettings;
  context: AppendContext;
}

/** Adds what the background knows to an event: the site's status and category; drops an excerpt the policy does not ask for. */
export function enrichEvent(event: UsageEvent, inForce: Pick<InForce, 'state' | 'settings'>): StoredEvent {
  const site = classifySite(inForce.state, event.site);
  const stored: StoredEvent = { ...event, siteStatus: event.siteStatus ?? (site.siteStatus as UsageEvent['siteStatus']), siteCategory: site.siteCategory };
  if (inForce.settings.excerpt !== 'redacted') delete stored.excerpt;
  return stored;
}

/** Creates the background's log service. Nothing is opened until the first message or alarm. */
export function createLogService(deps: LogServiceDeps): LogService {
  const now = deps.now ?? Date.now;
  const pseudonym = pseudonymSource(deps.local);
  const inForce = async (): Promise<InForce> => {
    const state = await readPolicyState(deps.local);
    const settings = loggingSettings(state);
    const identity = await resolveIdentity(settings.identity, { pseudonym, profileEmail: deps.profileEmail });
    return { state, settings, context: appendContext(state, identity, deps.extensionVersion) };
  };
  let store: Promise<LogStore> | undefined;
  const open = (context: AppendContext) =>
    (store ??= (deps.openStore ?? ((writer) => openLogStore(writer, { now })))(context).catch((error: unknown) => {
      store = undefined; // The next message tries again rather than caching the failure.
      throw error;
    }));

  const events = createBatcher<UsageEvent>(async (batch) => {
    const policy = await inForce();
    await (await open(policy.context)).append(
      batch.map((event) => enrichEvent(event, policy)),
      policy.context,
    );
  }, deps.batch);
  const visits = createBatcher<VisitReport>(async (batch) => {
    const policy = await inForce();
    await (await open(policy.context)).foldVisits(
      batch.map((visit) => ({ ...visit, ...classifySite(policy.state, visit.site) })),
      policy.context,
    );
  }, deps.batch);

  async function prepareExport(sender: SenderInfo): Promise<PrepareExportReply> {
    if (sender.id !== deps.extensionId || !sender.url?.startsWith(`${deps.extensionOrigin}/`)) return { ok: false, error: 'sender is not a page of this extension' };
    const policy = await inForce();
    await (await open(policy.context)).sealVisits(null, policy.context);
    const reply: PrepareExportReply = { ok: true, identity: policy.context.identity, policySource: policy.state?.source ?? 'default' };
    if (policy.context.orgLabel) reply.orgLabel = policy.context.orgLabel;
    if (policy.context.policyVersion) reply.policyVersion = policy.context.policyVersion;
    return reply;
  }

  return {
    receive(message, sender) {
      if (isPrepareExport(message)) return prepareExport(sender);
      if ((message as { type?: unknown } | null)?.type === CONTENT_TO_BG_VISIT) {
        return receiveVisit(message, sender, {
          extensionId: deps.extensionId,
          enabled: async () => loggingSettings(await readPolicyState(deps.local)).visits,
          count: (visit) => visits.submit(visit),
        });
      }
      return receiveEvent(message, sender, { extensionId: deps.extensionId, append: (event) => events.submit(event) });
    },
    async applyRetention() {
      const policy = await inForce();
      const log = await open(policy.context);
      await log.sealVisits(localDay(now()), policy.context);
      return log.prune({ olderThan: retentionCutoff(now(), policy.settings.retentionDays) }, 'retention', policy.context);
    },
  };
}
