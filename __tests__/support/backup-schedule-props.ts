import type { BackupScheduleProps } from "../../constructs/backup-schedule";

/** Valid BackupSchedule props for `prod` on their own (the construct tests override what they test). */
export const SAMPLE_RECIPIENT = "age17x4wfvwuffw0ql9qqu7luqdnz3fquxphqw6armu667jt494j75jqk56u0f";
export const BACKUP_SCHEDULE_PROPS: BackupScheduleProps = {
  environment: "prod",
  gcpProjectId: "platform-prod-000001",
  gcpRegion: "europe-west3",
  firestoreDatabase: "(default)",
  functionSourceBucketName: "platform-prod-000001-prod-function-sources",
  cloudflareAccountId: "0123456789abcdef0123456789abcdef",
  backupBucketName: "prod-platform-backups",
  schedules: [
    { name: "nightly", cron: "0 2 * * *", timeZone: "Europe/Berlin", tier: "daily" },
    { name: "weekly", cron: "0 3 * * 0", timeZone: "Europe/Berlin", tier: "weekly" },
    { name: "monthly", cron: "0 4 1 * *", timeZone: "Europe/Berlin", tier: "monthly" },
  ],
  retentionDays: { daily: 7, weekly: 28, monthly: 180 },
  ageRecipients: [SAMPLE_RECIPIENT],
  agentUrl: "https://backup-agent.prod.example.com",
  jobs: ["keycloak-postgres", "rocketchat-mongodb"],
  alerts: { rocketChatUrl: "https://chat.example.com", channel: "#backup-alerts" },
};
