import type {vpc as en} from '../en/vpc.js'

/** VPC ファミリー: vpe-gateway、worker-endpoints。 */
export const vpc: {readonly [K in keyof typeof en]: string} = {
  // vpe-gateway
  'vpe-gateway.title': 'クラスターの VPE ゲートウェイが存在し、使用可能である',
  'vpe-gateway.pass':
    'VPE ゲートウェイ {gateway} は {state}、ヘルス {health} であり、すべてのワーカー・ゾーンに予約 IP アドレスがあります ({ips} 個)。',
  'vpe-gateway.missing':
    'クラスターの VPE ゲートウェイ {name} が VPC {vpc} ({region}) にありません。',
  'vpe-gateway.missing.why':
    'ワーカー・ノードはこのゲートウェイを介して Kubernetes マスターと通信します。ゲートウェイがないとワーカー・ノードはマスターとの接続を失い、ワーカー・ノードの追加、削除、再ロード、置換、サイズ変更、およびクラスターの更新が失敗します。',
  'vpe-gateway.fix.refresh':
    'クラスター・マスターをリフレッシュしてください。存在しないゲートウェイと、ワーカー・サブネット上のその予約 IP アドレスが再作成されます。数分待ってください。',
  'vpe-gateway.fix.recheck':
    'ゲートウェイが存在し、Stable になったことを確認してください (このプリフライト・チェックを再実行するか、ゲートウェイを検索します)。',
  'vpe-gateway.fix.opt-in':
    'または、このアクションにリフレッシュを実行させ、ゲートウェイを待機させることもできます。remediate: vpe を設定してください (キーには Kubernetes Service に対するオペレーター役割が必要です)。それ以外は何も変更されません。',
  'vpe-gateway.broken':
    'VPE ゲートウェイ {gateway} のライフサイクル状態は {state} です。',
  'vpe-gateway.broken.why':
    '失敗または中断状態のゲートウェイは、ワーカー・ノードからマスターへのトラフィックを伝送しません。また、存在するゲートウェイはクラスター・マスターのリフレッシュでは修復されません。',
  'vpe-gateway.fix.support':
    'クラスター {cluster} の VPE ゲートウェイ {gateway} について IBM Cloud サポート Case ({url}) を開いてください。この場合、クラスター・マスターのリフレッシュは役に立ちません。ゲートウェイの詳細:',
  'vpe-gateway.fix.support-missing':
    'ゲートウェイがまだ存在しない場合は、クラスター {cluster} について IBM Cloud サポート Case ({url}) を開き、クラスター・マスターのリフレッシュで VPE ゲートウェイが再作成されなかったことを伝えてください。',
  'vpe-gateway.deleting':
    'VPE ゲートウェイ {gateway} は削除中です (ライフサイクル状態 {state})。',
  'vpe-gateway.fix.after-delete':
    '削除が完了するまで待ってから、ゲートウェイを再作成してください。',
  'vpe-gateway.transitional':
    'VPE ゲートウェイ {gateway} は {state} であり、まだ Stable ではありません。',
  'vpe-gateway.unknown-state':
    'VPE ゲートウェイ {gateway} は、このチェックが認識しないライフサイクル状態 {state} を報告しています。Stable ではありません。',
  'vpe-gateway.transitional.why':
    'ゲートウェイが Stable になるまでは、ワーカー・ノードがマスターと通信できず、ワーカー・ノードの操作が失敗する可能性があります。',
  'vpe-gateway.fix.wait':
    '数分待ってから、プリフライト・チェックを再実行してください。ゲートウェイは自動的に Stable になるはずです。',
  'vpe-gateway.unhealthy':
    'VPE ゲートウェイ {gateway} はヘルス状態 {health} を報告しています。',
  'vpe-gateway.unhealthy.why':
    'ヘルスが ok ではないゲートウェイは、ワーカー・ノードからマスターへのトラフィックを破棄する可能性があります。',
  'vpe-gateway.ip-pending':
    'ゲートウェイ {gateway} には、ゾーン {zones} でまだアドレスが選択されていません (0.0.0.0)。',
  'vpe-gateway.ip-pending.why':
    'VPC はアドレスを選択するまで予約 IP を 0.0.0.0 と表示します。それまでの間、これらのゾーンのワーカー・ノードはゲートウェイ経由でマスターに到達できません。',
  'vpe-gateway.detail.reason': 'VPC の説明: {code}: {message}',
  'vpe-gateway.ip-deleted':
    'VPE ゲートウェイ {gateway} は、ワーカー・ゾーン {zones} の予約 IP アドレスを失いました。IP アドレスが削除されています。',
  'vpe-gateway.ip-missing':
    'VPE ゲートウェイ {gateway} には、ワーカー・ゾーン {zones} の予約 IP アドレスがありません。',
  'vpe-gateway.ip.why':
    'ワーカー・ノードは、自身のゾーンのサブネットにある予約 IP アドレスを介してゲートウェイに到達します。予約 IP アドレスがないゾーンのワーカー・ノードは、マスターとの接続を失います。',
  'vpe-gateway.detail.ip-deleted':
    '{zone}: 予約 IP アドレス {ips} は削除されています',
  'vpe-gateway.detail.no-ip': '{zone}: 予約 IP アドレスがありません',
  'vpe-gateway.detail.looked-for':
    'VPC {vpc} ({region}) で {name} と {alt} を検索しました',
  'vpe-gateway.fix.keep-ips':
    'VPE ゲートウェイが使用するワーカー・サブネットの予約 IP アドレス (ターゲットがエンドポイント・ゲートウェイであるもの) を削除しないでください。削除すると、そのゾーンのワーカー・ノードは再びマスターとの接続を失います。',
  'vpe-gateway.remediate-refused':
    'VPE ゲートウェイ {name} が存在せず、クラスター・マスターのリフレッシュ (remediate: vpe) が拒否されました: {answer}',
  'vpe-gateway.fix.operator':
    'クラスター・マスターをリフレッシュするには、キーにこのクラスターの Kubernetes Service に対するオペレーターのプラットフォーム役割が必要です。役割を付与するか、役割を持つユーザーがリフレッシュを実行してください。',
  'vpe-gateway.remediate-timeout':
    'VPE ゲートウェイ {name} が存在しませんでした。{at} にクラスター・マスターのリフレッシュを要求しましたが (remediate: vpe)、{seconds} 秒後もゲートウェイは作成されていません (待機 {wait} 秒、上限 {limit})。',
  'vpe-gateway.fix.wait-longer':
    '再作成には待機時間より長くかかることがあります。数分後にもう一度確認してください (または remediate-wait-seconds と timeout-seconds を増やしてください)。',
  'vpe-gateway.remediated':
    'VPE ゲートウェイ {name} が存在しませんでした。{at} にクラスター・マスターのリフレッシュを要求し (remediate: vpe)、{seconds} 秒後に {gateway} が作成されました ({state}、ヘルス {health})。',
  'vpe-gateway.remediated.why':
    '変更に気付くように警告として表示しています。ゲートウェイが存在しなかったため、ワーカー・ノードがマスターとの接続を失っていた可能性があります。まだ置換が必要なワーカー・ノードについては worker-endpoints を参照してください。',

  // worker-endpoints
  'worker-endpoints.title':
    'マスターまたはレジストリーのエンドポイントとの接続を失ったワーカー・ノードがない',
  'worker-endpoints.pass':
    '{total} 台のワーカー・ノードのいずれも、エンドポイントまたは VPE ゲートウェイのエラーを報告していません。',
  'worker-endpoints.pass-named':
    'workers で指定された {total} 台のワーカー・ノードのいずれも、エンドポイントや VPE ゲートウェイのエラーを報告していません。',
  'worker-endpoints.replace-fixes':
    'この置換は、マスターまたはレジストリーのエンドポイントを失った {count} 台のワーカー・ノードに対する IBM の修正方法です: {workers}。',
  'worker-endpoints.replace-unnamed':
    '{total} 台中 {count} 台のワーカー・ノードがマスターまたはレジストリーのエンドポイントを失っています: {workers}。置換が IBM の修正方法ですが、workers 入力はこの置換がどのワーカー・ノードを対象とするかを示していません。',
  'worker-endpoints.replace-unnamed.why':
    '別のワーカー・ノードを置換しても、これらのワーカー・ノードは壊れたままです。マスターをリフレッシュしてゲートウェイを確認した後、影響を受けたワーカー・ノードを workers に指定してください (または置換の対象であることを確認してください)。',
  'worker-endpoints.workers-unknown':
    '未チェック: IKS はこのクラスターにワーカー・ノード {workers} を返しません (クラスターにあるワーカー・ノードは cluster-state が示します)。',
  'worker-endpoints.blocked':
    '{total} 台のワーカー・ノードのうち {count} 台が、VPE ゲートウェイを介してマスターまたはレジストリーに到達できません: {workers}。',
  'worker-endpoints.blocked.why':
    'IBM は、これらのワーカー・ノードについて、エンドポイント・ゲートウェイが原因でデプロイに失敗した (または長時間ゲートウェイを待機している) と報告しています。修正するまで、クラスターに対するワーカー・ノードの操作は失敗します。',
  'worker-endpoints.pending':
    '{total} 台のワーカー・ノードのうち {count} 台が、エンドポイント・ゲートウェイを待機しています (Pending endpoint gateway creation。{minutes} 分未満、または待機時間不明): {workers}。',
  'worker-endpoints.pending.why':
    'ゲートウェイの作成中であれば、数分間はこの状態が正常です。それ以上待機し続けているワーカー・ノードは、マスターとの接続を失っています。',
  'worker-endpoints.detail.deploy-failed':
    '{worker} ({where}): マスターまたはレジストリーのエンドポイントへのネットワーク通信が失敗{age}',
  'worker-endpoints.detail.pending':
    '{worker} ({where}): エンドポイント・ゲートウェイの作成待ち (Pending endpoint gateway creation){age}',
  'worker-endpoints.detail.age.unknown': '、経過時間不明',
  'worker-endpoints.detail.age.min': '、{n} 分経過',
  'worker-endpoints.detail.age.h': '、{n} 時間経過',
  'worker-endpoints.detail.age.days': '、{n} 日経過',
  'worker-endpoints.fix.wait':
    'メッセージが {minutes} 分経過するまで待ってから、プリフライト・チェックを再実行してください。解決しない場合:',
  'worker-endpoints.fix.refresh':
    'クラスター・マスターをリフレッシュしてください。存在しない VPE ゲートウェイとその予約 IP アドレスが再作成されます。数分待ってください。',
  'worker-endpoints.fix.gateway':
    'ゲートウェイが存在し、Stable であることを確認してください (vpe-gateway の検出結果を参照)。',
  'worker-endpoints.fix.replace':
    'それでもワーカー・ノードがマスターに到達できない場合は、影響を受ける各ワーカー・ノードを置換してください。置換では、ワーカー・ノードが閉鎖され (新しいポッドはスケジュールされなくなります)、ポッドが排出されて (ポッドは他のワーカー・ノードにスケジュール変更されます)、その代わりに新しいワーカー・ノードがプロビジョンされます。実行中の容量を考慮して計画してください。'
}
