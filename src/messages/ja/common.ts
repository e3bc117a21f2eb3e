import type {common as en} from '../en/common.js'

/** すべてのチェックに共通の結果。 */
export const common: {readonly [K in keyof typeof en]: string} = {
  'common.could-not-verify': '検証できませんでした: {reason}',
  'common.could-not-verify.why':
    'このチェックに必要な情報を IBM Cloud から読み取れなかったため、プリフライト・チェックでは操作が成功するかどうかを判断できません。',
  'common.could-not-verify.fix.access':
    '{service} がこの読み取りを拒否しました (HTTP {status})。キーの ID に {label} に対する {role} 役割が必要です。付与してから再実行してください。再実行するだけでは解決しません。',
  'common.could-not-verify.fix.classic-access':
    'クラシック・インフラストラクチャーがこの読み取りを拒否しました (HTTP {status})。キーが使用するクラシック・ユーザーに、そのための権限がありません。権限を付与してから (ibmcloud sl user permission-edit) 再実行してください。再実行するだけでは解決しません。',
  'common.could-not-verify.fix.not-found':
    '{service} は「{operation}」に 404 Not Found を返しました ({what})。入力の名前と ID、およびキーがそれを保持するアカウントのものであることを確認してください。再実行しても解決しません。',
  'common.could-not-verify.fix.rejected':
    '{service} が「{operation}」を拒否しました (HTTP {status})。再実行しても変わりません。入力が正しい場合は、下記のインシデント ID を添えて IBM Cloud のサポート Case を作成してください。',
  'common.could-not-verify.not-ibm':
    '検証できませんでした: これは IBM Cloud からの応答ではありません。{service} ({operation}) は {answer} を返しましたが、IBM のエラーに含まれるフィールドがありません。',
  'common.could-not-verify.unreadable':
    '検証できませんでした: {service} ({operation}) は {answer} を返しましたが、読み取ることができません。',
  'common.could-not-verify.unreadable.why':
    '応答が途中で切れているか、IBM Cloud が送る JSON ではありません。IBM Cloud ではなくプロキシー、ファイアウォール、または誤った設定先のエンドポイント変数が応答したか、応答の途中で接続が切れた可能性があります。キーやその役割については何も分かっていません。',
  'common.could-not-verify.not-ibm.why':
    'IBM Cloud ではなく、プロキシー、ファイアウォール、またはキャプティブ・ポータルが応答したか、エンドポイント変数の設定先が誤っています。キーやその役割については何も分かっていません。',
  'common.could-not-verify.fix.not-ibm':
    'ランナーから IBM Cloud へのネットワーク経路 (HTTPS_PROXY、NO_PROXY、ファイアウォール) と、エンドポイント変数 {variable} を確認してください。IBM Cloud の公開エンドポイントを使用するには、この変数を設定解除してください。',
  'common.what.cluster': 'クラスター {target}',
  'common.what.workers': 'クラスター {target} のワーカー',
  'common.what.key-owner':
    'クラスターのリージョンとリソース・グループに保管されている API キー',
  'common.what.gateways': 'ゲートウェイを一覧表示した VPC またはリージョン',
  'common.what.other': '読み取り対象',
  'common.also-seen': '同じ対象について: {summary}',
  'common.symptom': '{check} (同じ対象、同じ原因と考えられます): {summary}',
  'common.needs': '未チェック: {check} が前提です。',
  'common.remediation.before': '修復前: {status}: {summary}',
  'common.could-not-verify.fix':
    'ジョブを再実行してください。再び失敗する場合は、https://cloud.ibm.com/status と、ランナーから IBM Cloud へのネットワーク経路 (プロキシー、ファイアウォール、NO_PROXY) を確認してください。',
  'common.skipped-by-user': 'skip-checks によりスキップされました: {reason}',
  'common.not-for-operation': '{operation} には適用されません。',
  'common.not-for-provider':
    '{provider} クラスターには適用されません。適用対象: {providers}。',
  'common.timed-out':
    'timeout-seconds ({seconds} 秒) 以内に完了しませんでした。',
  'common.internal-error': 'このチェックで内部エラーが発生しました: {message}',
  'common.input-problem': 'チェックできません: {message}',
  'common.input-problem.fix': 'ステップの入力を修正して再実行してください。',
  'common.rule-unsourced':
    '失敗ではなく警告として報告しています: ルール {rule} には、IBM がこの操作を拒否することを示す IBM の情報源がありません (docs/rules.md)。',
  // IBM の日本語コンソールの役割名と、`--roles` に指定する名前
  'common.role.Administrator': '管理者 (Administrator)',
  'common.role.Operator': 'オペレーター (Operator)',
  'vpc-region.title': 'リージョンで VPC クラスターを作成できる',
  'vpc-region.pass':
    'IKS はリージョン {region} に VPC ゾーンを {count} 個提供しています: {zones}。',
  'vpc-region.unknown':
    'IKS はリージョン {region} に VPC ゾーンを提供していません: そこに VPC クラスターは作成できません。',
  'vpc-region.unknown.why':
    '作成で指定したリージョンが IKS のゾーン・リストにないため (入力ミス、または VPC のないリージョン)、IKS は作成をすぐに拒否します。VPC ゾーンがあるリージョン: {regions}。',
  'vpc-region.unknown.fix':
    'region 入力をこれらのリージョンのいずれかに設定してください。IKS のゾーンは次のコマンドで一覧表示できます:',
  'vpc-region.empty':
    'IBM Cloud Kubernetes Service が空の VPC ゾーン・リストを返したため、リージョン {region} を確認できませんでした。'
}
