import type {cosInstance as en} from '../en/cos-instance.js'

/** cos-instance: 新しい VPC の Red Hat OpenShift クラスターの Cloud Object Storage インスタンス。 */
export const cosInstance: {readonly [K in keyof typeof en]: string} = {
  'cos-instance.title':
    '新しい VPC OpenShift クラスターの Cloud Object Storage インスタンスが存在し、アクティブである',
  'cos-instance.pass':
    'Cloud Object Storage インスタンス {name} ({instance}) はアクティブです。{version} のクラスターは内部レジストリーをこのインスタンスにバックアップできます。',
  'cos-instance.no-version':
    '未チェック: kube-version が指定されていないため、新しいクラスターが Red Hat OpenShift (COS インスタンスを使用する) かどうか分かりません。',
  'cos-instance.not-openshift':
    '未チェック: バージョン {version} は Kubernetes です。Cloud Object Storage インスタンスを使用するのは VPC 上の Red Hat OpenShift クラスターのみです。',
  'cos-instance.after-apply': '未チェック: {input} は適用後に判明します。',
  'cos-instance.omitted':
    'この {version} の VPC クラスターには Cloud Object Storage インスタンスが指定されていません。内部レジストリーは一時的な emptyDir ストレージを使用し、この選択は作成後に元に戻せません。',
  'cos-instance.omitted.why':
    'IBM は VPC OpenShift クラスターの内部レジストリーを、作成時に指定された COS インスタンス (--cos-instance、Terraform では cos_instance_crn) のバケットにバックアップします。指定しなくても IKS はクラスターを作成しますが、内部レジストリーのイメージはポッドの再起動時に失われます。IBM はこれを IBM Cloud Container Registry を使用する環境向けに説明しています。',
  'cos-instance.omitted.fix':
    '内部レジストリーのイメージを保持する場合は、標準の Cloud Object Storage インスタンスを一覧表示または作成し、その CRN を --cos-instance で指定してください (入力 cos-instance、Terraform では cos_instance_crn):',
  'cos-instance.missing':
    'Cloud Object Storage インスタンス {instance} は存在しません (Resource Controller にそのインスタンスはありません)。IKS は作成を拒否します。',
  'cos-instance.missing.why':
    'IKS は作成中に指定されたインスタンスに内部レジストリーのバケットを作成し、インスタンスが存在しないか使用できない場合は "Could not find the specified cloud object storage instance." で停止します。',
  'cos-instance.inactive':
    'Cloud Object Storage インスタンス {name} ({instance}) の状態は {state} で、アクティブではありません。IKS はそこにレジストリーのバケットを作成できません。',
  'cos-instance.not-cos':
    'インスタンス {name} ({instance}) は {service} のインスタンスで、Cloud Object Storage ではありません。--cos-instance には Cloud Object Storage インスタンスを指定します。',
  'cos-instance.not-cos.why':
    'IBM の CLI リファレンスは --cos-instance について "The CRN for the standard cloud object storage instance to back up the internal registry in your OpenShift cluster." と説明しています。IKS はこれで COS インスタンスを探します。',
  'cos-instance.fix':
    'アカウントの Cloud Object Storage インスタンスを一覧表示し、アクティブなインスタンスの CRN を --cos-instance で指定してください (入力 cos-instance、Terraform では cos_instance_crn):',
  'cos-instance.service-unknown':
    'インスタンス {name} ({instance}) はアクティブですが、Resource Controller が CRN を返さなかったため、Cloud Object Storage インスタンスかどうかは検証されていません。'
} as const
