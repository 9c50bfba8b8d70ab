<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccessDecision</name>
    <message>
        <source>Allowed: %1 is covered by the whitelist entry %2.</source>
        <translation>許可：%1 はホワイトリストのエントリ %2 に含まれます。</translation>
    </message>
    <message>
        <source>Allowed: the key has no whitelist and the organization does not require one, so any address may call it.</source>
        <translation>許可：キーにホワイトリストがなく、組織も要求していないため、どのアドレスからでも利用できます。</translation>
    </message>
    <message numerus="yes">
        <source>Denied: %2 is not covered by any of the key&apos;s %n whitelist entries (the server answers %1).</source>
        <translation>
            <numerusform>拒否: %2 はキーの %n 件のホワイトリストエントリのどれにも含まれません（サーバーの応答は %1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Denied: the organization requires a whitelist and this key has none, so it cannot call the API from any address (the server answers %1).</source>
        <translation>拒否: 組織はホワイトリストを必須としていますが、このキーにはないため、どのアドレスからも API を呼び出せません（サーバーの応答は %1）。</translation>
    </message>
    <message>
        <source>Denied: this endpoint requires the key to have a whitelist, and it has none (the server answers %1).</source>
        <translation>拒否: このエンドポイントはキーにホワイトリストを求めますが、このキーにはありません（サーバーの応答は %1）。</translation>
    </message>
    <message>
        <source>Unknown: the key has no whitelist, so any address is allowed unless the organization requires a whitelist. The organization setting could not be read (if it is on, the server answers %1).</source>
        <translation>不明: キーにホワイトリストがないため、組織がホワイトリストを必須としていない限りどのアドレスも許可されます。組織の設定を読み取れませんでした（有効な場合、サーバーの応答は %1）。</translation>
    </message>
    <message>
        <source>Allowed: %1 is covered by the access-list entry %2.</source>
        <translation>許可: %1 はアクセスリストのエントリ %2 に含まれます。</translation>
    </message>
    <message numerus="yes">
        <source>Denied: %2 is not covered by any of the service account&apos;s %n access-list entries (the server answers %1 when a token is used from there).</source>
        <translation>
            <numerusform>拒否: %2 はサービスアカウントの %n 件のアクセスリストエントリのどれにも含まれません (そこからトークンを使うとサーバーは %1 を返します)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Allowed: the service account has no access list and the organization does not require one, so its tokens work from any address.</source>
        <translation>許可: サービスアカウントにアクセスリストがなく、組織も要求していないため、そのトークンはどのアドレスからでも使えます。</translation>
    </message>
    <message>
        <source>Denied: the organization requires an access list and this service account has none, so its tokens work from no address (the server answers %1).</source>
        <translation>拒否: 組織はアクセスリストを要求していますが、このサービスアカウントにはないため、そのトークンはどのアドレスからも使えません (サーバーは %1 を返します)。</translation>
    </message>
    <message>
        <source>Denied: this endpoint requires the service account to have an access list, and it has none (the server answers %1).</source>
        <translation>拒否: このエンドポイントはサービスアカウントにアクセスリストを要求しますが、ありません (サーバーは %1 を返します)。</translation>
    </message>
    <message>
        <source>Unknown: the service account has no access list, so any address is allowed unless the organization requires one. The organization setting could not be read (if it is on, the server answers %1).</source>
        <translation>不明: サービスアカウントにアクセスリストがないため、組織が要求しない限りどのアドレスも許可されます。組織の設定を読み取れませんでした (オンなら、サーバーは %1 を返します)。</translation>
    </message>
</context>
<context>
    <name>AccessListModel</name>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>アドレスまたは CIDR</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最終使用</translation>
    </message>
    <message>
        <source>Last used from</source>
        <translation>最終使用元</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト数</translation>
    </message>
    <message>
        <source>Local note</source>
        <translation>ローカルメモ</translation>
    </message>
</context>
<context>
    <name>AddEntriesDialog</name>
    <message>
        <source>Add whitelist entries to %1</source>
        <translation>%1 のホワイトリストにエントリを追加</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>AddressCheck</name>
    <message>
        <source>Unknown: the key&apos;s whitelist could not be read (%1).</source>
        <translation>不明：キーのホワイトリストを読み取れませんでした（%1）。</translation>
    </message>
    <message>
        <source>Unknown: the service account&apos;s access list could not be read (%1).</source>
        <translation>不明: サービスアカウントのアクセスリストを読み取れませんでした (%1)。</translation>
    </message>
    <message>
        <source>Unknown: the global access list could not be read (%1).</source>
        <translation>不明: グローバルアクセスリストを読み取れませんでした (%1)。</translation>
    </message>
    <message>
        <source>Allowed: the global access list entry %1 (%2) covers %3.</source>
        <translation>許可: グローバルアクセスリストのエントリ %1 (%2) が %3 を含みます。</translation>
    </message>
    <message>
        <source>Denied: the global access list is empty (Ops Manager&apos;s documentation does not say whether an empty list admits none or any; this console assumes none).</source>
        <translation>拒否: グローバルアクセスリストが空です (空のリストがどのアドレスも許可しないのか、すべて許可するのか、Ops Manager のドキュメントには記載がありません。このコンソールは許可しないと見なします)。</translation>
    </message>
    <message numerus="yes">
        <source>Denied: none of the global access list&apos;s %n entry(ies) covers %1.</source>
        <translation>
            <numerusform>拒否: グローバルアクセスリストの %n 件のエントリはどれも %1 を含みません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddressCheckPage</name>
    <message>
        <source>The address the server sees me from</source>
        <translation>サーバーから見た自分のアドレス</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>エントリ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 address</source>
        <translation>IPv4 または IPv6 アドレス</translation>
    </message>
    <message>
        <source>Address to check</source>
        <translation>確認するアドレス</translation>
    </message>
    <message>
        <source>Which keys may call from the address</source>
        <translation>そのアドレスから呼び出せるキー</translation>
    </message>
    <message>
        <source>The server has not reported which address it sees this console calling from.</source>
        <translation>サーバーはこのコンソールの接続元アドレスをまだ通知していません。</translation>
    </message>
    <message>
        <source>Type an address to see, for every key, whether it may call from there.</source>
        <translation>アドレスを入力すると、各キーがそこから呼び出せるかどうかを表示します。</translation>
    </message>
    <message>
        <source>Type one address, not a block.</source>
        <translation>ブロックではなく、アドレスを 1 つ入力してください。</translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation>この組織はまだキャッシュされていません：同期してください（F5）。</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) may call from %2 (as cached %3).</source>
        <translation>
            <numerusform>%n 個のキーのうち %1 個が %2 から呼び出せます（%3 時点のキャッシュ）。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open key</source>
        <translation>キーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Add this address to its whitelist…</source>
        <translation>このアドレスをホワイトリストに追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add %1 to its whitelist…</source>
        <translation>%1 をホワイトリストに追加…</translation>
    </message>
    <message>
        <source>Add this address to its whitelist…</source>
        <translation>このアドレスをホワイトリストに追加…</translation>
    </message>
    <message>
        <source>Key or service account</source>
        <translation>キーまたはサービスアカウント</translation>
    </message>
    <message>
        <source>Public key or client ID</source>
        <translation>公開キーまたはクライアント ID</translation>
    </message>
    <message>
        <source>%1 (service account)</source>
        <translation>%1 (サービスアカウント)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n service account(s) may use their tokens from there.</source>
        <translation>
            <numerusform>%n 件のサービスアカウントのうち %1 件がそこからトークンを使えます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to its access list…</source>
        <translation>%1 をそのアクセスリストに追加…</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The root document has no appName: this is not an Ops Manager or Cloud Manager API.</source>
        <translation>ルートドキュメントに appName がありません：Ops Manager または Cloud Manager の API ではありません。</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Server unreachable</source>
        <translation>サーバーに接続できません</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>証明書が信頼されていません</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>時間内に応答がありません</translation>
    </message>
    <message>
        <source>API key not accepted</source>
        <translation>API キーが受け付けられません</translation>
    </message>
    <message>
        <source>Address not on the whitelist</source>
        <translation>アドレスがホワイトリストにありません</translation>
    </message>
    <message>
        <source>The organization requires a whitelist</source>
        <translation>組織がホワイトリストを要求しています</translation>
    </message>
    <message>
        <source>This operation requires a whitelist</source>
        <translation>この操作にはホワイトリストが必要です</translation>
    </message>
    <message>
        <source>Not allowed for this key</source>
        <translation>このキーでは許可されていません</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>既に存在します</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>サーバーに拒否されました</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>リクエストが多すぎます</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>サーバーエラー</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>予期しない応答</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>your address</source>
        <translation>あなたのアドレス</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source> The server said: “%1”</source>
        <translation> サーバーの応答：「%1」</translation>
    </message>
    <message>
        <source>Could not reach the server (%1). Check the server address, your network and the proxy settings of the connection.</source>
        <translation>サーバーに接続できませんでした（%1）。サーバーのアドレス、ネットワーク、接続のプロキシ設定を確認してください。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). Its SHA-256 fingerprint is %2. If you recognise it, add your organization&apos;s CA bundle to the connection, or trust this certificate for this connection only.</source>
        <translation>サーバーの証明書は信頼されていません（%1）。SHA-256 フィンガープリントは %2 です。心当たりがあれば、組織の CA バンドルを接続に追加するか、この接続に限ってこの証明書を信頼してください。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be overloaded or a proxy may be holding the request; try again.</source>
        <translation>サーバーが時間内に応答しませんでした。過負荷か、プロキシがリクエストを止めている可能性があります。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server did not accept API key %1: the public key or the private key is wrong, or the key was deleted. Check both in the connection profile.</source>
        <translation>サーバーは API キー %1 を受け付けませんでした：公開キーか秘密キーが間違っているか、キーが削除されています。接続プロファイルで両方を確認してください。</translation>
    </message>
    <message>
        <source>The server sees this computer calling from %1, and that address is not on the whitelist of API key %2. Add %1 (or a block that covers it) to that key&apos;s whitelist, or connect from an address that is on it.</source>
        <translation>サーバーはこのコンピューターの接続元を %1 と認識していますが、このアドレスは API キー %2 のホワイトリストにありません。%1（またはそれを含むブロック）をそのキーのホワイトリストに追加するか、ホワイトリストにあるアドレスから接続してください。</translation>
    </message>
    <message>
        <source>The organization requires every API key to have a whitelist, and API key %2 has none, so it cannot be used from anywhere. Add %1 to its whitelist (with an Organization Owner key or in the web console).</source>
        <translation>組織はすべての API キーにホワイトリストを要求していますが、API キー %2 には無いため、どこからも使用できません。%1 をホワイトリストに追加してください（Organization Owner のキーか Web コンソールで）。</translation>
    </message>
    <message>
        <source>This operation is only allowed for API keys with a whitelist, and API key %2 has none. Add %1 to its whitelist, then try again.</source>
        <translation>この操作はホワイトリストを持つ API キーにのみ許可されていますが、API キー %2 には無いです。%1 をホワイトリストに追加してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>API key %1 is not allowed to do this.%2 Use a key with the needed role (for most changes: Organization Owner).</source>
        <translation>API キー %1 にはこの操作の権限がありません。%2 必要なロールを持つキーを使用してください（ほとんどの変更には Organization Owner）。</translation>
    </message>
    <message>
        <source>It no longer exists on the server.%1 Refresh to see the current state.</source>
        <translation>サーバー上にもう存在しません。%1 更新して現在の状態を確認してください。</translation>
    </message>
    <message>
        <source>Nothing was changed because it is already there.%1</source>
        <translation>既に存在するため、何も変更されませんでした。%1</translation>
    </message>
    <message>
        <source>The server refused the request.%1</source>
        <translation>サーバーがリクエストを拒否しました。%1</translation>
    </message>
    <message numerus="yes">
        <source>The server is limiting how often it may be called.%1 The console waits %n second(s) before trying again.</source>
        <translation>
            <numerusform>サーバーが呼び出し頻度を制限しています。%1 コンソールは %n 秒待ってから再試行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).%2 Try again later; if it persists, the server&apos;s logs say more.</source>
        <translation>サーバーで問題が発生しました（HTTP %1）。%2 後でもう一度お試しください。続く場合はサーバーのログに詳細があります。</translation>
    </message>
    <message>
        <source>The server answered with something that is not the API&apos;s JSON (HTTP %1). A proxy or a wrong server address may be in the way.</source>
        <translation>サーバーが API の JSON ではない内容を返しました（HTTP %1）。プロキシか誤ったサーバーアドレスが原因の可能性があります。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>The server accepted the change, but reading back the new value failed: %1 The next sync (F5) shows the value the server now holds.</source>
        <translation>サーバーは変更を受け付けましたが、新しい値の読み戻しに失敗しました: %1 次の同期 (F5) でサーバーの現在の値が表示されます。</translation>
    </message>
    <message>
        <source>The server redirected to %1 — not followed: the key&apos;s credentials go to the connection&apos;s own server only. If that address is the right one, change the connection&apos;s server to it.</source>
        <translation>サーバーは %1 へリダイレクトしました — 追従していません。キーの資格情報は接続先サーバーにしか送りません。そのアドレスが正しい場合は、接続のサーバーをそのアドレスに変更してください。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be used (HTTP %1: %2). A proxy or a wrong server address may be in the way.</source>
        <translation>サーバーの応答を使えませんでした (HTTP %1: %2)。プロキシか誤ったサーバーアドレスが原因かもしれません。</translation>
    </message>
    <message>
        <source>The server stopped answering (%1). It may be overloaded or a proxy may be holding the request; try again later.</source>
        <translation>サーバーが応答しなくなりました（%1）。過負荷か、プロキシーが要求を止めている可能性があります。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server did not accept service account %1 (invalid_client): the client ID or the secret is wrong, or the secret expired or was deleted.%2 Add a new secret to the account (Organization Owner) and put it in the connection profile.</source>
        <translation>サーバーはサービスアカウント %1 を受け付けませんでした (invalid_client): クライアント ID かシークレットが間違っているか、シークレットが期限切れか削除されています。%2 アカウントに新しいシークレットを追加し (Organization Owner)、接続プロファイルに設定してください。</translation>
    </message>
    <message>
        <source>Service account %1 may hold at most 100 active tokens and has reached that limit (access_denied).%2 Tokens expire after an hour; wait, or revoke the ones other tools hold.</source>
        <translation>サービスアカウント %1 が持てるアクティブなトークンは最大 100 個で、その上限に達しています (access_denied)。%2 トークンは 1 時間で期限切れになります。待つか、他のツールが持つトークンを取り消してください。</translation>
    </message>
    <message>
        <source>The server refused to give service account %1 a token (%2).%3</source>
        <translation>サーバーはサービスアカウント %1 へのトークン発行を拒否しました (%2)。%3</translation>
    </message>
    <message>
        <source>The server did not accept the token of service account %1, not even a fresh one: the account or its secret may have been deleted.%2 Check the connection profile.</source>
        <translation>サーバーはサービスアカウント %1 のトークンを、新しいものさえ受け付けませんでした: アカウントかシークレットが削除された可能性があります。%2 接続プロファイルを確認してください。</translation>
    </message>
    <message>
        <source>The server sees this computer calling from %1, and that address is not on the access list of service account %2 (the list applies when a token is used, not when it is issued). Add %1 (or a block that covers it) to the account&apos;s access list, or connect from an address that is on it.</source>
        <translation>サーバーはこのコンピューターが %1 から呼び出していると見ており、そのアドレスはサービスアカウント %2 のアクセスリストにありません (リストはトークンの発行時ではなく使用時に適用されます)。%1 (またはそれを含むブロック) をアカウントのアクセスリストに追加するか、リストにあるアドレスから接続してください。</translation>
    </message>
    <message>
        <source>The organization requires an access list, and service account %2 has none, so its tokens work from nowhere. Add %1 to its access list (with an Organization Owner key or in the web console).</source>
        <translation>組織はアクセスリストを要求していますが、サービスアカウント %2 にはないため、そのトークンはどこからも使えません。%1 をそのアクセスリストに追加してください (Organization Owner のキーか Web コンソールで)。</translation>
    </message>
    <message>
        <source>This operation is only allowed with an access list, and service account %2 has none. Add %1 to its access list, then try again.</source>
        <translation>この操作はアクセスリストがある場合にのみ許可されますが、サービスアカウント %2 にはありません。%1 をアクセスリストに追加してから再試行してください。</translation>
    </message>
    <message>
        <source>Service account %1 is not allowed to do this.%2 Use an account or a key with the needed role (for most changes: Organization Owner).</source>
        <translation>サービスアカウント %1 にはこの操作が許可されていません。%2 必要なロールを持つアカウントかキーを使ってください (ほとんどの変更には Organization Owner)。</translation>
    </message>
    <message>
        <source>the token endpoint&apos;s answer holds no usable bearer token</source>
        <translation>トークンエンドポイントの応答に使用できるベアラートークンがありません</translation>
    </message>
    <message>
        <source>an address it did not give</source>
        <translation>示されなかったアドレス</translation>
    </message>
    <message>
        <source>Another change to the same object reached the server at the same moment, so this one was not made.%1 Try again.</source>
        <translation>同じ対象への別の変更が同時にサーバーに届いたため、この変更は行われませんでした。%1 もう一度試してください。</translation>
    </message>
    <message>
        <source>API version not served</source>
        <translation>API バージョンが提供されていません</translation>
    </message>
    <message>
        <source>Only the key itself or a user administrator may read another key&apos;s access list, and API key %1 is neither: this list is unknown here, not empty. Sync with an Organization Owner key to see it.</source>
        <translation>他のキーのアクセスリストを読めるのはそのキー自身かユーザー管理者だけで、API キー %1 はどちらでもありません。このリストはここでは不明であり、空ではありません。表示するには Organization Owner のキーで同期してください。</translation>
    </message>
    <message>
        <source>This version of API Access Console speaks a version of this resource (%1) that the server no longer serves.%2 Update API Access Console; nothing was changed.</source>
        <translation>このバージョンの API Access Console は、サーバがもう提供していないこのリソースのバージョン (%1) を使っています。%2 API Access Console を更新してください。何も変更されていません。</translation>
    </message>
    <message>
        <source>The server refuses to remove the entry that covers %1, the address this console calls from with API key %2: without it the key could no longer call from here. Nothing was changed. To remove it, connect from another address or with another key.</source>
        <translation>サーバは %1 を含むエントリの削除を拒否しました。これはこのコンソールが API キー %2 で呼び出しているアドレスで、削除するとこのキーはここから呼び出せなくなります。何も変更されていません。削除するには、別のアドレスから、または別のキーで接続してください。</translation>
    </message>
</context>
<context>
    <name>ApiEvent</name>
    <message>
        <source>key %1</source>
        <translation>キー %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>ユーザー %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>(%1 による)</translation>
    </message>
    <message>
        <source>by %1 from %2</source>
        <translation>(%1 による、%2 から)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API キー %1</translation>
    </message>
    <message>
        <source>%1 created %2</source>
        <translation>%1 を作成 %2</translation>
    </message>
    <message>
        <source>%1 deleted %2</source>
        <translation>%1 を削除 %2</translation>
    </message>
    <message>
        <source>%1: entry %2 added %3</source>
        <translation>%1: エントリ %2 を追加 %3</translation>
    </message>
    <message>
        <source>%1: entry %2 removed %3</source>
        <translation>%1: エントリ %2 を削除 %3</translation>
    </message>
    <message>
        <source>%1: roles changed %2</source>
        <translation>%1: ロールを変更 %2</translation>
    </message>
    <message>
        <source>%1: description changed %2</source>
        <translation>%1: 説明を変更 %2</translation>
    </message>
    <message>
        <source>%1 assigned to project %2 %3</source>
        <translation>%1 をプロジェクト %2 に割り当て %3</translation>
    </message>
    <message>
        <source>%1 removed from project %2 %3</source>
        <translation>%1 をプロジェクト %2 から削除 %3</translation>
    </message>
    <message>
        <source>Require IP Whitelist for Public API turned on %1</source>
        <translation>「Require IP Whitelist for Public API」をオン %1</translation>
    </message>
    <message>
        <source>Require IP Whitelist for Public API turned off %1</source>
        <translation>「Require IP Whitelist for Public API」をオフ %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>API key “%1”</source>
        <translation>API キー「%1」</translation>
    </message>
    <message>
        <source>by this console (key %1); the server&apos;s own event is read with the next sync</source>
        <translation>このコンソール（キー %1）による変更。サーバー側のイベントは次回の同期で読み込まれます</translation>
    </message>
</context>
<context>
    <name>ApiKey</name>
    <message>
        <source>Enter a description: it is how people recognise the key.</source>
        <translation>説明を入力してください：キーを見分ける手がかりになります。</translation>
    </message>
    <message>
        <source>The description has %1 characters; the server accepts at most 250.</source>
        <translation>説明は %1 文字です。サーバーが受け付けるのは最大 250 文字です。</translation>
    </message>
    <message>
        <source>The description contains a control character (U+%1) at position %2; remove it.</source>
        <translation>説明の %2 文字目に制御文字 (U+%1) が含まれています。削除してください。</translation>
    </message>
    <message>
        <source>The description contains a text direction override (U+%1) at position %2, which makes it display differently from what it is; remove it.</source>
        <translation>説明の %2 文字目に文字方向の上書き (U+%1) が含まれており、実際とは異なる表示になります。削除してください。</translation>
    </message>
</context>
<context>
    <name>ApiKeysModel</name>
    <message>
        <source>Owner: %1
Ticket: %2
%3</source>
        <translation>担当者：%1
チケット：%2
%3</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公開キー</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>キー ID</translation>
    </message>
    <message>
        <source>Organization roles</source>
        <translation>組織ロール</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>ホワイトリスト</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最終使用</translation>
    </message>
    <message>
        <source>Local note</source>
        <translation>ローカルメモ</translation>
    </message>
    <message>
        <source>Project roles</source>
        <translation>プロジェクトロール</translation>
    </message>
    <message>
        <source>rotating → %1</source>
        <translation>ローテーション中 → %1</translation>
    </message>
    <message>
        <source>new key of a rotation of %1</source>
        <translation>%1 のローテーションの新しいキー</translation>
    </message>
</context>
<context>
    <name>ApiKeysPage</name>
    <message>
        <source>Filter by description, public key, key ID or address (Ctrl+F)</source>
        <translation>説明・公開キー・キー ID・アドレスで絞り込み（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter API keys</source>
        <translation>API キーの絞り込み</translation>
    </message>
    <message>
        <source>Show keys with role</source>
        <translation>ロールでキーを表示</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>すべてのロール</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Whitelist of the selected key</source>
        <translation>選択したキーのホワイトリスト</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Project roles</source>
        <translation>プロジェクトロール</translation>
    </message>
    <message>
        <source>Projects the selected key is assigned to</source>
        <translation>選択したキーが割り当てられているプロジェクト</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>&amp;Create key…</source>
        <translation>キーを作成(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Edit key…</source>
        <translation>キーを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete key…</source>
        <translation>キーを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Add whitelist entries…</source>
        <translation>ホワイトリストにエントリを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Copy key &amp;ID</source>
        <translation>キー ID をコピー(&amp;I)</translation>
    </message>
    <message>
        <source>Copy &amp;public key</source>
        <translation>公開キーをコピー(&amp;P)</translation>
    </message>
    <message>
        <source>Copy a&amp;ddress</source>
        <translation>アドレスをコピー(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Invite key…</source>
        <translation>キーを招待(&amp;I)…</translation>
    </message>
    <message>
        <source>Change project &amp;roles…</source>
        <translation>プロジェクトロールを変更(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Unassign from project…</source>
        <translation>プロジェクトから割り当て解除(&amp;U)…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>No key selected.</source>
        <translation>キーが選択されていません。</translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation>この組織はまだキャッシュされていません：同期してください（F5）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Public key &lt;code&gt;%2&lt;/code&gt; · Key ID &lt;code&gt;%3&lt;/code&gt; · Private key %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;公開キー &lt;code&gt;%2&lt;/code&gt; · キー ID &lt;code&gt;%3&lt;/code&gt; · 秘密キー %4</translation>
    </message>
    <message>
        <source>Whitelist not readable: %1</source>
        <translation>ホワイトリストを読み取れません：%1</translation>
    </message>
    <message>
        <source>This key has no whitelist: it may call from any address unless the organization requires a whitelist.</source>
        <translation>このキーにはホワイトリストがありません：組織がホワイトリストを要求していない限り、どのアドレスからでも呼び出せます。</translation>
    </message>
    <message>
        <source>Offline: changes need the server.</source>
        <translation>オフライン：変更にはサーバーが必要です。</translation>
    </message>
    <message>
        <source>Only an Organization Owner key can change API keys.</source>
        <translation>API キーを変更できるのは Organization Owner のキーだけです。</translation>
    </message>
    <message>
        <source>Saved the project roles of %1.</source>
        <translation>%1 のプロジェクトロールを保存しました。</translation>
    </message>
    <message>
        <source>Unassign from project?</source>
        <translation>プロジェクトから割り当て解除しますか？</translation>
    </message>
    <message>
        <source>Remove %1 from %2? The key stays in the organization with its other roles.</source>
        <translation>%1 を %2 から外しますか？キーは他のロールとともに組織に残ります。</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>割り当て解除</translation>
    </message>
    <message>
        <source>Unassigned %1.</source>
        <translation>%1 の割り当てを解除しました。</translation>
    </message>
    <message>
        <source>Not unassigned. %1</source>
        <translation>割り当て解除できませんでした。%1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Delete API key?</source>
        <translation>API キーを削除しますか？</translation>
    </message>
    <message>
        <source>Delete the API key %1? Everything that uses it stops working at once; this cannot be undone.</source>
        <translation>API キー %1 を削除しますか？これを使うものはすべて直ちに動作しなくなります。元に戻せません。</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>キーを削除</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>Not deleted. %1</source>
        <translation>削除できませんでした。%1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n whitelist entry(ies).</source>
        <translation>
            <numerusform>ホワイトリストに %n 件のエントリを追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from the whitelist of %2?</source>
        <translation>%2 のホワイトリストから %1 を削除しますか？</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>Pick an organization or project on the left to see its API keys.</source>
        <translation>左側で組織またはプロジェクトを選ぶと、その API キーが表示されます。</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>ホワイトリスト</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>&amp;Remove entries…</source>
        <translation>エントリを削除(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <source>Whitelist (%n)</source>
        <translation>
            <numerusform>ホワイトリスト (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Whitelist (not readable)</source>
        <translation>ホワイトリスト (読み取り不可)</translation>
    </message>
    <message numerus="yes">
        <source>Projects (%n)</source>
        <translation>
            <numerusform>プロジェクト (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the key this console is connected with. Deleting it locks this console out at once: every later request fails until you connect with another key (Connection → Edit this connection).</source>
        <translation>このコンソールが接続に使っているキーです。削除するとコンソールは即座に締め出され、別のキーで接続し直すまで以後のリクエストはすべて失敗します (接続 → この接続を編集)。</translation>
    </message>
    <message>
        <source>Delete and lock this console out</source>
        <translation>削除してコンソールを締め出す</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n entries from the whitelist of %1?</source>
        <translation>
            <numerusform>%1 のホワイトリストからこの %n 件のエントリを削除しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the address this console calls from, is covered by %2.</source>
        <translation>このコンソールの呼び出し元アドレス %1 は %2 に含まれています。</translation>
    </message>
    <message>
        <source>This empties the whitelist: the key may then call from any address, or from none if the organization requires a whitelist.</source>
        <translation>ホワイトリストが空になります。キーはどのアドレスからでも呼び出せるようになります (組織がホワイトリストを必須にしている場合はどこからも呼び出せません)。</translation>
    </message>
    <message>
        <source>Remove whitelist entries?</source>
        <translation>ホワイトリストのエントリを削除しますか?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entry(ies)</source>
        <translation>
            <numerusform>%n 件のエントリを削除</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>削除されませんでした: %1</translation>
    </message>
    <message>
        <source>Invited %1 to %2.</source>
        <translation>%1 を %2 に招待しました。</translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation>%1 に %2 が作成</translation>
    </message>
    <message>
        <source>Whitelist and usage as read %1 (no event named this key since; a full sync reads it again)</source>
        <translation>ホワイトリストと使用状況は %1 に読み取ったもの（以後このキーを示すイベントはありません。完全同期で再読み込みします）</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 をクリップボードにコピーしました。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n addresses to the clipboard, one per line.</source>
        <translation>
            <numerusform>%n 件のアドレスをクリップボードにコピーしました(1 行に 1 件)。</numerusform>
        </translation>
    </message>
    <message>
        <source>To assign a key to a project, pick the project in the list on the left and use Invite key… (Ctrl+I) there: you choose the key and its roles in that project. Change project roles… and Unassign from project… are there too.</source>
        <translation>キーをプロジェクトに割り当てるには、左の一覧でプロジェクトを選び、そこで「キーを招待…」(Ctrl+I)を使います。キーとそのプロジェクトでのロールを選べます。「プロジェクトロールの変更…」と「プロジェクトから外す…」もそこにあります。</translation>
    </message>
    <message>
        <source>%1 stays: this console calls from %2 with this key, the server refuses to remove the entry the caller uses, and without it the console would be locked out. To remove it, connect from another address or with another key.</source>
        <translation>%1 は残ります: このコンソールはこのキーで %2 から呼び出しており、サーバーは呼び出し元が使うエントリの削除を拒否します。削除するとコンソールが締め出されます。削除するには、別のアドレスまたは別のキーで接続してください。</translation>
    </message>
    <message>
        <source>This entry cannot be removed from here</source>
        <translation>このエントリはここからは削除できません</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>R&amp;otate key…</source>
        <translation>キーをローテーション(&amp;O)…</translation>
    </message>
    <message>
        <source>A new key with this key&apos;s roles, projects and entries; then switch the clients and delete this one</source>
        <translation>このキーのロール、プロジェクト、エントリを持つ新しいキーを作り、クライアントを切り替えてからこのキーを削除します</translation>
    </message>
    <message>
        <source>R&amp;otation…</source>
        <translation>ローテーション(&amp;O)…</translation>
    </message>
    <message>
        <source>Rotated: the old key %1 is deleted; %2 takes its place.</source>
        <translation>ローテーション完了：古いキー %1 を削除しました。%2 が代わりになります。</translation>
    </message>
    <message>
        <source>Rotation of %1 cancelled; the new key %2 is deleted.</source>
        <translation>%1 のローテーションを取り消しました。新しいキー %2 は削除されました。</translation>
    </message>
</context>
<context>
    <name>CacheAccess</name>
    <message>
        <source>the cache could not be opened</source>
        <translation>キャッシュを開けませんでした</translation>
    </message>
    <message>
        <source>the team store does not answer</source>
        <translation>チームストアが応答しません</translation>
    </message>
    <message>
        <source>%1; it could not be kept on this computer either (%2)</source>
        <translation>%1。このコンピューターにも保存できませんでした (%2)</translation>
    </message>
    <message>
        <source>the team store did not take it (%1); it is kept on this computer and written to the store as soon as it answers</source>
        <translation>チームストアが受け付けませんでした (%1)。このコンピューターに保存し、ストアが応答したらすぐに書き込みます</translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>Cannot create the cache file %1.</source>
        <translation>キャッシュファイル %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>キャッシュ %1 を開けません：%2</translation>
    </message>
    <message>
        <source>The cache %1 is damaged and could not be moved aside.</source>
        <translation>キャッシュ %1 が破損しており、退避できませんでした。</translation>
    </message>
    <message>
        <source>The offline cache was damaged. It was set aside as %1 and a new, empty cache was created; the next sync fills it again.</source>
        <translation>オフラインキャッシュが破損していました。%1 として退避し、新しい空のキャッシュを作成しました。次回の同期で再び埋まります。</translation>
    </message>
    <message>
        <source>Cannot read the cache&apos;s schema version.</source>
        <translation>キャッシュのスキーマバージョンを読み取れません。</translation>
    </message>
    <message>
        <source>Updating the cache to schema %1 failed: %2</source>
        <translation>キャッシュをスキーマ %1 に更新できませんでした：%2</translation>
    </message>
    <message>
        <source>The store was updated by a newer version of the console (schema %1; this one knows %2): it is shown read-only. Update the console to write to it.</source>
        <translation>ストアは新しいバージョンのコンソールで更新されています（スキーマ %1、このバージョンは %2 まで）。読み取り専用で表示します。書き込むにはコンソールを更新してください。</translation>
    </message>
    <message>
        <source>This console has no PostgreSQL driver (Debian package libqt6sql6-psql).</source>
        <translation>このコンソールには PostgreSQL ドライバーがありません（Debian パッケージ libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot open the PostgreSQL store %1: %2</source>
        <translation>PostgreSQL ストア %1 を開けません: %2</translation>
    </message>
    <message>
        <source>The database role %1 may only read this store (an auditor&apos;s role): the console shows its history and notes and changes nothing in it.</source>
        <translation>データベースロール %1 はこのストアを読み取ることしかできません（監査担当のロール）。コンソールは履歴とメモを表示し、何も変更しません。</translation>
    </message>
    <message>
        <source>Cannot lock the store to update its schema: %1</source>
        <translation>スキーマ更新のためにストアをロックできません: %1</translation>
    </message>
    <message>
        <source>Cannot read the store&apos;s schema version.</source>
        <translation>ストアのスキーマバージョンを読み取れません。</translation>
    </message>
    <message>
        <source>Updating the store to schema %1 failed: %2</source>
        <translation>ストアをスキーマ %1 に更新できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>A global key has no list of its own: the global access list covers it.</source>
        <translation>グローバルキーには独自のリストがありません。グローバルアクセスリストが適用されます。</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>接続に名前を付けてください。</translation>
    </message>
    <message>
        <source>The name cannot contain “/” or “\”.</source>
        <translation>名前に「/」や「\」は使えません。</translation>
    </message>
    <message>
        <source>Enter the API key&apos;s public key.</source>
        <translation>API キーの公開キーを入力してください。</translation>
    </message>
    <message>
        <source>“%1” does not look like a public key.</source>
        <translation>「%1」は公開キーではないようです。</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 には PEM 証明書が含まれていません。</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host and port.</source>
        <translation>プロキシのホストとポートを入力してください。</translation>
    </message>
    <message>
        <source>Enter the private key (it was shown once, when the key was created).</source>
        <translation>秘密キーを入力してください（キーの作成時に一度だけ表示されたものです）。</translation>
    </message>
    <message>
        <source>This does not look like a private key: it has no spaces and is about 36 characters long.</source>
        <translation>秘密キーではないようです：秘密キーは空白を含まず、約 36 文字です。</translation>
    </message>
    <message>
        <source>Enter the service account&apos;s client ID.</source>
        <translation>サービスアカウントのクライアント ID を入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a client ID: it is mdb_sa_id_ followed by 24 hexadecimal digits.</source>
        <translation>「%1」はクライアント ID ではありません: mdb_sa_id_ の後に 16 進数 24 桁が続きます。</translation>
    </message>
    <message>
        <source>Enter the client secret (it was shown once, when the secret was created).</source>
        <translation>クライアントシークレットを入力してください (作成時に一度だけ表示されました)。</translation>
    </message>
    <message>
        <source>This does not look like a client secret: it starts with mdb_sa_sk_ and has no spaces.</source>
        <translation>クライアントシークレットには見えません: mdb_sa_sk_ で始まり、空白を含みません。</translation>
    </message>
    <message>
        <source>Give a PostgreSQL database as postgresql://USER@HOST/DATABASE, or leave it empty to keep the history on this computer.</source>
        <translation>PostgreSQL データベースを postgresql://USER@HOST/DATABASE の形で指定するか、空欄にして履歴をこのコンピューターに保存してください。</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>Enter the server address, as you type it in a browser.</source>
        <translation>ブラウザーに入力するのと同じ形でサーバーのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a server address; type it as in a browser, e.g. https://opsmanager.example.com:8443.</source>
        <translation>「%1」はサーバーのアドレスではありません。ブラウザーと同じ形で入力してください（例：https://opsmanager.example.com:8443）。</translation>
    </message>
    <message>
        <source>Use an http:// or https:// address, not %1://.</source>
        <translation>%1:// ではなく、http:// または https:// のアドレスを使用してください。</translation>
    </message>
    <message>
        <source>Remove the user name and password from the address; the API key goes in its own fields.</source>
        <translation>アドレスからユーザー名とパスワードを取り除いてください。API キーは専用の欄に入力します。</translation>
    </message>
    <message>
        <source>This connection uses http:// to %1: requests, answers and the key&apos;s digest travel unencrypted. Use https:// unless the network path is trusted.</source>
        <translation>この接続は %1 へ http:// を使います：リクエスト、応答、キーのダイジェストが暗号化されずに送られます。ネットワーク経路が信頼できる場合を除き、https:// を使用してください。</translation>
    </message>
    <message>
        <source>The server address is %1 characters long; check what was pasted (an address has at most 2,048).</source>
        <translation>サーバーアドレスが %1 文字あります。貼り付けた内容を確認してください (アドレスは最大 2,048 文字)。</translation>
    </message>
    <message>
        <source>The server address contains an invisible character (U+%1); type it again instead of pasting it.</source>
        <translation>サーバーアドレスに見えない文字 (U+%1) が含まれています。貼り付けずに入力し直してください。</translation>
    </message>
    <message>
        <source>The web console page is %1 characters long; at most 2048.</source>
        <translation>Web コンソールのページが %1 文字あります。最大 2048 文字です。</translation>
    </message>
    <message>
        <source>The web console page needs {orgId} where the organization&apos;s ID goes, as in %1.</source>
        <translation>Web コンソールのページには組織 ID の位置に {orgId} が必要です（例: %1）。</translation>
    </message>
    <message>
        <source>The web console page starts with {server}, https:// or http://.</source>
        <translation>Web コンソールのページは {server}、https://、http:// のいずれかで始めます。</translation>
    </message>
    <message>
        <source>The web console page is not an address: %1</source>
        <translation>Web コンソールのページがアドレスではありません: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionTestResult</name>
    <message>
        <source>Something answered, but it is not the Ops Manager or Cloud Manager Public API (HTTP %1). Check the server address: it is the one you open in a browser.</source>
        <translation>応答はありましたが、Ops Manager や Cloud Manager の Public API ではありません（HTTP %1）。サーバーのアドレスを確認してください：ブラウザーで開くアドレスです。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1; the key sees %n organization(s).</source>
        <translation>
            <numerusform>%1 に接続しました。このキーは %n 個の組織を参照できます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 with a token of the service account; it sees %n organization(s).</source>
        <translation>
            <numerusform>サービスアカウントのトークンで %1 に接続しました。%n 件の組織が見えます。</numerusform>
        </translation>
    </message>
    <message>
        <source>This server answers the Atlas Administration API v2, not the Public API v1.0: the API is now set to Atlas; test again.</source>
        <translation>このサーバは Public API v1.0 ではなく Atlas Administration API v2 に応答します。API を Atlas に切り替えました。もう一度テストしてください。</translation>
    </message>
    <message>
        <source>This server answers the Public API v1.0 (Ops Manager or Cloud Manager), not the Atlas Administration API v2: the API is now set to it; test again.</source>
        <translation>このサーバは Atlas Administration API v2 ではなく Public API v1.0 (Ops Manager または Cloud Manager) に応答します。API をそちらに切り替えました。もう一度テストしてください。</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>Demo server (offline)</source>
        <translation>デモサーバー（オフライン）</translation>
    </message>
    <message>
        <source>The local demo server could not start: %1</source>
        <translation>ローカルのデモサーバーを起動できませんでした：%1</translation>
    </message>
    <message>
        <source>There is no saved connection named “%1”.</source>
        <translation>「%1」という名前の保存済み接続はありません。</translation>
    </message>
    <message>
        <source>The private key of “%1” is not in the system keyring.</source>
        <translation>「%1」の秘密キーがシステムのキーリングにありません。</translation>
    </message>
    <message>
        <source>Private key for “%1”</source>
        <translation>「%1」の秘密キー</translation>
    </message>
    <message>
        <source>%1
Type the private key of %2 to connect, or cancel to review the cached data offline.</source>
        <translation>%1
接続するには %2 の秘密キーを入力してください。キャンセルするとキャッシュされたデータをオフラインで確認できます。</translation>
    </message>
    <message>
        <source>No private key: “%1” is shown from the cache only.</source>
        <translation>秘密キーがありません：「%1」はキャッシュのみから表示しています。</translation>
    </message>
    <message>
        <source>%1 — %2 (offline)</source>
        <translation>%1 — %2（オフライン）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>接続を削除</translation>
    </message>
    <message>
        <source>Remove the connection “%1”? Its private key is removed from the system keyring. The data cached for offline review stays on this computer.</source>
        <translation>接続「%1」を削除しますか？秘密キーはシステムのキーリングから削除されます。オフライン確認用にキャッシュしたデータはこのコンピューターに残ります。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Demo server (local, made-up data)</source>
        <translation>デモサーバー（ローカル、架空のデータ）</translation>
    </message>
    <message>
        <source>Reading the private key from the system keyring…</source>
        <translation>システムのキーリングから秘密キーを読み取っています…</translation>
    </message>
    <message>
        <source>The private key of “%1” (public key %2) is kept in memory for this session only, because the system keyring could not be used. It is forgotten when the console closes and asked for at the next start. To keep it, start a keyring (GNOME Keyring or KWallet) and save the connection again: Connection → Edit this connection.</source>
        <translation>システムのキーリングを使えなかったため、「%1」の秘密鍵 (公開鍵 %2) はこのセッションの間だけメモリに保持されます。コンソールを閉じると消え、次回起動時に再度入力を求められます。保持するにはキーリング (GNOME Keyring または KWallet) を起動し、接続を保存し直してください: 接続 → この接続を編集。</translation>
    </message>
    <message>
        <source>Saved “%1”: connected with the new settings.</source>
        <translation>「%1」を保存しました: 新しい設定で接続しています。</translation>
    </message>
    <message>
        <source>The client secret of “%1” is not in the system keyring.</source>
        <translation>「%1」のクライアントシークレットはシステムのキーリングにありません。</translation>
    </message>
    <message>
        <source>Client secret for “%1”</source>
        <translation>「%1」のクライアントシークレット</translation>
    </message>
    <message>
        <source>%1
Type the client secret of service account %2 to connect, or cancel to review the cached data offline.</source>
        <translation>%1
接続するにはサービスアカウント %2 のクライアントシークレットを入力してください。キャンセルするとキャッシュされたデータをオフラインで確認できます。</translation>
    </message>
    <message>
        <source>Atlas demo server (offline)</source>
        <translation>Atlas デモサーバ (オフライン)</translation>
    </message>
    <message>
        <source>Atlas demo server (local, made-up data)</source>
        <translation>Atlas デモサーバ (ローカル、架空のデータ)</translation>
    </message>
</context>
<context>
    <name>ContextModel</name>
    <message>
        <source>Organization %1</source>
        <translation>組織 %1</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>プロジェクト %1</translation>
    </message>
    <message>
        <source>Ops Manager instance</source>
        <translation>Ops Manager インスタンス</translation>
    </message>
    <message>
        <source>The whole Ops Manager instance: its global API keys and its global access list</source>
        <translation>Ops Manager インスタンス全体: グローバル API キーとグローバルアクセスリスト</translation>
    </message>
</context>
<context>
    <name>ContextPicker</name>
    <message>
        <source>Find an organization or project</source>
        <translation>組織またはプロジェクトを検索</translation>
    </message>
    <message>
        <source>Organizations and projects</source>
        <translation>組織とプロジェクト</translation>
    </message>
    <message>
        <source>Pick the organization or project to work on</source>
        <translation>作業する組織またはプロジェクトを選択します</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>Create key</source>
        <translation>キーを作成</translation>
    </message>
    <message>
        <source>I have copied the private key and stored it safely</source>
        <translation>秘密キーをコピーして安全に保管しました</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Create API key</source>
        <translation>API キーを作成</translation>
    </message>
    <message>
        <source>Create API key for this project</source>
        <translation>このプロジェクトの API キーを作成</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>What the key is for, e.g. “CI deploys for billing-prod”</source>
        <translation>キーの用途（例：「billing-prod の CI デプロイ」）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D)：</translation>
    </message>
    <message>
        <source>Organization roles:</source>
        <translation>組織ロール：</translation>
    </message>
    <message>
        <source>Project roles:</source>
        <translation>プロジェクトロール：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the private key now.&lt;/b&gt; The server shows it this once; it cannot be shown again. Whoever has it can call the API with this key&apos;s roles.</source>
        <translation>&lt;b&gt;今すぐ秘密キーをコピーしてください。&lt;/b&gt;サーバーが表示するのはこの一度だけで、二度と表示できません。これを持つ人は誰でも、このキーのロールで API を呼び出せます。</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>秘密キー</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <source>Whitelist entries to add now (optional):</source>
        <translation>今追加するホワイトリストのエントリ（任意）：</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>%1 of 250 characters</source>
        <translation>%1 / 250 文字</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>ロールを 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>Copy the private key and tick the box first: it cannot be shown again.</source>
        <translation>先に秘密キーをコピーしてチェックを入れてください：二度と表示できません。</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>公開鍵:</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公開鍵</translation>
    </message>
    <message>
        <source>Copy &amp;both</source>
        <translation>両方をコピー(&amp;B)</translation>
    </message>
    <message>
        <source>The public and the private key, one per line: a client needs both.</source>
        <translation>公開鍵と秘密鍵を 1 行ずつ。クライアントには両方が必要です。</translation>
    </message>
    <message>
        <source>Public key: %1
Private key: %2</source>
        <translation>公開鍵: %1
秘密鍵: %2</translation>
    </message>
    <message>
        <source>Create global API key</source>
        <translation>グローバル API キーの作成</translation>
    </message>
    <message>
        <source>Global roles:</source>
        <translation>グローバルロール:</translation>
    </message>
    <message>
        <source>A global key has no access list of its own: the instance accepts it from the addresses on the global access list. Add its clients&apos; addresses there.</source>
        <translation>グローバルキーには独自のアクセスリストがありません。インスタンスはグローバルアクセスリストのアドレスからの利用を受け付けます。クライアントのアドレスをそこに追加してください。</translation>
    </message>
</context>
<context>
    <name>EditKeyDialog</name>
    <message>
        <source>Edit API key %1</source>
        <translation>API キー %1 を編集</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D)：</translation>
    </message>
    <message>
        <source>Organization roles (the list replaces the key&apos;s roles as a whole):</source>
        <translation>組織ロール（この一覧がキーのロール全体を置き換えます）：</translation>
    </message>
    <message>
        <source>No role will be removed.</source>
        <translation>削除されるロールはありません。</translation>
    </message>
    <message>
        <source>These roles will be removed: %1</source>
        <translation>次のロールが削除されます：%1</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>ロールを 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>This console is connected with this key: without Organization Owner it can no longer change API keys or the organization&apos;s setting, and cannot give the role back.</source>
        <translation>このコンソールはこのキーで接続しています。Organization Owner がなくなると、API キーも組織の設定も変更できず、ロールを戻すこともできません。</translation>
    </message>
    <message>
        <source>This console is connected with this key: without Global Owner it can no longer change the global API keys or the global access list, and cannot give the role back.</source>
        <translation>このコンソールはこのキーで接続しています。Global Owner がなくなると、グローバル API キーやグローバルアクセスリストを変更できなくなり、ロールを戻すこともできません。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>アカウントに名前を付けてください。</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>名前は %1 文字です。最大 %2 文字までです。</translation>
    </message>
</context>
<context>
    <name>EntriesEditor</name>
    <message>
        <source>One address or CIDR block per line, e.g.
192.0.2.15
198.51.100.0/24
2001:db8::/48</source>
        <translation>1 行に 1 つのアドレスまたは CIDR ブロック。例：
192.0.2.15
198.51.100.0/24
2001:db8::/48</translation>
    </message>
    <message>
        <source>Whitelist entries</source>
        <translation>ホワイトリストのエントリ</translation>
    </message>
    <message>
        <source>Validation of the entries</source>
        <translation>エントリの検証結果</translation>
    </message>
    <message>
        <source>Add the address the server sees me from (%1)</source>
        <translation>サーバーから見た自分のアドレスを追加（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) to add</source>
        <translation>
            <numerusform>追加するエントリ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation>
            <numerusform>要修正 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 を使う</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n 件スキップ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryBatch</name>
    <message>
        <source>%1 allows every address of its family.</source>
        <translation>%1 は同じファミリーのすべてのアドレスを許可します。</translation>
    </message>
    <message>
        <source>Already covered by %1 on the whitelist.</source>
        <translation>ホワイトリストの %1 に既に含まれています。</translation>
    </message>
    <message>
        <source>Already covered by %1 above.</source>
        <translation>上の %1 に既に含まれています。</translation>
    </message>
    <message>
        <source>%1 is a very broad block (%2 addresses): hardly narrower than no whitelist.</source>
        <translation>%1 は非常に広いブロックです (%2 アドレス)。ホワイトリストがないのとほとんど変わりません。</translation>
    </message>
    <message>
        <source>%1 is a broad block (%2 addresses).</source>
        <translation>%1 は広いブロックです (%2 アドレス)。</translation>
    </message>
    <message>
        <source>%1 is listed twice: added once.</source>
        <translation>%1 が 2 回記載されています: 1 回だけ追加します。</translation>
    </message>
    <message>
        <source>%1 is already on the whitelist: skipped.</source>
        <translation>%1 はすでにホワイトリストにあります: スキップします。</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>not readable</source>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <source>API access report: %1</source>
        <translation>API アクセスレポート：%1</translation>
    </message>
    <message>
        <source>Organization `%1`, snapshot %2 taken %3.</source>
        <translation>組織 `%1`、スナップショット %2（%3 取得）。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Require IP Whitelist for Public API: %1</source>
        <translation>Public API に IP ホワイトリストを要求：%1</translation>
    </message>
    <message>
        <source>API keys: %1</source>
        <translation>API キー：%1</translation>
    </message>
    <message>
        <source>Whitelist entries: %1</source>
        <translation>ホワイトリストのエントリ：%1</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>指摘事項：%1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公開キー</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>キー ID</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>ホワイトリスト</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最終使用</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Whitelist entries</source>
        <translation>ホワイトリストのエントリ</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>アドレスまたは CIDR</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Last used from</source>
        <translation>最終使用元</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト数</translation>
    </message>
    <message>
        <source>Organization %1, snapshot %2 taken %3.</source>
        <translation>組織 %1、スナップショット %2（%3 取得）。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>イベントはありません。</translation>
    </message>
    <message>
        <source>The organization&apos;s events were not read.</source>
        <translation>組織のイベントは読み取られていません。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Service accounts: %1</source>
        <translation>サービスアカウント: %1</translation>
    </message>
    <message>
        <source>%1 (%2 live, next expires %3)</source>
        <translation>%1 (有効 %2、次の期限 %3)</translation>
    </message>
    <message>
        <source>%1 (none live)</source>
        <translation>%1 (有効なし)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Service accounts</source>
        <translation>サービスアカウント</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>Access list</source>
        <translation>アクセスリスト</translation>
    </message>
    <message>
        <source>Ops Manager instance: global API keys and the global access list</source>
        <translation>Ops Manager インスタンス: グローバル API キーとグローバルアクセスリスト</translation>
    </message>
    <message>
        <source>Global API keys: %1</source>
        <translation>グローバル API キー: %1</translation>
    </message>
    <message>
        <source>Global access list entries: %1</source>
        <translation>グローバルアクセスリストのエントリ: %1</translation>
    </message>
    <message>
        <source>Global access list: not readable (%1)</source>
        <translation>グローバルアクセスリスト: 読み取れません (%1)</translation>
    </message>
    <message>
        <source>Global access list</source>
        <translation>グローバルアクセスリスト</translation>
    </message>
    <message>
        <source>Not readable: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>Empty.</source>
        <translation>空です。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>識別子</translation>
    </message>
</context>
<context>
    <name>FallbackSecretStore</name>
    <message>
        <source>The system keyring is not available (%1): the private key is kept for this session only and you will be asked for it next time.</source>
        <translation>システムのキーリングを利用できません（%1）：秘密キーはこのセッションの間だけ保持され、次回は入力を求められます。</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>%1 is an Organization Owner: it can change every key and the organization&apos;s settings.</source>
        <translation>%1 は Organization Owner です：すべてのキーと組織の設定を変更できます。</translation>
    </message>
    <message>
        <source>%1 is only an Organization Member and is assigned to no project: it can do very little.</source>
        <translation>%1 は Organization Member のみで、どのプロジェクトにも割り当てられていません：ほとんど何もできません。</translation>
    </message>
    <message>
        <source>The whitelist of %1 could not be read: %2</source>
        <translation>%1 のホワイトリストを読み取れませんでした：%2</translation>
    </message>
    <message>
        <source>%1 has no whitelist; the organization requires one, so the key cannot be used at all.</source>
        <translation>%1 にはホワイトリストがありません。組織が要求しているため、このキーはまったく使用できません。</translation>
    </message>
    <message>
        <source>%1 has no whitelist: it can call the API from any address.</source>
        <translation>%1 にはホワイトリストがありません：どのアドレスからでも API を呼び出せます。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has never been used from any of its %n whitelist entries.</source>
        <translation>
            <numerusform>%1 は %n 件のホワイトリストエントリのどれからも使用されたことがありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was last used %2 days ago (more than %3).</source>
        <translation>%1 の最終使用は %2 日前です（%3 日超）。</translation>
    </message>
    <message>
        <source>%1 on %2 has never been used.</source>
        <translation>%2 の %1 は一度も使用されていません。</translation>
    </message>
    <message>
        <source>%1 is listed twice on %2.</source>
        <translation>%1 が %2 に 2 回記載されています。</translation>
    </message>
    <message>
        <source>%1 on %2 is already covered by %3.</source>
        <translation>%2 の %1 は既に %3 に含まれています。</translation>
    </message>
    <message>
        <source>info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>%1 on %2 is a very broad block (%3 addresses).</source>
        <translation>%2 の %1 は非常に広いブロックです (%3 アドレス)。</translation>
    </message>
    <message>
        <source>Require IP Whitelist for Public API was turned off on %1 by %2%3.</source>
        <translation>「Require IP Whitelist for Public API」は %1 に %2%3 がオフにしました。</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation>（%1 から）</translation>
    </message>
    <message>
        <source>%1 (%2) changed a whitelist from %3 on %4, an address outside every entry of its own whitelist (%5).</source>
        <translation>%1 (%2) は %4 に %3 からホワイトリストを変更しました。これは自身のホワイトリストのどのエントリにも含まれないアドレスです (%5)。</translation>
    </message>
    <message>
        <source>%1 (%2) was created on %3 by %4, who is no longer a user of the organization: find who owns it now.</source>
        <translation>%1 (%2) は %3 に %4 が作成しましたが、%4 はもう組織のユーザーではありません。現在の所有者を確認してください。</translation>
    </message>
    <message>
        <source>%1 on %2 is a broad block (%3 addresses).</source>
        <translation>%2 の %1 は広いブロックです(%3 アドレス)。</translation>
    </message>
    <message>
        <source>Service account %1 (%2)</source>
        <translation>サービスアカウント %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has no secret: nothing can sign in with it.</source>
        <translation>%1 にはシークレットがありません: これでサインインできるものはありません。</translation>
    </message>
    <message>
        <source>%1 has no unexpired secret: nothing can sign in with it until a new secret is added.</source>
        <translation>%1 には期限切れでないシークレットがありません: 新しいシークレットを追加するまでサインインできません。</translation>
    </message>
    <message>
        <source>The secret %1 of %2 expired on %3 and is still in place: delete it.</source>
        <translation>%2 のシークレット %1 は %3 に期限切れになり、まだ残っています: 削除してください。</translation>
    </message>
    <message numerus="yes">
        <source>The secret %1 of %2 expires on %3, in %n day(s): add a new secret and move its clients over.</source>
        <translation>
            <numerusform>%2 のシークレット %1 は %3 (%n 日後) に期限切れになります: 新しいシークレットを追加し、クライアントを移行してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The secret %1 of %2 (created %3) has never been used.</source>
        <translation>%2 のシークレット %1 (作成 %3) は一度も使われていません。</translation>
    </message>
    <message>
        <source>The access list of %1 could not be read: %2</source>
        <translation>%1 のアクセスリストを読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%1 has no access list; the organization requires one, so its tokens work from no address.</source>
        <translation>%1 にはアクセスリストがありません。組織が要求しているため、そのトークンはどのアドレスからも使えません。</translation>
    </message>
    <message>
        <source>%1 has no access list: its tokens work from any address.</source>
        <translation>%1 にはアクセスリストがありません: そのトークンはどのアドレスからでも使えます。</translation>
    </message>
    <message>
        <source>%1 (%2) is a Global Owner: it can change every organization, every key and the global access list.</source>
        <translation>%1 (%2) は Global Owner です。すべての組織、すべてのキー、グローバルアクセスリストを変更できます。</translation>
    </message>
    <message>
        <source>the global access list</source>
        <translation>グローバルアクセスリスト</translation>
    </message>
    <message>
        <source>The global access list could not be read: %1</source>
        <translation>グローバルアクセスリストを読み取れませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>The global access list is empty while %n global key(s) exist: either no address may use them or any may (Ops Manager&apos;s documentation does not say which).</source>
        <translation>
            <numerusform>グローバルキーが %n 個あるのにグローバルアクセスリストが空です。どのアドレスも使えないのか、すべてのアドレスが使えるのかのどちらかです (Ops Manager のドキュメントには記載がありません)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rotation of %1 (%2) started %n day(s) ago and is not finished: %3.</source>
        <translation>
            <numerusform>%1（%2）のローテーションは %n 日前に始まり、まだ完了していません：%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>switch the clients to %1, then finish it</source>
        <translation>クライアントを %1 に切り替えてから完了してください</translation>
    </message>
    <message>
        <source>resume it, or cancel it</source>
        <translation>再開するか取り消してください</translation>
    </message>
    <message numerus="yes">
        <source>%1 was created %2, %n day(s) ago: due for rotation (every %3 days). Rotate… makes a new key with the same roles, projects and entries.</source>
        <translation>
            <numerusform>%1 は %2（%n 日前）に作成されました。ローテーションの時期です（%3 日ごと）。「キーをローテーション…」で同じロール、プロジェクト、エントリを持つ新しいキーを作れます。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was last used from %2 (through %3), an address none of its entries holds: find out which client that is.</source>
        <translation>%1 の最終使用は %2 から（%3 経由）で、どのエントリにも含まれないアドレスです。どのクライアントか確認してください。</translation>
    </message>
</context>
<context>
    <name>GlobalAccessEntry</name>
    <message>
        <source>Enter a description: the server requires one (say whose address it is and why it may call).</source>
        <translation>説明を入力してください。サーバーが必須としています (誰のアドレスで、なぜ呼び出せるのか)。</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Older snapshot</source>
        <translation>古いスナップショット</translation>
    </message>
    <message>
        <source>Newer snapshot</source>
        <translation>新しいスナップショット</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更点</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>change made here</source>
        <translation>ここで行った変更</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Two syncs are needed to compare.</source>
        <translation>比較するには 2 回の同期が必要です。</translation>
    </message>
    <message>
        <source>Project %1 added</source>
        <translation>プロジェクト %1 を追加</translation>
    </message>
    <message>
        <source>Project %1 removed</source>
        <translation>プロジェクト %1 を削除</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>description: %1 → %2</source>
        <translation>説明：%1 → %2</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>ロール %1</translation>
    </message>
    <message>
        <source>assigned to project %1</source>
        <translation>プロジェクト %1 に割り当て</translation>
    </message>
    <message>
        <source>unassigned from project %1</source>
        <translation>プロジェクト %1 から割り当て解除</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) counted</source>
        <translation>
            <numerusform>%n 件のリクエストを記録</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) used for the first time</source>
        <translation>
            <numerusform>%n 件のエントリが初めて使用されました</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>変更はありません。</translation>
    </message>
    <message>
        <source>Reading the snapshots…</source>
        <translation>スナップショットを読み込んでいます…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終了(&amp;T):</translation>
    </message>
    <message>
        <source>Require IP Whitelist for Public API: %1 → %2.</source>
        <translation>「Require IP Whitelist for Public API」: %1 → %2。</translation>
    </message>
    <message>
        <source>T&amp;imeline:</source>
        <translation>タイムライン(&amp;I):</translation>
    </message>
    <message>
        <source>Filter the timeline</source>
        <translation>タイムラインを絞り込む</translation>
    </message>
    <message>
        <source>Filter by key, kind (created, entry, roles, project, whitelist) or person</source>
        <translation>キー、種類 (created, entry, roles, project, whitelist)、人物で絞り込み</translation>
    </message>
    <message>
        <source>Timeline of server events and snapshots</source>
        <translation>サーバーイベントとスナップショットのタイムライン</translation>
    </message>
    <message>
        <source>incremental sync</source>
        <translation>差分同期</translation>
    </message>
    <message>
        <source>Snapshot %1 stored (%2)</source>
        <translation>スナップショット %1 を保存 (%2)</translation>
    </message>
    <message>
        <source>The organization&apos;s events could not be read: %1</source>
        <translation>組織のイベントを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Snapshot %1 is no longer kept: the cache keeps the most recent snapshots of each organization. Pick two that are listed.</source>
        <translation>スナップショット %1 はもう保持されていません。キャッシュは各組織の最新のスナップショットを保持します。一覧にある 2 つを選んでください。</translation>
    </message>
    <message>
        <source>%1, unchanged until %2</source>
        <translation>%1、%2 まで変更なし</translation>
    </message>
    <message>
        <source>no event since the one before</source>
        <translation>前回以降のイベントなし</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) created</source>
        <translation>
            <numerusform>キー %n 件作成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) deleted</source>
        <translation>
            <numerusform>キー %n 件削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) added</source>
        <translation>
            <numerusform>エントリ %n 件追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) removed</source>
        <translation>
            <numerusform>エントリ %n 件削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s)</source>
        <translation>
            <numerusform>その他の変更 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>name: %1 → %2</source>
        <translation>名前: %1 → %2</translation>
    </message>
    <message>
        <source>secret %1</source>
        <translation>シークレット %1</translation>
    </message>
    <message>
        <source>service account %1</source>
        <translation>サービスアカウント %1</translation>
    </message>
    <message>
        <source>Global access list: %1 added</source>
        <translation>グローバルアクセスリスト: %1 を追加</translation>
    </message>
    <message>
        <source>Global access list: %1 removed</source>
        <translation>グローバルアクセスリスト: %1 を削除</translation>
    </message>
    <message>
        <source>Global access list: %1</source>
        <translation>グローバルアクセスリスト: %1</translation>
    </message>
</context>
<context>
    <name>InstancePage</name>
    <message>
        <source>What this connection may do</source>
        <translation>この接続でできること</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Global API keys&lt;/b&gt;</source>
        <translation>&lt;b&gt;グローバル API キー&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Create global key…</source>
        <translation>グローバルキーを作成(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Edit key…</source>
        <translation>キーを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Its description and global roles</source>
        <translation>説明とグローバルロール</translation>
    </message>
    <message>
        <source>&amp;Delete key…</source>
        <translation>キーを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Global API keys</source>
        <translation>グローバル API キー</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公開キー</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>秘密キー</translation>
    </message>
    <message>
        <source>Global roles</source>
        <translation>グローバルロール</translation>
    </message>
    <message>
        <source>&lt;b&gt;Global access list&lt;/b&gt; — the addresses from which the instance accepts calls made with a global key. Changes can take up to an hour to apply on the server.</source>
        <translation>&lt;b&gt;グローバルアクセスリスト&lt;/b&gt; — インスタンスがグローバルキーによる呼び出しを受け付けるアドレスです。変更がサーバーで反映されるまで最大 1 時間かかることがあります。</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address, or CIDR block (203.0.113.0/24)</source>
        <translation>IPv4 または IPv6 アドレス、または CIDR ブロック (203.0.113.0/24)</translation>
    </message>
    <message>
        <source>&amp;My current address</source>
        <translation>現在のアドレス(&amp;M)</translation>
    </message>
    <message>
        <source>The address this computer uses to reach the server (behind NAT or a proxy the server sees another one)</source>
        <translation>このコンピューターがサーバーへの接続に使うアドレス (NAT やプロキシの背後ではサーバーには別のアドレスが見えます)</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>説明(&amp;P):</translation>
    </message>
    <message>
        <source>Entry description</source>
        <translation>エントリの説明</translation>
    </message>
    <message>
        <source>Whose address it is and why it may call (required)</source>
        <translation>誰のアドレスで、なぜ呼び出せるのか (必須)</translation>
    </message>
    <message>
        <source>&amp;Save description</source>
        <translation>説明を保存(&amp;S)</translation>
    </message>
    <message>
        <source>Give the entry picked below this description</source>
        <translation>下で選んだエントリにこの説明を付けます</translation>
    </message>
    <message>
        <source>&amp;Remove entry…</source>
        <translation>エントリを削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Entry problem</source>
        <translation>エントリの問題</translation>
    </message>
    <message>
        <source>Global access list</source>
        <translation>グローバルアクセスリスト</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加日時</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更日時</translation>
    </message>
    <message>
        <source>Nothing cached for the instance yet: sync it (F5).</source>
        <translation>インスタンスのキャッシュはまだありません。同期してください (F5)。</translation>
    </message>
    <message>
        <source>(this console)</source>
        <translation>(このコンソール)</translation>
    </message>
    <message>
        <source>Key ID %1</source>
        <translation>キー ID %1</translation>
    </message>
    <message>
        <source>Masked: the server shows it only once</source>
        <translation>マスク済み: サーバーは一度しか表示しません</translation>
    </message>
    <message>
        <source>Entry ID %1 (%2)</source>
        <translation>エントリ ID %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Global API keys&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;グローバル API キー&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Global API keys&lt;/b&gt; — not readable: %1</source>
        <translation>&lt;b&gt;グローバル API キー&lt;/b&gt; — 読み取れません: %1</translation>
    </message>
    <message>
        <source>The global access list could not be read: %1</source>
        <translation>グローバルアクセスリストを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The global access list is empty: no address is allowed to call with a global key (Ops Manager&apos;s documentation does not say whether an empty list means none or any).</source>
        <translation>グローバルアクセスリストが空です。どのアドレスからもグローバルキーで呼び出せません (空のリストがなしを意味するのかすべてを意味するのか、Ops Manager のドキュメントには記載がありません)。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n 件のエントリ。</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: the instance as last synced. Changes are disabled.</source>
        <translation>オフライン: 最後に同期したときのインスタンスです。変更は無効です。</translation>
    </message>
    <message>
        <source>This connection holds Global Owner: it may change the global keys and the global access list.</source>
        <translation>この接続は Global Owner を持っています。グローバルキーとグローバルアクセスリストを変更できます。</translation>
    </message>
    <message>
        <source>Read only: changing global keys and the global access list needs Global Owner; this connection holds %1.</source>
        <translation>読み取り専用: グローバルキーとグローバルアクセスリストの変更には Global Owner が必要です。この接続のロール: %1。</translation>
    </message>
    <message>
        <source>no global role</source>
        <translation>グローバルロールなし</translation>
    </message>
    <message>
        <source>Read only until the server says who this connection is.</source>
        <translation>サーバーがこの接続の身元を返すまでは読み取り専用です。</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>%1 のことですか?</translation>
    </message>
    <message>
        <source>%1 is already on the global access list (%2).</source>
        <translation>%1 はすでにグローバルアクセスリストにあります (%2)。</translation>
    </message>
    <message>
        <source>%1 is a broad block: every global key could be used from any address in it.</source>
        <translation>%1 は広いブロックです。どのグローバルキーもその中のどのアドレスからでも使えてしまいます。</translation>
    </message>
    <message>
        <source>This computer (added from API Access Console)</source>
        <translation>このコンピューター (API Access Console から追加)</translation>
    </message>
    <message>
        <source>Could not find this computer&apos;s address: %1</source>
        <translation>このコンピューターのアドレスを特定できませんでした: %1</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>サーバーが時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>Created the global key %1 (%2). Add its clients&apos; addresses to the global access list below.</source>
        <translation>グローバルキー %1 (%2) を作成しました。クライアントのアドレスを下のグローバルアクセスリストに追加してください。</translation>
    </message>
    <message>
        <source>Edit global API key %1</source>
        <translation>グローバル API キー %1 の編集</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Delete the global API key %1? Every client using it is refused at once; this cannot be undone.</source>
        <translation>グローバル API キー %1 を削除しますか? これを使うクライアントはすぐに拒否されます。元に戻せません。</translation>
    </message>
    <message>
        <source>This console is connected with this key. Deleting it locks this console out at once: connect with another key to go on.</source>
        <translation>このコンソールはこのキーで接続しています。削除するとこのコンソールはすぐに締め出されます。続けるには別のキーで接続してください。</translation>
    </message>
    <message>
        <source>Delete global key?</source>
        <translation>グローバルキーを削除しますか?</translation>
    </message>
    <message>
        <source>Delete and lock this console out</source>
        <translation>削除してコンソールを締め出す</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>キーを削除</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>Not deleted. %1</source>
        <translation>削除できませんでした。%1</translation>
    </message>
    <message>
        <source>%1 was not added. %2</source>
        <translation>%1 は追加されませんでした。%2</translation>
    </message>
    <message>
        <source>Added %1 to the global access list. The server may take up to an hour to apply it.</source>
        <translation>%1 をグローバルアクセスリストに追加しました。サーバーで反映されるまで最大 1 時間かかることがあります。</translation>
    </message>
    <message>
        <source>Saved the description of %1.</source>
        <translation>%1 の説明を保存しました。</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>保存されませんでした。%1</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the global access list? Global keys are then refused from there.</source>
        <translation>%1 (%2) をグローバルアクセスリストから削除しますか? 以後そこからのグローバルキーは拒否されます。</translation>
    </message>
    <message>
        <source>This console calls with a global key from %1, and no other entry covers it: once the server applies the change, it refuses this console.</source>
        <translation>このコンソールは %1 からグローバルキーで呼び出しており、他にそれを含むエントリはありません。サーバーが変更を反映すると、このコンソールは拒否されます。</translation>
    </message>
    <message>
        <source>This console calls with a global key; use “My current address” first to have it check that this entry is not the one letting it in.</source>
        <translation>このコンソールはグローバルキーで呼び出しています。まず「現在のアドレス」で、このエントリが自分を通しているものでないか確認してください。</translation>
    </message>
    <message>
        <source>It is the last entry: no address will be on the global access list.</source>
        <translation>最後のエントリです。グローバルアクセスリストにアドレスが 1 つもなくなります。</translation>
    </message>
    <message>
        <source>Remove global access list entry?</source>
        <translation>グローバルアクセスリストのエントリを削除しますか?</translation>
    </message>
    <message>
        <source>Remove and lock this console out</source>
        <translation>削除してこのコンソールを締め出す</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>エントリを削除</translation>
    </message>
    <message>
        <source>Removed %1 from the global access list.</source>
        <translation>%1 をグローバルアクセスリストから削除しました。</translation>
    </message>
    <message>
        <source>Not removed. %1</source>
        <translation>削除されませんでした。%1</translation>
    </message>
    <message>
        <source>Add e&amp;ntry</source>
        <translation>エントリを追加(&amp;N)</translation>
    </message>
</context>
<context>
    <name>IpBlock</name>
    <message>
        <source>“%1” is a hexadecimal number; write each part of an IPv4 address as a decimal number from 0 to 255.</source>
        <translation>「%1」は 16 進数です。IPv4 アドレスの各部分は 0～255 の 10 進数で書いてください。</translation>
    </message>
    <message>
        <source>“%1” is not allowed in an IPv4 address.</source>
        <translation>「%1」は IPv4 アドレスに使えません。</translation>
    </message>
    <message>
        <source>“%1” is a single number, not an address; write four parts such as 192.0.2.1.</source>
        <translation>「%1」は 1 つの数値で、アドレスではありません。192.0.2.1 のように 4 つの部分で書いてください。</translation>
    </message>
    <message>
        <source>An IPv4 address has an empty part between dots.</source>
        <translation>IPv4 アドレスのドットの間に空の部分があります。</translation>
    </message>
    <message>
        <source>An IPv4 address has four parts separated by dots; this one has %1.</source>
        <translation>IPv4 アドレスはドットで区切られた 4 つの部分からなりますが、これは %1 個です。</translation>
    </message>
    <message>
        <source>“%1” has a leading zero, which some tools read as octal; write %2.</source>
        <translation>「%1」には先頭のゼロがあり、8 進数として読むツールがあります。%2 と書いてください。</translation>
    </message>
    <message>
        <source>%1 is larger than 255, the largest value of each part of an IPv4 address.</source>
        <translation>%1 は 255 より大きい値です。IPv4 アドレスの各部分の最大値は 255 です。</translation>
    </message>
    <message>
        <source>“%1” is not allowed in an IPv6 address.</source>
        <translation>「%1」は IPv6 アドレスに使えません。</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address.</source>
        <translation>「%1」は有効な IPv6 アドレスではありません。</translation>
    </message>
    <message>
        <source>Enter an IP address or a CIDR block.</source>
        <translation>IP アドレスまたは CIDR ブロックを入力してください。</translation>
    </message>
    <message>
        <source>Remove the space inside the address.</source>
        <translation>アドレス内の空白を削除してください。</translation>
    </message>
    <message>
        <source>“%1” is not one of the digits 0–9; type the address with plain digits.</source>
        <translation>「%1」は数字 0～9 ではありません。半角数字でアドレスを入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not allowed in an IP address.</source>
        <translation>「%1」は IP アドレスに使えません。</translation>
    </message>
    <message>
        <source>Use at most one “/” (address/prefix length).</source>
        <translation>「/」は 1 つまでにしてください（アドレス/プレフィックス長）。</translation>
    </message>
    <message>
        <source>The address before “/” is missing.</source>
        <translation>「/」の前のアドレスがありません。</translation>
    </message>
    <message>
        <source>Remove the “%1” sign before the address.</source>
        <translation>アドレスの前の「%1」記号を削除してください。</translation>
    </message>
    <message>
        <source>Zone IDs such as “%1” are not allowed; remove the part from “%”.</source>
        <translation>「%1」のようなゾーン ID は使えません。「%」以降を削除してください。</translation>
    </message>
    <message>
        <source>The prefix length after “/” is missing.</source>
        <translation>「/」の後のプレフィックス長がありません。</translation>
    </message>
    <message>
        <source>Remove the “%1” sign from the prefix length.</source>
        <translation>プレフィックス長から「%1」記号を削除してください。</translation>
    </message>
    <message>
        <source>The prefix length after “/” must be a whole number from 0 to %1.</source>
        <translation>「/」の後のプレフィックス長は 0～%1 の整数にしてください。</translation>
    </message>
    <message>
        <source>Write the prefix length without a leading zero (/%1).</source>
        <translation>プレフィックス長は先頭のゼロなしで書いてください（/%1）。</translation>
    </message>
    <message>
        <source>/%1 is too long for IPv4: the prefix length is 0 to 32.</source>
        <translation>/%1 は IPv4 には長すぎます：プレフィックス長は 0～32 です。</translation>
    </message>
    <message>
        <source>/%1 is too long for IPv6: the prefix length is 0 to 128.</source>
        <translation>/%1 は IPv6 には長すぎます：プレフィックス長は 0～128 です。</translation>
    </message>
    <message>
        <source>%1/%2 has host bits set; the block starts at %3. Did you mean %3?</source>
        <translation>%1/%2 にはホストビットが立っています。ブロックは %3 から始まります。%3 のことですか？</translation>
    </message>
    <message>
        <source>This is %1 characters long; an IP address or CIDR block has at most 49. Check what was pasted.</source>
        <translation>これは %1 文字あります。IP アドレスや CIDR ブロックは最大 49 文字です。貼り付けた内容を確認してください。</translation>
    </message>
    <message>
        <source>The address contains an invisible character (U+%1); type it again instead of pasting it.</source>
        <translation>アドレスに見えない文字 (U+%1) が含まれています。貼り付けずに入力し直してください。</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1: a role has exactly one of orgId and groupId</source>
        <translation>%1：ロールには orgId と groupId のどちらか一方だけが必要です</translation>
    </message>
    <message>
        <source>%1: expected an object, found %2</source>
        <translation>%1：オブジェクトが必要ですが、%2 でした</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>何もない値</translation>
    </message>
    <message>
        <source>%1: required field is missing</source>
        <translation>%1：必須フィールドがありません</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <translation>%1：%2 が必要ですが、%3 でした</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>%1: “%2” is not an ISO-8601 date</source>
        <translation>%1：「%2」は ISO-8601 の日付ではありません</translation>
    </message>
    <message>
        <source>%1: roles must be strings</source>
        <translation>%1: ロールは文字列でなければなりません</translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <source>Key %1 is not in the organization as last synced: sync, then try again.</source>
        <translation>キー %1 は最後に同期した組織にありません。同期してからやり直してください。</translation>
    </message>
    <message>
        <source>The access list of key %1 could not be read, so it cannot be copied: sync with an Organization Owner key first.</source>
        <translation>キー %1 のアクセスリストを読めないため、コピーできません。先に Organization Owner のキーで同期してください。</translation>
    </message>
    <message>
        <source>Key %1 is already being rotated: resume or cancel that rotation.</source>
        <translation>キー %1 はすでにローテーション中です。そのローテーションを再開するか取り消してください。</translation>
    </message>
    <message>
        <source>The new key needs at least one organization role.</source>
        <translation>新しいキーには組織ロールが少なくとも 1 つ必要です。</translation>
    </message>
    <message>
        <source>Creating the new key failed: %1 If the server made it anyway, resuming finds and removes it before creating another.</source>
        <translation>新しいキーの作成に失敗しました：%1 サーバがそれでも作成していた場合は、再開時に見つけて削除してから別のキーを作ります。</translation>
    </message>
    <message>
        <source>Reading the new key %1 back failed: %2</source>
        <translation>新しいキー %1 の読み戻しに失敗しました：%2</translation>
    </message>
    <message>
        <source>Reading the access list of the new key %1 failed: %2</source>
        <translation>新しいキー %1 のアクセスリストの読み取りに失敗しました：%2</translation>
    </message>
    <message>
        <source>setting its organization roles</source>
        <translation>組織ロールの設定</translation>
    </message>
    <message>
        <source>adding it to project %1</source>
        <translation>プロジェクト %1 への追加</translation>
    </message>
    <message numerus="yes">
        <source>adding %n access-list entry(s)</source>
        <translation>
            <numerusform>%n 件のアクセスリストエントリの追加</numerusform>
        </translation>
    </message>
    <message>
        <source>The new key %1 exists, but %2 failed: %3 Resume to copy what it still lacks (nothing is copied twice).</source>
        <translation>新しいキー %1 は存在しますが、%2 に失敗しました：%3 再開すると、まだ足りないものをコピーします（二重にはコピーしません）。</translation>
    </message>
    <message>
        <source>The new key %1 differs from the plan: %2. Resume to copy what it lacks.</source>
        <translation>新しいキー %1 は計画と異なります：%2。再開すると足りないものをコピーします。</translation>
    </message>
    <message>
        <source>Listing the organization&apos;s keys failed: %1</source>
        <translation>組織のキーの一覧取得に失敗しました：%1</translation>
    </message>
    <message>
        <source>removing key %1, created by a request whose answer was lost</source>
        <translation>応答が失われた要求で作られたキー %1 の削除</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗しました：%2</translation>
    </message>
    <message>
        <source>No rotation of key %1 is in progress.</source>
        <translation>キー %1 のローテーションは進行していません。</translation>
    </message>
    <message>
        <source>The new key does not equal the plan yet (%1): resume the rotation first.</source>
        <translation>新しいキーはまだ計画どおりではありません（%1）。先にローテーションを再開してください。</translation>
    </message>
    <message>
        <source>This console signs in with the old key %1: deleting it would lock the console out. Connect with the new key %2 first, then finish.</source>
        <translation>このコンソールは古いキー %1 でサインインしています。削除するとコンソールが締め出されます。先に新しいキー %2 で接続してから完了してください。</translation>
    </message>
    <message>
        <source>Deleting the old key %1 failed: %2 Both keys exist; finish again.</source>
        <translation>古いキー %1 の削除に失敗しました：%2 両方のキーが存在します。もう一度完了してください。</translation>
    </message>
    <message>
        <source>This console signs in with the new key %1: deleting it would lock the console out. Connect with another key first, then cancel.</source>
        <translation>このコンソールは新しいキー %1 でサインインしています。削除するとコンソールが締め出されます。先に別のキーで接続してから取り消してください。</translation>
    </message>
    <message>
        <source>Deleting the new key %1 failed: %2 Cancel again.</source>
        <translation>新しいキー %1 の削除に失敗しました：%2 もう一度取り消してください。</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the system keyring</source>
        <translation>システムのキーリング</translation>
    </message>
    <message>
        <source>The system keyring is not available (%1).</source>
        <translation>システムのキーリングを利用できません（%1）。</translation>
    </message>
    <message>
        <source>The system keyring refused: %1</source>
        <translation>システムのキーリングが拒否しました：%1</translation>
    </message>
</context>
<context>
    <name>LockoutCheck</name>
    <message>
        <source>The key this console uses has an entry covering %1, the address the server last saw it call from.</source>
        <translation>このコンソールのキーには、サーバーが最後に確認した接続元アドレス %1 を含むエントリがあります。</translation>
    </message>
    <message>
        <source>The key this console uses has no entry covering %1, the address the server last saw it call from: after the change this console would be refused. Add %1 to its whitelist first.</source>
        <translation>このコンソールのキーには、サーバーが最後に確認した接続元アドレス %1 を含むエントリがありません：変更後、このコンソールは拒否されます。先に %1 をホワイトリストに追加してください。</translation>
    </message>
    <message>
        <source>The key this console uses has no whitelist: after the change this console could not call the API any more, not even to undo it. Add your address to its whitelist first.</source>
        <translation>このコンソールのキーにはホワイトリストがありません：変更後、このコンソールは API を呼び出せなくなり、元に戻すこともできません。先に自分のアドレスをホワイトリストに追加してください。</translation>
    </message>
    <message>
        <source>The server has not yet said which address it sees this console calling from, so it is not known whether the console&apos;s key stays usable.</source>
        <translation>サーバーはこのコンソールの接続元アドレスをまだ通知していないため、コンソールのキーが使えるままかどうか分かりません。</translation>
    </message>
    <message>
        <source>The key this console uses is not one of this organization&apos;s API keys; check its whitelist separately.</source>
        <translation>このコンソールのキーはこの組織の API キーではありません。そのホワイトリストは別途確認してください。</translation>
    </message>
    <message>
        <source>The service account this console signs in as has an access-list entry covering %1, the address the server last saw it call from.</source>
        <translation>このコンソールがサインインしているサービスアカウントには、サーバーが最後に呼び出しを見たアドレス %1 を含むアクセスリストエントリがあります。</translation>
    </message>
    <message>
        <source>The service account this console signs in as has no access-list entry covering %1, the address the server last saw it call from: after the change its tokens would be refused here. Add %1 to its access list first.</source>
        <translation>このコンソールがサインインしているサービスアカウントには、サーバーが最後に呼び出しを見たアドレス %1 を含むアクセスリストエントリがありません: 変更後、ここではそのトークンが拒否されます。先に %1 をアクセスリストに追加してください。</translation>
    </message>
    <message>
        <source>The service account this console signs in as has no access list: after the change this console could not call the API any more, not even to undo it. Add your address to its access list first.</source>
        <translation>このコンソールがサインインしているサービスアカウントにはアクセスリストがありません: 変更後、このコンソールは API を呼び出せなくなり、元に戻すこともできません。先にあなたのアドレスをアクセスリストに追加してください。</translation>
    </message>
    <message>
        <source>The server has not yet said which address it sees this console calling from, so it is not known whether the service account&apos;s tokens stay usable.</source>
        <translation>サーバーはこのコンソールの呼び出し元アドレスをまだ示していないため、サービスアカウントのトークンが使い続けられるかはわかりません。</translation>
    </message>
</context>
<context>
    <name>LockoutDialog</name>
    <message>
        <source>Require a whitelist for %1?</source>
        <translation>%1 でホワイトリストを必須にしますか？</translation>
    </message>
    <message>
        <source>Once this is on, every API key of %1 needs at least one whitelist entry, and every call must come from a listed address.</source>
        <translation>有効にすると、%1 のすべての API キーに 1 件以上のホワイトリストエントリが必要になり、すべての呼び出しは登録済みのアドレスから行う必要があります。</translation>
    </message>
    <message>
        <source>Warning: this console would lock itself out.</source>
        <translation>警告：このコンソール自身が締め出されます。</translation>
    </message>
    <message>
        <source>This console:</source>
        <translation>このコンソール：</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) have no whitelist and will lose all API access:</source>
        <translation>
            <numerusform>%n 個のキーにはホワイトリストがなく、API へのアクセスをすべて失います：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) have entries none of which was ever used; they may be calling from elsewhere:</source>
        <translation>
            <numerusform>%n 個のキーには一度も使われていないエントリしかありません。別の場所から呼び出している可能性があります：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) have a whitelist this console may not read, so they could not be checked:</source>
        <translation>
            <numerusform>%n 個のキーのホワイトリストはこのコンソールから読み取れないため、確認できませんでした：</numerusform>
        </translation>
    </message>
    <message>
        <source>Every key has a whitelist that has been used.</source>
        <translation>すべてのキーに使用実績のあるホワイトリストがあります。</translation>
    </message>
    <message>
        <source>Lock-out check</source>
        <translation>締め出しチェック</translation>
    </message>
    <message>
        <source>I have read this and want to require a whitelist</source>
        <translation>内容を確認し、ホワイトリストを必須にします</translation>
    </message>
    <message>
        <source>Require whitelist</source>
        <translation>ホワイトリストを必須にする</translation>
    </message>
    <message>
        <source>Open the web console</source>
        <translation>Web コンソールを開く</translation>
    </message>
    <message numerus="yes">
        <source>%n service account(s) have no access list: their tokens will stop working:</source>
        <translation>
            <numerusform>%n 件のサービスアカウントにアクセスリストがありません。そのトークンは使えなくなります:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service account(s) have access-list entries none of which was ever used; they may be calling from elsewhere:</source>
        <translation>
            <numerusform>%n 件のサービスアカウントには一度も使われていないアクセスリストエントリしかありません。別の場所から呼び出しているかもしれません:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service account(s) have an access list this console may not read, so they could not be checked:</source>
        <translation>
            <numerusform>%n 件のサービスアカウントのアクセスリストはこのコンソールでは読み取れないため、確認できませんでした:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>API Access Console</source>
        <translation>API Access Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>API key in use</source>
        <translation>使用中の API キー</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>最終同期</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>同期の進捗</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>同期の問題</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>The server this window talks to: the built-in demo or a saved connection</source>
        <translation>このウィンドウの接続先サーバー：内蔵デモまたは保存済みの接続</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>新しい接続(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit this connection…</source>
        <translation>この接続を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove this connection…</source>
        <translation>この接続を削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>API &amp;Keys</source>
        <translation>API キー(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Address check</source>
        <translation>アドレス確認(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>レポート(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <source>My &amp;whitelist (personal API key)…</source>
        <translation>自分のホワイトリスト（個人 API キー）(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export organization</source>
        <translation>組織をエクスポート</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;HTML report (*.html);;Markdown report (*.md);;JSON (*.json);;CSV (*.csv)</source>
        <translation>PDF レポート (*.pdf);;HTML レポート (*.html);;Markdown レポート (*.md);;JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同期(&amp;Y)</translation>
    </message>
    <message>
        <source>Key: %1 (%2)</source>
        <translation>キー：%1（%2）</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>キー：%1</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>システム(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>言語は次回の起動時に変わります。</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>デモサーバー</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>最終同期：%1</translation>
    </message>
    <message>
        <source>Working offline — showing the data as last synced (%1). Nothing is sent to the server and changes are disabled; switch to the connection again to go online.</source>
        <translation>オフライン作業中 — 最後に同期したデータ（%1）を表示しています。サーバーには何も送信されず、変更はできません。オンラインにするには接続を選び直してください。</translation>
    </message>
    <message>
        <source>Offline — showing the data as last synced (%1). Changes are disabled until the server answers again; the console keeps trying.</source>
        <translation>オフライン — 最後に同期したデータ（%1）を表示しています。サーバーが再び応答するまで変更はできません。コンソールは再試行を続けます。</translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation>この組織はまだキャッシュされていません：同期してください（F5）。</translation>
    </message>
    <message>
        <source>Choose a file ending in .pdf, .html, .md, .json or .csv.</source>
        <translation>拡張子が .pdf、.html、.md、.json、.csv のいずれかのファイルを選んでください。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 を書き込めませんでした。</translation>
    </message>
    <message>
        <source>Read every whitelist &amp;every</source>
        <translation>すべてのホワイトリストを読む間隔(&amp;E)</translation>
    </message>
    <message>
        <source>Sync &amp;Everything</source>
        <translation>すべて同期(&amp;E)</translation>
    </message>
    <message>
        <source>Read every key&apos;s whitelist, not only those the organization&apos;s events name</source>
        <translation>イベントに示されたキーだけでなく、すべてのキーのホワイトリストを読む</translation>
    </message>
    <message>
        <source>&amp;Hour</source>
        <translation>1 時間(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;6 hours</source>
        <translation>6 時間(&amp;6)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>1 日(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>1 週間(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Never (only when asked)</source>
        <translation>しない（指示したときのみ）(&amp;N)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 にエクスポートしています…</translation>
    </message>
    <message>
        <source>S&amp;ervice accounts</source>
        <translation>サービスアカウント(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Global keys</source>
        <translation>グローバルキー(&amp;G)</translation>
    </message>
    <message>
        <source>Ops Manager instance</source>
        <translation>Ops Manager インスタンス</translation>
    </message>
    <message>
        <source>Demo server (Atlas)</source>
        <translation>デモサーバ (Atlas)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（削除済み）</translation>
    </message>
    <message>
        <source>Someone changed this note meanwhile; theirs is shown: “%1”. Yours was not saved: “%2” — edit the note again to replace theirs.</source>
        <translation>このメモは他の人によって変更されました。その内容を表示しています:「%1」。あなたの内容は保存されていません:「%2」— 置き換えるにはもう一度メモを編集してください。</translation>
    </message>
    <message>
        <source>Updated from the team store (written by %1).</source>
        <translation>チームのストアから更新しました（書き込み: %1）。</translation>
    </message>
    <message>
        <source>Last synced: %1 by %2</source>
        <translation>最終同期: %1（%2）</translation>
    </message>
    <message>
        <source>Review only — %1 Nothing is synced or changed from this console; the data is as the store holds it (%2).</source>
        <translation>閲覧のみ — %1 このコンソールからは同期も変更も行いません。データはストアにあるとおりです（%2）。</translation>
    </message>
    <message>
        <source>The team store answers again; everything kept meanwhile is written.</source>
        <translation>チームのストアが再び応答しています。その間に保持していた内容は書き込まれました。</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>this session only (the key is forgotten when the console closes)</source>
        <translation>このセッションのみ（コンソールを閉じるとキーは破棄されます）</translation>
    </message>
</context>
<context>
    <name>NewSecretDialog</name>
    <message>
        <source>&amp;Expires after:</source>
        <translation>有効期間(&amp;E)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>The new secret expires after this many days</source>
        <translation>新しいシークレットはこの日数で期限切れになります</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Add secret</source>
        <translation>シークレットを追加</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the secret now.&lt;/b&gt; The server shows it this once; it cannot be shown again. Whoever has it and the client ID can call the API with this account&apos;s roles.</source>
        <translation>&lt;b&gt;今すぐシークレットをコピーしてください。&lt;/b&gt; サーバーが表示するのはこの一度だけで、再表示はできません。これとクライアント ID を持つ人は、このアカウントのロールで API を呼び出せます。</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>I have copied the secret and stored it safely</source>
        <translation>シークレットをコピーして安全に保管しました</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>New secret for %1</source>
        <translation>%1 の新しいシークレット</translation>
    </message>
    <message>
        <source>A new secret for &lt;b&gt;%1&lt;/b&gt; (&lt;code&gt;%2&lt;/code&gt;). Clients then sign in with the client ID and this secret.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (&lt;code&gt;%2&lt;/code&gt;) の新しいシークレット。クライアントはクライアント ID とこのシークレットでサインインします。</translation>
    </message>
    <message>
        <source>⚠ The secret %1 now expires on %2. Adding this one cuts it to seven days: it will expire on &lt;b&gt;%3&lt;/b&gt;. Move its clients to the new secret before then.</source>
        <translation>⚠ シークレット %1 の現在の期限は %2 です。これを追加すると 7 日に短縮され、&lt;b&gt;%3&lt;/b&gt; に期限切れになります。それまでにクライアントを新しいシークレットに移行してください。</translation>
    </message>
    <message>
        <source>The secret %1 keeps its expiry, %2 (less than seven days away).</source>
        <translation>シークレット %1 の期限 %2 (7 日以内) は変わりません。</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>コピーしました(&amp;C)</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>%1 に期限切れになります。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>What signs in with it, e.g. “ci-deployer”</source>
        <translation>これでサインインするもの、例: 「ci-deployer」</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D)：</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>ロール(&amp;R)：</translation>
    </message>
    <message>
        <source>Organization roles</source>
        <translation>組織ロール</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>New service account</source>
        <translation>新しいサービスアカウント</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>アカウントを作成</translation>
    </message>
    <message>
        <source>A service account signs in with its client ID and a secret (OAuth client credentials) instead of a key pair. Its secrets expire; it has its own access list.</source>
        <translation>サービスアカウントはキーペアの代わりにクライアント ID とシークレット (OAuth クライアント資格情報) でサインインします。シークレットには期限があり、独自のアクセスリストを持ちます。</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>アカウントに名前を付けてください。</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>名前は %1 文字です。最大 %2 文字までです。</translation>
    </message>
    <message>
        <source>Say what the account is for: the server requires a description.</source>
        <translation>アカウントの用途を書いてください: サーバーは説明を必須としています。</translation>
    </message>
    <message>
        <source>The description has %1 characters; at most %2 are allowed.</source>
        <translation>説明は %1 文字です。最大 %2 文字までです。</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>ロールを 1 つ以上選択してください。</translation>
    </message>
</context>
<context>
    <name>OrgSettings</name>
    <message>
        <source>The setting has not been read from the server yet.</source>
        <translation>設定はまだサーバーから読み取られていません。</translation>
    </message>
    <message>
        <source>The API key in use may not read the organization&apos;s settings.</source>
        <translation>使用中の API キーには組織の設定を読み取る権限がありません。</translation>
    </message>
    <message>
        <source>The server accepted the change without saying the new value; the next sync reads it.</source>
        <translation>サーバーは新しい値を示さずに変更を受け付けました。次の同期で読み込みます。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>On — the server refused a request with ORG_REQUIRES_ACCESS_LIST, which it does only while the requirement is on.</source>
        <translation>オン — サーバーが ORG_REQUIRES_ACCESS_LIST でリクエストを拒否しました。これは要件がオンの間だけ起こります。</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%2 から %1</translation>
    </message>
    <message>
        <source>On since %1, turned on by %2 — from the organization&apos;s events.</source>
        <translation>%1 からオン、%2 がオンにしました — 組織のイベントより。</translation>
    </message>
    <message>
        <source>Off since %1, turned off by %2 — from the organization&apos;s events.</source>
        <translation>%1 からオフ、%2 がオフにしました — 組織のイベントより。</translation>
    </message>
    <message>
        <source>This server does not expose the setting through its API, and the organization&apos;s events name no change of it; see the organization&apos;s settings page in the web console.</source>
        <translation>このサーバーは API でこの設定を公開しておらず、組織のイベントにも変更の記録がありません。Web コンソールの組織設定ページを確認してください。</translation>
    </message>
</context>
<context>
    <name>OrgSettingsPage</name>
    <message>
        <source>Require IP Whitelist for Public API</source>
        <translation>Public API に IP ホワイトリストを要求</translation>
    </message>
    <message>
        <source>Open in web console</source>
        <translation>Web コンソールで開く</translation>
    </message>
    <message>
        <source>Whether every API key of this organization must have a whitelist</source>
        <translation>この組織のすべての API キーにホワイトリストを必須にするかどうか</translation>
    </message>
    <message>
        <source>When this is on, an API key can do nothing until it has at least one whitelist entry, and every call must come from a listed address. When it is off, a key with an empty whitelist may call every endpoint except those that explicitly require a whitelist; a key with entries may still only call from them.</source>
        <translation>オンの場合、API キーはホワイトリストのエントリが 1 件以上になるまで何もできず、すべての呼び出しは登録済みのアドレスから行う必要があります。オフの場合、ホワイトリストが空のキーは、明示的にホワイトリストを要求するもの以外のすべてのエンドポイントを呼び出せます。エントリのあるキーは、引き続きそのアドレスからのみ呼び出せます。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>On: every API key of this organization needs a whitelist.</source>
        <translation>オン：この組織のすべての API キーにホワイトリストが必要です。</translation>
    </message>
    <message>
        <source>Off: keys without a whitelist may call from any address.</source>
        <translation>オフ：ホワイトリストのないキーはどのアドレスからでも呼び出せます。</translation>
    </message>
    <message>
        <source>Unknown. %1</source>
        <translation>不明。%1</translation>
    </message>
    <message>
        <source>Offline: the setting can be changed when the server is reachable again.</source>
        <translation>オフライン：サーバーに再び接続できるようになると設定を変更できます。</translation>
    </message>
    <message>
        <source>Checking which key this console uses…</source>
        <translation>このコンソールが使用しているキーを確認しています…</translation>
    </message>
    <message>
        <source>Only an Organization Owner key can change this setting; the key in use is not one.</source>
        <translation>この設定を変更できるのは Organization Owner のキーだけです。使用中のキーは該当しません。</translation>
    </message>
    <message>
        <source>Stop requiring a whitelist?</source>
        <translation>ホワイトリストの必須化をやめますか？</translation>
    </message>
    <message>
        <source>API keys of %1 with an empty whitelist will be able to call the API from any address again. Keys that have entries still only work from them.</source>
        <translation>ホワイトリストが空の %1 の API キーは、再びどのアドレスからでも API を呼び出せるようになります。エントリのあるキーは、引き続きそのアドレスからのみ動作します。</translation>
    </message>
    <message>
        <source>Stop requiring</source>
        <translation>必須化をやめる</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Not changed. %1</source>
        <translation>変更されませんでした。%1</translation>
    </message>
    <message>
        <source>Done: the server now requires a whitelist for every API key.</source>
        <translation>完了：サーバーはすべての API キーにホワイトリストを要求するようになりました。</translation>
    </message>
    <message>
        <source>Done: the server no longer requires a whitelist.</source>
        <translation>完了：サーバーはホワイトリストを要求しなくなりました。</translation>
    </message>
    <message>
        <source>The server accepted the change but still reports the old value.</source>
        <translation>サーバーは変更を受け付けましたが、まだ古い値を返しています。</translation>
    </message>
    <message>
        <source>Pick an organization on the left to see its settings.</source>
        <translation>左側で組織を選ぶと、その設定が表示されます。</translation>
    </message>
    <message>
        <source>The setting can only be changed in the web console; after the change there, sync (F5) to read the new value from the organization&apos;s events.</source>
        <translation>この設定は Web コンソールでのみ変更できます。変更後に同期 (F5) すると、組織のイベントから新しい値を読み取ります。</translation>
    </message>
    <message>
        <source>Opened the organization&apos;s settings page in the web console. After the change there, sync (F5): the change is read from the organization&apos;s events.</source>
        <translation>Web コンソールで組織の設定ページを開きました。変更後に同期 (F5) すると、組織のイベントから変更を読み取ります。</translation>
    </message>
    <message>
        <source>No browser could be opened. The settings page is at %1</source>
        <translation>ブラウザーを開けませんでした。設定ページは %1 です</translation>
    </message>
    <message>
        <source>The organization&apos;s other security settings</source>
        <translation>組織のその他のセキュリティ設定</translation>
    </message>
    <message>
        <source>Require IP Access List for the Atlas Administration API</source>
        <translation>Atlas Administration API に IP アクセスリストを必須にする</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Multi-factor authentication required: %1</source>
        <translation>多要素認証の必須: %1</translation>
    </message>
    <message>
        <source>MongoDB employee access restricted: %1</source>
        <translation>MongoDB 従業員のアクセス制限: %1</translation>
    </message>
    <message numerus="yes">
        <source>Longest life of a new service-account secret: %n hour(s)</source>
        <translation>
            <numerusform>新しいサービスアカウントのシークレットの最長有効期間: %n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n day(s))</source>
        <translation>
            <numerusform>（%n 日）</numerusform>
        </translation>
    </message>
    <message>
        <source>Other security settings of the organization (read-only here):</source>
        <translation>組織のその他のセキュリティ設定 (ここでは読み取り専用):</translation>
    </message>
    <message>
        <source>Only an Organization Owner key can change this setting. The key in use is %1 here: it may read the setting, not change it.</source>
        <translation>この設定を変更できるのは Organization Owner のキーだけです。使用中のキーはここでは %1 です。設定を読むことはできますが、変更はできません。</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>%1 のフォルダーを作成できません</translation>
    </message>
    <message>
        <source>the file of unsaved writes %1 was written by a newer version of the console</source>
        <translation>未保存の書き込みのファイル %1 は新しいバージョンのコンソールが書いたものです</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
    <message>
        <source>the kept snapshot cannot be read back (%1)</source>
        <translation>保存したスナップショットを読み戻せません (%1)</translation>
    </message>
    <message>
        <source>the kept rotation cannot be read back</source>
        <translation>保存したローテーションを読み戻せません</translation>
    </message>
    <message>
        <source>a kept write of a kind this console does not know (%1)</source>
        <translation>このコンソールが知らない種類の保存済み書き込み (%1)</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>アドレスをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate for this profile</source>
        <translation>このプロファイルでこの証明書を信頼(&amp;R)</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>接続を編集</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新しい接続</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>接続名</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>https://opsmanager.example.com:8443</source>
        <translation>https://opsmanager.example.com:8443</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公開キー</translation>
    </message>
    <message>
        <source>for example abcdefgh</source>
        <translation>例：abcdefgh</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>秘密キー</translation>
    </message>
    <message>
        <source>unchanged (kept in the system keyring)</source>
        <translation>変更なし（システムのキーリングに保存済み）</translation>
    </message>
    <message>
        <source>shown once when the key was created</source>
        <translation>キーの作成時に一度だけ表示されたもの</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>追加の CA 証明書</translation>
    </message>
    <message>
        <source>optional: a PEM file for a private certificate authority</source>
        <translation>任意：プライベート認証局の PEM ファイル</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>システム設定</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>プロキシなし</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>プロキシのホスト</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>プロキシのポート</translation>
    </message>
    <message>
        <source>port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>テスト結果</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>公開キー(&amp;P)：</translation>
    </message>
    <message>
        <source>Pri&amp;vate key:</source>
        <translation>秘密キー(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>CA 証明書(&amp;C)：</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>プロキシ(&amp;X)：</translation>
    </message>
    <message>
        <source>The server is the address you open in a browser. The private key goes to the system keyring, never to a file.</source>
        <translation>サーバーはブラウザーで開くアドレスです。秘密キーはシステムのキーリングに保存され、ファイルには保存されません。</translation>
    </message>
    <message>
        <source>The name files this connection&apos;s cache; create a new connection to use another name.</source>
        <translation>この接続のキャッシュはこの名前で保存されています。別の名前にするには新しい接続を作成してください。</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>コピーしました(&amp;C)</translation>
    </message>
    <message>
        <source>Trusted certificate for this profile (SHA-256): %1</source>
        <translation>このプロファイルで信頼する証明書（SHA-256）：%1</translation>
    </message>
    <message>
        <source>Fix the fields marked above first.</source>
        <translation>先に上の印の付いた欄を修正してください。</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>%1 への接続をテストしています…</translation>
    </message>
    <message>
        <source>The private key could not be read from the keyring (%1): type it to test.</source>
        <translation>キーリングから秘密キーを読み取れませんでした（%1）：テストするには入力してください。</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>キー：%1</translation>
    </message>
    <message>
        <source>&amp;Copy address %1</source>
        <translation>アドレス %1 をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>A connection named “%1” exists already.</source>
        <translation>「%1」という名前の接続は既にあります。</translation>
    </message>
    <message>
        <source>The server or public key changed: type the private key again (%1).</source>
        <translation>サーバーまたは公開キーが変わりました：秘密キーをもう一度入力してください（%1）。</translation>
    </message>
    <message>
        <source>The private key could not be stored: %1</source>
        <translation>秘密キーを保存できませんでした：%1</translation>
    </message>
    <message>
        <source>No scheme was typed, so https was tried. If the server speaks plain http, type http://%1.</source>
        <translation>スキームが入力されていないため https で試しました。サーバーが平文の http を使う場合は http://%1 と入力してください。</translation>
    </message>
    <message>
        <source>&amp;Web console page:</source>
        <translation>Web コンソール(&amp;W):</translation>
    </message>
    <message>
        <source>Web console organization settings page</source>
        <translation>Web コンソールの組織設定ページ</translation>
    </message>
    <message>
        <source>Where the organization setting is changed when the server has no API for it: {server} is the server, {orgId} the organization</source>
        <translation>サーバーに API がない場合に組織の設定を変更する場所: {server} はサーバー、{orgId} は組織</translation>
    </message>
    <message>
        <source>Discard this connection?</source>
        <translation>この接続を破棄しますか?</translation>
    </message>
    <message>
        <source>Discard the changes to “%1”? Nothing typed here is saved.</source>
        <translation>「%1」への変更を破棄しますか? ここで入力した内容は保存されません。</translation>
    </message>
    <message>
        <source>Discard the connection you typed? Nothing of it is saved.</source>
        <translation>入力した接続を破棄しますか? 何も保存されません。</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>編集を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存中</translation>
    </message>
    <message>
        <source>Asking the system keyring for the private key… (it may ask you to unlock it)</source>
        <translation>システムのキーリングに秘密鍵を問い合わせています…（ロック解除を求められることがあります）</translation>
    </message>
    <message>
        <source>Asking the system keyring to keep the private key… (it may ask you to unlock it)</source>
        <translation>システムのキーリングに秘密鍵の保管を依頼しています…（ロック解除を求められることがあります）</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>サインイン方法(&amp;M)：</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>サインイン方法</translation>
    </message>
    <message>
        <source>API key (public and private key)</source>
        <translation>API キー (公開キーと秘密キー)</translation>
    </message>
    <message>
        <source>Service account (client ID and secret)</source>
        <translation>サービスアカウント (クライアント ID とシークレット)</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>クライアント ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>mdb_sa_id_ and 24 hexadecimal digits</source>
        <translation>mdb_sa_id_ と 16 進数 24 桁</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>クライアントシークレット(&amp;E)：</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <source>mdb_sa_sk_…, shown once when the secret was created</source>
        <translation>mdb_sa_sk_…、シークレットの作成時に一度だけ表示</translation>
    </message>
    <message>
        <source>The client secret could not be read from the keyring (%1): type it to test.</source>
        <translation>キーリングからクライアントシークレットを読み取れませんでした (%1)。テストするには入力してください。</translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation>API(&amp;A):</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Which API the server is spoken to in</source>
        <translation>サーバとの通信に使う API</translation>
    </message>
    <message>
        <source>Ops Manager / Cloud Manager (Public API v1.0)</source>
        <translation>Ops Manager / Cloud Manager (Public API v1.0)</translation>
    </message>
    <message>
        <source>Atlas (Administration API v2)</source>
        <translation>Atlas (Administration API v2)</translation>
    </message>
    <message>
        <source>History store</source>
        <translation>履歴ストア</translation>
    </message>
    <message>
        <source>This computer — or a team&apos;s postgresql://user@host/database</source>
        <translation>このコンピューター — またはチームの postgresql://user@host/database</translation>
    </message>
    <message>
        <source>Empty: the history, notes and rotations stay on this computer. A PostgreSQL database shares them with the other admins and the nightly sync (sslmode=verify-full&amp;sslrootcert=CA.pem for TLS).</source>
        <translation>空欄: 履歴、メモ、ローテーションはこのコンピューターに保存されます。PostgreSQL データベースを指定すると、他の管理者や夜間の同期と共有します（TLS には sslmode=verify-full&amp;sslrootcert=CA.pem）。</translation>
    </message>
    <message>
        <source>History store password</source>
        <translation>履歴ストアのパスワード</translation>
    </message>
    <message>
        <source>Database password (kept in the system keyring)</source>
        <translation>データベースのパスワード（システムのキーリングに保存）</translation>
    </message>
    <message>
        <source>Asking the system keyring to keep the store&apos;s password… (it may ask you to unlock it)</source>
        <translation>ストアのパスワードをシステムのキーリングに保存しています…（ロック解除を求められることがあります）</translation>
    </message>
    <message>
        <source>&amp;History store:</source>
        <translation>履歴ストア(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>ProjectKeyDialog</name>
    <message>
        <source>Description, public key or key ID</source>
        <translation>説明、公開キー、またはキー ID</translation>
    </message>
    <message>
        <source>Which organization key</source>
        <translation>どの組織キーか</translation>
    </message>
    <message>
        <source>Invite an organization key to %1</source>
        <translation>組織のキーを %1 に招待</translation>
    </message>
    <message>
        <source>Roles of %1 in %2</source>
        <translation>%2 での %1 のロール</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>招待</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>キー(&amp;K)：</translation>
    </message>
    <message>
        <source>Roles in %1 (the list replaces the key&apos;s roles there):</source>
        <translation>%1 でのロール（この一覧がそこでのキーのロールを置き換えます）：</translation>
    </message>
    <message>
        <source>Type the key&apos;s description, public key or key ID.</source>
        <translation>キーの説明、公開キー、またはキー ID を入力してください。</translation>
    </message>
    <message>
        <source>No organization key outside this project matches “%1”.</source>
        <translation>このプロジェクト外の組織キーで「%1」に一致するものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n keys match; type more of the description, or the public key.</source>
        <translation>
            <numerusform>%n 個のキーが一致します。説明をさらに入力するか、公開キーを入力してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — public key %2, key ID %3</source>
        <translation>%1 — 公開キー %2、キー ID %3</translation>
    </message>
    <message>
        <source>These roles will be removed: %1</source>
        <translation>次のロールが削除されます：%1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>A key unused this long is stale</source>
        <translation>この期間使われていないキーは古いとみなします</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation>この組織はまだキャッシュされていません：同期してください（F5）。</translation>
    </message>
    <message>
        <source>&amp;Stale after:</source>
        <translation>古いとみなす期間(&amp;S):</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), %1 of them high. Double-click one, or press Enter on it, to open its key.</source>
        <translation>
            <numerusform>指摘事項 %n 件(うち重要度「高」%1 件)。ダブルクリックするか Enter キーを押すと、そのキーを開きます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Secrets e&amp;xpiring within:</source>
        <translation>期限が近いシークレット(&amp;X):</translation>
    </message>
    <message>
        <source>A service-account secret expiring this soon is reported</source>
        <translation>この期間内に期限切れになるサービスアカウントのシークレットを報告します</translation>
    </message>
    <message>
        <source>Public key or client ID</source>
        <translation>公開キーまたはクライアント ID</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>working offline: this connection was opened from the cache only, so nothing is sent to the server; open it online to sync or change anything</source>
        <translation>オフライン作業中：この接続はキャッシュのみから開かれたため、サーバーには何も送信されません。同期や変更を行うにはオンラインで開いてください</translation>
    </message>
    <message>
        <source>offline: the server is not reachable, so the cached data cannot be changed</source>
        <translation>オフライン：サーバーに接続できないため、キャッシュされたデータは変更できません</translation>
    </message>
    <message>
        <source>The local cache cannot be used (%1): nothing is kept for offline review in this session.</source>
        <translation>ローカルキャッシュを使用できません (%1): このセッションではオフライン確認用に何も保存されません。</translation>
    </message>
    <message>
        <source>The team store cannot be reached (%1): the console shows what the server says; what you write is kept on this computer and written to the store when it answers.</source>
        <translation>チームストアに接続できません (%1)。コンソールはサーバーの内容を表示します。書き込んだ内容はこのコンピューターに保存され、ストアが応答したときに書き込まれます。</translation>
    </message>
    <message>
        <source>The team store does not answer (%1). The console goes on from what it holds; what it could not write is kept on this computer and written as soon as the store answers again.</source>
        <translation>チームストアが応答しません (%1)。コンソールは保持している内容で続行します。書き込めなかった内容はこのコンピューターに保存され、ストアが再び応答したらすぐに書き込まれます。</translation>
    </message>
    <message numerus="yes">
        <source>Waiting: %n change(s).</source>
        <translation>
            <numerusform>待機中: %n 件の変更。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The team store refused %n change(s) kept during its outage (%1). They are not written; they stay in %2 for review.</source>
        <translation>
            <numerusform>チームストアは停止中に保存した %n 件の変更を拒否しました (%1)。書き込まれず、確認用に %2 に残ります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestScheduler</name>
    <message>
        <source>an address it did not give</source>
        <translation>示されなかったアドレス</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>%n 秒以内に完全な応答がありません</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer grew past %1 MB, far more than any real answer; it was not read</source>
        <translation>応答が %1 MB を超えました。実際の応答よりはるかに大きいため読み込んでいません</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s), retries included</source>
        <translation>
            <numerusform>再試行を含めて %n 秒以内に完全な応答がありません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing received for %n second(s)</source>
        <translation>
            <numerusform>%n 秒間何も受信していません</numerusform>
        </translation>
    </message>
    <message>
        <source>The server deprecated the resource version this console speaks (%1)%2%3: update API Access Console before then.</source>
        <translation>サーバは、このコンソールが使うリソースバージョン (%1) を非推奨にしました%2%3。それまでに API Access Console を更新してください。</translation>
    </message>
    <message>
        <source>, since %1</source>
        <translation> (%1 から)</translation>
    </message>
    <message>
        <source>; it stops answering on %1</source>
        <translation>。%1 に応答を停止します</translation>
    </message>
</context>
<context>
    <name>RoleCatalogue</name>
    <message>
        <source>Organization Owner</source>
        <translation>Organization Owner</translation>
    </message>
    <message>
        <source>Full control of the organization, its settings, API keys and projects.</source>
        <translation>組織とその設定、API キー、プロジェクトを完全に管理します。</translation>
    </message>
    <message>
        <source>Organization Member</source>
        <translation>Organization Member</translation>
    </message>
    <message>
        <source>Reads the organization and the projects it is given access to.</source>
        <translation>組織と、アクセス権を与えられたプロジェクトを読み取ります。</translation>
    </message>
    <message>
        <source>Organization Project Creator</source>
        <translation>Organization Project Creator</translation>
    </message>
    <message>
        <source>Creates projects in the organization.</source>
        <translation>組織内にプロジェクトを作成します。</translation>
    </message>
    <message>
        <source>Organization Read Only</source>
        <translation>Organization Read Only</translation>
    </message>
    <message>
        <source>Reads everything in the organization; changes nothing.</source>
        <translation>組織内のすべてを読み取ります。何も変更しません。</translation>
    </message>
    <message>
        <source>Organization Billing Admin</source>
        <translation>Organization Billing Admin</translation>
    </message>
    <message>
        <source>Manages billing (Cloud Manager only).</source>
        <translation>請求を管理します（Cloud Manager のみ）。</translation>
    </message>
    <message>
        <source>Organization Billing Viewer</source>
        <translation>Organization Billing Viewer</translation>
    </message>
    <message>
        <source>Reads billing information (Cloud Manager only).</source>
        <translation>請求情報を読み取ります（Cloud Manager のみ）。</translation>
    </message>
    <message>
        <source>Project Owner</source>
        <translation>Project Owner</translation>
    </message>
    <message>
        <source>Full control of the project.</source>
        <translation>プロジェクトを完全に管理します。</translation>
    </message>
    <message>
        <source>Project Read Only</source>
        <translation>Project Read Only</translation>
    </message>
    <message>
        <source>Reads the project; changes nothing.</source>
        <translation>プロジェクトを読み取ります。何も変更しません。</translation>
    </message>
    <message>
        <source>Project Automation Admin</source>
        <translation>Project Automation Admin</translation>
    </message>
    <message>
        <source>Manages deployments through Automation.</source>
        <translation>Automation によるデプロイを管理します。</translation>
    </message>
    <message>
        <source>Project Backup Admin</source>
        <translation>Project Backup Admin</translation>
    </message>
    <message>
        <source>Manages backups and restores.</source>
        <translation>バックアップと復元を管理します。</translation>
    </message>
    <message>
        <source>Project Monitoring Admin</source>
        <translation>Project Monitoring Admin</translation>
    </message>
    <message>
        <source>Manages monitoring, alerts and host settings.</source>
        <translation>監視、アラート、ホストの設定を管理します。</translation>
    </message>
    <message>
        <source>Project User Admin</source>
        <translation>Project User Admin</translation>
    </message>
    <message>
        <source>Manages the project&apos;s users and teams.</source>
        <translation>プロジェクトのユーザーとチームを管理します。</translation>
    </message>
    <message>
        <source>Project Data Access Admin</source>
        <translation>Project Data Access Admin</translation>
    </message>
    <message>
        <source>Manages indexes and reads and writes data.</source>
        <translation>インデックスを管理し、データを読み書きします。</translation>
    </message>
    <message>
        <source>Project Data Access Read/Write</source>
        <translation>Project Data Access Read/Write</translation>
    </message>
    <message>
        <source>Reads and writes data.</source>
        <translation>データを読み書きします。</translation>
    </message>
    <message>
        <source>Project Data Access Read Only</source>
        <translation>Project Data Access Read Only</translation>
    </message>
    <message>
        <source>Reads data.</source>
        <translation>データを読み取ります。</translation>
    </message>
    <message>
        <source>Project Charts Admin</source>
        <translation>Project Charts Admin</translation>
    </message>
    <message>
        <source>Manages Charts (older servers).</source>
        <translation>Charts を管理します（旧サーバー）。</translation>
    </message>
    <message>
        <source>Project Billing Admin</source>
        <translation>Project Billing Admin</translation>
    </message>
    <message>
        <source>Manages the project&apos;s billing (Cloud Manager only).</source>
        <translation>プロジェクトの請求を管理します（Cloud Manager のみ）。</translation>
    </message>
    <message>
        <source>Global Owner</source>
        <translation>Global Owner</translation>
    </message>
    <message>
        <source>Full control of the whole Ops Manager instance, every organization and project.</source>
        <translation>Ops Manager インスタンス全体、すべての組織とプロジェクトを完全に管理します。</translation>
    </message>
    <message>
        <source>Global Read Only</source>
        <translation>Global Read Only</translation>
    </message>
    <message>
        <source>Reads every organization and project of the instance.</source>
        <translation>インスタンスのすべての組織とプロジェクトを読み取ります。</translation>
    </message>
    <message>
        <source>Global User Admin</source>
        <translation>Global User Admin</translation>
    </message>
    <message>
        <source>Manages the users of the whole instance.</source>
        <translation>インスタンス全体のユーザーを管理します。</translation>
    </message>
    <message>
        <source>Global Automation Admin</source>
        <translation>Global Automation Admin</translation>
    </message>
    <message>
        <source>Manages deployments through Automation in every project.</source>
        <translation>すべてのプロジェクトで Automation によるデプロイを管理します。</translation>
    </message>
    <message>
        <source>Global Backup Admin</source>
        <translation>Global Backup Admin</translation>
    </message>
    <message>
        <source>Manages backups and restores in every project.</source>
        <translation>すべてのプロジェクトのバックアップと復元を管理します。</translation>
    </message>
    <message>
        <source>Global Monitoring Admin</source>
        <translation>Global Monitoring Admin</translation>
    </message>
    <message>
        <source>Manages monitoring and alerts in every project.</source>
        <translation>すべてのプロジェクトの監視とアラートを管理します。</translation>
    </message>
</context>
<context>
    <name>RoleList</name>
    <message>
        <source>Organization roles</source>
        <translation>組織ロール</translation>
    </message>
    <message>
        <source>Project roles</source>
        <translation>プロジェクトロール</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <source>Rotate API key</source>
        <translation>API キーのローテーション</translation>
    </message>
    <message>
        <source>New key&apos;s &amp;description:</source>
        <translation>新しいキーの説明(&amp;D)：</translation>
    </message>
    <message>
        <source>New key&apos;s description</source>
        <translation>新しいキーの説明</translation>
    </message>
    <message>
        <source>Copied to the new key (untick what it should not get):</source>
        <translation>新しいキーにコピーされます（不要なものはチェックを外してください）：</translation>
    </message>
    <message>
        <source>What the new key gets</source>
        <translation>新しいキーが受け取るもの</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Create the &amp;new key</source>
        <translation>新しいキーを作成(&amp;N)</translation>
    </message>
    <message>
        <source>The new key</source>
        <translation>新しいキー</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the private key now.&lt;/b&gt; The server shows it this once; it cannot be shown again. Whoever has it can call the API with the new key&apos;s roles.</source>
        <translation>&lt;b&gt;今すぐ秘密キーをコピーしてください。&lt;/b&gt;サーバが表示するのは今回だけで、再表示はできません。これを持つ人は新しいキーのロールで API を呼び出せます。</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>公開鍵:</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公開キー</translation>
    </message>
    <message>
        <source>Copy &amp;both</source>
        <translation>両方をコピー(&amp;B)</translation>
    </message>
    <message>
        <source>The public and the private key, one per line: a client needs both.</source>
        <translation>公開鍵と秘密鍵を 1 行ずつ。クライアントには両方が必要です。</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>秘密キー</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>I have copied the private key and stored it safely</source>
        <translation>秘密キーをコピーして安全に保管しました</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Cancel the rotation…</source>
        <translation>ローテーションを取り消す…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>Con&amp;tinue to the hand-over</source>
        <translation>引き継ぎへ進む(&amp;T)</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>引き継ぎ</translation>
    </message>
    <message>
        <source>Last use of both keys</source>
        <translation>両方のキーの最終使用</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>エントリ</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最終使用</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト数</translation>
    </message>
    <message>
        <source>From</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>Every client now uses the new key</source>
        <translation>すべてのクライアントが新しいキーを使っている</translation>
    </message>
    <message>
        <source>&amp;Read the use again</source>
        <translation>使用状況を再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Close, finish &amp;later</source>
        <translation>閉じて後で完了(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Finish: delete the old key</source>
        <translation>完了：古いキーを削除(&amp;F)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Public key: %1
Private key: %2</source>
        <translation>公開鍵: %1
秘密鍵: %2</translation>
    </message>
    <message>
        <source>Creating the new key…</source>
        <translation>新しいキーを作成中…</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>再開中…</translation>
    </message>
    <message>
        <source>Rotate API key %1</source>
        <translation>API キー %1 のローテーション</translation>
    </message>
    <message>
        <source>Organization roles: %1</source>
        <translation>組織ロール：%1</translation>
    </message>
    <message numerus="yes">
        <source>Projects (%n)</source>
        <translation>
            <numerusform>プロジェクト (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Access list (%n)</source>
        <translation>
            <numerusform>アクセスリスト (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying the roles, projects and entries to the new key…</source>
        <translation>ロール、プロジェクト、エントリを新しいキーにコピー中…</translation>
    </message>
    <message>
        <source>The new key %1 equals the plan: %2, %3. Give it to the clients, then continue.</source>
        <translation>新しいキー %1 は計画どおりです：%2、%3。クライアントに渡してから続けてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n 件のプロジェクト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n access-list entry(s)</source>
        <translation>
            <numerusform>%n 件のアクセスリストエントリ</numerusform>
        </translation>
    </message>
    <message>
        <source>The rotation stopped at step “%1”: resume it.</source>
        <translation>ローテーションは手順「%1」で止まりました。再開してください。</translation>
    </message>
    <message>
        <source>(no entries)</source>
        <translation>（エントリなし）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>old: %1</source>
        <translation>旧：%1</translation>
    </message>
    <message>
        <source>old</source>
        <translation>旧</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>新：%1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <source>The old key is no longer in the organization.</source>
        <translation>古いキーはもう組織にありません。</translation>
    </message>
    <message>
        <source>The old key&apos;s use cannot be read with this key.</source>
        <translation>このキーでは古いキーの使用状況を読めません。</translation>
    </message>
    <message>
        <source>The old key has not been used since the new key was created (%1).</source>
        <translation>新しいキーの作成（%1）以降、古いキーは使われていません。</translation>
    </message>
    <message>
        <source>The old key was last used %1 — after the new key was created: some client still uses it.</source>
        <translation>古いキーの最終使用は %1 で、新しいキーの作成後です。まだ使っているクライアントがあります。</translation>
    </message>
    <message>
        <source>The new key was last used %1.</source>
        <translation>新しいキーの最終使用は %1 です。</translation>
    </message>
    <message>
        <source>The new key has not been used yet.</source>
        <translation>新しいキーはまだ使われていません。</translation>
    </message>
    <message>
        <source>Step 2 of 3: the new key, copied and checked.</source>
        <translation>手順 2/3：新しいキーのコピーと確認。</translation>
    </message>
    <message>
        <source>Step 3 of 3: switch the clients, then delete the old key.</source>
        <translation>手順 3/3：クライアントを切り替えてから古いキーを削除します。</translation>
    </message>
    <message>
        <source>Step 1 of 3: what the new key gets.</source>
        <translation>手順 1/3：新しいキーが受け取るもの。</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（まだなし）</translation>
    </message>
    <message>
        <source>Cancel the rotation</source>
        <translation>ローテーションを取り消す</translation>
    </message>
    <message>
        <source>Delete the new key %1? A client already switched to it stops working at once. The old key stays as it was.</source>
        <translation>新しいキー %1 を削除しますか？すでに切り替えたクライアントはすぐに動かなくなります。古いキーはそのままです。</translation>
    </message>
    <message>
        <source>&amp;Delete the new key</source>
        <translation>新しいキーを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Copy the private key and tick the box first: it cannot be shown again. (The rotation is kept: open Rotate… on the key to go on.)</source>
        <translation>先に秘密キーをコピーしてチェックを入れてください。再表示はできません。（ローテーションは保存されます。キーの「ローテーション…」を開くと続けられます。）</translation>
    </message>
</context>
<context>
    <name>RotationPlan</name>
    <message>
        <source>description: “%1”, not “%2”</source>
        <translation>説明：「%2」ではなく「%1」</translation>
    </message>
    <message>
        <source>organization roles: %1, not %2</source>
        <translation>組織ロール：%2 ではなく %1</translation>
    </message>
    <message>
        <source>project %1: not assigned</source>
        <translation>プロジェクト %1：未割り当て</translation>
    </message>
    <message>
        <source>project %1: roles %2, not %3</source>
        <translation>プロジェクト %1：ロールが %3 ではなく %2</translation>
    </message>
    <message>
        <source>project %1: assigned, but not in the plan</source>
        <translation>プロジェクト %1：割り当て済みだが計画にない</translation>
    </message>
    <message>
        <source>access list: %1 missing</source>
        <translation>アクセスリスト：%1 がない</translation>
    </message>
    <message>
        <source>access list: %1, not in the plan</source>
        <translation>アクセスリスト：%1 は計画にない</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>Nightly backup export</source>
        <translation>夜間バックアップのエクスポート</translation>
    </message>
    <message>
        <source>Production Ops Manager</source>
        <translation>本番 Ops Manager</translation>
    </message>
    <message>
        <source>Renders every documented view on the built-in demo data, offscreen; two runs give byte-identical files.</source>
        <translation>内蔵のデモデータで、文書化されたすべての画面を画面表示なしで描画します。2 回実行するとバイト単位で同一のファイルになります。</translation>
    </message>
    <message>
        <source>Write the PNG files to DIR.</source>
        <translation>PNG ファイルを DIR に書き込みます。</translation>
    </message>
    <message>
        <source>Language: en, de, fr, es, ja or zh_CN.</source>
        <translation>言語：en、de、fr、es、ja、zh_CN。</translation>
    </message>
    <message>
        <source>light or dark.</source>
        <translation>light または dark。</translation>
    </message>
    <message>
        <source>Device pixels per pixel, 1 to 4.</source>
        <translation>1 ピクセルあたりのデバイスピクセル数（1～4）。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n screenshot(s) to %1.</source>
        <translation>
            <numerusform>%n 枚のスクリーンショットを %1 に書き込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit with 3 when a text does not fit its widget.</source>
        <translation>テキストが要素に収まらない場合は 3 で終了します。</translation>
    </message>
</context>
<context>
    <name>ServiceAccountsModel</name>
    <message>
        <source>no secret</source>
        <translation>シークレットなし</translation>
    </message>
    <message>
        <source>every secret expired</source>
        <translation>すべてのシークレットが期限切れ</translation>
    </message>
    <message numerus="yes">
        <source>%n live, next expires %1</source>
        <translation>
            <numerusform>有効 %n 件、次の期限 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最終使用</translation>
    </message>
    <message>
        <source>Access list</source>
        <translation>アクセスリスト</translation>
    </message>
</context>
<context>
    <name>ServiceAccountsPage</name>
    <message>
        <source>Service accounts</source>
        <translation>サービスアカウント</translation>
    </message>
    <message>
        <source>Secrets of the service account</source>
        <translation>サービスアカウントのシークレット</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最終使用</translation>
    </message>
    <message>
        <source>Access list of the service account</source>
        <translation>サービスアカウントのアクセスリスト</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト数</translation>
    </message>
    <message>
        <source>From</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation>この組織はまだキャッシュされていません。同期してください (F5)。</translation>
    </message>
    <message>
        <source>The service accounts have not been read yet: sync (F5).</source>
        <translation>サービスアカウントはまだ読み込まれていません。同期してください (F5)。</translation>
    </message>
    <message>
        <source>This organization has no service accounts.</source>
        <translation>この組織にはサービスアカウントがありません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Client ID &lt;code&gt;%3&lt;/code&gt; · created %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;クライアント ID &lt;code&gt;%3&lt;/code&gt; · 作成 %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>期限切れ %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&amp;New secret…</source>
        <translation>新しいシークレット(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a secret to the account (at most two; the other is then cut to seven days)</source>
        <translation>アカウントにシークレットを追加します (最大 2 つ。もう一方は 7 日に短縮されます)</translation>
    </message>
    <message>
        <source>Delete secret…</source>
        <translation>シークレットを削除…</translation>
    </message>
    <message>
        <source>Delete the secret picked below: its tokens stop at once</source>
        <translation>下で選んだシークレットを削除します: そのトークンは即座に無効になります</translation>
    </message>
    <message>
        <source>Add en&amp;tries…</source>
        <translation>エントリを追加(&amp;T)…</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>エントリを削除</translation>
    </message>
    <message>
        <source>Delete account…</source>
        <translation>アカウントを削除…</translation>
    </message>
    <message>
        <source>Changing service accounts needs the Organization Owner role; this connection can only read them.</source>
        <translation>サービスアカウントの変更には Organization Owner ロールが必要です。この接続では読み取りのみ可能です。</translation>
    </message>
    <message>
        <source>%1 has two secrets, the most an account may have. Delete one first — an expired one, or the one its clients no longer use (its last use is in the table).</source>
        <translation>%1 にはアカウントが持てる最大数の 2 つのシークレットがあります。先に 1 つ削除してください — 期限切れのもの、またはクライアントがもう使っていないもの (最終使用は表にあります)。</translation>
    </message>
    <message>
        <source>No secret added. %1</source>
        <translation>シークレットは追加されませんでした。%1</translation>
    </message>
    <message>
        <source>Added a secret to %1, expiring on %2.</source>
        <translation>%1 に %2 期限のシークレットを追加しました。</translation>
    </message>
    <message>
        <source>Delete the secret %1 of %2? Every token made with it stops working at once: clients still using it are refused from now on. This cannot be undone.</source>
        <translation>%2 のシークレット %1 を削除しますか? これで作られたトークンはすべて即座に無効になり、まだ使っているクライアントは今後拒否されます。元に戻せません。</translation>
    </message>
    <message>
        <source>It is the account&apos;s only unexpired secret: nothing can sign in with %1 until a new secret is added.</source>
        <translation>これはアカウント唯一の有効なシークレットです: 新しいシークレットを追加するまで %1 でサインインできません。</translation>
    </message>
    <message>
        <source>This console signs in as %1: if it uses this secret, it is signed out at once.</source>
        <translation>このコンソールは %1 としてサインインしています: このシークレットを使っていれば、即座にサインアウトされます。</translation>
    </message>
    <message>
        <source>Delete secret?</source>
        <translation>シークレットを削除しますか?</translation>
    </message>
    <message>
        <source>Delete secret</source>
        <translation>シークレットを削除</translation>
    </message>
    <message>
        <source>Deleted the secret %1 of %2.</source>
        <translation>%2 のシークレット %1 を削除しました。</translation>
    </message>
    <message>
        <source>Not deleted. %1</source>
        <translation>削除できませんでした。%1</translation>
    </message>
    <message>
        <source>Delete the service account %1? Its secrets and every token made with them stop working at once; this cannot be undone.</source>
        <translation>サービスアカウント %1 を削除しますか? そのシークレットと、それで作られたすべてのトークンは即座に無効になります。元に戻せません。</translation>
    </message>
    <message>
        <source>This console signs in as this account. Deleting it locks this console out at once: sign in with another account or key to go on.</source>
        <translation>このコンソールはこのアカウントでサインインしています。削除するとこのコンソールは即座に締め出されます: 続けるには別のアカウントかキーでサインインしてください。</translation>
    </message>
    <message>
        <source>Delete service account?</source>
        <translation>サービスアカウントを削除しますか?</translation>
    </message>
    <message>
        <source>Delete and lock this console out</source>
        <translation>削除してコンソールを締め出す</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>アカウントを削除</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>Add access-list entries to %1</source>
        <translation>%1 にアクセスリストエントリを追加</translation>
    </message>
    <message numerus="yes">
        <source>Added %n entry(ies) to the access list of %1.</source>
        <translation>
            <numerusform>%1 のアクセスリストに %n 件のエントリを追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the last entry?</source>
        <translation>最後のエントリを削除しますか?</translation>
    </message>
    <message>
        <source>%1 is the last entry of %2, and the organization requires an access list: without it the account&apos;s tokens work from nowhere.</source>
        <translation>%1 は %2 の最後のエントリで、組織はアクセスリストを要求しています: これがないとアカウントのトークンはどこからも使えません。</translation>
    </message>
    <message>
        <source>%1 is the last entry of %2: without it the account&apos;s tokens work from any address.</source>
        <translation>%1 は %2 の最後のエントリです: これがないとアカウントのトークンはどのアドレスからでも使えます。</translation>
    </message>
    <message>
        <source>Removed %1 from the access list of %2.</source>
        <translation>%2 のアクセスリストから %1 を削除しました。</translation>
    </message>
    <message>
        <source>Not removed. %1</source>
        <translation>削除されませんでした。%1</translation>
    </message>
    <message>
        <source>New acco&amp;unt…</source>
        <translation>新しいアカウント(&amp;U)…</translation>
    </message>
    <message>
        <source>No account created. %1</source>
        <translation>アカウントは作成されませんでした。%1</translation>
    </message>
    <message>
        <source>Created the service account %1 (%2).</source>
        <translation>サービスアカウント %1 (%2) を作成しました。</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>アカウントを編集…</translation>
    </message>
    <message>
        <source>Its description and organization roles</source>
        <translation>説明と組織ロール</translation>
    </message>
    <message>
        <source>Edit service account %1</source>
        <translation>サービスアカウント %1 を編集</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>%1 stays: this console signs in as %2 and calls from %3, which it covers; the server refuses to remove the caller&apos;s own address. Remove it from another address or with another key or account.</source>
        <translation>%1 は残ります: このコンソールは %2 としてサインインし、このエントリが含む %3 から呼び出しています。サーバーは呼び出し元自身のアドレスの削除を拒否します。別のアドレスから、または別のキーかアカウントで削除してください。</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Invite to pro&amp;ject…</source>
        <translation>プロジェクトに招待(&amp;J)…</translation>
    </message>
    <message>
        <source>Give the account roles in one of the organization&apos;s projects</source>
        <translation>組織のプロジェクトの 1 つでアカウントにロールを与えます</translation>
    </message>
    <message>
        <source>Unassign from project…</source>
        <translation>プロジェクトから外す…</translation>
    </message>
    <message>
        <source>Take the account out of the project picked below (its secrets stay valid)</source>
        <translation>下で選んだプロジェクトからアカウントを外します (シークレットは有効なままです)</translation>
    </message>
    <message>
        <source>Projects of the service account</source>
        <translation>サービスアカウントのプロジェクト</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Roles there</source>
        <translation>そこでのロール</translation>
    </message>
    <message>
        <source>not read while offline (projects are read from the server, not cached)</source>
        <translation>オフラインでは読み取りません (プロジェクトはサーバーから読み取り、キャッシュしません)</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>読み取り中…</translation>
    </message>
    <message>
        <source>Projects: %1</source>
        <translation>プロジェクト: %1</translation>
    </message>
    <message>
        <source>Projects (%1)</source>
        <translation>プロジェクト (%1)</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>プロジェクト %1</translation>
    </message>
    <message>
        <source>%1 is already in every project of the organization.</source>
        <translation>%1 はすでに組織のすべてのプロジェクトに参加しています。</translation>
    </message>
    <message>
        <source>Invite %1 to a project</source>
        <translation>%1 をプロジェクトに招待</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>プロジェクト(&amp;P):</translation>
    </message>
    <message>
        <source>Invite %1 to %2</source>
        <translation>%1 を %2 に招待</translation>
    </message>
    <message>
        <source>%1 is in %2 as %3.</source>
        <translation>%1 は %2 に %3 として参加しています。</translation>
    </message>
    <message>
        <source>Take %1 out of %2? It loses its roles there at once; its secrets stay valid for the organization and its other projects.</source>
        <translation>%1 を %2 から外しますか? そこでのロールはすぐに失われます。シークレットは組織と他のプロジェクトでは引き続き有効です。</translation>
    </message>
    <message>
        <source>This console signs in as this account: it can no longer act in %1.</source>
        <translation>このコンソールはこのアカウントでサインインしています。%1 では操作できなくなります。</translation>
    </message>
    <message>
        <source>Unassign from project?</source>
        <translation>プロジェクトから割り当て解除しますか？</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>割り当て解除</translation>
    </message>
    <message>
        <source>%1 is no longer in %2.</source>
        <translation>%1 は %2 から外れました。</translation>
    </message>
    <message>
        <source>Not unassigned. %1</source>
        <translation>割り当て解除できませんでした。%1</translation>
    </message>
    <message>
        <source>&amp;Rotate secret…</source>
        <translation>シークレットをローテーション(&amp;R)…</translation>
    </message>
    <message>
        <source>Add a second secret (the old one is cut to seven days), switch the clients, then delete the old one</source>
        <translation>2 つ目のシークレットを追加し（古いものは 7 日に短縮）、クライアントを切り替えてから古いものを削除します</translation>
    </message>
    <message>
        <source>Rotate the secret of %1: the new secret</source>
        <translation>%1 のシークレットのローテーション：新しいシークレット</translation>
    </message>
    <message>
        <source>%1 has two secrets, the most an account may have, and %2 expired on %3: delete it first (Delete secret…), then Rotate secret… adds the new one.</source>
        <translation>%1 にはアカウントの上限である 2 つのシークレットがあり、%2 は %3 に期限切れです。先にそれを削除（シークレットを削除…）してから、シークレットをローテーション… で新しいものを追加してください。</translation>
    </message>
    <message>
        <source>Rotating the secret of %1.

The new secret %2 (added %3) was last used: %4.
The old secret %5 (expires %6) was last used: %7.</source>
        <translation>%1 のシークレットをローテーション中です。

新しいシークレット %2（%3 に追加）の最終使用：%4。
古いシークレット %5（%6 に期限切れ）の最終使用：%7。</translation>
    </message>
    <message>
        <source>The old secret was used after the new one was added: some client still uses it.</source>
        <translation>古いシークレットは新しいものの追加後に使われました。まだ使っているクライアントがあります。</translation>
    </message>
    <message>
        <source>The old secret has not been used since the new one was added.</source>
        <translation>新しいシークレットの追加以降、古いシークレットは使われていません。</translation>
    </message>
    <message>
        <source>Deleting the old secret stops every token made with it at once. Delete it when every client uses the new secret; otherwise it expires by itself on %1.</source>
        <translation>古いシークレットを削除すると、それで作られたすべてのトークンがすぐに止まります。すべてのクライアントが新しいシークレットを使うようになったら削除してください。削除しなければ %1 に自然に期限切れになります。</translation>
    </message>
    <message>
        <source>This console signs in as %1: if it uses the old secret, it is signed out at once.</source>
        <translation>このコンソールは %1 としてサインインしています。古いシークレットを使っている場合は、すぐにサインアウトされます。</translation>
    </message>
    <message>
        <source>Rotate the secret of %1</source>
        <translation>%1 のシークレットをローテーション</translation>
    </message>
    <message>
        <source>Delete the old secret</source>
        <translation>古いシークレットを削除</translation>
    </message>
    <message>
        <source>Rotated the secret of %1: %2 deleted, %3 stays.</source>
        <translation>%1 のシークレットをローテーションしました：%2 を削除し、%3 を残しました。</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>The source store does not hold organization %1.</source>
        <translation>コピー元のストアに組織 %1 はありません。</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 cannot be read: %3</source>
        <translation>%2 のスナップショット %1 を読み取れません: %3</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 could not be written: %3</source>
        <translation>%2 のスナップショット %1 を書き込めませんでした: %3</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>No store given: a SQLite file (sqlite:PATH) or a PostgreSQL database (postgresql://USER@HOST:PORT/DATABASE).</source>
        <translation>ストアが指定されていません: SQLite ファイル（sqlite:PATH）または PostgreSQL データベース（postgresql://USER@HOST:PORT/DATABASE）を指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no store this console knows: give sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>「%1」はこのコンソールが扱えるストアではありません。sqlite:PATH または postgresql://USER@HOST:PORT/DATABASE を指定してください。</translation>
    </message>
    <message>
        <source>sqlite: needs the path of the file, as in sqlite:/home/me/history.sqlite.</source>
        <translation>sqlite: にはファイルのパスが必要です（例: sqlite:/home/me/history.sqlite）。</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid: %1</source>
        <translation>PostgreSQL のアドレスが正しくありません: %1</translation>
    </message>
    <message>
        <source>Leave the password out of the address (it would be kept in settings and shell history): the console keeps it in the system keyring; headless commands read PGPASSWORD or ~/.pgpass.</source>
        <translation>アドレスにパスワードを含めないでください（設定やシェル履歴に残ります）。コンソールはシステムのキーリングに保存し、ヘッドレスコマンドは PGPASSWORD または ~/.pgpass を読み取ります。</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no server, as in postgresql://auditor@db.example.com/apiaccess.</source>
        <translation>PostgreSQL のアドレスにサーバーがありません（例: postgresql://auditor@db.example.com/apiaccess）。</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no database after the server, as in postgresql://auditor@db.example.com/apiaccess.</source>
        <translation>PostgreSQL のアドレスでサーバーの後にデータベースがありません（例: postgresql://auditor@db.example.com/apiaccess）。</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no user, as in postgresql://auditor@db.example.com/apiaccess.</source>
        <translation>PostgreSQL のアドレスにユーザーがありません（例: postgresql://auditor@db.example.com/apiaccess）。</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of %2.</source>
        <translation>sslmode=%1 は %2 のいずれでもありません。</translation>
    </message>
    <message>
        <source>The CA bundle %1 (sslrootcert) cannot be read.</source>
        <translation>CA バンドル %1（sslrootcert）を読み取れません。</translation>
    </message>
    <message>
        <source>connect_timeout is a number of seconds from 1 to 60.</source>
        <translation>connect_timeout は 1～60 の秒数です。</translation>
    </message>
    <message>
        <source>The option %1 is not one this console passes on (sslmode, sslrootcert, connect_timeout).</source>
        <translation>オプション %1 はこのコンソールが渡すもの（sslmode、sslrootcert、connect_timeout）ではありません。</translation>
    </message>
    <message>
        <source>sslmode=%1 checks the server against a CA bundle: add sslrootcert=PATH.</source>
        <translation>sslmode=%1 は CA バンドルでサーバーを検証します。sslrootcert=PATH を追加してください。</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Reading the organization</source>
        <translation>組織を読み取り中</translation>
    </message>
    <message>
        <source>Reading API keys</source>
        <translation>API キーを読み取り中</translation>
    </message>
    <message>
        <source>Reading whitelists</source>
        <translation>ホワイトリストを読み取り中</translation>
    </message>
    <message>
        <source>Reading project keys</source>
        <translation>プロジェクトキーを読み取り中</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Read through a project only.</source>
        <translation>プロジェクト経由でのみ読み取りました。</translation>
    </message>
    <message numerus="yes">
        <source>%n read(s) still failed after %1 passes; nothing was saved.</source>
        <translation>
            <numerusform>%1 回試行しても %n 件の読み取りが失敗しました。何も保存されていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>This server has no service accounts (Ops Manager documents none).</source>
        <translation>このサーバーにはサービスアカウントがありません（Ops Manager には記載がありません）。</translation>
    </message>
    <message>
        <source>Ops Manager instance</source>
        <translation>Ops Manager インスタンス</translation>
    </message>
    <message>
        <source>The instance&apos;s events (/globalEvents) are not read.</source>
        <translation>インスタンスのイベント (/globalEvents) は読み取りません。</translation>
    </message>
    <message>
        <source>Service accounts belong to organizations.</source>
        <translation>サービスアカウントは組織に属します。</translation>
    </message>
    <message>
        <source>A global key has no list of its own: the global access list covers it.</source>
        <translation>グローバルキーには独自のリストがありません。グローバルアクセスリストが適用されます。</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>UserWhitelistDialog</name>
    <message>
        <source>&amp;Add entries</source>
        <translation>エントリを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove entry</source>
        <translation>エントリを削除(&amp;R)</translation>
    </message>
    <message>
        <source>My whitelist (personal API key)</source>
        <translation>自分のホワイトリスト（個人 API キー）</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>Entries of my whitelist</source>
        <translation>自分のホワイトリストのエントリ</translation>
    </message>
    <message>
        <source>For personal API keys: calls made with them must come from an address on this list, and changing the list needs one.</source>
        <translation>個人 API キー用：このキーでの呼び出しはこの一覧にあるアドレスから行う必要があり、一覧の変更にも必要です。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n 件のエントリ。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 covers %2, the address you call from; the server refuses to remove the caller&apos;s own address. Remove it from another address.</source>
        <translation>%1 は呼び出し元のアドレス %2 を含みます。サーバーは呼び出し元自身のアドレスの削除を拒否します。別のアドレスから削除してください。</translation>
    </message>
    <message numerus="yes">
        <source>Added. %n entry(ies) now.</source>
        <translation>
            <numerusform>追加しました。現在 %n 件のエントリがあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>the name you sign in to the web console with</source>
        <translation>Web コンソールにサインインするときの名前</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Type your user name (the one you sign in to the web console with) and press Load.</source>
        <translation>ユーザー名 (Web コンソールにサインインするときの名前) を入力して「読み込み」を押してください。</translation>
    </message>
    <message>
        <source>Type your user name first.</source>
        <translation>先にユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>The server knows no user named “%1”. Type the user name you sign in to the web console with (often an e-mail address) — not the public key of an API key.</source>
        <translation>サーバーには「%1」という名前のユーザーがいません。Web コンソールにサインインするときのユーザー名 (多くはメールアドレス) を入力してください。API キーの公開鍵ではありません。</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to API Access Console</source>
        <translation>API Access Console へようこそ</translation>
    </message>
    <message>
        <source>Manage the programmatic API keys of MongoDB Ops Manager and Cloud Manager: their IP whitelists, their project assignments and the organization setting “Require IP Whitelist for Public API”. Everything you sync stays readable offline.</source>
        <translation>MongoDB Ops Manager と Cloud Manager のプログラム用 API キーを管理します：IP ホワイトリスト、プロジェクトへの割り当て、組織設定「Require IP Whitelist for Public API」。同期したものはすべてオフラインでも読めます。</translation>
    </message>
    <message>
        <source>Connect to my Ops Manager</source>
        <translation>自分の Ops Manager に接続</translation>
    </message>
    <message>
        <source>Enter the server address and an API key; the private key goes to the system keyring.</source>
        <translation>サーバーのアドレスと API キーを入力します。秘密キーはシステムのキーリングに保存されます。</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>デモを見る</translation>
    </message>
    <message>
        <source>A local demo server with made-up organizations and keys: nothing leaves this computer.</source>
        <translation>架空の組織とキーを持つローカルのデモサーバー：このコンピューターの外には何も送信されません。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The cache of profile %1 does not hold organization %2.</source>
        <translation>プロファイル %1 のキャッシュに組織 %2 はありません。</translation>
    </message>
    <message>
        <source>The organization ID.</source>
        <translation>組織の ID。</translation>
    </message>
    <message>
        <source>Only look in this profile&apos;s cache.</source>
        <translation>このプロファイルのキャッシュだけを探します。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>The address to check.</source>
        <translation>確認するアドレス。</translation>
    </message>
    <message>
        <source>The cached snapshot of %1 cannot be read: %2</source>
        <translation>%1 のキャッシュ済みスナップショットを読み取れません：%2</translation>
    </message>
    <message>
        <source>Which API keys may call from ADDRESS.</source>
        <translation>ADDRESS から呼び出せる API キー。</translation>
    </message>
    <message>
        <source>Give exactly one address.</source>
        <translation>アドレスを 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>Give one address, not a block.</source>
        <translation>ブロックではなく、アドレスを 1 つ指定してください。</translation>
    </message>
    <message>
        <source>%1 in %2 (cached %3):</source>
        <translation>%2 の %1（%3 時点のキャッシュ）：</translation>
    </message>
    <message>
        <source>A key unused this long is stale (90).</source>
        <translation>この期間使われていないキーを古いとみなします（90）。</translation>
    </message>
    <message>
        <source>Exit 1 when a finding is at least this severe: info, low, medium, high.</source>
        <translation>指摘事項の重要度がこれ以上なら 1 で終了します：info、low、medium、high。</translation>
    </message>
    <message>
        <source>The key-hygiene report of an organization.</source>
        <translation>組織のキー衛生レポート。</translation>
    </message>
    <message>
        <source>--stale-days needs a whole number of days.</source>
        <translation>--stale-days には日数を整数で指定してください。</translation>
    </message>
    <message>
        <source>--fail-on takes info, low, medium or high.</source>
        <translation>--fail-on には info、low、medium、high のいずれかを指定します。</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>指摘事項はありません。</translation>
    </message>
    <message>
        <source>The older snapshot (default: the one before --to).</source>
        <translation>古いスナップショット（既定：--to の 1 つ前）。</translation>
    </message>
    <message>
        <source>The newer snapshot (default: the latest).</source>
        <translation>新しいスナップショット（既定：最新）。</translation>
    </message>
    <message>
        <source>Changes in %1 from snapshot %2 to %3:</source>
        <translation>%1 の変更点（スナップショット %2 → %3）：</translation>
    </message>
    <message numerus="yes">
        <source>    %n request(s) counted</source>
        <translation>
            <numerusform>    %n 件のリクエストを記録</numerusform>
        </translation>
    </message>
    <message>
        <source>  No change to keys, roles, whitelists or the setting.</source>
        <translation>  キー、ロール、ホワイトリスト、設定に変更はありません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません：%2</translation>
    </message>
    <message>
        <source>csv, json, md, html or pdf.</source>
        <translation>csv、json、md、html、pdf のいずれか。</translation>
    </message>
    <message>
        <source>A stored snapshot instead of the latest.</source>
        <translation>最新ではなく、保存済みのスナップショット。</translation>
    </message>
    <message>
        <source>Export an organization from the cache.</source>
        <translation>キャッシュから組織をエクスポートします。</translation>
    </message>
    <message>
        <source>API access report: %1</source>
        <translation>API アクセスレポート：%1</translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation>不明なコマンド %1。</translation>
    </message>
    <message>
        <source>A remembered connection.</source>
        <translation>保存済みの接続。</translation>
    </message>
    <message>
        <source>The server as typed in a browser.</source>
        <translation>ブラウザーに入力する形のサーバー。</translation>
    </message>
    <message>
        <source>The API key&apos;s public key.</source>
        <translation>API キーの公開キー。</translation>
    </message>
    <message>
        <source>A file holding the private key.</source>
        <translation>秘密キーを含むファイル。</translation>
    </message>
    <message>
        <source>Only this organization.</source>
        <translation>この組織のみ。</translation>
    </message>
    <message>
        <source>Every organization the key sees (default).</source>
        <translation>キーが参照できるすべての組織（既定）。</translation>
    </message>
    <message>
        <source>Store the private key in the system keyring for this profile, so later runs need neither file nor variable.</source>
        <translation>このプロファイルの秘密キーをシステムのキーリングに保存し、以降はファイルも変数も不要にします。</translation>
    </message>
    <message>
        <source>The keyring holds no private key for %1.</source>
        <translation>キーリングに %1 の秘密キーがありません。</translation>
    </message>
    <message>
        <source>Use --private-key-file FILE or APIACCESS_PRIVATE_KEY (and --remember-key to store it).</source>
        <translation>--private-key-file FILE または APIACCESS_PRIVATE_KEY を使用してください（保存するには --remember-key も）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>  Require IP Whitelist for Public API: %1 → %2.</source>
        <translation>  「Require IP Whitelist for Public API」: %1 → %2。</translation>
    </message>
    <message>
        <source>%1 is cached by several profiles; choose one with --profile: %2</source>
        <translation>%1 は複数のプロファイルのキャッシュにあります。--profile で 1 つ選んでください: %2</translation>
    </message>
    <message>
        <source>No cache holds organization %1; sync it first (apiaccess orgs lists what is cached).</source>
        <translation>組織 %1 はどのキャッシュにもありません。先に同期してください (キャッシュの内容は apiaccess orgs で一覧できます)。</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation>%1: 予期しない引数 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>What changed between two snapshots (apiaccess snapshots lists them).</source>
        <translation>2 つのスナップショット間の変更 (apiaccess snapshots で一覧できます)。</translation>
    </message>
    <message numerus="yes">
        <source>No such snapshot of %1 (%n snapshot(s) kept: apiaccess snapshots --org %1 lists them).</source>
        <translation>
            <numerusform>%1 にそのスナップショットはありません (保存数 %n: apiaccess snapshots --org %1 で一覧できます)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>標準出力に書き込めません。</translation>
    </message>
    <message>
        <source>export: give --format csv|json|md|html|pdf and --out FILE.</source>
        <translation>export: --format csv|json|md|html|pdf と --out FILE を指定してください。</translation>
    </message>
    <message>
        <source>No snapshot %1 of %2 (apiaccess snapshots --org %2 lists them).</source>
        <translation>%2 のスナップショット %1 はありません (apiaccess snapshots --org %2 で一覧できます)。</translation>
    </message>
    <message>
        <source>The saved connections: server, public key and the last sync. Private keys are never shown.</source>
        <translation>保存された接続: サーバー、公開鍵、最終同期。秘密鍵は表示しません。</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>未同期</translation>
    </message>
    <message>
        <source>No saved connections.</source>
        <translation>保存された接続はありません。</translation>
    </message>
    <message>
        <source>Only this profile&apos;s cache.</source>
        <translation>このプロファイルのキャッシュのみ。</translation>
    </message>
    <message>
        <source>The cached organizations: per profile, the last sync and how many snapshots are kept.</source>
        <translation>キャッシュ内の組織: プロファイルごとの最終同期と保存中のスナップショット数。</translation>
    </message>
    <message>
        <source>Profile %1 has no cache yet.</source>
        <translation>プロファイル %1 にはまだキャッシュがありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s)</source>
        <translation>
            <numerusform>スナップショット %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored snapshots of an organization, oldest first, with what changed since the one before: the IDs diff --from/--to and export --snapshot take.</source>
        <translation>組織の保存済みスナップショット (古い順) と前回からの変更。diff --from/--to と export --snapshot に渡す ID です。</translation>
    </message>
    <message>
        <source>setting %1 → %2</source>
        <translation>設定 %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) added</source>
        <translation>
            <numerusform>キー %n 件追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) removed</source>
        <translation>
            <numerusform>キー %n 件削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) changed</source>
        <translation>
            <numerusform>キー %n 件変更</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>first kept</source>
        <translation>最初の保存分</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>不明なオプション &apos;%1&apos;</translation>
    </message>
    <message>
        <source> — did you mean &apos;%1&apos;?</source>
        <translation> — &apos;%1&apos; のことですか?</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>findings at or above --fail-on</source>
        <translation>--fail-on 以上の指摘事項あり</translation>
    </message>
    <message>
        <source>the command line is wrong; nothing was done</source>
        <translation>コマンドラインが誤っています。何も行っていません</translation>
    </message>
    <message>
        <source>the server refused the key or the address it calls from</source>
        <translation>サーバーがキーまたは呼び出し元アドレスを拒否しました</translation>
    </message>
    <message>
        <source>the server could not be reached (network, TLS, timeout)</source>
        <translation>サーバーに到達できません (ネットワーク、TLS、タイムアウト)</translation>
    </message>
    <message>
        <source>the cache cannot be opened or read</source>
        <translation>キャッシュを開けないか読めません</translation>
    </message>
    <message>
        <source>the output could not be written</source>
        <translation>出力を書き込めませんでした</translation>
    </message>
    <message>
        <source>the organization or snapshot is not there, or this key cannot see it</source>
        <translation>組織またはスナップショットが存在しないか、このキーからは見えません</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>終了コード:</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) for a private certificate authority.</source>
        <translation>プライベート認証局の追加 CA 証明書 (PEM)。</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate with this SHA-256 fingerprint (hex, as a refusal prints it).</source>
        <translation>この SHA-256 フィンガープリント (拒否時に表示される 16 進) を持つサーバー証明書を信頼します。</translation>
    </message>
    <message>
        <source>sync: unexpected argument &apos;%1&apos;</source>
        <translation>sync: 予期しない引数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No profile named %1 (apiaccess profiles lists them).</source>
        <translation>%1 という名前のプロファイルはありません (apiaccess profiles で一覧できます)。</translation>
    </message>
    <message>
        <source>(No scheme was given, so https was tried; for a plain-http server write http://%1.)</source>
        <translation>(スキームがないため https で試しました。平文 http のサーバーなら http://%1 と書いてください。)</translation>
    </message>
    <message>
        <source>Only the names, one per line (for completion: the keyring is not asked).</source>
        <translation>名前だけを 1 行に 1 つ (補完用: キーリングには問い合わせません)。</translation>
    </message>
    <message>
        <source>keyring: %1</source>
        <translation>キーリング: %1</translation>
    </message>
    <message>
        <source>Only the organization IDs, one per line (for completion).</source>
        <translation>組織 ID だけを 1 行に 1 つ (補完用)。</translation>
    </message>
    <message>
        <source>Usage: apiaccess completion bash|zsh|fish
Prints the shell&apos;s completion script for apiaccess: subcommands, options, profile names and cached organization IDs.
  bash: source &lt;(apiaccess completion bash)
  zsh:  source &lt;(apiaccess completion zsh)
  fish: apiaccess completion fish | source
cmake --install puts them where the shells look by themselves.</source>
        <translation>使い方: apiaccess completion bash|zsh|fish
apiaccess 用のシェル補完スクリプトを出力します: コマンド、オプション、プロファイル名、キャッシュ内の組織 ID。
  bash: source &lt;(apiaccess completion bash)
  zsh:  source &lt;(apiaccess completion zsh)
  fish: apiaccess completion fish | source
cmake --install はシェルが自動で探す場所に入れます。</translation>
    </message>
    <message>
        <source>completion: give bash, zsh or fish.</source>
        <translation>completion: bash、zsh、fish のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>completion: the script is missing from this build.</source>
        <translation>completion: このビルドにはスクリプトがありません。</translation>
    </message>
    <message>
        <source>(sync --ca-bundle FILE trusts your certificate authority; --pin-sha256 %1 trusts this certificate.)</source>
        <translation>(sync --ca-bundle FILE で認証局を、--pin-sha256 %1 でこの証明書を信頼します。)</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) for a private certificate authority (&quot;&quot; removes them).</source>
        <translation>プライベート認証局の追加 CA 証明書 (PEM)。&quot;&quot; で削除します。</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate with this SHA-256 fingerprint (&quot;&quot; trusts none).</source>
        <translation>この SHA-256 フィンガープリントを持つサーバー証明書を信頼します (&quot;&quot; でどれも信頼しません)。</translation>
    </message>
    <message>
        <source>Saves a connection. Its private key goes to the keyring with sync --remember-key, never on the command line.</source>
        <translation>接続を保存します。秘密鍵は sync --remember-key でキーリングに入れ、コマンドラインには書きません。</translation>
    </message>
    <message>
        <source>Changes the certificate trust of a saved connection.</source>
        <translation>保存された接続の証明書の信頼設定を変更します。</translation>
    </message>
    <message>
        <source>The connection&apos;s name.</source>
        <translation>接続の名前。</translation>
    </message>
    <message>
        <source>%1: give the connection&apos;s name.</source>
        <translation>%1: 接続の名前を指定してください。</translation>
    </message>
    <message>
        <source>%1: a connection named %2 exists already (profiles edit changes it).</source>
        <translation>%1: %2 という名前の接続は既にあります (profiles edit で変更できます)。</translation>
    </message>
    <message>
        <source>%1: --pin-sha256 takes the 64 hex digits of a SHA-256 fingerprint.</source>
        <translation>%1: --pin-sha256 には SHA-256 フィンガープリントの 16 進 64 桁を指定します。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 は通常のファイルではありません。</translation>
    </message>
    <message>
        <source>%1 has %2 bytes; a private key file holds one key of 36 characters.</source>
        <translation>%1 は %2 バイトあります。秘密鍵ファイルには 36 文字のキーが 1 つだけ入ります。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読めません: %2</translation>
    </message>
    <message>
        <source>Only events at or after DATE (2026-03-12, or 2026-03-12T14:02Z).</source>
        <translation>DATE 以降のイベントのみ (2026-03-12 または 2026-03-12T14:02Z)。</translation>
    </message>
    <message>
        <source>Only event types that start with PREFIX (API_KEY_, ORG_PUBLIC_API_, …); may be given more than once.</source>
        <translation>PREFIX で始まるイベント種別のみ (API_KEY_、ORG_PUBLIC_API_ など)。複数指定できます。</translation>
    </message>
    <message>
        <source>Who changed which API key or setting, from where and when: the organization&apos;s events feed as the last sync read it, newest first.</source>
        <translation>誰がどの API キーや設定を、いつどこから変更したか: 最後の同期が読み取った組織のイベント（新しい順）。</translation>
    </message>
    <message>
        <source>events: --since takes a date such as 2026-03-12 or 2026-03-12T14:02Z, not &apos;%1&apos;.</source>
        <translation>events: --since には 2026-03-12 や 2026-03-12T14:02Z のような日付を指定してください（「%1」ではなく）。</translation>
    </message>
    <message>
        <source>events: --type takes the start of an event type name, letters and underscores (API_KEY_), not &apos;%1&apos;.</source>
        <translation>events: --type にはイベント種別名の先頭（英字とアンダースコア、例 API_KEY_）を指定してください（「%1」ではなく）。</translation>
    </message>
    <message>
        <source>No events of %1 are cached: the last sync could not read the organization&apos;s events feed%2. Reading it needs the Organization Member role; sync again once the key has it.</source>
        <translation>%1 のイベントはキャッシュにありません: 最後の同期で組織のイベントを読み取れませんでした%2。Organization Member ロールが必要です。キーに付与してから再同期してください。</translation>
    </message>
    <message>
        <source>The last sync could not read the feed (%1): these are the events read up to %2.</source>
        <translation>最後の同期でイベントを読み取れませんでした (%1)。%2 までに読み取ったイベントです。</translation>
    </message>
    <message>
        <source>Read every key&apos;s whitelist. Without it, a sync after an earlier one reads the key list and the events, and only the whitelists of keys the events name (usage counters of the others keep their last read).</source>
        <translation>すべてのキーのホワイトリストを読みます。指定しない場合、2 回目以降の同期はキー一覧とイベントを読み、イベントに示されたキーのホワイトリストだけを読みます（他のキーの使用状況は前回読み取ったままです）。</translation>
    </message>
    <message>
        <source>%1; unchanged until %2</source>
        <translation>%1、%2 まで変更なし</translation>
    </message>
    <message>
        <source>%1 (service account)</source>
        <translation>%1 (サービスアカウント)</translation>
    </message>
    <message>
        <source>service account %1 (%2)</source>
        <translation>サービスアカウント %1 (%2)</translation>
    </message>
    <message>
        <source>The file to write, or - for standard output (csv: the keys; the entries go to NAME-entries.csv, the report&apos;s findings to NAME-findings.csv and the service accounts to NAME-serviceaccounts.csv, or follow on standard output, each after a blank line).</source>
        <translation>書き込むファイル、または標準出力なら - (csv: キー。エントリは NAME-entries.csv、レポートの指摘は NAME-findings.csv、サービスアカウントは NAME-serviceaccounts.csv に書き込まれるか、標準出力でそれぞれ空行の後に続きます)。</translation>
    </message>
    <message>
        <source>Report service-account secrets expiring within N days (14).</source>
        <translation>N 日以内に期限切れになるサービスアカウントのシークレットを報告します (14)。</translation>
    </message>
    <message>
        <source>--secret-days needs a whole number of days from 1 to 365.</source>
        <translation>--secret-days には 1 から 365 までの整数の日数を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n service account(s) added, removed or changed</source>
        <translation>
            <numerusform>%n 件のサービスアカウントが追加、削除、または変更されました</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in as this service account (mdb_sa_id_…) instead of a key.</source>
        <translation>キーの代わりにこのサービスアカウント (mdb_sa_id_…) でサインインします。</translation>
    </message>
    <message>
        <source>%1: give --public-key or --client-id, not both.</source>
        <translation>%1: --public-key か --client-id のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>Sync organizations into the offline cache. The private key is read from --private-key-file or APIACCESS_PRIVATE_KEY (a service account&apos;s secret from --client-secret-file or APIACCESS_CLIENT_SECRET), never from the command line. Quiet unless something is wrong.</source>
        <translation>組織をオフラインキャッシュに同期します。秘密キーは --private-key-file か APIACCESS_PRIVATE_KEY から (サービスアカウントのシークレットは --client-secret-file か APIACCESS_CLIENT_SECRET から) 読み取り、コマンドラインからは決して読みません。問題がない限り何も出力しません。</translation>
    </message>
    <message>
        <source>A file holding the service account&apos;s secret.</source>
        <translation>サービスアカウントのシークレットを含むファイル。</translation>
    </message>
    <message>
        <source>Give --profile NAME, or --url BASE and --public-key KEY (or --client-id ID).</source>
        <translation>--profile NAME か、--url BASE と --public-key KEY (または --client-id ID) を指定してください。</translation>
    </message>
    <message>
        <source>The keyring holds no client secret for %1.</source>
        <translation>キーリングに %1 のクライアントシークレットがありません。</translation>
    </message>
    <message>
        <source>Use --client-secret-file FILE or APIACCESS_CLIENT_SECRET (and --remember-key to store it).</source>
        <translation>--client-secret-file FILE か APIACCESS_CLIENT_SECRET を使ってください (保存するには --remember-key)。</translation>
    </message>
    <message>
        <source>Ops Manager&apos;s instance (its global API keys and global access list) instead of an organization.</source>
        <translation>組織の代わりに Ops Manager インスタンス (グローバル API キーとグローバルアクセスリスト)。</translation>
    </message>
    <message>
        <source>%1: --org and --instance exclude each other.</source>
        <translation>%1: --org と --instance は同時に指定できません。</translation>
    </message>
    <message>
        <source>%1: --org ID (or --instance) is required.</source>
        <translation>%1: --org ID (または --instance) が必要です。</translation>
    </message>
    <message>
        <source>Only Ops Manager&apos;s instance: its global API keys and global access list (needs a global role).</source>
        <translation>Ops Manager インスタンスのみ: グローバル API キーとグローバルアクセスリスト (グローバルロールが必要)。</translation>
    </message>
    <message>
        <source>sync --instance: %1 is not Ops Manager; only Ops Manager has global API keys and a global access list.</source>
        <translation>sync --instance: %1 は Ops Manager ではありません。グローバル API キーとグローバルアクセスリストがあるのは Ops Manager だけです。</translation>
    </message>
    <message>
        <source>global access list entry %1</source>
        <translation>グローバルアクセスリストのエントリ %1</translation>
    </message>
    <message>
        <source>The API to speak: public-v1 (Ops Manager, Cloud Manager; the default) or atlas (the Atlas Administration API v2).</source>
        <translation>使う API: public-v1 (Ops Manager、Cloud Manager。既定) または atlas (Atlas Administration API v2)。</translation>
    </message>
    <message>
        <source>%1: --api takes public-v1 or atlas, not %2.</source>
        <translation>%1: --api には public-v1 か atlas を指定します (%2 ではありません)。</translation>
    </message>
    <message>
        <source>%1 answers the Atlas Administration API v2, not the Public API v1.0: sync again with --api atlas.</source>
        <translation>%1 は Public API v1.0 ではなく Atlas Administration API v2 に応答します。--api atlas を付けてもう一度同期してください。</translation>
    </message>
    <message>
        <source>%1 answers the Public API v1.0 (Ops Manager or Cloud Manager), not the Atlas Administration API v2: sync again with --api public-v1.</source>
        <translation>%1 は Atlas Administration API v2 ではなく Public API v1.0 (Ops Manager または Cloud Manager) に応答します。--api public-v1 を付けてもう一度同期してください。</translation>
    </message>
    <message>
        <source>%1: %2 signs in as a service account: --public-key does not apply.</source>
        <translation>%1：%2 はサービスアカウントとしてサインインします。--public-key は使えません。</translation>
    </message>
    <message>
        <source>%1: %2 signs in as a service account: give --client-secret-file, not --private-key-file.</source>
        <translation>%1: %2 はサービスアカウントでサインインします: --private-key-file ではなく --client-secret-file を指定してください。</translation>
    </message>
    <message>
        <source>%1: --client-secret-file is for a service account (--client-id).</source>
        <translation>%1: --client-secret-file はサービスアカウント (--client-id) 用です。</translation>
    </message>
    <message>
        <source>rotate key: %1 exists; give the name of a new file (nothing is overwritten).</source>
        <translation>rotate key：%1 は存在します。新しいファイル名を指定してください（上書きはしません）。</translation>
    </message>
    <message>
        <source>rotate key: cannot create %1: %2</source>
        <translation>rotate key：%1 を作成できません：%2</translation>
    </message>
    <message>
        <source>Only this connection&apos;s cache.</source>
        <translation>この接続のキャッシュのみ。</translation>
    </message>
    <message>
        <source>The key rotations in progress, from the caches (nothing is sent): each one&apos;s step, its new key, and when the old key was last used.</source>
        <translation>キャッシュにある進行中のキーローテーション（何も送信しません）：それぞれの手順、新しいキー、古いキーの最終使用。</translation>
    </message>
    <message>
        <source>No key rotation is in progress.</source>
        <translation>進行中のキーローテーションはありません。</translation>
    </message>
    <message>
        <source>never used (as last synced)</source>
        <translation>未使用（最後の同期時点）</translation>
    </message>
    <message>
        <source>last used %1, after the new key was made</source>
        <translation>最終使用 %1（新しいキーの作成後）</translation>
    </message>
    <message>
        <source>last used %1, not since the new key was made</source>
        <translation>最終使用 %1（新しいキーの作成以降は未使用）</translation>
    </message>
    <message>
        <source>%1  %2 → %3  %4  old key %5%6</source>
        <translation>%1  %2 → %3  %4  旧キー %5%6</translation>
    </message>
    <message>
        <source>Usage: apiaccess rotate key|status|finish|cancel …
  rotate key --org ID --key KEY --private-key-out FILE|-   create the new key, copy and check (again: resume)
  rotate status [--json]                                   the rotations in progress
  rotate finish --org ID --key KEY                          delete the old key
  rotate cancel --org ID --key KEY                          delete the new key
Each takes the connection options of sync (rotate key --help lists them).</source>
        <translation>使い方：apiaccess rotate key|status|finish|cancel …
  rotate key --org ID --key KEY --private-key-out FILE|-   新しいキーを作成、コピー、確認（再実行で再開）
  rotate status [--json]                                   進行中のローテーション
  rotate finish --org ID --key KEY                          古いキーを削除
  rotate cancel --org ID --key KEY                          新しいキーを削除
いずれも sync の接続オプションを受け付けます（rotate key --help に一覧）。</translation>
    </message>
    <message>
        <source>rotate: expected key, status, finish or cancel.</source>
        <translation>rotate：key、status、finish、cancel のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>rotate: unknown action &apos;%1&apos; — did you mean &apos;%2&apos;?</source>
        <translation>rotate：不明な操作 &apos;%1&apos; — &apos;%2&apos; のことですか？</translation>
    </message>
    <message>
        <source>Rotate an API key without an outage: create a new key with the old key&apos;s organization roles, projects and access-list entries, read it back and check it. Its private key is written once, to --private-key-out (0600; - for standard output). Run again to resume a rotation that stopped; then switch the clients and run rotate finish.</source>
        <translation>停止なしで API キーをローテーションします：古いキーの組織ロール、プロジェクト、アクセスリストエントリを持つ新しいキーを作り、読み戻して確認します。秘密キーは --private-key-out に一度だけ書き込みます（0600、- で標準出力）。止まったローテーションはもう一度実行すると再開します。その後クライアントを切り替えて rotate finish を実行します。</translation>
    </message>
    <message>
        <source>Finish a rotation: delete the old key (refused while this connection signs in with it).</source>
        <translation>ローテーションを完了します：古いキーを削除します（この接続がそのキーでサインインしている間は拒否）。</translation>
    </message>
    <message>
        <source>Cancel a rotation: delete the new key; the old key stays as it was.</source>
        <translation>ローテーションを取り消します：新しいキーを削除し、古いキーはそのままです。</translation>
    </message>
    <message>
        <source>The organization.</source>
        <translation>組織。</translation>
    </message>
    <message>
        <source>The old key: its public key or key ID.</source>
        <translation>古いキー：公開キーまたはキー ID。</translation>
    </message>
    <message>
        <source>Where the new private key goes: a new file (0600), or - for standard output.</source>
        <translation>新しい秘密キーの出力先：新しいファイル（0600）、または - で標準出力。</translation>
    </message>
    <message>
        <source>The new key&apos;s description (default: the old one&apos;s with &quot;(rotated YYYY-MM)&quot;).</source>
        <translation>新しいキーの説明（既定：古いキーの説明に &quot;(rotated YYYY-MM)&quot; を付けたもの）。</translation>
    </message>
    <message>
        <source>Leave this project out (repeatable).</source>
        <translation>このプロジェクトを除外（繰り返し指定可）。</translation>
    </message>
    <message>
        <source>Leave this access-list entry out (repeatable).</source>
        <translation>このアクセスリストエントリを除外（繰り返し指定可）。</translation>
    </message>
    <message>
        <source>%1: give --org ID and --key KEY.</source>
        <translation>%1：--org ID と --key KEY を指定してください。</translation>
    </message>
    <message>
        <source>rotate key: give --private-key-out FILE (or - for standard output): the new private key is shown only once.</source>
        <translation>rotate key：--private-key-out FILE（または - で標準出力）を指定してください。新しい秘密キーは一度しか表示されません。</translation>
    </message>
    <message>
        <source>%1: no key %2 in organization %3.</source>
        <translation>%1：組織 %3 にキー %2 はありません。</translation>
    </message>
    <message>
        <source>%1: organization %2 is not in this connection&apos;s cache: sync it first.</source>
        <translation>%1：組織 %2 はこの接続のキャッシュにありません。先に同期してください。</translation>
    </message>
    <message>
        <source>rotate key: the new private key could not be written to %1. The key %2 exists: run rotate cancel to delete it, then start again.</source>
        <translation>rotate key：新しい秘密キーを %1 に書き込めませんでした。キー %2 は存在します。rotate cancel で削除してからやり直してください。</translation>
    </message>
    <message>
        <source>New key %1 (%2) is ready: it has the old key&apos;s roles, projects and entries. Switch the clients to it, then run: apiaccess rotate finish --org %3 --key %4</source>
        <translation>新しいキー %1（%2）の準備ができました。古いキーのロール、プロジェクト、エントリを持っています。クライアントを切り替えてから実行してください：apiaccess rotate finish --org %3 --key %4</translation>
    </message>
    <message>
        <source>Deleted the old key %1; the rotation is finished.</source>
        <translation>古いキー %1 を削除しました。ローテーションは完了です。</translation>
    </message>
    <message>
        <source>The connection %1 now signs in with %2.</source>
        <translation>接続 %1 は今後 %2 でサインインします。</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>取り消しました：%1</translation>
    </message>
    <message>
        <source>no new key was made.</source>
        <translation>新しいキーは作られていません。</translation>
    </message>
    <message>
        <source>the new key %1 was deleted.</source>
        <translation>新しいキー %1 を削除しました。</translation>
    </message>
    <message>
        <source>A key older than N days (by its creation event) is due for rotation (90).</source>
        <translation>作成イベントから N 日を超えたキーはローテーションの時期です（90）。</translation>
    </message>
    <message>
        <source>--rotation-days needs a whole number of days from 1 to 3650.</source>
        <translation>--rotation-days には 1 から 3650 までの整数の日数が必要です。</translation>
    </message>
    <message>
        <source>Where the history is kept: sqlite:PATH, or a team&apos;s PostgreSQL store postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full&amp;sslrootcert=CA.pem] (its password from the keyring, PGPASSWORD or ~/.pgpass, never in the address). With --profile, kept in the profile once the command succeeded.</source>
        <translation>履歴の保存先: sqlite:PATH、またはチームの PostgreSQL ストア postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full&amp;sslrootcert=CA.pem]（パスワードはキーリング、PGPASSWORD または ~/.pgpass から。アドレスには書かない）。--profile と併用すると、コマンド成功後にプロファイルに保存されます。</translation>
    </message>
    <message>
        <source>The store %1 does not hold organization %2.</source>
        <translation>ストア %1 に組織 %2 はありません。</translation>
    </message>
    <message>
        <source>Read this history store instead of the profiles&apos; caches: sqlite:PATH or postgresql://USER@HOST[:PORT]/DATABASE (password from the keyring, PGPASSWORD or ~/.pgpass).</source>
        <translation>プロファイルのキャッシュの代わりにこの履歴ストアを読み取ります: sqlite:PATH または postgresql://USER@HOST[:PORT]/DATABASE（パスワードはキーリング、PGPASSWORD または ~/.pgpass から）。</translation>
    </message>
    <message>
        <source>The store to copy from.</source>
        <translation>コピー元のストア。</translation>
    </message>
    <message>
        <source>The store to copy into.</source>
        <translation>コピー先のストア。</translation>
    </message>
    <message>
        <source>Only this organization (repeatable).</source>
        <translation>この組織のみ（繰り返し指定可）。</translation>
    </message>
    <message>
        <source>Copies a store&apos;s history, notes and rotations into another: sqlite:PATH to postgresql://… and back. Run twice, nothing is copied twice.</source>
        <translation>ストアの履歴、メモ、ローテーションを別のストアへコピーします: sqlite:PATH から postgresql://… へ、およびその逆。2 回実行しても二重にはコピーされません。</translation>
    </message>
    <message>
        <source>store copy: --from LOCATION and --to LOCATION are required.</source>
        <translation>store copy: --from LOCATION と --to LOCATION が必要です。</translation>
    </message>
    <message>
        <source>store copy: --from and --to are the same store.</source>
        <translation>store copy: --from と --to が同じストアです。</translation>
    </message>
    <message>
        <source>store copy: there is no file %1.</source>
        <translation>store copy: ファイル %1 がありません。</translation>
    </message>
    <message>
        <source>%1 organizations: %2 snapshots copied, %3 already there; %4 notes copied, %5 kept (the same or newer there); %6 rotations copied.</source>
        <translation>%1 組織: スナップショット %2 件をコピー、%3 件は既存。メモ %4 件をコピー、%5 件は保持（コピー先が同じか新しい）。ローテーション %6 件をコピー。</translation>
    </message>
    <message>
        <source>The store.</source>
        <translation>ストア。</translation>
    </message>
    <message>
        <source>Opens a store (creating or updating its schema) and says what it holds.</source>
        <translation>ストアを開き（スキーマを作成または更新）、内容を表示します。</translation>
    </message>
    <message>
        <source>store info: --store LOCATION is required.</source>
        <translation>store info: --store LOCATION が必要です。</translation>
    </message>
    <message>
        <source>%1 (%2, schema %3)</source>
        <translation>%1（%2、スキーマ %3）</translation>
    </message>
    <message>
        <source>%1  %2  last sync %3 by %4</source>
        <translation>%1  %2  最終同期 %3（%4）</translation>
    </message>
    <message>
        <source>The PostgreSQL store.</source>
        <translation>PostgreSQL ストア。</translation>
    </message>
    <message>
        <source>Keeps a PostgreSQL store&apos;s password in the system keyring: read from APIACCESS_STORE_PASSWORD or one line of standard input, never from an argument. It is tried before it is kept.</source>
        <translation>PostgreSQL ストアのパスワードをシステムのキーリングに保存します。APIACCESS_STORE_PASSWORD または標準入力の 1 行から読み取り、引数からは読み取りません。保存前に接続を試します。</translation>
    </message>
    <message>
        <source>store login: --store postgresql://USER@HOST/DATABASE is required.</source>
        <translation>store login: --store postgresql://USER@HOST/DATABASE が必要です。</translation>
    </message>
    <message>
        <source>store login: no password (APIACCESS_STORE_PASSWORD or standard input).</source>
        <translation>store login: パスワードがありません（APIACCESS_STORE_PASSWORD または標準入力）。</translation>
    </message>
    <message>
        <source>The password of %1 is in the system keyring.</source>
        <translation>%1 のパスワードをシステムのキーリングに保存しました。</translation>
    </message>
    <message>
        <source>store: give copy, info or login (apiaccess store copy --help).</source>
        <translation>store: copy、info、login のいずれかを指定してください（apiaccess store copy --help）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start with the built-in demo server (the default while no connection profile exists).</source>
        <translation>内蔵のデモサーバーで起動します（接続プロファイルがない間の既定）。</translation>
    </message>
    <message>
        <source>Open the saved connection NAME.</source>
        <translation>保存済みの接続 NAME を開きます。</translation>
    </message>
    <message>
        <source>The language: en, de, fr, es, ja or zh_CN (default: the one chosen in View → Language, else the system&apos;s).</source>
        <translation>言語：en、de、fr、es、ja、zh_CN（既定：表示 → 言語で選んだもの、なければシステムの言語）。</translation>
    </message>
    <message>
        <source>system, light or dark (default: View → Theme).</source>
        <translation>system、light、dark のいずれか（既定：表示 → テーマ）。</translation>
    </message>
    <message>
        <source>Show the cached data only: nothing is sent to any server.</source>
        <translation>キャッシュされたデータのみを表示します：どのサーバーにも何も送信しません。</translation>
    </message>
    <message>
        <source>API Access Console</source>
        <translation>API Access Console</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>不明なコマンド &apos;%1&apos;</translation>
    </message>
    <message>
        <source> — did you mean &apos;%1&apos;?</source>
        <translation> — &apos;%1&apos; のことですか?</translation>
    </message>
    <message>
        <source>(apiaccess --help lists the commands)</source>
        <translation>(コマンドは apiaccess --help で一覧できます)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (apiaccess --help lists the commands; a command comes first)</source>
        <translation>予期しない引数 &apos;%1&apos; (コマンドは apiaccess --help で一覧できます。コマンドは先頭に置きます)</translation>
    </message>
    <message>
        <source>API Access Console: programmatic API keys, their IP whitelists and the organization setting &quot;Require IP Whitelist for Public API&quot; of MongoDB Ops Manager and Cloud Manager.

Headless commands (each has --help; none needs a display):
  sync (--profile NAME | --url BASE --public-key KEY) [--org ID | --all-orgs]
       the private key from --private-key-file FILE or APIACCESS_PRIVATE_KEY
  rotate key --org ID --key KEY --private-key-out FILE|-   a new key like the old; then
  rotate finish|cancel --org ID --key KEY · rotate status [--json]
  store copy --from LOCATION --to LOCATION   history and notes into a team store (and back)
  store info|login --store postgresql://USER@HOST/DB   what it holds · its password to the keyring
  profiles [--json]                 saved connections and their last sync
  orgs [--profile NAME] [--json]    cached organizations
  snapshots --org ID [--json]       stored snapshots and what each changed
  check-ip ADDRESS --org ID [--json]
  report --org ID [--json] [--stale-days N] [--fail-on SEVERITY]
  diff --org ID [--from SNAPSHOT] [--to SNAPSHOT] [--json]
  export --org ID --format csv|json|md|html|pdf --out FILE|- [--snapshot ID]
  events --org ID [--json]          who changed what, from where
  screenshots --out DIR [--lang L] [--theme light|dark] [--scale N]
  completion bash|zsh|fish          the shell&apos;s completion script
Exit codes: 0 ok, 1 findings at or above --fail-on, 2 usage, 3 authentication or whitelist refusal, 4 network or TLS, 5 cache problem, 6 output not written, 7 organization or snapshot not found.</source>
        <translation>API Access Console：MongoDB Ops Manager と Cloud Manager のプログラム用 API キー、その IP ホワイトリスト、組織設定「Require IP Whitelist for Public API」を扱います。

画面なしのコマンド（それぞれ --help あり、画面は不要）：
  sync (--profile NAME | --url BASE --public-key KEY) [--org ID | --all-orgs]
       秘密キーは --private-key-file FILE または APIACCESS_PRIVATE_KEY から
  rotate key --org ID --key KEY --private-key-out FILE|-   古いキーと同じ新しいキー。その後
  rotate finish|cancel --org ID --key KEY · rotate status [--json]
  store copy --from LOCATION --to LOCATION   履歴とメモをチームのストアへ（および戻す）
  store info|login --store postgresql://USER@HOST/DB   内容の表示 · パスワードをキーリングへ
  profiles [--json]                 保存された接続とその最終同期
  orgs [--profile NAME] [--json]    キャッシュ内の組織
  snapshots --org ID [--json]       保存済みスナップショットとそれぞれの変更
  check-ip ADDRESS --org ID [--json]
  report --org ID [--json] [--stale-days N] [--fail-on SEVERITY]
  diff --org ID [--from SNAPSHOT] [--to SNAPSHOT] [--json]
  export --org ID --format csv|json|md|html|pdf --out FILE|- [--snapshot ID]
  events --org ID [--json]          誰が何をどこから変更したか
  screenshots --out DIR [--lang L] [--theme light|dark] [--scale N]
  completion bash|zsh|fish          シェルの補完スクリプト
終了コード：0 成功、1 --fail-on 以上の指摘事項あり、2 使い方の誤り、3 認証またはホワイトリストによる拒否、4 ネットワークまたは TLS、5 キャッシュの問題、6 出力を書き込めない、7 組織またはスナップショットが見つからない。</translation>
    </message>
</context>
</TS>
