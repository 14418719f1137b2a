// Correct use of the types generated from openapi.yaml; must compile under tsconfig.json.
// scripts/typescript-check generates ../build/typescript/kore-campaigns.d.ts, then runs tsc.
import type { components, operations, paths } from "../build/typescript/kore-campaigns";

type Schemas = components["schemas"];
type VoiceCampaignRequest = Schemas["VoiceCampaignRequest"];
type SmsCampaignRequest = Schemas["SmsCampaignRequest"];
type ScheduleRequest = Schemas["ScheduleRequest"];
type ApiError = Schemas["ErrorResponse"];

type Json<Op extends keyof operations, Status extends keyof operations[Op]["responses"]> =
  operations[Op]["responses"][Status] extends { content: { "application/json": infer Body } } ? Body : never;

// The docs' Agentless sample.
export const agentless: VoiceCampaignRequest = {
  name: "Product Feedback Voice Campaign",
  description: "This voice campaign collects quick feedback on recent purchases.",
  contactLists: ["Recent Buyers - Q2 2025"],
  priority: "5",
  dialingMode: "Agentless",
  dialingStrategy: {
    callerId: { phoneNumber: "+15101234567" },
    callingHours: {
      frequency: "WEEKLY",
      timezone: "Asia/Kolkata",
      days: [
        { day: "MO", start: "9:00 AM", end: "6:00 PM" },
        { day: "FR", start: "9:00 AM", end: "6:00 PM" },
      ],
    },
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

export const progressive: VoiceCampaignRequest = {
  ...agentless,
  name: "Billing Reminder Progressive Campaign",
  priority: "3",
  dialingMode: "Progressive",
  queue_name: "Billing Queue",
};

export const sms: SmsCampaignRequest = {
  name: "Billing Alert Template Campaign-21",
  description: "Uses a pre-approved message template to alert customers about pending bills.",
  contactLists: ["CL Only 2020 Dec 4"],
  dncLists: { name: "testdnc" },
  campaignType: "sms",
  priority: "1",
  format: "simple",
  message: { template_name: "Welcome", message: "SGVsbG8=" },
  dialingStrategy: {
    callerId: { phoneNumber: "+9195616xxxxx" },
    callingHours: { frequency: "DAILY", timezone: "Asia/Kolkata", days: [{ day: "SU", start: "10:00 AM", end: "1:00 PM" }] },
  },
};

export const weekly: ScheduleRequest = {
  startDateTime: "2026-01-01 18:29:00",
  endDateTime: "2026-01-27 18:29:00",
  recurrenceObject: {
    recurType: "Weekly",
    weeklyDetails: { onceEveryNweeks: 1, whichDays: ["Mon", "Wed", "Sun"] },
  },
};

export const daily = {
  startDateTime: "2026-01-27 18:29:00",
  endDateTime: "2026-02-27 18:29:00",
  recurrenceObject: { recurType: "Daily", dailyDetails: { onceEveryNdays: 1 } },
} satisfies paths["/campaign/api/v2/public/{streamId}/campaign/schedule"]["post"]["requestBody"]["content"]["application/json"];

// recurType tells the two recurrences apart: the union narrows on it.
export function describeRecurrence(schedule: ScheduleRequest): string {
  const recurrence = schedule.recurrenceObject;
  switch (recurrence.recurType) {
    case "Daily":
      return `every ${recurrence.dailyDetails.onceEveryNdays} day(s)`;
    case "Weekly":
      return `every ${recurrence.weeklyDetails.onceEveryNweeks} week(s) on ${recurrence.weeklyDetails.whichDays.join(", ")}`;
  }
}

// Responses: the v1 and v2 creates name the id `data.id` (voice) or `data._id` (SMS), the v1 Preview page's
// short answer `data.campId`; get names it `data._id`.
export function createdVoiceId(body: Json<"createVoiceCampaign", 200>): string {
  return "campId" in body.data ? body.data.campId : (body.data.id ?? body.data._id ?? "");
}
export function createdCampaignId(body: Json<"createCampaign", 200>): string | undefined {
  return body.data.id ?? body.data._id;
}
export function triggeredStatus(body: Json<"triggerVoiceCampaign", 200>): string {
  return body.status;
}
export function fetchedSchedule(body: Json<"getCampaign", 200>): boolean {
  return body.data.schedule.isSchedulingEnabled;
}
export function scheduledId(body: Json<"scheduleCampaign", 200>): string {
  return body.id;
}

// Every operation's 4xx answers share the one ErrorResponse schema.
export function firstErrorMessage(body: Json<"getCampaign", 404> | Json<"createCampaign", 429>): string {
  const error: ApiError = body;
  return error.errors[0]?.msg ?? "";
}

// Path and query parameters.
export const getParams: operations["getCampaign"]["parameters"]["path"] = {
  streamId: "st-0603182c-7ffb-53c3-b307-47ca14bxxxxx",
  campaignId: "cd-ed19e3c7-3682-5e72-a839-af9e0711xxxx",
};
export const scheduleQuery: operations["scheduleCampaign"]["parameters"]["query"] = {
  enableSchedule: true,
  campaignName: "Product Feedback Voice Campaign",
};
export const voiceQuery: operations["createVoiceCampaign"]["parameters"]["query"] = { campaignType: "voice" };
