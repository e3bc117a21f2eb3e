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
    'クラスターに対してプリフライト・チェックを実行してライブで確認してください。出力に IBM のインシデント ID (incidentID) がある場合は、サポート Case 用に控えておいてください。',
  'explain.nothing-recognised.incident':
    'IBM がインシデント ID {incidentID} を示しています。サポート Case でこの値を伝えてください。',
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
  'explain.cluster-access.after-create':
    '同じログでクラスター {cluster} の作成中に、IKS が "not found" ({code}) と応答しました。',
  'explain.cluster-access.after-create.why':
    'IKS は作成を受け付けた直後、しばらくの間新しいクラスターに 404 を返すことがあります (terraform-provider-ibm #3449、#4163)。通常、クラスターは存在します。ターゲットや役割を変更する前に確認し、再試行してください。',
  'explain.cluster-access.already-gone':
    '削除がクラスター {cluster} を要求した時点で、クラスターはすでに存在しませんでした ({code})。削除するものは残っていません。',
  'explain.cluster-access.already-gone.why':
    '同じログで、IKS が "not found" と応答する前にクラスターを削除しています。以前の削除 (再試行された destroy、別のパイプライン) で削除済みです。権限の問題ではありません。',
  'explain.cluster-access.already-gone.fix':
    'リージョンとリソース・グループにクラスターがないことを確認し、destroy が失敗し続ける場合は Terraform の状態から除外します:',
  'explain.resource-group':
    '実行がターゲットにしたリソース・グループ ({group}) が、呼び出し元に対して見つかりませんでした。',
  'explain.resource-group.why':
    'グループがこのアカウントに存在しないか、名前の綴りが異なるか (デフォルト・グループは「Default」または「default」)、呼び出し元にそのグループのアクセス・ポリシーがありません。資格情報と保管 API キーはリソース・グループごとなので、すべての IKS 操作で正しいグループが重要です。',
  'explain.resource-group.fix':
    '呼び出し元が参照できるグループを一覧表示し、正しいグループをターゲットにします:',
  'explain.cluster-access.why':
    '実行が、クラスターとは別のアカウント、リージョン、またはリソース・グループをターゲットにしていたか、呼び出し元にクラスターに対するビューアー役割がありません。作成直後にも、IKS が短時間このように応答することがあります。何かを変更する前に一度再試行してください。',

  // cluster API key (A0656 / A03e9b / stored key)
  'explain.cluster-api-key.not-authorized':
    'IKS は、リージョンとリソース・グループの API キーの作成を許可されませんでした (A0656)。呼び出し元に IAM Identity サービスの Operator 役割がないか、アカウントが API キーの作成を制限しています。',
  'explain.cluster-api-key.not-authorized.why':
    'IKS は保管用の API キーを呼び出し元として作成します。ユーザーでもサービス ID でも IAM Identity の Operator 役割が必要です (すべての ID およびアクセス対応サービスの管理者ポリシーには含まれません)。API キーの作成を制限しているアカウントでは"User API key creator" 役割も必要です。これらの役割を持つユーザーがキーを設定することもできます。',
  'explain.cluster-api-key.operator.fix':
    'または、呼び出し元に IAM Identity サービスの Operator 役割を付与します (ユーザーには 1 つ目、サービス ID には 2 つ目のコマンド):',
  'explain.cluster-api-key.restricted.fix':
    'アカウントが API キーの作成を制限している場合は、設定を確認し、呼び出し元に "User API key creator" 役割を付与します:',
  'explain.cluster-api-key.info.fix':
    'クラスターのリソース・グループで IKS が保管しているキーの所有者を確認します (キーと資格情報はリージョンとリソース・グループごとです):',
  'explain.cluster-api-key.owner-gone':
    'IKS がリージョンとリソース・グループ用に保管している API キーの所有者が、アカウントで有効でないか、クラシック・インフラストラクチャーにリンクされていません (「{message}」)。',
  'explain.cluster-api-key.owner-gone.why':
    'IKS はリージョンとリソース・グループの保管キーでインフラストラクチャーを注文・管理します。所有者が退職した、削除保留中 (cancel_pending) である、またはインフラストラクチャーのリンクを失った場合、有効なユーザーがキーをリセットするまですべての操作が失敗します。',
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
    'クラスター名はリージョンごとに固有です。リージョン内の別のクラスターがすでにこの名前を使用しています。',
  'explain.cluster-name.maybe-ours':
    '{name} という名前のクラスターが存在するため IKS は作成を拒否しました (E0007)。ただしログには、それ以前の 5xx、タイムアウト、再試行、または実行中の作成が記録されています。最初の作成が受け付けられた可能性があります。名前を変更する前に確認してください。',
  'explain.cluster-name.maybe-ours.why':
    'IKS は作成要求に HTTP 500 を返しながらクラスターを作成したことがあります。その後の再試行 (Terraform プロバイダーやスクリプトによる) では名前が使用済みになります (terraform-provider-ibm #3213、#3656)。名前を変えると、管理されない 2 つ目のクラスターが残ります。',
  'explain.cluster-name.maybe-ours.fix.look':
    'クラスターを確認します。数分前に、この実行のリソース・グループで作成されたものなら、この実行が作成したクラスターである可能性が高いです:',
  'explain.cluster-name.maybe-ours.fix.adopt':
    '自分のクラスターであれば、別のクラスターを作成せずに取り込みます (Terraform では失敗したリソースにインポートします):',
  'explain.cluster-name.maybe-ours.fix.rename':
    '他の誰かのクラスターである場合に限り、別の名前を選んでください。',

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
    '不足している権限をリストし、IKS が誰の資格情報を使用しているかを確認してから、アカウント管理者に権限を付与してもらってください。',
  'explain.stdin-tty':
    '失敗した実行の出力を標準入力から読み取っています。貼り付けてから Ctrl-D を押してください (または FILE を指定してください)。',
  'explain.cut.tail':
    '{read} MiB のうち最後の {kept} MiB だけを読み取りました。テキストのそれより前に書かれた原因は確認していません。',
  'explain.cut.stream-limit':
    '入力が {read} MiB を超えても終わらなかったため、そこで読み取りを停止し、読み取った最後の {kept} MiB だけを説明しました。',
  'explain.cut.deadline':
    '時間の上限に達した時点で入力がまだ開いていました。読み取った {read} MiB のうち最後の {kept} MiB を説明しました。',
  'explain.cut.deadline-nothing':
    '時間の上限に達したときに入力はまだ開いており、何も書き込まれていませんでした。何も説明していません。',
  'explain.cut.deadline-whole':
    '時間の上限に達したときに入力はまだ開いていました。それまでに読み取った {read} バイトすべてを説明しました。',
  'explain.cut.why':
    '説明モードは timeout-seconds の範囲内で、入力の末尾 (失敗した実行のエラーは末尾にあります) だけを読み取ります。巨大なログ、/dev/zero、閉じないパイプでメモリーを使い果たしたりジョブが停止したりしないためです。',
  'explain.confirm.confirmed':
    'アカウントで確認済み: ライブ・チェック {check} が現在 {target} でこの原因を検出しています ({live})。',
  'explain.confirm.refuted':
    '現在アカウントでは検出されません: ライブ・チェック {check} は {target} で合格しています ({live})。テキストは当時の状況を示しています。その後修正されたか、一時的なものだった可能性があります。',
  'explain.confirm.unverified':
    'アカウントで検証できませんでした: ライブ・チェック {check} は {target} で最後まで実行できませんでした。',
  'explain.confirm.not-applicable':
    'ライブでは確認されていません: {check} は {target} に適用されません (インフラストラクチャー・プロバイダーまたはこの操作のため)。',
  'explain.cluster-access.already-gone.fix.cli':
    'アカウント、リージョン、リソース・グループにクラスターがないことを確認します。削除するものは残っていません:',
  'explain.confirm.delete-present':
    'ライブで読み取り: ライブ・チェック {check} は現在アカウントでクラスター {target} を検出しています ({live})。',
  'explain.confirm.delete-absent':
    'ライブで読み取り: ライブ・チェック {check} はクラスター {target} を検出しません ({live})。',
  'explain.confirm.text-only':
    'テキストからのみ判断: ライブ・チェックは実行されませんでした (時間が残っていませんでした)。',
  'explain.confirm.no-live-check':
    'テキストからのみ判断: この原因のライブ確認はまだ利用できません。',
  'explain.confirm.no-key':
    'テキストからのみ判断: API キー (api-key、IBMCLOUD_API_KEY または IC_API_KEY) があれば、説明モードはアカウントで確認します。',
  'explain.detail.terraform': 'Terraform リソース {address} ({file})',
  'explain.detail.terraform-resource': 'Terraform リソース {address}',
  'explain.detail.terraform-file': 'Terraform 構成 {file}',
  'explain.detail.request': 'IBM のリクエスト ID: {id}',
  'explain.flavor.title': 'ワーカーのフレーバーをすべてのゾーンで注文できる',
  'explain.flavor.not-in-zone':
    '実行が指定したフレーバーはゾーン {zone} では注文できません (E4e5b: "Could not find flavor in the requested zone")。',
  'explain.flavor.deprecated':
    '実行が指定したフレーバーは非推奨となり、注文できなくなりました (E0146)。',
  'explain.flavor.why':
    'フレーバーはゾーンとプロバイダー (classic、vpc-gen2) ごとに異なり、IBM は古いフレーバーを廃止します。IKS は何も注文する前に作成やプールの変更を拒否します。',
  'explain.flavor.fix':
    'ゾーンで提供されているフレーバーを一覧表示し、その中から選択します (VPC クラスターでは --provider vpc-gen2 を追加):',
  'explain.worker-minimum.title':
    '変更後もクラスターに 2 つ以上のワーカーが残る',
  'explain.worker-minimum':
    'IKS は {cluster} のワーカー・プールの縮小を拒否しました。クラスターが最小の 2 ワーカーを下回るためです (E1437)。',
  'explain.worker-minimum.why':
    'クラスターにはプール全体で 2 つ以上のワーカーが必要です。削除中または保留中の操作があるワーカーは数えられないため、他のプールに 2 つ残る場合に限りプールを 0 にできます。',
  'explain.worker-minimum.fix':
    '他のプールのワーカー数を確認し、先に別のプールを拡大するか保留中のワーカー操作が終わるのを待ってから、このプールを縮小します:',
  'explain.kms-authorization.title':
    'Kubernetes Service が鍵管理サービスを使用できる',
  'explain.kms-authorization':
    'IKS には、クラスターのルート鍵を保持する鍵管理サービスを使用する権限がありません (E09c0)。',
  'explain.kms-authorization.why':
    'Key Protect または Hyper Protect Crypto Services でクラスターを暗号化するには、Kubernetes Service からそのインスタンスへのサービス間許可 (Reader と委任 (Authorization Delegator)) が必要です。新しいアカウントやサブアカウントにはありません。',
  'explain.kms-authorization.fix':
    '許可を確認し、Kubernetes Service から KMS インスタンスへの許可を作成します (Hyper Protect Crypto Services では kms の代わりに hs-crypto):',
  'explain.kube-version.title': 'Kubernetes バージョンを注文できる',
  'explain.kube-version':
    'IKS は実行が指定した Kubernetes バージョンを拒否しました (「{message}」)。',
  'explain.kube-version.why':
    '作成で受け付けられるのは IKS が現在提供しているバージョンだけで、マイナー・バージョンの最新パッチに限られます。IBM はパッチとマイナー・バージョンを廃止するため、コードに固定したバージョンは使えなくなります。',
  'explain.kube-version.fix':
    'IKS が提供しているバージョンを一覧表示し、そのいずれか (または major.minor のみ) を使用します:',
  'explain.cluster-state.title':
    'クラスター・マスターが操作を受け付けられる状態である',
  'explain.cluster-state.master-busy':
    'IKS は {cluster} の変更を拒否しました。マスターが deployed 状態ではなく、別のマスター操作が実行中です (Ef9cc)。',
  'explain.cluster-state.master-busy.why':
    'マスター操作は 1 つずつ実行されます。マスターのデプロイ中や更新中 (例: "VPN server configuration update in progress") は更新が拒否されます。',
  'explain.cluster-state.fix':
    'マスターが deployed かつ Ready になるまでマスターの状態とワーカーを確認し、再試行します:',
  'explain.wait-timeout':
    '実行は {cluster} の待機を打ち切りました (「{message}」)。操作自体はまだ実行中か、IBM 側で失敗した可能性があります。',
  'explain.wait-timeout.why':
    '待機のタイムアウトは、時間内に状態に達しなかったことだけを示します。理由はマスターとワーカーの状況でわかります。よくある原因は、マスターに到達できないワーカー (VPE ゲートウェイ、セキュリティー・グループ)、クラシック・インフラストラクチャーの権限、孤立したワーカーです。',
  'explain.wait-timeout.fix.status':
    'マスターとワーカーの状況 (各ワーカーの状態、正常性、メッセージ) を表示します:',
  'explain.wait-timeout.fix.checks':
    'それらの原因を検出するライブ・チェック ({checks}) を、何も変更しない更新のプリフライト・チェックとしてクラスターで実行します:',
  'explain.classic-vlans.title': 'クラシック・ゾーンに使用できる VLAN がある',
  'explain.classic-vlans':
    'IKS はクラシックの作成を拒否しました。必須の値がありません。標準のクラシック・クラスターには、ゾーン {zone} のパブリック VLAN とプライベート VLAN が必要です (E0020)。',
  'explain.classic-vlans.why':
    'クラシックの標準クラスターは、そのゾーンのプライベート VLAN (プライベート専用でなければパブリック VLAN も) に配置されます。アカウントがそのゾーンにすでに VLAN を持っている場合、IKS は VLAN を選択しません。',
  'explain.classic-vlans.fix':
    'ゾーンの VLAN を一覧表示し、その ID を指定します (--private-vlan、--public-vlan):',
  'explain.vpc-security-groups.title':
    'VPC にクラスターのセキュリティー・グループとルールの余裕がある',
  'explain.vpc-security-groups':
    'VPC がセキュリティー・グループの割り当て量に達しました ({code})。IKS はクラスターに必要なセキュリティー・グループやルールを作成できません。',
  'explain.vpc-security-groups.why':
    '各クラスターには専用のセキュリティー・グループ (kube-<クラスター ID>) とルールがあります。IBM は VPC ごとのセキュリティー・グループ数とグループごとのルール数を制限しているため、多数のクラスターで共有する VPC や、リモート・ルールの多いグループではワーカーが作成できなくなります。',
  'explain.vpc-security-groups.fix':
    'VPC のセキュリティー・グループ数と、混雑しているグループのルール数を確認し、不要なものを削除するか、IBM に割り当て量の引き上げを依頼します:',
  'explain.webhook':
    '{cluster} のマスター操作を完了できませんでした。クラスター内のアドミッション Webhook が壊れています。',
  'explain.webhook.why':
    'Webhook は Kubernetes API への要求を傍受します。その背後のサービスが存在しないか到達できない場合、マスター自身の要求が失敗し、IKS は更新やリフレッシュを停止します。',
  'explain.webhook.fix':
    '失敗している Webhook を特定し (テスト・ポッドのエラーに名前が示されます)、その構成を修復または削除してから再試行します:',
  'explain.code.free-limit':
    'IKS は作成を拒否しました。アカウントにはすでに無料クラスターがあります (E0013)。',
  'explain.code.free-limit.fix':
    '既存の無料クラスターを削除するか、代わりに標準クラスターを作成します:',
  'explain.code.provider':
    'この操作はクラスターのプロバイダーでは提供されていません (G3917: "Cluster provider not permitted for given operation")。',
  'explain.code.provider.fix':
    'クラスターのプロバイダー (classic または vpc-gen2) を確認し、そのプロバイダー用のコマンドまたはリソースを使用します:',
  'explain.code.up-to-date':
    'マスターはすでに更新で指定されたバージョンで稼働しています (E0120)。更新するものはありません。',
  'explain.code.up-to-date.fix':
    'マスターのバージョンと提供中のバージョンを比較し、更新を要求したコードのバージョンを修正します:',
  'explain.code.pool-name':
    'その名前のワーカー・プールはクラスターにすでに存在します (E0d39)。',
  'explain.code.pool-name.fix':
    'クラスターのプールを一覧表示し、既存のプールを再利用するか別の名前を選択します:',
  'explain.code.worker-not-found':
    'IKS は実行が指定したワーカーを認識していません (E0011)。削除または置換されたか、別のクラスターのワーカーです。',
  'explain.code.worker-not-found.fix':
    '現在のワーカーを一覧表示し、その ID を使用します:',
  'explain.transient':
    'この失敗は一時的なものです。呼び出しにサーバー・エラーまたはレート制限が返されました (「{message}」)。誰かの設定の問題ではありません。',
  'explain.transient.why':
    'HTTP 5xx、429、"Try again later" はサービス側の問題か、同時に多すぎる要求によるものです。通常、同じ呼び出しは少し後に成功します。',
  'explain.transient.fix':
    'しばらく待ってから再試行します (429 の後は並列の呼び出しを減らします)。続く場合は、サポート Case でインシデント ID を伝えてください。',
  'explain.transient.fix.look':
    '作成や削除で 5xx が返された場合は、再試行する前に確認してください。IBM が処理を完了している可能性があります:',
  'explain.not-ibm':
    'テキストの {lines} 行に IBM Cloud の出力 (IKS、VPC、IAM のコード、ホスト、`ibmcloud` コマンド、IBM プロバイダーのリソース) はありません。他のクラウドやツールの原因は説明しません。',
  'explain.input.binary':
    '入力はバイナリー・データ ({bytes} バイト) であり、実行のテキスト出力ではありません。何も説明していません。',
  'explain.input.binary.why':
    '説明モードは、失敗した `ibmcloud` コマンド、Terraform の実行、IKS API 呼び出しが出力したテキストを読み取ります。そのログ (error-file) を指定するか、エラーを貼り付けてください (error-text)。',
  'explain.input.empty':
    '何も読み取られませんでした。入力が空です (空のファイル、またはクローズされるか時間切れになるまで誰も書き込まなかったパイプ)。',
  'explain.input.empty.why':
    'テキストがないため説明できません。失敗したステップのログを指定してください。',
  'explain.cluster-access.delete-not-found':
    'クラスター {cluster} の削除に「見つからない」({code}) が返されましたが、このログにはそれ以前の削除がありません。IBM のヒントは、ターゲットのリソース・グループ、リージョン、またはアカウントが誤っていることです。',
  'explain.cluster-access.delete-not-found.why':
    'IKS は、呼び出し元が参照している場所でクラスターが見つからない場合に A0006/G0004 を返します。クラスターは別のリソース・グループ、リージョン、またはアカウントに存在する可能性があります。正しい場所で削除済みと確認できるまで、Terraform の状態から除去しないでください。',
  'explain.cluster-access.delete-present':
    'クラスター {cluster} の削除に「見つからない」({code}) が返されましたが、ライブ・チェックではプリフライト・チェックが参照した場所にクラスターがあります。削除では別のリソース・グループ、リージョン、またはアカウントがターゲットになっていました (IBM のヒント)。',
  'explain.cluster-access.delete-present.why':
    'クラスターは存在します。Terraform の状態から除去しないでください。プリフライト・チェックが使用したリージョン、リソース・グループ、アカウントで削除を実行してください。',
  'explain.cluster-access.gone-live.why':
    'プリフライト・チェックはログに示された (または指定された) リージョンとリソース・グループで確認しましたが、IKS には現在そこにクラスターがありません。(ログが Terraform の実行の場合) Terraform の状態から除去する前に、アカウントが正しいことを確認してください。',
  'explain.cluster-access.gone-live':
    'ライブ・チェックでは、削除が参照した場所にクラスター {cluster} が見つかりません。クラスターは削除済みです ({code})。',
  'explain.api-key.ip-allowlist':
    'IAM は呼び出し元のアドレス {address} に対するトークンの発行を拒否しました (BXNIM0430E)。アカウントまたはユーザーの許可 IP アドレス・リストにこのアドレスが含まれていません。API キー自体は有効です。',
  'explain.api-key.ip-allowlist.control-plane':
    'IAM はクラスター自身のコントローラー (アドレス {address}、BXNIM0430E) へのトークンの発行を拒否しました。アカウントの許可 IP アドレス・リストに、クラスターのリージョンの IKS コントロール・プレーンが含まれていません。',
  'explain.api-key.ip-allowlist.no-address':
    'IAM は呼び出し元のアドレスに対するトークンの発行を拒否しました (BXNIM0430E。テキストにはアドレスが示されていません)。アカウントまたはユーザーの許可 IP アドレス・リストにこのアドレスが含まれていません。API キー自体は有効です。',
  'explain.api-key.ip-allowlist.control-plane.no-address':
    'IAM はクラスター自身のコントローラーへのトークンの発行を拒否しました (BXNIM0430E。テキストにはそのアドレスが示されていません)。アカウントの許可 IP アドレス・リストに、クラスターのリージョンの IKS コントロール・プレーンが含まれていません。',
  'explain.api-key.ip-allowlist.fix.settings':
    'アカウント管理者が許可 IP アドレスを確認し (コンソール: 「管理」>「アクセス (IAM)」>「設定」の IP アドレス・アクセス、以下の出力の `allowed_ip_addresses`)、IAM が示したアドレスを追加するか、許可されたアドレスからジョブを実行します:',
  'explain.api-key.ip-allowlist.fix.control-plane':
    'クラスターのリージョンのコントロール・プレーン IP を許可リストに追加します (IBM のリスト: https://github.com/IBM-Cloud/kube-samples/tree/master/control-plane-ips)。',
  'explain.vpc-subnets.view':
    '作成に使用された API キーでは VPC サブネット {subnet} を表示できません (「not authorized to view the specified subnet」)。',
  'explain.vpc-subnets.view.why':
    'IBM によると、キーの所有者にサブネットに対するビューアー役割がありません。一般的な原因は、サブネットがクラスターとは別のリソース・グループにあることです。',
  'explain.vpc-subnets.view.fix':
    'キーの所有者とサブネットのリソース・グループを確認し、所有者にサブネット (または VPC のすべてのサブネット) に対するビューアー役割を付与して再試行します:',
  'explain.kms-authorization.pool-root-key':
    '暗号化されたワーカー・ストレージを構成できませんでした。ワーカー・プールのカスタマー・ルート鍵 (またはその KMS インスタンス) がありません。',
  'explain.kms-authorization.pool-root-key.why':
    'IBM によると、ワーカー・プールの作成後、ワーカーのプロビジョン前に KMS インスタンスまたはルート鍵が削除されました。新しいインスタンスとキー、および新しいワーカー・プールが必要です。',
  'explain.kms-authorization.pool-root-key.fix':
    'クラスターで KMS が有効であること、および KMS インスタンスとルート鍵が存在することを確認します:',
  'explain.vpc-security-groups.pending':
    'ワーカーが「Pending security group creation」のままです。VPC がセキュリティー・グループの上限 (または VPC ごとのクラスター数の上限) に達しています。',
  'explain.vpc-security-groups.vpc-limit':
    'VPC が VPC ごとに許可されるクラスター数またはセキュリティー・グループ数の上限に達しています。新しいクラスターのワーカーは「Pending security group creation」のまま待機します。',
  'explain.vpc-security-groups.pending.why':
    'VPC クラスターを作成するたびに VPC にセキュリティー・グループが追加されます。IBM は VPC ごとに 15 クラスターというハード・リミットと、VPC ごとのセキュリティー・グループ数の上限を記載しています。',
  'explain.vpc-security-groups.pending.fix':
    'セキュリティー・グループを解放した後 (または VPC 内のクラスターを削除した後)、マスターをリフレッシュしてワーカーのプロビジョンを続行します:',
  'explain.classic-vlans.not-found':
    'クラシック・インフラストラクチャーでワーカーの VLAN {vlan} が見つかりませんでした。',
  'explain.classic-vlans.not-found.why':
    'IBM によると、VLAN ID (7 桁) の代わりに VLAN 番号 (3 から 4 桁) が指定されたか、VLAN がリージョンの資格情報が使用するインフラストラクチャー・アカウントにありません。',
  'explain.worker-endpoints.firewall':
    '{cluster} のワーカー {workers} が IKS サーバーに到達できません。ファイアウォールがアウトバウンド・トラフィックをブロックしています。',
  'explain.worker-endpoints.firewall.why':
    'IBM によると、ワーカー用に IKS が記載しているアウトバウンドのポートと IP アドレスを許可してから、ワーカーを置換します。',
  'explain.code.vsi-quota':
    'プリフライト・チェックの対象外: アカウントの VPC 割り当て量 (vCPU、メモリー、GPU、インスタンス・ストレージ) ではワーカーを収容できません (「{message}」)。',
  'explain.code.vsi-quota.fix':
    'IBM によると、VPC インフラストラクチャーのサポート Case を開いてそのリソースの割り当て量の増加を依頼し、ワーカーを再試行します:',
  'explain.code.plan':
    'プリフライト・チェックの対象外: エンタープライズのプライベート・カタログ設定でクラスターのプランが除外されています (「{message}」)。',
  'explain.code.plan.fix':
    'IBM によると、エンタープライズ管理者 (カタログ管理の管理者役割) がカタログ設定 (https://cloud.ibm.com/content-mgmt/catalog-settings) で除外を削除し、ワーカーを再度プロビジョンまたは再ロードします。',
  'explain.code.entitlement':
    'プリフライト・チェックの対象外: アカウントに OpenShift (Cloud Pak) の資格が割り当てられていません (「{message}」)。',
  'explain.code.entitlement.fix':
    'IBM によると、「管理」>「アカウント」>「ライセンスと資格」を確認して Cloud Pak ライセンスを割り当てるか (IBM Passport Advantage)、"Apply my OCP entitlement" (OCP 資格を適用) を使用せずにプールを作成します。',
  'explain.code.dedicated':
    'プリフライト・チェックの対象外: ゾーンの専用ホストがないか、準備ができていないか、容量が不足しています (「{message}」)。',
  'explain.code.dedicated.fix':
    '専用ホスト・プールとそのホストをリストし、ゾーンにホストを追加します:',
  'explain.code.place-order':
    'プリフライト・チェックの対象外: ゾーンのルーターの背後に注文に対応する容量がありません (「{message}」)。',
  'explain.code.place-order.fix':
    'IBM によると、待ってから再試行するか、別のゾーン、または別の VLAN のペアを使用します:',
  'explain.code.location':
    'プリフライト・チェックの対象外: クラシック・インフラストラクチャー・アカウントはこのデータ・センターで注文できるように設定されていません (「{message}」)。',
  'explain.code.location.fix':
    'IBM によると、IBM Cloud サポートに連絡してアカウントの設定を確認します。',
  'explain.code.hard-reboot':
    'プリフライト・チェックの対象外: ワーカーがソフト・リブートに応答しませんでした (「{message}」)。',
  'explain.code.hard-reboot.fix':
    'IBM によると、--hard を指定してリブートします (またはワーカーを再ロードします):',
  'explain.code.upgradeable':
    'プリフライト・チェックの対象外: OpenShift が Upgradeable=False を報告しているため、IBM はマスターをアップグレードできません (「{message}」)。',
  'explain.code.upgradeable.fix':
    'クラスター・バージョンで Upgradeable 条件の理由を確認して解決し、更新を再試行します:',
  'explain.code.cos':
    'これらのチェックの対象外: OpenShift の作成で Object Storage バケットと IAM サービス・キーを保管できませんでした (「{message}」)。',
  'explain.code.cos.fix':
    '作成で使用された Cloud Object Storage インスタンスと、作成者のアクセス権を確認します:',
  'explain.code.image-pull':
    'プリフライト・チェックの対象外: 作成時に、クラスターが icr.io からプルするための IAM アクセス・ポリシーを作成できませんでした (「{message}」)。',
  'explain.code.image-pull.fix':
    '作成時のイメージ・プルに関する IBM のページ (https://cloud.ibm.com/docs/openshift?topic=openshift-ts_image_pull_create) に従ってください。',
  'explain.code.registry-admin':
    'プリフライト・チェックの対象外: クラスターを Container Registry で構成できませんでした (「{message}」)。',
  'explain.code.registry-admin.fix':
    'IBM によると、API キーの所有者には Container Registry の管理者役割が必要です:',
  'explain.confirm.needs-cluster':
    'ライブでは確認されていません: テキストにクラスターの名前がありません。アカウントで {check} を確認するには `cluster` (および `region`) を指定してください。',
  'explain.wait-timeout.fix.untaint':
    'IBM Schematics によると、待機がタイムアウトしたリソースは、IBM 側で作成が続いていてもプロバイダーによって汚染 (taint) とマークされ、次の適用で削除されて再作成されます。クラスターが Normal になったら、状態ファイルから汚染されたリソースのアドレスを読み取り、汚染を解除します:',
  'explain.schematics.job':
    'IBM Cloud Schematics が Terraform を実行し、ジョブが失敗しました (「{message}」)。その前の Terraform の出力には既知の原因が見つかりませんでした。',
  'explain.schematics.job.why':
    'Schematics の行は Terraform がエラーで終了したことだけを示します。原因は、ジョブ・ログでその前に出力される Terraform のエラーです (IBM: ジョブのログを確認してください)。',
  'explain.schematics.job.fix':
    'ワークスペースの Terraform ログ全体を取得して explain にかけるか、その中の最初の `Error:` を読みます:',
  'explain.code.cluster-quota':
    'プリフライト・チェックの対象外: アカウントには、このリージョンで割り当て量が許す数のクラスターが既にあります (E60b6、「{message}」)。',
  'explain.code.cluster-quota.fix':
    'IBM によると、不要になったクラスターを削除して再試行するか、IBM サポートに割り当て量の増加を依頼します。クラスターをリストします:',
  'explain.code.kube-provider':
    'プリフライト・チェックの対象外: Terraform の Kubernetes プロバイダーには接続先のクラスターがなく、localhost を呼び出しました (「{message}」)。',
  'explain.code.kube-provider.fix':
    'IBM Schematics によると、kubernetes プロバイダーには config_path ではなく、data.ibm_container_cluster_config の host、client_certificate、client_key、cluster_ca_certificate を指定します (https://cloud.ibm.com/docs/schematics?topic=schematics-wks-connection-refuse)。',
  'explain.code.ca-rotation':
    'プリフライト・チェックの対象外: 以前に開始した CA 証明書のローテーションが完了していないため、新しいローテーションを開始できません (「{message}」)。',
  'explain.code.ca-rotation.fix':
    'IBM によると、すべてのワーカーを再ロード (クラシック) または置換 (VPC) し、古い証明書を使用するツールを更新してから、ローテーションを完了します:',
  'explain.code.clusterversion':
    'プリフライト・チェックの対象外: 以前の OpenShift の更新がまだクラスター・オペレーターに展開中のため、IBM はマスターの更新を取り消しました (「{message}」)。',
  'explain.code.clusterversion.fix':
    'IBM によると、クラスター・バージョン・オペレーターの完了を待ち (その条件に停止している理由が示されます)、更新を再試行します:',
  'explain.code.pod-security-prereq':
    'プリフライト・チェックの対象外: クラスターがポッド・セキュリティーのアップグレード前提条件を満たしていないため、IBM はマスターの更新を取り消しました (「{message}」)。',
  'explain.code.pod-security-prereq.fix':
    'IBM によると、メッセージが示す PodSecurityPolicy またはClusterRoleBindingを修正して再試行します (https://cloud.ibm.com/docs/containers?topic=containers-ts-pod-security-125)。アップグレードせずにメッセージを消すには、マスターをリフレッシュします:',
  'explain.code.migration':
    'プリフライト・チェックの対象外: 前回の更新のマイグレーション (Calico から Tigera オペレーターへ) がまだ実行中のため、マスターのアップグレードを開始できません (「{message}」)。',
  'explain.code.migration.fix':
    'IBM によると、待機し (ワーカー 1 つにつき約 100 秒)、Ready でないワーカーを探してリブート、再ロード、または置換してから再試行します:',
  'explain.code.pod-security-config':
    'プリフライト・チェックの対象外: マスターに指定したポッド・セキュリティー構成ファイルが無効です (「{message}」)。',
  'explain.code.pod-security-config.fix':
    'IBM によると、ファイルの YAML エラー、apiVersion または kind の欠落や誤り、フィールド名のつづりや値の誤りを確認してから、コマンドを再実行します。',
  'explain.code.bm-instance-id':
    'プリフライト・チェックの対象外: IBM がハードウェアを保守した後、ベアメタル・ワーカーのインスタンス ID が変わりました (「{message}」)。',
  'explain.code.bm-instance-id.fix':
    'IBM によると、IKS がマシンを再識別できるようにベアメタル・ワーカーを再ロードする (再ロードでパッチ・バージョンも更新されます) か、ワーカーを削除します:',
  'explain.code.provisioning-failed':
    'プリフライト・チェックの対象外: VPC がワーカーのインスタンスを開始できませんでした (「{message}」)。IBM は、クラスターの作成後に VPC に追加したカスタム DNS リゾルバーを原因として挙げています。',
  'explain.code.provisioning-failed.fix':
    'IBM によると、DNS リゾルバーを許可するようにクラスターの kube-<clusterID> セキュリティー・グループを同期してから、ワーカーを置換します:',
  'explain.code.network-health':
    'IKS のネットワーク・ヘルス・チェックが、実行中のクラスターについて {code} を報告しています。クラスターのネットワークに関する警告であり、操作が拒否されたのではありません。',
  'explain.code.network-health.fix':
    '正常性の問題をリストし、そのコードの IBM のページに従います (https://cloud.ibm.com/docs/containers?topic=containers-ts-error-glossary):',
  'explain.code.portieris':
    'プリフライト・チェックの対象外: 競合するイメージ・アドミッション・コントローラーが既にインストールされているため、IBM はイメージ・セキュリティー・エンフォースメントの有効化を取り消しました (「{message}」)。',
  'explain.code.portieris.fix':
    'IBM によると、競合するコントローラー (非推奨のコンテナー・イメージ・セキュリティー・エンフォースメント Helm チャート、または手動でインストールした Portieris) を見つけて削除し、イメージ・セキュリティー・エンフォースメントを再度有効にします (https://cloud.ibm.com/docs/openshift?topic=openshift-portieris_enable)。',
  'explain.code.master-limit':
    'プリフライト・チェックの対象外: マスターがメモリーの上限に近づいています (「{message}」)。IBM によるとこれは警告であり、マスターは正常に機能しています。',
  'explain.code.master-limit.fix':
    'IBM によると、マスターの負荷を減らす (シークレット、構成マップ、レプリカ・セットを減らす。目安はワーカー 1 つにつき各 250 個) か、理由を添えてサポート Case を開き、上限の引き上げを依頼します (https://cloud.ibm.com/docs/openshift?topic=openshift-master_resource_limit)。',
  'explain.tf-worker-replace':
    'プロバイダーによるワーカーの置換が完了しませんでした (「{message}」)。古いワーカーが削除されたか、新しいワーカーが時間内に現れず、プロバイダーはその理由を示していません。',
  'explain.tf-worker-replace.why':
    'ibm_container_vpc_worker は古いワーカーを削除してから新しいワーカーを待ちますが、そのエラーには IKS の理由が含まれません。理由はワーカーの状態と状況でわかります。プロバイダーの注記では、再試行の前に問題を解決するよう求めています。',
  'explain.tf-worker-replace.fix.status':
    'ワーカーの状態と状況を表示します。新しいワーカーのメッセージが原因を示します:',
  'explain.tf-worker-replace.fix.untaint':
    'プロバイダーの注記によると、新しいワーカーが Normal になったら、リソースの汚染 (taint) を解除してリスト内の次のワーカーに進むか、リストの古いワーカー ID を新しいワーカーの ID に書き換えます:',
  'explain.cos-instance':
    'OpenShift の作成で指定した Cloud Object Storage インスタンスを IKS が見つけられませんでした (「{message}」)。',
  'explain.cos-instance.fix':
    'IBM によると、標準の Cloud Object Storage インスタンスが存在しないか、リージョンとリソース・グループの API キー所有者がそれを表示できません。インスタンスをリストし、所有者が表示できるものを指定します:',
  'explain.classic-key-invalid':
    'リージョンに設定されたクラシック・インフラストラクチャー API キーが拒否されました (「{message}」)。',
  'explain.classic-key-invalid.why':
    'IBM によると、`credential set classic` で設定したキーが存在しなくなっています (削除されたか、所有者が組織を離れた)。リージョンに設定したクラシック・キーは他のすべての資格情報より優先されるため、API キーのリセットだけでは解決しません。',
  'explain.classic-key-invalid.fix':
    'リージョンに有効なクラシック・インフラストラクチャー API キーを設定してから、クラスターの資格情報をリセットします:',
  'explain.vpn-config':
    'クラスター・マスターの VPN サーバー構成が失敗しました ({message})。',
  'explain.vpn-config.why':
    'IBM によると、クラスターがあるリソース・グループのインフラストラクチャー資格情報がない (API キーの所有者がアカウントを離れた場合など) か、必要な権限がありません。',
  'explain.vpn-config.fix':
    'リージョンとリソース・グループが使用する資格情報と、その権限を確認します:',
  'explain.code.nlb-ip':
    'プリフライト・チェックの対象外: クラシックのマスターが、デフォルトの Ingress コントローラーの前にあるロード・バランサーの IP アドレスを見つけられませんでした (「{message}」)。',
  'explain.code.nlb-ip.fix':
    'IBM によると、クラスターに空きポータブル IP アドレスのあるパブリック・サブネットとプライベート・サブネットがあり、ロード・バランサーのセットアップが完了していることを確認します:',
  'explain.subnet-no-ips':
    'VPC サブネット {subnet} には、クラスターのワーカーとロード・バランサーに使用できる IPv4 アドレスが残っていません。',
  'explain.subnet-no-ips.why':
    'IBM によると、VPC クラスターではワーカー・ノードとサービスが同じサブネットから IP アドレスを割り当てられます。また、VPC サブネットは作成後にサイズを変更できません。',
  'explain.subnet-no-ips.fix':
    'IBM によると、同じ VPC とゾーンにより大きなサブネットを作成し、ワーカー・プールを作成して、新しいサブネットでゾーンを追加します:',
  'explain.code.order-prohibited':
    'プリフライト・チェックの対象外: クラシック・インフラストラクチャー・アカウントはコンピュート・リソースを注文できません (「{message}」)。',
  'explain.code.order-prohibited.fix':
    'IBM によると、アカウントの注文が制限されています。IBM Cloud サポート Case を開いて制限の解除を依頼します。'
}
