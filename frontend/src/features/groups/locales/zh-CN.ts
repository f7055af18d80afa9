const zhCN = {
  ranking: {
    title: '社群排行（前 10）',
    metric: '排序指标',
    rank: '排名',
    group: '社群',
    value: '数值',
    membersAtEnd: '期末成员',
    health: '健康度',
    showHealth: '查看健康度',
    empty: '还没有社群',
    loadError: '无法加载社群排行',
  },
  health: {
    title: '健康度：{{name}}',
    score: '健康分',
    points: '（{{points}} / {{counted}} 分）',
    period: '统计周期',
    check: '检查项',
    value: '数值',
    threshold: '标准',
    result: '结果',
    passed: '通过',
    failed: '未通过',
    partial: '部分通过（{{points}} 分）',
    notCounted: '不计入（无分母）',
    above: '> {{value}}',
    below: '< {{value}}',
    atMost: '≤ {{value}}',
    loadError: '无法加载健康度',
  },
};

export default zhCN;
