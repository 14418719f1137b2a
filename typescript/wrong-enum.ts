// Wrong uses of the generated types; scripts/typescript-check requires tsc to REJECT this file
// and to name each wrong value: priority "6", dialingMode "Robocall", recurType "Monthly".
import type { components } from "../build/typescript/kore-campaigns";

type Schemas = components["schemas"];

export const wrongPriority: Schemas["Priority"] = "6";

export const wrongDialingMode: Schemas["VoiceCampaignRequest"]["dialingMode"] = "Robocall";

export const wrongRecurrence: Schemas["Recurrence"] = {
  recurType: "Monthly",
  dailyDetails: { onceEveryNdays: 1 },
};
