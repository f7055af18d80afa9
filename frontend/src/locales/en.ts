import accessEn from '@/features/access/locales/en';
import alertsEn from '@/features/alerts/locales/en';
import auditEn from '@/features/audit/locales/en';
import groupsEn from '@/features/groups/locales/en';
import invitationsEn from '@/features/invitations/locales/en';
import metricsEn from '@/features/metrics/locales/en';
import workspacesEn from '@/features/workspaces/locales/en';
import membersEn from '@/features/members/locales/en';
import segmentsEn from '@/features/segments/locales/en';
import importsEn from '@/features/imports/locales/en';
import insightsEn from '@/features/insights/locales/en';
import type { Resources } from './zh-CN';

const en: Resources = {
  app: {
    name: 'Shequn',
    title: 'Shequn Console',
    loading: 'Loading…',
    signingIn: 'Redirecting to the login page…',
    authError: 'Sign-in failed',
    retry: 'Retry',
    notFound: 'Page not found',
    backHome: 'Back to my workspaces',
    comingSoon: 'Coming soon',
    comingSoonDetail: 'This feature is being built. Stay tuned.',
    error: 'Something went wrong',
    stale: {
      title: 'Changed by someone else',
      detail: 'Someone changed this after you opened it. Reload it (your edits are dropped), or overwrite it with yours.',
      reload: 'Reload',
      overwrite: 'Overwrite',
    },
    networkError: 'Could not reach the server. Check the connection and retry.',
  },
  header: {
    language: 'Language',
    logout: 'Log out',
    switchWorkspace: 'Switch workspace',
    allWorkspaces: 'All workspaces',
    navigation: 'Workspace navigation',
    openMenu: 'Open the menu',
    userMenu: 'User menu',
  },
  nav: {
    dashboard: 'Dashboard',
    groups: 'Groups',
    members: 'Members',
    insights: 'Insights',
    alerts: 'Alerts',
    imports: 'Imports & exports',
    activities: 'Activities',
    settings: 'Settings',
  },
  role: {
    owner: 'Owner',
    admin: 'Admin',
    operator: 'Operator',
    analyst: 'Analyst',
    integration: 'Integration',
  },
  platform: {
    wechat: 'WeChat',
    wecom: 'WeCom',
    qq: 'QQ',
    wangwang: 'Wangwang',
    dingtalk: 'DingTalk',
    telegram: 'Telegram',
    whatsapp: 'WhatsApp',
    discord: 'Discord',
    other: 'Other',
  },
  workspaces: workspacesEn,
  figures: {
    notApplicable: 'Not applicable (no denominator)',
    checks: {
      daily_active_share: 'Daily active share',
      messages_per_member_per_week: 'Messages per member per week',
      conversion_rate: 'Conversion rate',
      coupon_redemption_rate: 'Coupon redemption rate',
      acquisition_cost: 'Acquisition cost',
      response_time: 'Mean first response time',
      size: 'Group size',
      over_capacity: 'Over capacity',
    },
    names: {
      membersAtStart: 'Members at start',
      membersAtEnd: 'Members at end',
      newMembers: 'New members',
      leftMembers: 'Left members',
      netGrowth: 'Net growth',
      activeMembers: 'Active members',
      activeShare: 'Active share',
      messages: 'Messages',
      buyers: 'Buyers',
      conversionRate: 'Conversion rate',
      orders: 'Orders',
      gmvMinor: 'GMV',
      averageOrderValueMinor: 'Average order value',
      couponsIssued: 'Coupons issued',
      couponsRedeemed: 'Coupons redeemed',
      couponRedemptionRate: 'Coupon redemption rate',
      redPacketSpendMinor: 'Red packet spend',
      acquisitionCostMinor: 'Acquisition cost',
      responseTimeMeanSeconds: 'Mean first response time',
      answeredWithin5MinutesShare: 'Answered within 5 min',
      invitesAccepted: 'Invites accepted',
      inviters: 'Inviters',
      kFactor: 'Referral K-factor',
    },
  },
  pages: {
    settings: {
      title: 'Settings',
      readOnly: 'Your role can read the settings; only owners and admins change them.',
      tabs: {
        workspace: 'Workspace',
        people: 'People and roles',
        clients: 'Partner clients',
        thresholds: 'Health thresholds',
        audit: 'Audit log',
      },
    },
  },
  groups: groupsEn,
  access: accessEn,
  alerts: alertsEn,
  audit: auditEn,
  metrics: metricsEn,
  invitations: invitationsEn,
  members: membersEn,
  segments: segmentsEn,
  imports: importsEn,
  insights: insightsEn,
};

export default en;
