// What a replay of a stored draw answers, in the words a supervisor reads (client 重现验证 and platform alike).

export const replayMessages = {
  reproduces: '按存档的随机种子、检查对象和检查人员重新抽取，结果与存档完全一致',
  differs: '按存档的随机种子重新抽取，结果与存档不一致：存档可能被改动，或抽取算法已变更',
  poolChanged: '存档的检查对象名单与其摘要（哈希）不符：存档可能被改动',
  replayRefused: (reason: string) => `无法按存档重新抽取：${reason}`,
};
