import type {explain as en} from '../en/explain.js'

/** 説明モード: 失敗した実行の出力が示している内容。 */
export const explain: {readonly [K in keyof typeof en]: string} = {
  'explain.title': '失敗した実行の出力に含まれる既知の阻害要因',
  'explain.result.pass': '失敗した実行の出力に既知の阻害要因はありません。',
  'explain.result.warn':
    '失敗した実行の出力には、確実に特定できる既知の阻害要因はありません。{warnings} 件の警告を確認してください。',
  'explain.result.fail':
    '失敗した実行の出力に、既知の阻害要因が {count} 件含まれています。それぞれの修正方法を以下に示します。',
  'explain.nothing-recognised':
    '{lines} 行のテキストから、既知の IKS の阻害要因は検出されませんでした。',
  'explain.nothing-recognised.why':
    '説明モードが認識するのは、IBM のトラブルシューティング・ページに記載されたエラーと、クラスターおよびワーカー・ノードの操作を妨げる IKS と IAM のコードです。この出力にはそのいずれも含まれていません。',
  'explain.nothing-recognised.fix':
    'クラスターに対してプリフライト・チェックを実行してライブで確認してください。出力に IBM の incidentID がある場合は、サポート Case 用に控えておいてください。',
  'explain.nothing-recognised.incident':
    'IBM がインシデント {incidentID} を示しています。サポート Case でこの値を伝えてください。',
  'explain.linked-account-normal':
    'E0051 "The user credentials could not be found" は、リージョンとリソース・グループがアカウントにリンクされたインフラストラクチャーを使用している場合の正常な応答です。阻害要因ではありません。',

  // paid account (E0057)
  'explain.paid-account.title':
    'アカウントがクラシック・インフラストラクチャーに接続できる',
  'explain.paid-account':
    'IKS が IBM Cloud アカウントのクラシック・インフラストラクチャーに接続できませんでした (E0057: "Ensure that you have a paid account")。',
  'explain.paid-account.why':
    'クラシック・クラスターとワーカー・ノードは、アカウントにリンクされたクラシック・インフラストラクチャーで注文されます。従量課金 (PAYG) またはサブスクリプションのアカウントがない場合や、アカウント全体の TOTP がリンクされた資格情報を妨げている場合、クラシックの操作はすべて失敗します。',
  'explain.paid-account.fix.check':
    'リージョンとリソース・グループが使用しているインフラストラクチャー資格情報を確認してください (E0051 が表示された場合は、リンクされたアカウントを使用しています)。',
  'explain.paid-account.fix.upgrade':
    'アカウントがライト・アカウントまたは試用アカウントの場合は、従量課金 (PAYG) またはサブスクリプションにアップグレードしてください (「管理」>「アカウント」>「アカウント設定」)。有料アカウントには、クラシック・インフラストラクチャーがリンクされます。',
  'explain.paid-account.fix.credentials':
    'アカウントが有料で TOTP を使用している場合は、クラスターがあるすべてのリージョンで IKS にクラシック・インフラストラクチャー API キーを与え、クラスターがそのキーを使用するようにしてください。',

  // TOTP
  'explain.totp-mfa.title':
    'TOTP 多要素認証がクラシック・インフラストラクチャーを妨げていない',
  'explain.totp-mfa':
    'IKS がクラシック・インフラストラクチャー・ユーザーを認証できません。アカウントがログインに時間ベースのワンタイム・パスコード (TOTP) を要求しています。',
  'explain.totp-mfa.why':
    'アカウント全体の TOTP は、IKS がリンクされた資格情報でクラシック・インフラストラクチャーに対して行う呼び出しにも適用されます。そのため、IKS でクラスターとワーカー・ノードを作成して管理することはできません。',
  'explain.totp-mfa.fix.off':
    '次のいずれかを実行してください。アカウント所有者またはアカウント管理者が TOTP を無効にします:「管理」>「アクセス (IAM)」>「設定」>「多要素認証」>「編集」>「なし」>「更新」。',
  'explain.totp-mfa.fix.key':
    'または、引き続き TOTP を使用し、クラスターがあるすべてのリージョンで、アカウント所有者 (または適切な権限を持つユーザー) のクラシック・インフラストラクチャー API キーを IKS に与えてください。その後、キーを確認し、既存のクラスターがそのキーを使用するようにします。',

  // orphaned workers
  'explain.orphaned-workers.title':
    'ワーカー・ノードが、資格情報の指すインフラストラクチャー・アカウントにある',
  'explain.orphaned-workers':
    'ワーカー・ノード {workers} が "incorrect account for worker" を報告しています。クラシック・インフラストラクチャー資格情報が変更され、ワーカー・ノードがプロビジョンされたアカウントと一致しなくなっています。',
  'explain.orphaned-workers.why':
    'クラスターは孤立しています。IKS はリージョンとリソース・グループの資格情報を使用してワーカー・ノードを管理しますが、その資格情報が別のクラシック・アカウントを指しているため、このクラスターのワーカー・ノードは追加、再ロード、置換、削除のいずれもできません。',
  'explain.orphaned-workers.fix.find':
    'リージョンとリソース・グループが使用しているインフラストラクチャー・アカウントを確認し、そのアカウントのデバイス・リストでワーカー・ノード ID を検索してください。',
  'explain.orphaned-workers.fix.linked':
    'ワーカー・ノードがアカウントにリンクされたインフラストラクチャーにある場合は、リンクされた資格情報に戻してください。',
  'explain.orphaned-workers.fix.other':
    'ワーカー・ノードが別のクラシック・アカウントにある場合は、そのアカウントの資格情報を設定してください (資格情報を持つ人がもういない場合、IBM サポートはそのアカウントの管理者を確認できますが、クラスターを削除することはできません)。',
  'explain.orphaned-workers.fix.retry':
    'ブロックされたアクションを再試行してください。同じリージョンとリソース・グループで以前の資格情報を使用して作成されたクラスターは、切り替えによって孤立します。恒久的な修正は、それらをすべて 1 つのインフラストラクチャー・アカウントに再作成することです。',

  // VPE gateway / worker endpoints
  'explain.vpe-gateway.title':
    'クラスターの VPE ゲートウェイが存在し、安定している',
  'explain.vpe-gateway':
    '{cluster} のワーカー・ノードが "Pending endpoint gateway creation" で待機しています。クラスターの仮想プライベート・エンドポイント (VPE) ゲートウェイ (iks-<cluster ID>) が存在しません。',
  'explain.vpe-gateway.why':
    'ワーカー・ノードは、クラスターの VPE ゲートウェイを介して Kubernetes マスターと通信します。ゲートウェイがないか、ワーカー・サブネットにその予約 IP アドレスがない場合、ワーカー・ノードはマスターとの接続を失います。',
  'explain.vpe-gateway.fix.refresh':
    'クラスター・マスターをリフレッシュしてください。存在しないゲートウェイとその予約 IP アドレスが再作成されます。数分待ってから、ゲートウェイ iks-<cluster ID> が存在し、安定していることを確認してください (存在するのに安定していない場合は IBM サポートが必要です)。',
  'explain.worker-endpoints.title':
    'ワーカー・ノードがマスターとレジストリーのエンドポイントに到達できる',
  'explain.worker-endpoints':
    '{cluster} のワーカー・ノード {workers} のデプロイに失敗しました。マスターまたはレジストリーのエンドポイントへのネットワーク通信が失敗しています。',
  'explain.worker-endpoints.why':
    '通常は、クラスターの VPE ゲートウェイ、またはワーカー・サブネット内のその予約 IP アドレスが存在しないことが原因です。トラフィックを遮断するセキュリティー・グループ、ACL、カスタム経路も同じ結果になります。',
  'explain.worker-endpoints.fix.replace':
    'リフレッシュ後もワーカー・ノードがマスターに到達できない場合は、各ワーカー・ノードを置換してください (ワーカー・ノード上のポッドは排出され、スケジュール変更されます)。',

  // cluster access (A0006 / G0004)
  'explain.cluster-access':
    'IKS は呼び出し元に対してクラスター {cluster} を見つけられませんでした ({code}: "The specified cluster could not be found")。',
  'explain.cluster-access.why':
    '実行が、クラスターとは別のアカウント、リージョン、またはリソース・グループをターゲットにしていたか、呼び出し元にクラスターに対するビューアー役割がありません。作成直後にも、IKS が短時間このように応答することがあります。何かを変更する前に一度再試行してください。',

  // cluster API key (A0656 / A03e9b / stored key)
  'explain.cluster-api-key.service-id':
    'IKS は、リージョンとリソース・グループの API キーの作成を許可されませんでした (A0656)。呼び出し元はサービス ID である可能性が高いです。',
  'explain.cluster-api-key.iam-failed':
    'IKS は IAM で API キーを作成できませんでした (A03e9b)。',
  'explain.cluster-api-key.iam-limit':
    'IKS は IAM で API キーを作成できませんでした。IAM は BXNIM0151E を返しています。所有者の API キーの上限に達しています。',
  'explain.cluster-api-key.iam-failed.why':
    'IKS は、すべての操作のインフラストラクチャーおよび IAM の呼び出しのために、リージョンとリソース・グループごとに 1 つの API キーを保管します。キーがなければ作成は失敗します。IKS は IAM の理由を表示しません。BXNIM0151E は、所有者が API キーの上限に達したことを意味します。',
  'explain.cluster-api-key.limit.fix':
    'IAM が BXNIM0151E を返した場合は、所有者が使用しなくなった API キーを削除してください。',
  'explain.cluster-api-key.stored-key':
    'IKS 自身の IAM トークン交換が失敗しました。IKS がリージョンとリソース・グループ用に保管している API キーが無効になっています ({message})。',
  'explain.cluster-api-key.stored-key.why':
    'IKS は、パイプラインのキーではなく、保管されたこのキーで操作の呼び出しを行います。キーが削除されたか、無効にされたか、キーの所有者がアカウントから離れています。',

  // classic region (E501e)
  'explain.classic-region.title':
    'リージョンでクラシック・クラスターを作成できる',
  'explain.classic-region':
    'IKS はリージョン {region} にクラシック・クラスターを作成しません。アカウントにはそこにクラシック・クラスターがありません (E501e)。',
  'explain.classic-region.why':
    '2026-10-01 以降、クラシック・クラスターを作成できるのは、アカウントに既にクラシック・クラスターがあるリージョンだけです。',
  'explain.classic-region.fix':
    '代わりに VPC クラスターを作成するか、アカウントにクラシック・クラスターがあるリージョンでクラシック・クラスターを作成してください。',

  // cluster name (E0007)
  'explain.cluster-name':
    'IKS が作成を拒否しました。{name} という名前のクラスターが既に存在します (E0007)。',
  'explain.cluster-name.why':
    'クラスター名はリージョンごとに固有です。HTTP 500 で失敗して再試行された作成も、このように終わることがあります。最初の試行でクラスターが作成されている可能性があります。',

  // API key (IAM BXNIM codes)
  'explain.api-key.unknown':
    'IAM は、実行で使用された API キーを認識していません ({code}: "Provided API key could not be found")。',
  'explain.api-key.disabled':
    '実行で使用された API キーは無効になっています ({code})。',
  'explain.api-key.other': 'IAM が実行の資格情報を拒否しました ({code})。',

  // infrastructure permissions
  'explain.infra-permissions':
    'クラシック・インフラストラクチャー資格情報に、操作に必要な権限がありません ("{message}")。',
  'explain.infra-permissions.why':
    'IKS は、リージョンとリソース・グループの資格情報を使用してクラシック・デバイスの注文、再ロード、キャンセルを行います。権限が 1 つでも不足していると、クラスター全体の操作が失敗します。',
  'explain.infra-permissions.fix':
    '不足している権限をリストし、IKS が誰の資格情報を使用しているかを確認してから、アカウント管理者に権限を付与してもらってください。'
}
