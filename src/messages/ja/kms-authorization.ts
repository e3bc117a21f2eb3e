import type {kmsAuthorization as en} from '../en/kms-authorization.js'

/** kms-authorization: KMS インスタンスへの IAM 許可とインスタンスの状態。 */
export const kmsAuthorization: {readonly [K in keyof typeof en]: string} = {
  'kms-authorization.title':
    'Kubernetes Service (および Block Storage) が KMS インスタンスを使用でき、インスタンスがアクティブである',
  'kms-authorization.pass':
    '{service} インスタンス {name} ({instance}) はアクティブであり、{scope}に必要な許可があります。',
  'kms-authorization.detail.scope-cluster':
    'クラスター・シークレットの暗号化 (kms_config)',
  'kms-authorization.detail.scope-worker-volumes':
    '暗号化されたワーカー・ボリューム (kms_instance_id、crk)',
  'kms-authorization.detail.scope-pool':
    'ワーカー・プール {pool} の暗号化されたワーカー・ボリューム (getWorkerPools workerVolumeEncryption)',
  'kms-authorization.needs-pool':
    '未チェック: VPC クラスター {name} での {operation} では、新しいワーカーのボリュームが KMS で暗号化されるかどうかを判断するために入力 worker-pool が必要です。',
  'kms-authorization.pool-unknown':
    '未チェック: クラスター {name} にワーカー・プール {pool} はありません。',
  'kms-authorization.missing':
    '{source} が {service} インスタンス {name} ({instance}) を {missing} で使用できるアクティブな許可がありません。これは{scope}に必要です。',
  'kms-authorization.missing.why':
    'IKS は E09c0 "Not authorized to access the Key Management Service. Create an IBM Cloud IAM authorization policy to give the source Kubernetes Service delegate access to the target Key Management Service, and try again." で拒否します。IBM の資料では、少なくとも Reader と許可の委任 (Authorization Delegator) が必要です。',
  'kms-authorization.missing.why.block-storage':
    'VPC のワーカー・ボリュームは Cloud Block Storage がルート鍵で暗号化します。IBM の資料では Cloud Block Storage から KMS インスタンスへの少なくとも Reader の許可が必要であり、ない場合は新しいワーカー・ノードのボリュームを作成できません。',
  'kms-authorization.missing.fix':
    'KMS インスタンスがあるアカウント {account} で許可を作成してください (KMS インスタンスに対する管理者役割が必要です):',
  'kms-authorization.undetermined':
    '{source} が {service} インスタンス {name} ({instance}) を {missing} で使用できることを検証できませんでした。許可を与えうるのは、このチェックが比較できない属性または演算子で範囲を指定したポリシーだけです。',
  'kms-authorization.undetermined.why':
    'これらのポリシーがこのインスタンスとソースに適用されるかどうかはわかりません。このチェックは疑わしい場合に合格としません。適用されない場合、IKS は E09c0 で拒否します。',
  'kms-authorization.undetermined.fix':
    '詳細に示した許可を確認し、インスタンスに適用されるものがなければ作成してください:',
  'kms-authorization.instance-missing':
    '{scope}で使用する KMS インスタンス {instance} が存在しません (Resource Controller の応答は 404)。',
  'kms-authorization.instance-missing.why':
    '存在しないインスタンスのルート鍵では IKS は暗号化できず、操作は失敗します。',
  'kms-authorization.instance.fix':
    '操作で指定したインスタンスを確認するか、アクティブな Key Protect または Hyper Protect Crypto Services インスタンスを使用してください:',
  'kms-authorization.instance-inactive':
    'KMS インスタンス {name} ({instance}) の状態は {state} であり、アクティブではありません。',
  'kms-authorization.instance-inactive.why':
    'ルート鍵を提供できるのはアクティブなインスタンスだけです。削除済み、非アクティブ、または失敗したインスタンスでは IKS は鍵をラップもアンラップもできず、操作は失敗します。',
  'kms-authorization.none-in-account':
    'クラスター {name} はシークレットを KMS のルート鍵で暗号化していますが、アカウント {account} には Kubernetes Service が Key Protect または Hyper Protect Crypto Services のインスタンスを使用できる許可がありません。',
  'kms-authorization.none-in-account.why':
    'IKS はクラスターが使用する KMS インスタンスを示しません。そのインスタンスが別のアカウントにある (許可もそこにある) 場合を除き、IKS はルート鍵にアクセスできず、E09c0 で拒否します。',
  'kms-authorization.instance-unknown':
    '未チェック: クラスター {name} はシークレットを KMS で暗号化していますが、IKS はどのインスタンスかを示しません。アカウントには Kubernetes Service から KMS への許可があります (詳細)。',
  'kms-authorization.no-kms':
    '未チェック: {operation} は KMS のルート鍵を使用しません (kms_config も kms_instance_id と crk もありません。更新の場合、クラスターはシークレットを KMS で暗号化していません)。',
  'kms-authorization.after-apply':
    '未チェック: {operation} の KMS インスタンスは apply 後に判明します。',
  'kms-authorization.other-account':
    '未チェック: KMS インスタンス {instance} はアカウント {account} にあり、許可はそのアカウントにあります。このキーで一覧表示できるのはアカウント {own} のポリシーです。'
}
