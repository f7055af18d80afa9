import accessZhCN from '@/features/access/locales/zh-CN';
import alertsZhCN from '@/features/alerts/locales/zh-CN';
import auditZhCN from '@/features/audit/locales/zh-CN';
import groupsZhCN from '@/features/groups/locales/zh-CN';
import invitationsZhCN from '@/features/invitations/locales/zh-CN';
import metricsZhCN from '@/features/metrics/locales/zh-CN';
import workspacesZhCN from '@/features/workspaces/locales/zh-CN';
import membersZhCN from '@/features/members/locales/zh-CN';
import segmentsZhCN from '@/features/segments/locales/zh-CN';
import importsZhCN from '@/features/imports/locales/zh-CN';
import insightsZhCN from '@/features/insights/locales/zh-CN';
import type { Strings } from './strings';

const zhCN = {
  app: {
    name: '社群',
    title: '社群运营台',
    loading: '加载中…',
    signingIn: '正在跳转到登录页…',
    authError: '登录失败',
    retry: '重试',
    notFound: '页面不存在',
    backHome: '返回我的工作区',
    comingSoon: '即将推出',
    comingSoonDetail: '此功能正在开发中，敬请期待。',
    error: '出错了',
    stale: {
      title: '内容已被他人修改',
      detail: '你打开之后，有人修改了它。可以重新加载（放弃你的修改），或用你的修改覆盖。',
      reload: '重新加载',
      overwrite: '覆盖',
    },
    networkError: '网络连接失败，请检查网络后重试。',
  },
  header: {
    language: '语言',
    logout: '退出登录',
    switchWorkspace: '切换工作区',
    allWorkspaces: '全部工作区',
    navigation: '工作区导航',
    openMenu: '打开菜单',
    userMenu: '用户菜单',
  },
  nav: {
    dashboard: '概览',
    groups: '社群',
    members: '成员',
    insights: '洞察',
    alerts: '告警',
    imports: '导入导出',
    activities: '活动',
    settings: '设置',
  },
  role: {
    owner: '所有者',
    admin: '管理员',
    operator: '运营',
    analyst: '分析师',
    integration: '集成',
  },
  platform: {
    wechat: '微信',
    wecom: '企业微信',
    qq: 'QQ',
    wangwang: '旺旺',
    dingtalk: '钉钉',
    telegram: 'Telegram',
    whatsapp: 'WhatsApp',
    discord: 'Discord',
    other: '其他',
  },
  workspaces: workspacesZhCN,
  figures: {
    notApplicable: '不适用（分母为零）',
    checks: {
      daily_active_share: '日均活跃占比',
      messages_per_member_per_week: '人均周发言',
      conversion_rate: '转化率',
      coupon_redemption_rate: '优惠券核销率',
      acquisition_cost: '获客成本',
      response_time: '平均首次响应时间',
      size: '社群规模',
      over_capacity: '超出容量',
    },
    names: {
      membersAtStart: '期初成员',
      membersAtEnd: '期末成员',
      newMembers: '新增成员',
      leftMembers: '退出成员',
      netGrowth: '净增长',
      activeMembers: '活跃成员',
      activeShare: '活跃占比',
      messages: '消息数',
      buyers: '下单人数',
      conversionRate: '转化率',
      orders: '订单数',
      gmvMinor: 'GMV',
      averageOrderValueMinor: '客单价',
      couponsIssued: '优惠券发放',
      couponsRedeemed: '优惠券核销',
      couponRedemptionRate: '优惠券核销率',
      redPacketSpendMinor: '红包支出',
      acquisitionCostMinor: '获客成本',
      responseTimeMeanSeconds: '平均首次响应时间',
      answeredWithin5MinutesShare: '5 分钟内回复占比',
      invitesAccepted: '接受邀请',
      inviters: '邀请人',
      kFactor: '裂变系数（K 值）',
    },
  },
  pages: {
    settings: {
      title: '设置',
      readOnly: '你的角色只能查看设置；只有所有者和管理员可以修改。',
      tabs: {
        workspace: '工作区',
        people: '成员与角色',
        clients: '合作伙伴客户端',
        thresholds: '健康阈值',
        audit: '操作日志',
      },
    },
  },
  groups: groupsZhCN,
  access: accessZhCN,
  alerts: alertsZhCN,
  audit: auditZhCN,
  metrics: metricsZhCN,
  invitations: invitationsZhCN,
  members: membersZhCN,
  segments: segmentsZhCN,
  imports: importsZhCN,
  insights: insightsZhCN,
};

export default zhCN;

/** The shape every language must provide (string values, same keys). */
export type Resources = Strings<typeof zhCN>;
