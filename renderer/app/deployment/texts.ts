// User-visible text about the deployment configuration (deployment.json, docs/deployment.md): the sign-in screen
// of an unconfigured PC, the enrolment form and 设置 › 部署配置.
export const deploymentTexts = {
  missingTitle: '本机尚未配置市平台',
  missingIntro: '请信息技术人员（IT）为本机安装部署配置文件，然后重新启动本程序：',
  path: '文件位置',
  required: '必填内容',
  requiredFields:
    'platformUrl（市平台地址，https:// 开头）和 caCertificateFile（市 CA 证书文件，与部署配置文件放在一起）',
  optional: '可选内容',
  optionalFields:
    'publicKeyPins（证书公钥指纹）、unit（默认受理单位：名称、单位代码、行政区划代码）、updateUrl（更新地址）、trainingMode（培训模式）',
  guide:
    '详细说明见随程序提供的《用户手册》“设置 › 部署配置”一节；登记本机所需的一次性登记码由市平台管理员签发。',
  development: '本机未配置市平台地址（开发环境：PLATFORM_URL=none，仅离线使用演示数据）。',
} as const;
