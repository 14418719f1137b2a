// End to end in TypeScript: the client openapi-generator's typescript-fetch makes from openapi.yaml,
// compiled with tsc --strict and run with Node against the mock, as a TypeScript team would use it.
//
// tests/test_other_languages.py generates the client (scripts/other-languages), puts it next to a
// copy of this file as ./fetch-client, compiles both and runs the result with these variables:
//   KORE_BASE_URL, KORE_CLIENT_ID, KORE_CLIENT_SECRET, KORE_ACCOUNT_ID, KORE_BOT_ID
// It prints one line per step and exits non-zero at the first step that does not hold.

import { createHmac, randomUUID } from "node:crypto";
import { strict as assert } from "node:assert";

import {
  CampaignType,
  CampaignsApi,
  CampaignsV1Api,
  Configuration,
  ErrorResponseFromJSON,
  ResponseError,
  SchedulingApi,
  type ErrorResponse,
  type SmsCampaignRequest,
  type VoiceCampaignRequest,
  type Weekday,
} from "./fetch-client/index";

function setting(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") {
    throw new Error(`${name} is not set`);
  }
  return value;
}

const baseUrl = setting("KORE_BASE_URL");
const clientId = setting("KORE_CLIENT_ID");
const clientSecret = setting("KORE_CLIENT_SECRET");
const accountId = setting("KORE_ACCOUNT_ID");
const botId = setting("KORE_BOT_ID");

function base64url(text: string): string {
  return Buffer.from(text, "utf8").toString("base64url");
}

// HS256 with Node's crypto, as the docs' JWT recipe says: claim `appId` (that spelling) is the
// client id; a fresh `jti` per call, so it also passes an app that enforces JTI.
function signJwt(): string {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const claims = base64url(
    JSON.stringify({ appId: clientId, sub: "kore-campaigns-typescript-e2e", iat: now, exp: now + 300, jti: randomUUID() }),
  );
  const signature = createHmac("sha256", clientSecret).update(`${header}.${claims}`).digest("base64url");
  return `${header}.${claims}.${signature}`;
}

// The spec's security schemes: `auth` (the JWT, raw, no Bearer), `accountId` (header, and query on
// the v2 create/get URLs) and `iid`. The generated client asks for each by its name on every call.
const configuration = new Configuration({
  basePath: baseUrl,
  apiKey: (name: string): string => {
    switch (name) {
      case "auth":
        return signJwt();
      case "accountId":
        return accountId;
      case "iid":
        return botId;
      default:
        throw new Error(`the spec asks for an unknown credential ${name}`);
    }
  },
});
const campaigns = new CampaignsApi(configuration);
// The v1 URLs are a resource of their own (tag "Campaigns V1"), over the same campaigns.
const campaignsV1 = new CampaignsV1Api(configuration);
const scheduling = new SchedulingApi(configuration);

const weekdays = (["MO", "TU", "WE", "TH", "FR"] as const).map((day) => ({ day, start: "9:00 AM", end: "6:00 PM" }));

// The docs' samples, written as the typed request objects a TypeScript team would write.
const voice: VoiceCampaignRequest = {
  name: "TypeScript Feedback Voice Campaign",
  description: "Collects quick feedback on recent purchases (typescript-fetch end-to-end check).",
  contactLists: ["Recent Buyers - Q2 2025"],
  priority: "5",
  dialingMode: "Agentless",
  dialingStrategy: {
    callerId: { phoneNumber: "+15101234567" },
    callingHours: { frequency: "WEEKLY", timezone: "Asia/Kolkata", days: weekdays },
    dialingOrder: "FIFO",
    maxAttemptsPerRecord: 3,
    defaultRetryPeriod: 10,
    maxRingTime: 30,
  },
  schedule: { isSchedulingEnabled: false },
  experienceFlowName: "Voice Survey Entry Flow",
  enableMachineDetect: false,
  campaignType: "voice",
};

const sms: SmsCampaignRequest = {
  name: "TypeScript Billing Alert SMS Campaign",
  description: "Alerts customers about pending bills (typescript-fetch end-to-end check).",
  contactLists: ["CL Only 2020 Dec 4"],
  dncLists: { name: "testdnc" },
  campaignType: "sms",
  priority: "3",
  format: "simple",
  message: {
    templateName: "Welcome",
    message: Buffer.from("This is a reminder that your payment is due soon.", "utf8").toString("base64"),
  },
  dialingStrategy: {
    callerId: { phoneNumber: "+15101234567" },
    callingHours: { frequency: "WEEKLY", timezone: "Asia/Kolkata", days: weekdays },
  },
  schedule: { isSchedulingEnabled: false },
};

// `YYYY-MM-DD HH:mm:ss`, UTC, as the schedule pages require.
function koreTime(date: Date): string {
  return date.toISOString().slice(0, 19).replace("T", " ");
}

async function main(): Promise<void> {
  const createdVoice = await campaigns.createVoiceCampaign({
    iId: botId,
    campaignType: CampaignType.Voice,
    createVoiceCampaignRequest: voice,
  });
  assert.equal(createdVoice.status, "success");
  // The v1 create answers the whole campaign (CreatedCampaign: a voice campaign's id is `id`) or, on the
  // Preview page alone, the short `{campId}` form.
  const voiceData = createdVoice.data;
  assert.ok(!("campId" in voiceData && voiceData.campId !== undefined), "an Agentless create answers the whole campaign");
  const voiceId = "id" in voiceData ? voiceData.id : undefined;
  assert.ok(voiceId !== undefined);
  console.log(`created voice campaign ${voiceId} (${"status" in voiceData ? voiceData.status : "?"})`);

  // Voice v2 and SMS v2 creates share one URL, so one operation: campaignType says which.
  const createdSms = await campaigns.createCampaign({
    streamId: botId,
    campaignType: CampaignType.Sms,
    createCampaignRequest: sms,
  });
  // One CreatedCampaign for both kinds: voice answers `id`, SMS `_id` (mapped to `underscoreId`,
  // since typescript-fetch would otherwise camel-case `_id` onto `id`).
  const smsId = createdSms.data.underscoreId ?? createdSms.data.id;
  assert.ok(smsId !== undefined);
  console.log(`created SMS campaign ${smsId} (${createdSms.data.status})`);

  const readVoice = await campaigns.getCampaign({ streamId: botId, campaignId: voiceId });
  assert.equal(readVoice.data.underscoreId, voiceId);
  assert.equal(readVoice.data.name, voice.name);
  assert.equal(readVoice.data.dialingMode, "Agentless");
  assert.ok(readVoice.data.createdAt instanceof Date && !Number.isNaN(readVoice.data.createdAt.getTime()));
  console.log(`read voice campaign back: ${readVoice.data.name}, ${readVoice.data.dialingMode}, created ${readVoice.data.createdAt.toISOString()}`);

  // The same campaign through the v1 URL, in the v1 page's shape (no isFiltersEnabled).
  const readV1 = await campaignsV1.getCampaignV1({ iId: botId, campaignId: voiceId });
  assert.equal(readV1.data.underscoreId, voiceId);
  assert.equal(readV1.data.name, voice.name);
  assert.equal(readV1.data.isFiltersEnabled, undefined);
  console.log(`read voice campaign through v1: ${readV1.data.name}, status ${readV1.data.status}`);

  const readSms = await campaigns.getCampaign({ streamId: botId, campaignId: smsId });
  assert.equal(readSms.data.underscoreId, smsId);
  assert.equal(readSms.data.campaignType, "sms");
  assert.equal(readSms.data.message?.templateName, "Welcome");
  console.log(`read SMS campaign back: ${readSms.data.name}, template ${readSms.data.message?.templateName}`);

  const now = Date.now();
  const scheduled = await scheduling.scheduleCampaign({
    streamId: botId,
    enableSchedule: true,
    campaignName: voice.name,
    scheduleCampaignRequest: {
      startDateTime: koreTime(new Date(now + 3_600_000)),
      endDateTime: koreTime(new Date(now + 30 * 86_400_000)),
      recurrenceObject: { recurType: "Weekly", weeklyDetails: { onceEveryNweeks: 1, whichDays: new Set<Weekday>(["Mon", "Thu"]) } },
    },
  });
  assert.equal(scheduled.id, voiceId);
  const afterSchedule = await campaigns.getCampaign({ streamId: botId, campaignId: voiceId });
  assert.equal(afterSchedule.data.schedule.isSchedulingEnabled, true);
  console.log(`scheduled voice campaign weekly: "${scheduled.message}"; read back isSchedulingEnabled=${afterSchedule.data.schedule.isSchedulingEnabled}`);

  try {
    await campaigns.getCampaign({ streamId: botId, campaignId: "cd-00000000-0000-0000-0000-000000000000" });
    assert.fail("an unknown campaign id was answered with a campaign");
  } catch (caught) {
    if (!(caught instanceof ResponseError)) {
      throw caught;
    }
    const error: ErrorResponse = ErrorResponseFromJSON(await caught.response.json());
    assert.equal(caught.response.status, 404);
    const first = error.errors[0];
    assert.ok(first !== undefined);
    assert.equal(first.code, 4004);
    console.log(`unknown campaign: HTTP ${caught.response.status}, ErrorResponse code ${first.code}: ${first.msg}`);
  }
  console.log("typescript-fetch end to end: OK");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `FAILED: ${error.stack ?? error.message}` : error);
  process.exit(1);
});
