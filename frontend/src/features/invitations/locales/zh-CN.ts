const zhCN = {
  title: '待接受的邀请',
  empty: '没有待接受的邀请。',
  invitedAs: '邀请你以「{{role}}」身份加入',
  accept: '接受',
  accepted: '已加入「{{name}}」',
  acceptError: '接受邀请失败',
  loadError: '无法加载邀请',
};

export default zhCN;
